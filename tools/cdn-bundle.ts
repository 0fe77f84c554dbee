// SPDX-License-Identifier: MIT
// How a CDN bundle is built: shared by the build (tools/build.ts) and the size report (tools/size-report.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { InlineConfig, Plugin } from 'vite';
import type { StatementCollection } from '../src/registry.js';
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

/**
 * In the CDN bundles the validator (zod) is not bundled: it is `khojaly-validate.js`, loaded from beside the
 * bundle when a widget is first pointed at another statement. A classic script cannot split code, so without
 * this it would carry zod; the module bundles use the same file so there is one validator to cache.
 */
const validatorBeside = (format: 'es' | 'iife'): Plugin => ({
  name: 'khojaly:validator-beside-bundle',
  enforce: 'pre',
  resolveId: (id: string) => (/\/load-validator(\.js|\.ts)?$/.test(id) ? '\0khojaly-load-validator' : undefined),
  load(id: string) {
    if (id !== '\0khojaly-load-validator') return undefined;
    const base = format === 'iife' ? `(document.currentScript && document.currentScript.src) || location.href` : 'import.meta.url';
    return `const base = ${base};\nexport const loadValidator = () => import(new URL('./khojaly-validate.js', base).href);\n`;
  },
});

const collections: readonly StatementCollection[] = ['paragraphs', 'figures', 'recognitions', 'quotes', 'events', 'places', 'instruments', 'addressees'];

/**
 * The statement as the CDN bundles carry it: without its `notes` (how the data was made, which no widget
 * shows), and in an element's own bundle with only the collections it shows (the registry's `data`; the
 * others are empty, so the look-ups work unchanged) and only the paragraphs their items cite, which the
 * source disclosures quote. The npm build keeps the whole file.
 */
const statementData = (keep: readonly StatementCollection[] = collections): Plugin => ({
  name: 'khojaly:statement-data',
  enforce: 'pre',
  load(id) {
    if (!id.endsWith('/data/statement.json')) return undefined;
    const { notes: _notes, ...data } = JSON.parse(readFileSync(id, 'utf8')) as Record<string, { id: string; source?: { paragraph: string } }[]>;
    for (const key of collections) if (key !== 'paragraphs' && !keep.includes(key)) data[key] = [];
    if (!keep.includes('paragraphs')) {
      const cited = new Set(collections.flatMap((key) => (key === 'paragraphs' ? [] : data[key].map((item) => item.source?.paragraph))));
      data.paragraphs = data.paragraphs.filter((p) => cited.has(p.id));
    }
    return JSON.stringify(data);
  },
});

/** The entry of an element's own bundle: it registers the tag and upgrades its sanitizer-safe divs (written to .tmp/cdn/). */
export function elementEntry(tag: string): string {
  const entry = `.tmp/cdn/${tag}.ts`;
  mkdirSync(`${root}.tmp/cdn`, { recursive: true });
  writeFileSync(`${root}${entry}`, `import '../../src/${tag}/define.ts';\nimport { watchDivs } from '../../src/upgrade/upgrade-divs.ts';\nwatchDivs();\n`);
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
    [validatorBeside(format), minifyStyles(), statementData(data)],
  );
