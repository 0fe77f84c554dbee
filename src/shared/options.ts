// SPDX-License-Identifier: MIT
/**
 * Each option of a widget is declared once, in this shape, beside its element: the attribute, the type,
 * the accepted values and the default, with a one-line JSDoc comment that describes it. From that one
 * declaration come the Lit property (`optionProperties`), the check with one warning per bad value (the
 * base class), and — read by the tools from the running classes, the comment by an analyzer plugin — the
 * manifest's types and descriptions, the editor data, the framework typings and the demo's controls.
 * The description is a comment, not a string, so it costs the widgets' bundles nothing.
 * @module
 */
import type { PropertyDeclaration, PropertyDeclarations } from 'lit';
import type { StatementIndex } from '../data/statement.js';
import { warnOnce, type Warnings } from './warnings.js';

/** Accepted values: a fixed list, or a list read from the statement being shown (its figure groups, its quotes). */
export type Values<V extends string = string> = readonly V[] | ((doc: StatementIndex) => readonly V[]);

interface Common {
  /** The attribute's name (default: the property's name in kebab-case); `false` for a property only. */
  readonly attribute?: string | false;
  /** The element checks the value itself (it depends on other options); the base class leaves it alone. */
  readonly checkedBy?: 'element';
}

/** One of a list of values; anything else warns once and shows the default. */
export interface ChoiceOption<V extends string = string> extends Common {
  readonly kind: 'choice';
  readonly values: Values<V>;
  /** The default, or how to find it in the statement shown (undefined: the statement has nothing to choose). */
  readonly default: V | ((doc: StatementIndex) => V | undefined);
  /** Values for which the widget sits in running text, not as a block (the page stylesheet reserves no space). */
  readonly inline?: readonly V[];
}

/** A whole number within bounds. */
export interface IntegerOption extends Common {
  readonly kind: 'integer';
  readonly min: number;
  readonly max?: number;
  readonly default?: number;
  /** How the fallback reads in a warning ("level 2"); default `attribute=2`. */
  readonly fallbackText?: string;
}

/** Free text, checked by the element where it has rules (ids, years, a prefix). */
export interface TextOption extends Common {
  readonly kind: 'text';
  /** For a list of ids: the ids it accepts, for the editor and the demo. */
  readonly tokens?: Values;
}

/** A boolean attribute: present or absent. */
export interface FlagOption extends Common {
  readonly kind: 'flag';
}

/** A property set from script only (an object); `type` is its TypeScript type, for the docs and typings. */
export interface PropertyOption extends Common {
  readonly kind: 'property';
  readonly type: string;
}

export type Option = ChoiceOption | IntegerOption | TextOption | FlagOption | PropertyOption;
export type Options = Readonly<Record<string, Option>>;

/** The Lit property declaration of an option, with the option itself kept on it for the base class and the tools. */
export interface OptionProperty extends PropertyDeclaration {
  readonly option: Option;
}

/** `headingLevel` → `heading-level`. */
export const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The attribute an option is read from, if any. */
export const attributeOf = (name: string, option: Option): string | undefined =>
  option.attribute === false ? undefined : (option.attribute ?? kebab(name));

/**
 * Lit property declarations for a set of options: `static override properties = optionProperties(options)`.
 * None reflects: a widget never writes attributes on its host, so frameworks hydrate against what the author wrote.
 */
export function optionProperties(options: Options): PropertyDeclarations {
  return Object.fromEntries(
    Object.entries(options).map(([name, option]): [string, OptionProperty] => [
      name,
      {
        attribute: option.attribute === false ? false : attributeOf(name, option),
        ...(option.kind === 'flag' ? { type: Boolean } : {}),
        option,
      },
    ]),
  );
}

const declared = new WeakMap<CustomElementConstructor, Map<string, Option>>();

/**
 * An element class's options by property name, inherited ones included: its own first, then its base
 * classes' (the shared options last), as the docs and the demo list them.
 */
export function optionsOf(element: CustomElementConstructor): Map<string, Option> {
  const known = declared.get(element);
  if (known) return known;
  const out = new Map<string, Option>();
  declared.set(element, out);
  for (let ctor: unknown = element; typeof ctor === 'function'; ctor = Object.getPrototypeOf(ctor)) {
    if (!Object.prototype.hasOwnProperty.call(ctor, 'properties')) continue;
    const own = (ctor as unknown as { properties: Record<string, Partial<OptionProperty>> }).properties;
    for (const [name, declaration] of Object.entries(own)) if (declaration.option && !out.has(name)) out.set(name, declaration.option);
  }
  return out;
}

/** The values a choice accepts for a statement. */
export const valuesFor = (option: ChoiceOption, doc: StatementIndex): readonly string[] =>
  typeof option.values === 'function' ? option.values(doc) : option.values;

/** A choice's default for a statement. */
export const defaultFor = (option: ChoiceOption, doc: StatementIndex): string | undefined =>
  typeof option.default === 'function' ? option.default(doc) : option.default;

/** The value a choice option gives: one of its values. */
export type ChoiceValue<O> = O extends ChoiceOption<infer V> ? V : never;

/**
 * The value a choice or integer option gives for a raw property value: an accepted value (case and
 * surrounding space ignored), else the default, with one warning. Absent gives the default silently.
 */
export function checkOption(el: Warnings, name: string, option: ChoiceOption | IntegerOption, raw: unknown, doc: StatementIndex): unknown {
  const attribute = attributeOf(name, option) ?? name;
  const fallback = option.kind === 'integer' ? option.default : defaultFor(option, doc);
  if (raw === undefined || raw === null) return el.warned.delete(attribute), fallback;
  if (option.kind === 'integer') {
    const n = Number(raw);
    if (Number.isInteger(n) && n >= option.min && (option.max === undefined || n <= option.max)) return el.warned.delete(attribute), n;
    const range = option.max === undefined ? `${option.min} up` : `${option.min} to ${option.max}`;
    const shown = fallback === undefined ? `Ignoring ${attribute}.` : `Showing ${option.fallbackText ?? `${attribute}="${fallback}"`}.`;
    warnOnce(el, attribute, raw, `Use a whole number from ${range}. ${shown}`);
    return fallback;
  }
  const accepted = valuesFor(option, doc);
  const match = accepted.find((a) => a === String(raw).trim().toLowerCase());
  if (match !== undefined) return el.warned.delete(attribute), match;
  const shown = fallback === undefined ? 'The statement has none to show.' : `Showing ${attribute}="${fallback}".`;
  warnOnce(el, attribute, raw, `${accepted.length ? `Use one of: ${accepted.join(', ')}. ` : ''}${shown}`);
  return fallback;
}

/** The type of an option's property, as a page sets it. */
export type PropOf<O> = O extends ChoiceOption<infer V>
  ? V | undefined
  : O extends IntegerOption
    ? number | string | undefined
    : O extends FlagOption
      ? boolean
      : string | undefined;

/** A choice option, declared in one line: `layout: choice(['grid', 'list'], 'grid')`. */
export const choice = <const V extends string>(
  values: Values<V>,
  fallback: ChoiceOption<V>['default'],
  more: Partial<Pick<ChoiceOption<V>, 'inline' | 'checkedBy'>> = {},
): ChoiceOption<V> => ({ kind: 'choice', values, default: fallback, ...more });
