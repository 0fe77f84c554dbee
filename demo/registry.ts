// SPDX-License-Identifier: MIT
/**
 * What the demo knows about each element: its attributes, the values they accept, and the variants the
 * gallery shows. The elements come from the registry (src/registry.ts); each attribute's control, values,
 * default and description come from the option the element declares (src/shared/options.ts), and the
 * summary and CSS custom properties from the custom-elements manifest. The `labels` below only add
 * longer menu labels, and `applies` says when an attribute has an effect given the others.
 */
import manifest from '../custom-elements.json';
import { builtInStatement, sentences } from '../src/data/statement.js';
import * as classes from '../src/elements.js';
import { registry } from '../src/registry.js';
import { attributeOf, defaultFor, optionsOf, valuesFor, type Option } from '../src/shared/options.js';

/** Attribute values of one widget, by attribute name; an absent name means "not set", '' a boolean that is on. */
export type Attrs = Record<string, string>;

/** One accepted value, with a longer label for the menu when the value alone says little. */
export interface Choice {
  value: string;
  label?: string;
}

/** How the builder edits an attribute. */
export type Control =
  /** One of a list; '' (not set) is always offered and shows the element's default. */
  | { kind: 'enum'; choices: (attrs: Attrs) => Choice[] }
  /** Free text, with optional suggestions. */
  | { kind: 'text'; suggestions?: string[] }
  /** A space-separated list of ids, in order, each from `choices`. */
  | { kind: 'tokens'; choices: Choice[] }
  /** A boolean attribute: present ('') or absent. */
  | { kind: 'boolean' };

export interface AttributeSpec {
  name: string;
  /** From the manifest (Markdown code spans in backticks). */
  description: string;
  /** The element's default as the manifest states it, without quotes. */
  default?: string;
  control: Control;
  /** Whether the attribute has an effect given the others (`sentence` needs `paragraph`). Default: always. */
  applies?: (attrs: Attrs) => boolean;
  /** Whether the gallery shows one variant per value. Default: yes for enums except `theme`. */
  gallery?: boolean;
  /** Whether its value is a number (an integer option), as the WordPress block writes it. */
  numeric?: boolean;
}

export interface ElementSpec {
  tag: string;
  summary: string;
  attributes: AttributeSpec[];
  /** The variants the gallery shows, each a set of attributes (the first is the element's default look). */
  gallery: Attrs[];
  /** What the builder starts with. */
  start: Attrs;
  /** The CSS custom properties the element reads, from the manifest. */
  cssProperties: { name: string; description: string }[];
}

interface ManifestDeclaration {
  tagName?: string;
  attributes?: { name: string; description?: string }[];
  customElement?: boolean;
  summary?: string;
  description?: string;
  cssProperties?: { name: string; description?: string }[];
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

const doc = builtInStatement;
const list = (values: readonly string[]): Choice[] => values.map((value) => ({ value }));
const clip = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Longer menu labels for values that say little alone, per attribute. */
const labels: Record<string, (value: string) => string | undefined> = {
  figures: (id) => {
    const f = doc.findFigure(id);
    return f && `${f.id} (${f.value} ${clip(f.label, 50)})`;
  },
  quote: (id) => {
    const q = doc.findQuote(id);
    return q && `${q.id}: ${q.label}`;
  },
  paragraph: (ref) => {
    const p = doc.findParagraph(ref);
    return p && `${ref}: ${clip(p.text, 60)}`;
  },
};
const choices = (attribute: string, values: readonly string[]): Choice[] =>
  values.map((value) => {
    const label = labels[attribute]?.(value);
    return label ? { value, label } : { value };
  });

/** When an attribute has an effect given the others (default: always). */
const applies: Record<string, (a: Attrs) => boolean> = {
  'statement-quote paragraph': (a) => !a.quote,
  'statement-quote sentence': (a) => !a.quote && !!a.paragraph,
};

/** Gallery variants shown after the generated ones, per tag. */
const extraGallery: Record<string, Attrs[]> = {
  'khojaly-facts': [{ figures: 'killed injured hostages', layout: 'inline' }],
  'statement-quote': [{ paragraph: '2', sentence: '3' }],
};

/** The demo's control for a declared option. */
function controlOf(attribute: string, option: Option): Control {
  switch (option.kind) {
    case 'flag':
      return { kind: 'boolean' };
    case 'choice': {
      // A paragraph's number and its id name the same paragraph: the menu offers the numbers.
      const values = valuesFor(option, doc).filter((v) => attribute !== 'paragraph' || /^\d+$/.test(v));
      return { kind: 'enum', choices: () => choices(attribute, values) };
    }
    case 'integer':
      if (option.max !== undefined) return { kind: 'enum', choices: () => list(Array.from({ length: option.max! - option.min + 1 }, (_, i) => String(option.min + i))) };
      // Only sentence has no upper bound: its bound is the paragraph's number of sentences.
      return {
        kind: 'enum',
        choices: (a) => {
          const p = a.paragraph ? doc.findParagraph(a.paragraph) : undefined;
          return p ? sentences(p.text).map((s, i) => ({ value: String(i + 1), label: `${i + 1}: ${clip(s, 60)}` })) : [];
        },
      };
    default: {
      const tokens = option.kind === 'text' && option.tokens ? (typeof option.tokens === 'function' ? option.tokens(doc) : option.tokens) : undefined;
      return tokens ? { kind: 'tokens', choices: choices(attribute, tokens) } : { kind: 'text' };
    }
  }
}

/** Gallery variants: the default look, then one per value of each enum attribute (layouts and variants first). */
function galleryOf(attributes: AttributeSpec[], start: Attrs, extra: Attrs[] = []): Attrs[] {
  const first = (a: AttributeSpec) => (a.name === 'layout' || a.name === 'variant' ? 0 : 1);
  const variants: Attrs[] = [{ ...start }];
  for (const a of [...attributes].sort((x, y) => first(x) - first(y))) {
    if (a.gallery === false) continue;
    if (a.control.kind === 'boolean') variants.push({ ...start, [a.name]: '' });
    if (a.control.kind !== 'enum') continue;
    for (const { value } of a.control.choices(start)) {
      if (value === a.default || value === start[a.name]) continue;
      variants.push({ ...start, [a.name]: value });
    }
  }
  return [...variants, ...extra];
}

const declarations = new Map(
  (manifest as Manifest).modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName!, d]),
);

function specOf(entry: (typeof registry)[number]): ElementSpec {
  const { tag } = entry;
  const element = (classes as Record<string, CustomElementConstructor>)[entry.className];
  const attributes: AttributeSpec[] = [];
  for (const [name, option] of optionsOf(element)) {
    const attribute = attributeOf(name, option);
    if (!attribute) continue;
    const fallback = option.kind === 'choice' ? defaultFor(option, doc) : option.kind === 'integer' ? option.default : undefined;
    attributes.push({
      name: attribute,
      description: declarations.get(tag)?.attributes?.find((a) => a.name === attribute)?.description ?? '',
      ...(fallback !== undefined ? { default: String(fallback) } : {}),
      control: controlOf(attribute, option),
      ...(applies[`${tag} ${attribute}`] ? { applies: applies[`${tag} ${attribute}`] } : {}),
      // The gallery shows each layout and each choice of content; not each theme, heading level or paragraph.
      ...(['theme', 'heading-level', 'paragraph'].includes(attribute) ? { gallery: false } : {}),
      ...(option.kind === 'integer' ? { numeric: true } : {}),
    });
  }
  const d = declarations.get(tag);
  return {
    tag,
    summary: d?.summary ?? d?.description ?? '',
    attributes,
    gallery: galleryOf(attributes, {}, extraGallery[tag]),
    start: {},
    cssProperties: (d?.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
  };
}

/** Every element of the registry. */
export const allElements: readonly ElementSpec[] = registry.map(specOf);

/** The elements this page has registered (the manifest may list an element whose module is not loaded). */
export function registeredElements(): ElementSpec[] {
  return allElements.filter((e) => customElements.get(e.tag));
}

export function findElement(tag: string): ElementSpec | undefined {
  return allElements.find((e) => e.tag === tag);
}

/** The attributes that are set, valid, and have an effect given the others: what the generated code writes. */
export function effectiveAttrs(spec: ElementSpec, attrs: Attrs): Attrs {
  const out: Attrs = {};
  for (const a of spec.attributes) {
    const value = attrs[a.name];
    if (value === undefined || (a.applies && !a.applies(attrs))) continue;
    // A menu's value that is not among its choices (sentence 5 of a paragraph of 3) is not written.
    if (a.control.kind === 'enum' && !a.control.choices(attrs).some((c) => c.value === value)) continue;
    out[a.name] = value;
  }
  return out;
}

/** The CSS custom properties any element reads, each once, with the first description found. */
export function allCssProperties(): { name: string; description: string }[] {
  const seen = new Map<string, string>();
  for (const e of allElements) for (const p of e.cssProperties) if (!seen.has(p.name)) seen.set(p.name, p.description);
  return [...seen].map(([name, description]) => ({ name, description }));
}
