// SPDX-License-Identifier: MIT
// How a CDN bundle is built: shared by the build (tools/build.ts) and the size report (tools/size-report.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { InlineConfig, Plugin } from 'vite';
import { widgetTags, type StatementCollection } from '../src/registry.js';
import { sentences, StatementIndex, type Statement } from '../src/data/statement.js';
import { besideBundle } from './beside-bundle.mjs';
import { minifyStyles } from './minify-styles.js';

const root = new URL('..', import.meta.url).pathname;

/** Shared settings: no config file (that is the demo's), ES2021 like Lit's own output, quiet. */
export const base = (options: Record<string, unknown>, plugins: Plugin[] = []): InlineConfig => ({
  configFile: false,
  root,
  logLevel: 'warn',
  plugins,
  build: { target: 'es2021', emptyOutDir: false, ...options },
});

// The files the bundles load from beside themselves (their names in beside-bundle.mjs, which check-size reads too).
export { besideBundle };

/** The entry of each file loaded beside the bundles. */
export const besideEntries = { validator: 'src/data/validate.ts', upgrade: 'src/upgrade/upgrade.ts' } as const;

/** Replaces the `load-validator` module (and, in the module bundles, `load-upgrade`) with imports of the files beside the bundle. */
const loadBeside = (format: 'es' | 'iife'): Plugin => ({
  name: 'khojaly:load-beside-bundle',
  enforce: 'pre',
  resolveId(id: string) {
    const what = /\/load-(validator|upgrade)(\.js|\.ts)?$/.exec(id)?.[1];
    return what ? `\0khojaly-load-${what}` : undefined;
  },
  load(id: string) {
    const what = /^\0khojaly-load-(validator|upgrade)$/.exec(id)?.[1] as keyof typeof besideBundle | undefined;
    if (!what) return undefined;
    // The classic bundle imports the upgrade statically: it runs with the bundle, while `document.currentScript`
    // still names the script, from which the upgrade finds the embed pages beside it.
    if (what === 'upgrade' && format === 'iife') {
      return `import * as upgrade from '${root}${besideEntries.upgrade}';\nexport const loadUpgrade = () => Promise.resolve(upgrade);\n`;
    }
    // The bundle's own address: a module's, or the classic script's while it runs.
    const script = format === 'iife' ? '(document.currentScript && document.currentScript.src) || location.href' : 'import.meta.url';
    const name = what === 'validator' ? 'loadValidator' : 'loadUpgrade';
    return `import { besideUrl } from '${root}src/shared/beside.ts';\nconst script = ${script};\nexport const ${name} = () => import(besideUrl('${besideBundle[what]}', script));\n`;
  },
});

const collections: readonly StatementCollection[] = ['paragraphs', 'figures', 'recognitions', 'quotes', 'events', 'places', 'instruments', 'addressees'];

/**
 * The paragraphs an element's own bundle needs when it does not show whole paragraphs: those its items cite,
 * each holding only the sentences its items cite (in order, joined by a space, so they split back into the
 * same sentences). The widget shows each source as its whole sentence (`sourceSentence`), which this keeps
 * verbatim; the build fails if any item's sentence would differ from the full statement's.
 */
function citedSentences(data: Statement): Statement['paragraphs'] {
  const full = new StatementIndex(data);
  const sources = collections.flatMap((key) => (key === 'paragraphs' ? [] : data[key].map((item) => item.source)));
  const paragraphs = data.paragraphs.flatMap((p) => {
    const cited = new Set(sources.filter((s) => s.paragraph === p.id).map((s) => full.sourceSentence(s)));
    if (!cited.size) return [];
    const kept = sentences(p.text).filter((sentence) => cited.has(sentence));
    // A phrase found in no single sentence shows as itself: keep the paragraph whole rather than reason about it.
    return [{ ...p, text: kept.length === cited.size ? kept.join(' ') : p.text }];
  });
  const trimmed = new StatementIndex({ ...data, paragraphs });
  for (const s of sources) {
    if (trimmed.sourceSentence(s) !== full.sourceSentence(s)) throw new Error(`cited sentences: the source of "${s.phrase}" (${s.paragraph}) would change`);
  }
  return paragraphs;
}

/**
 * The statement as the CDN bundles carry it: without its `notes` (how the data was made, which no widget
 * shows), and in an element's own bundle with only the collections it shows (the registry's `data`; the
 * others are empty, so the look-ups work unchanged) and, unless it shows paragraphs, only the sentences its
 * items cite, which the source disclosures quote (`citedSentences`). The npm build keeps the whole file.
 */
const statementData = (keep: readonly StatementCollection[] = collections): Plugin => ({
  name: 'khojaly:statement-data',
  enforce: 'pre',
  load(id) {
    if (!id.endsWith('/data/statement.json')) return undefined;
    const { notes: _notes, ...data } = JSON.parse(readFileSync(id, 'utf8')) as Record<string, { id: string; source?: { paragraph: string } }[]>;
    for (const key of collections) if (key !== 'paragraphs' && !keep.includes(key)) data[key] = [];
    if (!keep.includes('paragraphs')) data.paragraphs = citedSentences(data as unknown as Statement);
    return JSON.stringify(data);
  },
});

/**
 * The entry of an element's own bundle (written to .tmp/cdn/): it registers the tag and starts the
 * sanitizer-safe forms, whose upgrade it fetches when the page has one. The tags are written in, so the bundle
 * does not carry the registry.
 */
export function elementEntry(tag: string): string {
  const entry = `.tmp/cdn/${tag}.ts`;
  mkdirSync(`${root}.tmp/cdn`, { recursive: true });
  writeFileSync(
    `${root}${entry}`,
    `import '../../src/${tag}/define.ts';\nimport { upgradeOnDemand } from '../../src/upgrade/on-demand.ts';\nupgradeOnDemand(${JSON.stringify(widgetTags)});\n`,
  );
  return entry;
}

export interface CdnBundle {
  entry: string;
  outDir: string;
  fileName: string;
  format?: 'es' | 'iife';
  /** For an element's own bundle: the statement collections it shows (the registry's `data`). */
  data?: readonly StatementCollection[];
}

/** The Vite configuration of one self-contained, minified CDN bundle. */
export const cdnBundleConfig = ({ entry, outDir, fileName, format = 'es', data }: CdnBundle): InlineConfig =>
  base(
    {
      outDir,
      minify: true,
      lib: { entry, formats: [format], name: 'khojalyWidgets', fileName: () => fileName },
      rolldownOptions: { output: { minify: true } },
    },
    [loadBeside(format), minifyStyles(), statementData(data)],
  );
