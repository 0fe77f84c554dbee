// SPDX-License-Identifier: MIT
/**
 * What the demo knows about each element: its attributes, the values they accept, and the variants the
 * gallery shows. Tags, summaries, attribute names, descriptions and defaults come from the
 * custom-elements manifest (custom-elements.json, generated from the elements' JSDoc), so a new element
 * appears in the gallery and the builder as soon as it is in the manifest and registered by
 * src/define.ts. The `refinements` below only sharpen controls: the exact value lists (imported from the
 * elements themselves, never retyped) and values that depend on other attributes.
 */
import manifest from '../custom-elements.json';
import { builtInStatement, sentences } from '../src/data/statement.js';
import { factsGroups, factsLayouts } from '../src/facts/khojaly-facts.js';
import { recognitionBodies, recognitionKinds, recognitionLayouts } from '../src/recognition-list/recognition-list.js';
import { themes } from '../src/shared/base.js';
import { quoteVariants } from '../src/statement-quote/statement-quote.js';

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

interface ManifestAttribute {
  name: string;
  description?: string;
  default?: string;
  type?: { text?: string };
}
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
  cssProperties?: { name: string; description?: string }[];
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

const doc = builtInStatement;
const list = (values: readonly string[]): Choice[] => values.map((value) => ({ value }));
const clip = (text: string, max = 70) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Refinements of the manifest's attributes, per tag ('*' for every element). */
interface Refinement {
  attributes?: Record<string, Partial<Pick<AttributeSpec, 'control' | 'applies' | 'gallery'>>>;
  /** Gallery variants shown after the generated ones. */
  extraGallery?: Attrs[];
  start?: Attrs;
}

const refinements: Record<string, Refinement> = {
  '*': {
    attributes: {
      theme: { control: { kind: 'enum', choices: () => list(themes) }, gallery: false },
      heading: { control: { kind: 'text' } },
      'heading-level': { control: { kind: 'enum', choices: () => list(['2', '3', '4', '5', '6']) }, gallery: false },
    },
  },
  'khojaly-facts': {
    attributes: {
      group: { control: { kind: 'enum', choices: () => list(factsGroups) } },
      layout: { control: { kind: 'enum', choices: () => list(factsLayouts) } },
      figures: {
        control: {
          kind: 'tokens',
          choices: doc.statement.figures.map((f) => ({ value: f.id, label: `${f.id} (${f.value} ${clip(f.label, 50)})` })),
        },
      },
    },
    extraGallery: [{ figures: 'killed injured hostages', layout: 'inline' }],
  },
  'recognition-list': {
    attributes: {
      kind: { control: { kind: 'enum', choices: () => list(recognitionKinds) } },
      body: { control: { kind: 'enum', choices: () => list(recognitionBodies) } },
      layout: { control: { kind: 'enum', choices: () => list(recognitionLayouts) } },
    },
  },
  'statement-quote': {
    attributes: {
      quote: {
        control: { kind: 'enum', choices: () => doc.statement.quotes.map((q) => ({ value: q.id, label: `${q.id}: ${q.label}` })) },
      },
      paragraph: {
        control: {
          kind: 'enum',
          choices: () => doc.bodyParagraphs.map((p) => ({ value: String(p.number), label: `${p.number}: ${clip(p.text, 60)}` })),
        },
        applies: (a) => !a.quote,
        gallery: false,
      },
      sentence: {
        control: {
          kind: 'enum',
          choices: (a) => {
            const p = a.paragraph ? doc.findParagraph(a.paragraph) : undefined;
            return p ? sentences(p.text).map((s, i) => ({ value: String(i + 1), label: `${i + 1}: ${clip(s, 60)}` })) : [];
          },
        },
        applies: (a) => !a.quote && !!a.paragraph,
      },
      variant: { control: { kind: 'enum', choices: () => list(quoteVariants) } },
    },
    extraGallery: [{ paragraph: '2', sentence: '3' }],
  },
};

/** Plain values a description lists in code spans (`grid`, `list`…): suggestions for an unrefined attribute. */
export function valuesIn(description: string): string[] {
  return [...description.matchAll(/`([a-z0-9][a-z0-9-]*)`/gi)].map((m) => m[1]);
}

/** The default a description states: "`grid` (default)", "(default 2)" or "(default: `x`)". */
export function defaultIn(description: string): string | undefined {
  const m = /`([^`]+)` \(default\)|\(default:? `?([^`),;]+)`?[),;]/.exec(description);
  return m?.[1] ?? m?.[2];
}

/**
 * An attribute the refinements do not know: a checkbox for a boolean; a menu for a union of string literals
 * or for a description that lists values with a default ("`vertical` (default) or `horizontal`"); else text.
 */
function controlFromManifest(a: ManifestAttribute): Control {
  const type = a.type?.text ?? '';
  const description = a.description ?? '';
  if (/^boolean( \| undefined)?$/.test(type)) return { kind: 'boolean' };
  const literals = [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  if (literals.length > 1) return { kind: 'enum', choices: () => list(literals) };
  const listed = valuesIn(description);
  if (listed.length > 1 && /`[^`]+` \(default\)/.test(description)) return { kind: 'enum', choices: () => list(listed) };
  return { kind: 'text', suggestions: listed };
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

function specOf(d: ManifestDeclaration): ElementSpec {
  const tag = d.tagName!;
  const own = refinements[tag] ?? {};
  const attributes = (d.attributes ?? []).map((a): AttributeSpec => {
    const refined = { ...refinements['*'].attributes?.[a.name], ...own.attributes?.[a.name] };
    return {
      name: a.name,
      description: a.description ?? '',
      default: a.default?.replace(/^'(.*)'$/, '$1') ?? defaultIn(a.description ?? ''),
      control: refined.control ?? controlFromManifest(a),
      ...(refined.applies ? { applies: refined.applies } : {}),
      ...(refined.gallery !== undefined ? { gallery: refined.gallery } : {}),
    };
  });
  const start = own.start ?? {};
  return {
    tag,
    summary: d.summary ?? d.description ?? '',
    attributes,
    gallery: galleryOf(attributes, start, own.extraGallery),
    start,
    cssProperties: (d.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
  };
}

/** The elements a newcomer should meet first; the rest follow in the manifest's order. */
const first = ['khojaly-facts', 'recognition-list', 'statement-quote'];
const rank = (tag: string) => (first.includes(tag) ? first.indexOf(tag) : first.length);

/** Every element in the manifest. */
export const allElements: readonly ElementSpec[] = (manifest as Manifest).modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .map(specOf)
  .sort((a, b) => rank(a.tag) - rank(b.tag));

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
