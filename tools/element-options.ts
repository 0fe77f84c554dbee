// SPDX-License-Identifier: MIT
/**
 * Every element's declared options, described for the manifest (read by the analyzer plugin in
 * custom-elements-manifest.config.mjs): the attribute, the TypeScript type (accepted values as a literal
 * union, read from the built-in statement where they depend on it) and the default. The description is the
 * declaration's JSDoc comment, which the plugin reads from the source.
 */
import { builtInStatement } from '../src/data/statement.js';
import * as classes from '../src/elements.js';
import { registry } from '../src/registry.js';
import { attributeOf, defaultFor, optionsOf, valuesFor, type Option } from '../src/shared/options.js';

export interface OptionDoc {
  name: string;
  attribute?: string;
  type: string;
  default?: string;
}

const literal = (v: string | number) => (typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "\\'")}'`);

function typeOf(option: Option): string {
  switch (option.kind) {
    case 'choice':
      return valuesFor(option, builtInStatement).map(literal).join(' | ');
    case 'integer':
      return option.max === undefined ? 'number' : Array.from({ length: option.max - option.min + 1 }, (_, i) => option.min + i).join(' | ');
    case 'flag':
      return 'boolean';
    case 'property':
      return option.type;
    default:
      return 'string';
  }
}

function defaultOf(option: Option): string | undefined {
  if (option.kind === 'choice') {
    const value = defaultFor(option, builtInStatement);
    return value === undefined ? undefined : literal(value);
  }
  if (option.kind === 'integer') return option.default === undefined ? undefined : String(option.default);
  if (option.kind === 'flag') return 'false';
  return undefined;
}

/** Each tag's options, in declaration order (the shared ones first). */
export function elementOptions(): Record<string, OptionDoc[]> {
  return Object.fromEntries(
    registry.map((e) => {
      const element = (classes as Record<string, CustomElementConstructor>)[e.className];
      const docs = [...optionsOf(element)].map(([name, option]): OptionDoc => {
        const attribute = attributeOf(name, option);
        const fallback = defaultOf(option);
        return {
          name,
          ...(attribute ? { attribute } : {}),
          type: typeOf(option),
          ...(fallback !== undefined ? { default: fallback } : {}),
        };
      });
      return [e.tag, docs];
    }),
  );
}
