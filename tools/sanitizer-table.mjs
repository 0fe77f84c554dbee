#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Which embed form survives which HTML sanitizer at its defaults, as a markdown table measured by running
// the sanitizers (test/sanitizers/). README.md carries the table between its sanitizers markers.
//   node tools/sanitizer-table.mjs           prints the table
//   node tools/sanitizer-table.mjs --write   replaces README's table (prints it if the markers are missing)
//   node tools/sanitizer-table.mjs --check   exits 1 when README's table differs from the measured one
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { forms } from '../test/sanitizers/forms.mjs';
import { sanitizers } from '../test/sanitizers/sanitizers.mjs';

const readme = new URL('../README.md', import.meta.url);
const start = '<!-- sanitizers:start -->';
const end = '<!-- sanitizers:end -->';

/** The installed version of a package. Found from its entry point: dompurify does not export its package.json. */
function version(pkg) {
  for (let dir = dirname(fileURLToPath(import.meta.resolve(pkg))); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (manifest.name === pkg) return manifest.version;
    } catch {
      // no package.json here: look one folder up
    }
  }
  throw new Error(`no package.json found for ${pkg}`);
}

/** Every form through every sanitizer: rows of { form, cells: [{ sanitizer, works, note }] }. */
export function measure() {
  return forms.map((form) => ({
    form: form.name,
    cells: sanitizers.map(({ name, sanitize }) => {
      const output = sanitize(form.html);
      const works = form.survives(output);
      return { sanitizer: name, works, note: works ? null : form.degradesTo(output) };
    }),
  }));
}

/** The markdown table and, under it, what measured it. */
export function sanitizerTable(rows = measure()) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  // js-xss is published as `xss`: name the package where it differs, so the reader finds it.
  const label = ({ name, pkg }) => (name.toLowerCase() === pkg ? name : `${name} (\`${pkg}\`)`);
  const versions = sanitizers.map((s) => `${label(s)} ${version(s.pkg)}`).join(', ');
  return [
    line(['Form', ...sanitizers.map((s) => s.name)]),
    line(['---', ...sanitizers.map(() => '---')]),
    ...rows.map((row) => line([row.form, ...row.cells.map((c) => (c.works ? '✅ works' : `❌ ${c.note}`))])),
    '',
    // DOMPurify parses with the DOM it is given, here jsdom's: its version can change DOMPurify's output too.
    `Measured at their defaults with ${versions} (DOMPurify on jsdom ${version('jsdom')}) by \`node tools/sanitizer-table.mjs\`.`,
  ].join('\n');
}

/** README's text between the markers, or null when it has no markers yet. */
export function readmeTable(text = readFileSync(readme, 'utf8')) {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  return from < 0 || to < 0 ? null : text.slice(from + start.length, to).trim();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const table = sanitizerTable();
  const text = readFileSync(readme, 'utf8');
  const current = readmeTable(text);
  if (process.argv.includes('--check')) {
    if (current === null) console.log(`README.md has no ${start} … ${end} markers yet: nothing to check.`);
    else if (current !== table) {
      console.error(`README.md's sanitizer table differs from the measured one; run node tools/sanitizer-table.mjs --write. Measured:\n\n${table}`);
      process.exit(1);
    } else console.log("README.md's sanitizer table is up to date.");
  } else if (process.argv.includes('--write') && current !== null) {
    const from = text.indexOf(start) + start.length;
    writeFileSync(readme, `${text.slice(0, from)}\n\n${table}\n\n${text.slice(text.indexOf(end, from))}`);
    console.log('README.md: sanitizer table written.');
  } else {
    if (process.argv.includes('--write')) console.error(`README.md has no ${start} … ${end} markers: printing the table instead.\n`);
    console.log(table);
  }
}
