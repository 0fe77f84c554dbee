// SPDX-License-Identifier: MIT
// `npm run build`:
//   dist/            the npm build: ES modules mirroring src/ (lit external) with .d.ts beside them
//   dist/cdn/        self-contained bundles: khojaly-widgets.js (module), khojaly-widgets.classic.js
//                    (classic script), and one module per element, <tag>.js
//   dist/embed/      the iframe form: <tag>.html pages, frame.js, embed.css, and resize.js for host pages
//   dist/khojaly-widgets.css  the page stylesheet that reserves the widgets' space (also in dist/cdn/)
//   dist/wordpress/  the WordPress plugin, a folder and its installable zip (tools/build-wordpress.ts)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { registry, type StatementCollection } from '../src/registry.js';
import { base, besideBundle, besideEntries, cdnBundleConfig, elementEntry } from './cdn-bundle.js';

/** Every element's class module, define module and iframe page title, from the registry. */
const source = "the Ombudsman of Azerbaijan's statement of 22 February 2021";
const elements = registry.map((e) => ({
  tag: e.tag,
  data: e.data,
  module: `src/${e.tag}/${e.tag}.ts`,
  define: `src/${e.tag}/define.ts`,
  title: `${e.title} ${source}`,
}));

const root = new URL('..', import.meta.url).pathname;


// Everything is built into a scratch folder that replaces dist/ at the end, so a page or a test reading
// dist/ never sees a half-built or half-deleted tree, and a failed build leaves the last good one.
const out = `.tmp/build-${process.pid}`;
rmSync(`${root}${out}`, { recursive: true, force: true });

// 1. npm build: one module per source module, so bundlers tree-shake and a page imports only what it uses.
const npmEntries: Record<string, string> = {
  index: 'src/index.ts',
  define: 'src/define.ts',
  'upgrade/upgrade-divs': 'src/upgrade/upgrade-divs.ts',
  'ssr/render': 'src/ssr/render.ts',
  'ssr/cli': 'src/ssr/cli.ts',
  ...Object.fromEntries(elements.flatMap((e) => [[e.module.replace(/^src\/|\.ts$/g, ''), e.module], [e.define.replace(/^src\/|\.ts$/g, ''), e.define]])),
};
await build(
  base({
    outDir: out,
    minify: false,
    lib: { entry: npmEntries, formats: ['es'] },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^zod(\/|$)/, /^node:/],
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        // The statement's JSON lives outside src/: give its module a name that says what it is.
        entryFileNames: (chunk: { facadeModuleId: string | null }) => (chunk.facadeModuleId?.endsWith('.json') ? 'data/statement.json.js' : '[name].js'),
      },
    },
  }),
);
// Declarations for the same entries; tsc follows their imports (tsconfig.build.json lists index, define, upgrade).
execFileSync(`${root}node_modules/.bin/tsc`, ['-p', 'tsconfig.build.json', '--outDir', out], { cwd: root, stdio: 'inherit' });

// Editor support and framework typings from the manifest: VS Code HTML custom data; React 19, Preact, Solid, Vue and Svelte typings.
execFileSync(`${root}node_modules/.bin/tsx`, [`${root}tools/generate-typings.ts`, `${root}${out}`], { cwd: root, stdio: 'inherit' });

// 2. CDN and embed scripts: self-contained and minified. Vite builds one IIFE per pass, so each is a build.
const bundle = (entry: string, outDir: string, fileName: string, format: 'es' | 'iife' = 'es', data?: readonly StatementCollection[]) =>
  build(cdnBundleConfig({ entry, outDir, fileName, format, data }));
for (const [what, file] of Object.entries(besideBundle)) await bundle(besideEntries[what as keyof typeof besideBundle], `${out}/cdn`, file);
await bundle('src/cdn.ts', `${out}/cdn`, 'khojaly-widgets.js');
await bundle('src/cdn.ts', `${out}/cdn`, 'khojaly-widgets.classic.js', 'iife');
// Each element's bundle registers its tag and starts the sanitizer-safe forms; the entry is written here.
for (const { tag, data } of elements) {
  await bundle(elementEntry(tag), `${out}/cdn`, `${tag}.js`, 'es', data);
}
await bundle('src/iframe/frame.ts', `${out}/embed`, 'frame.js', 'iife');
await bundle('src/iframe/resize.ts', `${out}/embed`, 'resize.js', 'iife');

// 3. The iframe pages: no inline script or style, so they run under a strict Content-Security-Policy. They load
// classic scripts: AMP's amp-iframe sandboxes the frame without allow-same-origin, and module scripts in an
// origin-less frame are fetched with CORS, which a plain static host does not allow.
mkdirSync(`${root}${out}/embed`, { recursive: true });
writeFileSync(`${root}${out}/embed/embed.css`, 'html,body{margin:0;padding:0;background:transparent}\n');
for (const { tag, title } of elements) {
  writeFileSync(
    `${root}${out}/embed/${tag}.html`,
    `<!doctype html>
<html lang="en" data-tag="${tag}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="embed.css">
<script src="../cdn/khojaly-widgets.classic.js" defer></script>
<script src="frame.js" defer></script>
</head>
<body></body>
</html>
`,
  );
}

// 4. The page stylesheet that reserves each widget's space before the script runs (generated: npm run page-styles).
copyFileSync(`${root}khojaly-widgets.css`, `${root}${out}/khojaly-widgets.css`);
copyFileSync(`${root}khojaly-widgets.css`, `${root}${out}/cdn/khojaly-widgets.css`);

// 5. Subresource Integrity of every script and stylesheet a page loads by address, for embed codes that load a
// versioned file from a public CDN (`<script … integrity="sha384-…" crossorigin="anonymous">`).
const integrity: Record<string, string> = {};
for (const dir of ['cdn', 'embed']) {
  for (const file of readdirSync(`${root}${out}/${dir}`).sort()) {
    if (!/\.(js|css)$/.test(file)) continue;
    integrity[`${dir}/${file}`] = `sha384-${createHash('sha384').update(readFileSync(`${root}${out}/${dir}/${file}`)).digest('base64')}`;
  }
}
writeFileSync(`${root}${out}/cdn/integrity.json`, `${JSON.stringify(integrity, null, 2)}\n`);

// 6. The WordPress plugin (dist/wordpress/khojaly-widgets.zip), from the files above and the registry.
execFileSync(`${root}node_modules/.bin/tsx`, [`${root}tools/build-wordpress.ts`, out], { cwd: root, stdio: 'inherit' });

rmSync(`${root}dist`, { recursive: true, force: true });
renameSync(`${root}${out}`, `${root}dist`);
console.log('built dist/, dist/cdn/ and dist/embed/');
