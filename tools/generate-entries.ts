// SPDX-License-Identifier: MIT
// `npm run entries [-- --check]`: writes what the element registry (src/registry.ts) decides — src/define.ts,
// src/elements.ts and the per-element entries of package.json's exports. `--check` writes nothing and fails
// when any of them is stale, so CI catches an element added to one list and not the others.
import { readFileSync, writeFileSync } from 'node:fs';
import { registry } from '../src/registry.js';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const banner = '// SPDX-License-Identifier: MIT\n// Generated from src/registry.ts by tools/generate-entries.ts (`npm run entries`). Do not edit.\n';

const files: Record<string, string> = {
  'src/define.ts': `${banner}/** Registers every khojaly widget. Import this module for its side effect. */\n${registry.map((e) => `import './${e.tag}/define.js';`).join('\n')}\n`,
  'src/elements.ts': `${banner}/** Every widget's class, without registering any tag. */\n${registry.map((e) => `export { ${e.className} } from './${e.tag}/${e.tag}.js';`).join('\n')}\n`,
};

/** package.json's exports: the element entries (class and define) sit after `./define`, the rest stay as written. */
const pkgText = readFileSync(`${root}package.json`, 'utf8');
const pkg = JSON.parse(pkgText) as { exports: Record<string, unknown> };
/** An element's entry: `./<tag>` or `./<tag>/define`, importing a module from the element's folder under dist/. */
const isElementEntry = ([key, value]: [string, unknown]) =>
  /^\.\/[a-z]+-[a-z-]+(\/define)?$/.test(key) && /^\.\/dist\/[^/]+\/[^/]+\.js$/.test(String((value as { import?: string }).import ?? ''));
const others = Object.entries(pkg.exports).filter((entry) => !isElementEntry(entry));
const elements = registry.flatMap((e) => [
  [`./${e.tag}`, { types: `./dist/${e.tag}/${e.tag}.d.ts`, import: `./dist/${e.tag}/${e.tag}.js` }],
  [`./${e.tag}/define`, { types: `./dist/${e.tag}/define.d.ts`, import: `./dist/${e.tag}/define.js` }],
]);
const at = others.findIndex(([key]) => key === './define') + 1;
pkg.exports = Object.fromEntries([...others.slice(0, at), ...elements, ...others.slice(at)]);
files['package.json'] = `${JSON.stringify(pkg, null, 2)}\n`;

let stale = 0;
for (const [path, text] of Object.entries(files)) {
  let current = '';
  try {
    current = readFileSync(`${root}${path}`, 'utf8');
  } catch {
    // a missing file is stale
  }
  if (current === text) continue;
  if (check) {
    console.error(`${path} does not match src/registry.ts: run \`npm run entries\`.`);
    stale++;
  } else {
    writeFileSync(`${root}${path}`, text);
    console.log(`wrote ${path}`);
  }
}
if (stale) process.exit(1);
if (check) console.log(`src/define.ts, src/elements.ts and package.json's exports match the registry (${registry.length} elements).`);
