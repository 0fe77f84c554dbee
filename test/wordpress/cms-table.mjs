// SPDX-License-Identifier: MIT
// README's table of which embed form WordPress keeps, as an Author and as an Administrator: filled by the
// WordPress test (plugin.test.mjs) from what WordPress saved, never by hand. The test fails when README's
// table differs from the measured one; KHOJALY_WRITE_README=1 makes it write the table instead.
import { readFileSync, writeFileSync } from 'node:fs';

const readme = new URL('../../README.md', import.meta.url);
const start = '<!-- wordpress:start -->';
const end = '<!-- wordpress:end -->';

/** rows: [{ form, author: { works, note }, admin: { works, note } }]; version: WordPress's. */
export function wordpressTable(rows, version) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const cell = (c) => (c.works ? '✅ works' : `❌ ${c.note}`);
  return [
    line(['Form', 'Author or Contributor', 'Administrator']),
    line(['---', '---', '---']),
    ...rows.map((r) => line([r.form, cell(r.author), cell(r.admin)])),
    '',
    `Measured on WordPress ${version} from Debian, each form saved through the REST API as the block editor saves it (README's forms in a Custom HTML block), by \`npm run test:wordpress\`.`,
  ].join('\n');
}

/** Compares README's table with the measured one: null when equal (or written), else the difference to report. */
export function checkReadme(table) {
  const text = readFileSync(readme, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) return `README.md has no ${start} … ${end} markers. Measured:\n\n${table}`;
  const current = text.slice(from + start.length, to).trim();
  if (current === table) return null;
  if (process.env.KHOJALY_WRITE_README === '1') {
    writeFileSync(readme, `${text.slice(0, from + start.length)}\n\n${table}\n\n${text.slice(to)}`);
    return null;
  }
  return `README.md's WordPress table differs from the measured one; run KHOJALY_WRITE_README=1 npm run test:wordpress. Measured:\n\n${table}`;
}
