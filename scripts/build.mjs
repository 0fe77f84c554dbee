#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// `npm run build`: the npm build in dist/ (ES modules mirroring src/, lit external, .d.ts beside them)
// and the self-contained CDN bundles in dist/cdn/ (ES module, classic script, one module per element).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const elements = [
  ['khojaly-facts', 'src/facts/define.ts'],
  ['recognition-list', 'src/recognition-list/define.ts'],
  ['statement-quote', 'src/statement-quote/define.ts'],
];

/** Shared settings: no config file (the demo's), ES2021 like Lit's own output, quiet. */
const base = (build) => ({ configFile: false, root, logLevel: 'warn', build: { target: 'es2021', emptyOutDir: false, ...build } });

rmSync(`${root}dist`, { recursive: true, force: true });

// 1. npm build: one module per source module, so bundlers can tree-shake and a page imports only what it uses.
await build(
  base({
    outDir: 'dist',
    minify: false,
    lib: { entry: { index: 'src/index.ts', define: 'src/define.ts' }, formats: ['es'] },
    rolldownOptions: {
      input: ['src/index.ts', 'src/define.ts', ...elements.map(([, define]) => define)],
      external: [/^lit(\/|$)/, /^@lit\//],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  }),
);
execFileSync(`${root}node_modules/.bin/tsc`, ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });

// 2. CDN: self-contained, minified. Vite builds one IIFE per pass, so each bundle is its own build.
const cdn = (entry, fileName, format = 'es') =>
  build(
    base({
      outDir: 'dist/cdn',
      minify: true,
      lib: { entry, formats: [format], name: 'khojalyWidgets', fileName: () => fileName },
      rolldownOptions: { output: { minify: true } },
    }),
  );
await cdn('src/cdn.ts', 'khojaly-widgets.js');
await cdn('src/cdn.ts', 'khojaly-widgets.classic.js', 'iife');
for (const [tag, define] of elements) await cdn(define, `${tag}.js`);

console.log('built dist/ and dist/cdn/');
