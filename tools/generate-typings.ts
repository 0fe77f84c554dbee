// SPDX-License-Identifier: MIT
// Editor data and framework typings generated from custom-elements.json (run by the build, after the
// declarations are emitted): VS Code HTML custom data, and typings for React 19, Preact 10 and 11, Solid,
// Vue 3 and Svelte 5. Each tag gets its attributes (accepted values are the manifest's literal unions, written
// from the elements' declared options), its property-only options (`data`, `messages`) and its events, typed
// as @fires declares them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;
const outDir = process.argv[2] ?? `${root}dist`;

interface Typed {
  name: string;
  description?: string;
  type?: { text?: string };
}
interface Member extends Typed {
  kind: string;
  attribute?: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: Typed[];
  members?: Member[];
  events?: Typed[];
}
type ElementDoc = Declaration & { tagName: string; module: string };

const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8')) as { modules: { path: string; declarations?: Declaration[] }[] };
const elements: ElementDoc[] = manifest.modules
  .flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, module: m.path.replace(/^src\/|\.ts$/g, '') })))
  .filter((d): d is ElementDoc => !!d.customElement && !!d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** The values of a literal union type (`'grid' | 'list'`, `2 | 3`); none for any other type. */
const valuesOf = (a: Typed): string[] => {
  const members = (a.type?.text ?? '').split(' | ');
  return members.every((m) => /^'.*'$|^\d+$/.test(m)) ? members.map((m) => m.replace(/^'(.*)'$/, '$1').replace(/\\'/g, "'")) : [];
};

// VS Code: "html.customData": ["./node_modules/khojaly-widgets/dist/vscode.html-custom-data.json"]
const customData = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags: elements.map((el) => ({
    name: el.tagName,
    description: [el.summary, el.description].filter(Boolean).join('\n\n'),
    attributes: (el.attributes ?? []).map((a) => {
      const values = valuesOf(a);
      return { name: a.name, description: a.description ?? '', ...(values.length ? { values: values.map((name) => ({ name })) } : {}) };
    }),
  })),
};

// ---- What a page sets on each element, the same in every framework ----

/**
 * An attribute's type as a template writes it: as text (`heading-level="3"`) or as an expression
 * (`heading-level={3}`), so a number is accepted in both forms, and so is a number-like value (`paragraph`).
 * No `string` escape hatch: a misspelled value must fail type checking.
 */
const asWritten = (type: string) => {
  const members = type.split(' | ');
  const otherForm = (m: string) => (m === 'number' ? ['`${number}`'] : /^\d+$/.test(m) ? [`'${m}'`] : /^'\d+'$/.test(m) ? [m.slice(1, -1)] : []);
  return [...members, ...members.flatMap(otherForm)].join(' | ');
};

interface Prop {
  name: string;
  type: string;
  description?: string;
}
/** Attributes, then writable properties without one (`data`, `messages`): frameworks set those as properties. */
const propsOf = (el: ElementDoc): Prop[] => [
  ...(el.attributes ?? []).map((a) => ({ name: a.name, type: asWritten(a.type?.text ?? 'string'), description: a.description })),
  ...(el.members ?? [])
    .filter((m) => m.kind === 'field' && !m.attribute && !m.static && !m.readonly && (m.privacy ?? 'public') === 'public')
    .map((m) => ({ name: m.name, type: m.type?.text ?? 'unknown', description: m.description })),
];

/** Events with their types from @fires; an untyped one stops the build rather than typing its detail `any`. */
const eventsOf = (el: ElementDoc): Prop[] =>
  (el.events ?? []).map((e) => {
    const type = e.type?.text;
    if (!type || /^(Custom)?Event$/.test(type)) {
      throw new Error(`<${el.tagName}> fires ${e.name} without its type: write @fires {SomeEvent} ${e.name} and export SomeEvent beside the class.`);
    }
    return { name: e.name, type, description: e.description };
  });

// ---- Where the type names come from ----

/**
 * Each type name the typings use is imported from the package root or, failing that, from the element's own
 * module (an event's type is exported beside the class that fires it); global types (Partial, CustomEvent)
 * need no import. A name found nowhere stops the build: under `skipLibCheck` a consumer would not see the
 * broken import, only every prop silently typed `any`.
 */
const program = ts.createProgram([`${outDir}/index.d.ts`, ...elements.map((el) => `${outDir}/${el.module}.d.ts`)], {
  target: ts.ScriptTarget.ES2022,
  types: [],
  noEmit: true,
});
const checker = program.getTypeChecker();
const exportsOf = (module: string) => {
  const file = program.getSourceFile(`${outDir}/${module}.d.ts`);
  const symbol = file && checker.getSymbolAtLocation(file);
  if (!symbol) throw new Error(`No declarations at ${outDir}/${module}.d.ts: emit them before generating the typings.`);
  return new Set(checker.getExportsOfModule(symbol).map((s) => s.name));
};
const fromRoot = exportsOf('index');
const imports = new Map<string, Set<string>>(); // module → names
const isKeyword = (name: string) => ts.identifierToKeywordKind(ts.factory.createIdentifier(name)) !== undefined; // unknown, string…
const use = (el: ElementDoc, type: string) => {
  const names = type.replace(/'(?:[^'\\]|\\.)*'|`[^`]*`/g, '').match(/[A-Za-z_$][\w$]*/g) ?? [];
  for (const name of names.filter((n) => !isKeyword(n))) {
    const module = fromRoot.has(name) ? 'index' : exportsOf(el.module).has(name) ? el.module : undefined;
    if (module) imports.set(module, (imports.get(module) ?? new Set()).add(name));
    else if (!checker.resolveName(name, undefined, ts.SymbolFlags.Type, false)) {
      throw new Error(`<${el.tagName}> names the type ${name}, which neither the package root nor ${el.module} exports.`);
    }
  }
};
for (const el of elements) for (const t of [el.name, ...propsOf(el).map((p) => p.type), ...eventsOf(el).map((e) => e.type)]) use(el, t);
const importLines = [...imports]
  .map(([module, names]) => `import type { ${[...names].sort().join(', ')} } from './${module}.js';\n`)
  .join('');

// ---- One file per framework ----

interface Framework {
  file: string;
  title: string;
  /** The framework's own types the file uses, and the `Tag<T, P>` they define: an element of class T with props P. */
  head: string;
  /** The key an attribute or property is checked under (default: its name as written). */
  prop?: (name: string) => string;
  /** The prop that listens to an event on a custom element. */
  on: (event: string) => string;
  /** The augmentation that adds the tags, given one `'tag': Tag<Class, ClassProps>;` per element. */
  augment: (entries: string[]) => string;
}

const indent = (lines: string[], spaces: number) => lines.map((l) => `${' '.repeat(spaces)}${l}`).join('\n');
const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const jsx = (module: string) => (entries: string[]) =>
  `declare module '${module}' {\n  namespace JSX {\n    interface IntrinsicElements {\n${indent(entries, 6)}\n    }\n  }\n}\n`;

const frameworks: Framework[] = [
  {
    file: 'jsx-react.d.ts',
    title: 'React 19',
    head: `import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type Tag<T, P> = Omit<DetailedHTMLProps<HTMLAttributes<T>, T>, keyof P> & P;`,
    // React 19 adds a listener for `on` + the event's exact name on a custom element.
    on: (event) => `on${event}`,
    augment: jsx('react'),
  },
  {
    file: 'jsx-preact.d.ts',
    title: 'Preact 10 and 11',
    head: `import type { JSX, Ref } from 'preact';

// Preact 10 declares HTMLAttributes in its JSX namespace, Preact 11 only at its root (10.28 and later: both).
// <abbr>'s entry is exactly HTMLAttributes<HTMLElement> in every version, so these typings name neither.
type Tag<T, P> = Omit<JSX.IntrinsicElements['abbr'], 'ref' | keyof P> & { ref?: Ref<T> } & P;`,
    // Preact listens to `on` + the name as written when the element has no such `on…` property.
    on: (event) => `on${event}`,
    augment: jsx('preact'),
  },
  {
    file: 'jsx-solid.d.ts',
    title: 'Solid',
    head: `import type { JSX } from 'solid-js';

type Tag<T, P> = Omit<JSX.HTMLAttributes<T>, keyof P> & P;`,
    // `on:name` adds a listener for exactly that name: Solid's form for custom events.
    on: (event) => `on:${event}`,
    augment: jsx('solid-js'),
  },
  {
    file: 'vue.d.ts',
    title: 'Vue 3',
    head: `import type { HTMLAttributes, PublicProps } from 'vue';

// vue-tsc checks a tag against the global component of that name; a custom element is described as one, as
// Vue's guide does: the element itself (what a template ref holds), with $props for what a template may set.
type Tag<T, P> = new () => T & {
  /** @deprecated For template type checking only: the element has no $props. */
  $props: Omit<HTMLAttributes, keyof P> & PublicProps & P;
};`,
    // vue-tsc checks `heading-level` as the prop `headingLevel`, as it does for any component.
    prop: camel,
    // `@khojaly-copy` compiles to the prop `onKhojalyCopy`, which listens to `khojaly-copy`.
    on: (event) => camel(`on-${event}`),
    augment: (entries) => `declare module 'vue' {\n  interface GlobalComponents {\n${indent(entries, 4)}\n  }\n}\n`,
  },
  {
    file: 'svelte.d.ts',
    title: 'Svelte 5',
    head: `import type { HTMLAttributes } from 'svelte/elements';

type Tag<T extends EventTarget, P> = Omit<HTMLAttributes<T>, keyof P> & P;`,
    // Svelte 5 listens to `on` + the event's exact name.
    on: (event) => `on${event}`,
    augment: (entries) => `declare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n${indent(entries, 4)}\n  }\n}\n`,
  },
];

const doc = (text = '') => (text ? `  /** ${text.replace(/\*\//g, '* /').replace(/\s*\n\s*/g, ' ')} */\n` : '');
const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** One element's props for a framework: its attributes and properties, and a handler for each event. */
const propsInterface = (el: ElementDoc, f: Framework) => {
  const lines = [
    ...propsOf(el).map((p) => `${doc(p.description)}  ${key(f.prop?.(p.name) ?? p.name)}?: ${p.type};`),
    ...eventsOf(el).map((e) => `${doc(e.description)}  ${key(f.on(e.name))}?: (event: ${e.type} & { currentTarget: ${el.name} }) => void;`),
  ];
  return `/** \`<${el.tagName}>\`: what a template sets on it. */\ninterface ${el.name}Props {\n${lines.join('\n')}\n}\n`;
};

const typings = (f: Framework) => `// Generated from custom-elements.json by tools/generate-typings.ts. Do not edit.
// ${f.title}: the khojaly widgets' tags, attributes, properties and events.
${importLines}${f.head}

${elements.map((el) => propsInterface(el, f)).join('\n')}
${f.augment(elements.map((el) => `'${el.tagName}': Tag<${el.name}, ${el.name}Props>;`))}
// Importing this file only adds the tags above; it exports nothing.
export {};
`;

mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}/vscode.html-custom-data.json`, `${JSON.stringify(customData, null, 2)}\n`);
for (const f of frameworks) writeFileSync(`${outDir}/${f.file}`, typings(f));
console.log(`wrote editor data and typings for ${elements.length} elements to ${outDir.replace(root, '')}`);
