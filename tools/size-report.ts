// SPDX-License-Identifier: MIT
// `npm run size`: where the bytes of each CDN bundle go. Builds each bundle as `npm run build` does (in memory)
// and sorts its modules into parts — Lit, the statement's data, each element's own code, the styles (css``
// templates), the shared code by folder, zod — with each part's minified size and the gzip size of
// the part alone. Parts are compressed apart, so their gzip sizes add up to more than the bundle's: read them as
// proportions. The bundle's own min and gzip sizes are in the last columns of its total row. For each widget
// bundle (the all-in-one and each element's) it also prints what its own parts (Lit, the data, the styles, the elements) weigh compressed
// together, and what the shared code adds to them: the size no slimmer shared layer can go below. Each
// module is minified apart here, so these run 0.3–0.5 KiB above the bundle's own figure.
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import { build } from 'vite';
import { registry } from '../src/registry.js';
import { besideBundle, besideEntries, cdnBundleConfig, elementEntry, type CdnBundle } from './cdn-bundle.js';

const root = new URL('..', import.meta.url).pathname;
const KiB = 1024;

/** The part a module belongs to. */
function partOf(id: string): string {
  const path = id.startsWith(root) ? id.slice(root.length) : id;
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(path)) return 'Lit';
  if (path.endsWith('data/statement.json')) return 'data';
  if (/\.styles\.ts$|shared\/styles\.ts$/.test(path)) return 'styles';
  const element = /^src\/([a-z]+-[a-z-]+)\//.exec(path)?.[1];
  if (element && registry.some((e) => e.tag === element)) return element;
  if (path.includes('node_modules/')) return path.includes('node_modules/zod/') ? 'zod' : 'other packages';
  // The shared code by folder (src/shared, src/data, src/upgrade…), a file of src/ by name.
  return /^src\/[^/]+\//.test(path) ? `${/^src\/[^/]+/.exec(path)![0]}/` : path;
}

interface Row {
  part: string;
  min: number;
  gzip: number;
}

/** The parts a widget bundle cannot do without, whatever the shared code weighs: Lit, the data, the styles, the elements. */
const ownPart = (part: string) => part === 'Lit' || part === 'data' || part === 'styles' || registry.some((e) => e.tag === part);

async function composition(bundle: CdnBundle): Promise<{ rows: Row[]; min: number; gzip: number; floor?: { own: number; all: number } }> {
  const config = cdnBundleConfig(bundle);
  config.build = { ...config.build, write: false };
  const result = (await build(config)) as { output: { type: string; code?: string; modules?: Record<string, { code: string | null }> }[] } | { output: never[] }[];
  const output = (Array.isArray(result) ? result[0] : result).output;
  const chunk = output.find((o) => o.type === 'chunk' && o.code !== undefined)!;
  const parts = new Map<string, string>();
  for (const [id, module] of Object.entries(chunk.modules ?? {})) {
    const code = module.code ?? '';
    if (!code.trim()) continue;
    const minified = transformSync(code, { minify: true, loader: 'js', format: 'esm' }).code;
    parts.set(partOf(id), `${parts.get(partOf(id)) ?? ''}${minified}`);
  }
  const rows = [...parts].map(([part, code]) => ({ part, min: code.length, gzip: gzipSync(code, { level: 9 }).length }));
  rows.sort((a, b) => b.gzip - a.gzip);
  // For a widget bundle: its own parts compressed together, and every part compressed together (the
  // difference is what the shared code adds to the bundle, compressed with the rest).
  const joined = (keep: (part: string) => boolean) => gzipSync([...parts].filter(([part]) => keep(part)).map(([, code]) => code).join(''), { level: 9 }).length;
  const floor = parts.has('Lit') ? { own: joined(ownPart), all: joined(() => true) } : undefined;
  return { rows, min: chunk.code!.length, gzip: gzipSync(chunk.code!, { level: 9 }).length, floor };
}

const kib = (n: number) => `${(n / KiB).toFixed(1)} KiB`;
const bundles: CdnBundle[] = [
  { entry: 'src/cdn.ts', outDir: '.tmp/size', fileName: 'khojaly-widgets.js' },
  ...registry.map((e) => ({ entry: elementEntry(e.tag), outDir: '.tmp/size', fileName: `${e.tag}.js`, data: e.data })),
  ...Object.entries(besideBundle).map(([what, fileName]) => ({ entry: besideEntries[what as keyof typeof besideBundle], outDir: '.tmp/size', fileName })),
];
for (const bundle of bundles) {
  const { rows, min, gzip, floor } = await composition(bundle);
  console.log(`\n${bundle.fileName}: ${kib(min)} min, ${kib(gzip)} gzip`);
  const width = Math.max(...rows.map((r) => r.part.length), 14);
  console.log(`  ${'part'.padEnd(width)}  ${'min'.padStart(9)}  ${'gzip alone'.padStart(10)}`);
  for (const r of rows) console.log(`  ${r.part.padEnd(width)}  ${kib(r.min).padStart(9)}  ${kib(r.gzip).padStart(10)}`);
  if (floor) {
    console.log(`  Lit, data, styles and the element(s) alone, compressed together: ${kib(floor.own)} gzip;`);
    console.log(`  everything else (src/shared, src/data, src/upgrade, the registry, the loaders and the entry) adds ${kib(floor.all - floor.own)} to them.`);
  }
}
