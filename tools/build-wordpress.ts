// SPDX-License-Identifier: MIT
/**
 * The WordPress plugin, written by `npm run build` (tools/build.ts runs this on its scratch build folder):
 *
 *   <out>/wordpress/khojaly-widgets/      the plugin folder: khojaly-widgets.php, editor.js, readme.txt,
 *                                         widgets.json (every widget and its options, from the manifest),
 *                                         blocks/<name>/block.json, snippets/<tag>.json (each widget's content
 *                                         rendered for every combination of its menu options), and dist/
 *                                         (the classic script, the validator, the page stylesheet, the embed pages)
 *   <out>/wordpress/khojaly-widgets.zip   the same, as WordPress's "Upload Plugin" takes it
 *
 * Usage: tsx tools/build-wordpress.ts <out>
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { builtInStatement } from '../src/data/statement.js';
import { registry } from '../src/registry.js';
import { attributeOf, defaultFor, optionsOf, valuesFor } from '../src/shared/options.js';
import { renderSnippet } from '../src/ssr/render.js';
import { besideBundle } from './cdn-bundle.js';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, process.argv[2] ?? 'dist');
const plugin = join(out, 'wordpress', 'khojaly-widgets');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const source = "the Ombudsman of Azerbaijan's statement of 22 February 2021";

interface ManifestDeclaration {
  tagName?: string;
  attributes?: { name: string; description?: string }[];
}
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as { modules: { declarations?: ManifestDeclaration[] }[] };
const declarations = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d]));

/** An option as the plugin checks it and the block editor offers it. */
interface PluginOption {
  attribute: string;
  prop: string;
  kind: 'choice' | 'integer' | 'flag' | 'text';
  values?: (string | number)[];
  min?: number;
  max?: number;
  default?: string | number | boolean;
  description: string;
  /** What is accepted, for the note that names a value left out. */
  accepts: string;
}

/** `src` is left out: a post would make every reader's browser fetch a statement from wherever it names. */
const leftOut = new Set(['src']);
/** Text options and paragraph/heading-level are not rendered ahead of time (too many values): they get a link. */
const notRendered = new Set(['paragraph', 'heading-level']);

/**
 * Each option the element declares (src/shared/options.ts), with the accepted values read from the built-in
 * statement, and the description the manifest took from its JSDoc comment.
 */
function pluginOptions(tag: string): PluginOption[] {
  const described = new Map((declarations.get(tag)?.attributes ?? []).map((a) => [a.name, (a.description ?? '').replace(/\s+/g, ' ').trim()]));
  const options: PluginOption[] = [];
  for (const [prop, option] of optionsOf(customElements.get(tag)!)) {
    const attribute = attributeOf(prop, option);
    if (!attribute || leftOut.has(attribute) || option.kind === 'property') continue;
    const base = { attribute, prop, description: described.get(attribute) ?? '' };
    if (option.kind === 'flag') options.push({ ...base, kind: 'flag', default: false, accepts: 'present or absent' });
    else if (option.kind === 'text') options.push({ ...base, kind: 'text', accepts: 'plain text up to 300 characters' });
    else if (option.kind === 'choice') {
      const values = [...valuesFor(option, builtInStatement)];
      options.push({ ...base, kind: 'choice', values, default: defaultFor(option, builtInStatement), accepts: values.join(', ') });
    } else if (option.max === undefined) {
      options.push({ ...base, kind: 'integer', min: option.min, default: option.default, accepts: `a whole number from ${option.min}` });
    } else {
      const values = Array.from({ length: option.max - option.min + 1 }, (_, i) => option.min + i);
      options.push({ ...base, kind: 'integer', values, min: option.min, max: option.max, default: option.default, accepts: `${option.min} to ${option.max}` });
    }
  }
  return options;
}

/** Every combination of the values of the options rendered ahead of time. */
function combinations(options: PluginOption[]): Record<string, string | true>[] {
  let all: Record<string, string | true>[] = [{}];
  for (const o of options) {
    const values: (string | true | undefined)[] = o.kind === 'flag' ? [undefined, true] : (o.values ?? []).map((v) => (String(v) === String(o.default) ? undefined : String(v)));
    all = all.flatMap((c) => values.map((v) => (v === undefined ? c : { ...c, [o.attribute]: v })));
  }
  return all;
}

/** The key PHP builds for checked attributes: `name=value` (a flag: `name`), defaults left out, sorted, joined by `&`. */
const keyOf = (attributes: Record<string, string | true>) =>
  Object.entries(attributes)
    .map(([k, v]) => (v === true ? k : `${k}=${v}`))
    .sort()
    .join('&');

rmSync(join(out, 'wordpress'), { recursive: true, force: true });
mkdirSync(join(plugin, 'snippets'), { recursive: true });

const widgets = registry.map((entry) => {
  if (!declarations.has(entry.tag)) throw new Error(`custom-elements.json has no <${entry.tag}>: run npm run docs`);
  const options = pluginOptions(entry.tag);
  const rendered = options.filter((o) => (o.kind === 'choice' || o.kind === 'flag') && !notRendered.has(o.attribute));
  return {
    tag: entry.tag,
    name: entry.name,
    block: `khojaly/${entry.name}`,
    title: `Khojaly ${entry.name}`,
    label: `${entry.title} ${source}`,
    options,
    snippetOptions: rendered.map((o) => o.attribute),
    rendered,
  };
});

// Each widget's content for every combination of its menu options: the light-DOM snippet's inside, which the
// plugin prints inside the tag. A combination the widget corrects (a body with no recognition of that kind)
// renders what the widget shows for it; the widget's warning belongs to the browser, not to the build.
const warn = console.warn;
console.warn = () => {};
let count = 0;
try {
  for (const w of widgets) {
    const snippets: Record<string, string> = {};
    for (const attributes of combinations(w.rendered)) {
      const html = renderSnippet(w.tag, attributes, { form: 'light' });
      const inner = html.slice(html.indexOf('>') + 1, html.lastIndexOf(`</${w.tag}>`));
      // wpautop and feeds treat line breaks as text: the markup is kept on one line (whitespace in HTML text is one space).
      // Lit's SSR leaves `<?>` markers (empty processing instructions, parsed as comments): not needed here.
      snippets[keyOf(attributes)] = inner.replace(/<\?>/g, '').replace(/\s*\n\s*/g, ' ');
      count++;
    }
    writeFileSync(join(plugin, 'snippets', `${w.tag}.json`), JSON.stringify(snippets));
  }
} finally {
  console.warn = warn;
}

writeFileSync(
  join(plugin, 'widgets.json'),
  `${JSON.stringify({ version, widgets: widgets.map(({ rendered: _, ...w }) => w) }, null, 2)}\n`,
);

for (const w of widgets) {
  const attributes = Object.fromEntries(
    w.options.map((o) => [
      o.prop,
      o.kind === 'flag' ? { type: 'boolean' } : o.kind === 'integer' ? { type: 'number' } : o.kind === 'choice' ? { type: 'string', enum: o.values } : { type: 'string' },
    ]),
  );
  mkdirSync(join(plugin, 'blocks', w.name), { recursive: true });
  writeFileSync(
    join(plugin, 'blocks', w.name, 'block.json'),
    `${JSON.stringify(
      {
        $schema: 'https://schemas.wp.org/trunk/block.json',
        apiVersion: 2,
        name: w.block,
        title: w.title,
        category: 'embed',
        icon: 'format-quote',
        description: w.label,
        keywords: ['khojaly', 'statement', 'ombudsman', w.name],
        textdomain: 'khojaly-widgets',
        version,
        attributes,
        supports: { html: false },
        editorScript: 'khojaly-widgets-editor',
        // Also where the editor is a frame (the Site Editor): the widgets' script and stylesheet inside it.
        script: 'khojaly-widgets',
        style: 'khojaly-widgets',
      },
      null,
      2,
    )}\n`,
  );
}

const withVersion = (file: string) => readFileSync(join(root, 'src/wordpress', file), 'utf8').replaceAll('{{version}}', version);
writeFileSync(join(plugin, 'khojaly-widgets.php'), withVersion('khojaly-widgets.php'));
writeFileSync(join(plugin, 'readme.txt'), withVersion('readme.txt'));
copyFileSync(join(root, 'src/wordpress/editor.js'), join(plugin, 'editor.js'));
copyFileSync(join(root, 'LICENSE'), join(plugin, 'LICENSE'));
mkdirSync(join(plugin, 'dist', 'cdn'), { recursive: true });
for (const file of ['khojaly-widgets.classic.js', besideBundle.validator]) copyFileSync(join(out, 'cdn', file), join(plugin, 'dist', 'cdn', file));
copyFileSync(join(out, 'khojaly-widgets.css'), join(plugin, 'dist', 'khojaly-widgets.css'));
cpSync(join(out, 'embed'), join(plugin, 'dist', 'embed'), { recursive: true });

/** Every file under a folder, as zip entries under `khojaly-widgets/`. */
function entries(folder: string, into: Record<string, Uint8Array> = {}): Record<string, Uint8Array> {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) entries(path, into);
    else into[`khojaly-widgets/${relative(plugin, path)}`] = readFileSync(path);
  }
  return into;
}
// A fixed date keeps the zip's bytes the same for the same files.
const zip = zipSync(entries(plugin), { level: 9, mtime: new Date('2021-02-22T00:00:00Z') });
writeFileSync(join(out, 'wordpress', 'khojaly-widgets.zip'), zip);
console.log(`built ${relative(root, join(out, 'wordpress'))}/khojaly-widgets.zip: ${widgets.length} blocks, ${count} pre-rendered contents, ${(zip.length / 1024).toFixed(0)} KiB`);
