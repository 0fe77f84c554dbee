// SPDX-License-Identifier: MIT
// Weight: the bytes of every bundle in dist/cdn/ (minified, gzip, brotli) beside two floors built in the
// same run with the CDN bundles' settings (tools/build.ts): a trivial Lit element, the least any Lit
// widget can weigh, and the statement's text as a string module, the least the data can weigh.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { root } from './server.mjs';

const statementText = 'data/source/ombudsman-statement-2021-02-22.txt';

/** Minified, gzip (level 9) and brotli (quality 11) sizes of some bytes. */
export function sizes(bytes) {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

// The floors' sources. The Lit element has a property, styles and a template, as every widget does.
const floors = {
  'lit-floor': {
    label: 'trivial Lit element (Lit floor)',
    source: `import { LitElement, css, html } from 'lit';
class BenchFloor extends LitElement {
  static properties = { name: {} };
  static styles = css\`:host { display: block; }\`;
  constructor() {
    super();
    this.name = 'floor';
  }
  render() {
    return html\`<p>\${this.name}</p>\`;
  }
}
customElements.define('bench-floor', BenchFloor);
`,
  },
  'text-floor': {
    label: 'statement text as a string (data floor)',
    source: `import text from '../../${statementText}?raw';\nexport default text;\n`,
  },
};

/** Builds one entry as tools/build.ts builds a CDN bundle (lib mode, minified, ES2021) and returns its code. */
async function bundleInMemory(entry) {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      target: 'es2021',
      emptyOutDir: false,
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => 'floor.js' },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  return chunks.map((c) => c.code).join('');
}

/** Measures every bundle in dist/cdn/ and the two floors; returns rows and the classic bundle's ratio to the floors. */
export async function benchWeight() {
  const dir = `${root}.tmp/bench-${process.pid}`;
  mkdirSync(dir, { recursive: true });
  const floorRows = [];
  try {
    for (const [name, { label, source }] of Object.entries(floors)) {
      writeFileSync(`${dir}/${name}.js`, source);
      floorRows.push({ name, label, ...sizes(Buffer.from(await bundleInMemory(`${dir}/${name}.js`))) });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const floor = Object.fromEntries(['min', 'gzip', 'brotli'].map((k) => [k, floorRows.reduce((sum, r) => sum + r[k], 0)]));

  const cdn = `${root}dist/cdn/`;
  const bundles = readdirSync(cdn)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((file) => {
      const s = sizes(readFileSync(cdn + file));
      return { name: `dist/cdn/${file}`, ...s, overFloors: s.gzip / floor.gzip };
    });
  const classic = bundles.find((b) => b.name.endsWith('khojaly-widgets.classic.js'));
  const ratio = classic && Object.fromEntries(['min', 'gzip', 'brotli'].map((k) => [k, classic[k] / floor[k]]));
  return { bundles, floors: floorRows, floorSum: floor, classicToFloors: ratio, goal: 1.25 };
}
