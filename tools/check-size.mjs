#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Size budgets of the CDN bundles: prints raw, gzip and brotli bytes of each beside its goal and its limit,
// and fails when a bundle grows past its limit. The goals are the targets; the limits hold the
// sizes we have now, so a change that makes a bundle heavier fails here until someone decides it is worth it.
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { besideBundle } from './beside-bundle.mjs';

const dir = new URL('../dist/cdn/', import.meta.url);
const KiB = 1024;

/** gzip goal and gzip limit, in bytes. */
// Goals: the budgets of the size issue. Limits: today's sizes, rounded up (2026-12-01, after the upgrade went on
// demand, the element bundles kept only the sentences they cite, and whole-pixel layout added 0.2 KiB of styles;
// 2026-12-02, US English formats written without Intl, 0.1–0.2 KiB each).
const budgets = {
  // The classic bundle also carries the upgrade of divs and links, which the module bundles fetch on demand.
  'khojaly-widgets.classic.js': { goal: 20 * KiB, limit: 30 * KiB },
  'khojaly-widgets.js': { goal: 20 * KiB, limit: 29 * KiB },
  // zod/mini and the schema, and the fetch of a `src`, loaded only when a widget is pointed at another statement.
  [besideBundle.validator]: { goal: 8 * KiB, limit: 9 * KiB },
  // The upgrade of the sanitizer-safe forms (divs, links), loaded only by pages that have one.
  [besideBundle.upgrade]: { goal: null, limit: 2 * KiB },
  // They carry the whole text.
  'statement-quote.js': { goal: 14 * KiB, limit: 17.5 * KiB },
  'statement-document.js': { goal: 14 * KiB, limit: 17.5 * KiB },
  // Four collections and their cited sentences.
  'statement-list.js': { goal: 12 * KiB, limit: 16.5 * KiB },
  default: { goal: 12 * KiB, limit: 16 * KiB },
};

const kib = (n) => `${(n / KiB).toFixed(1)} KiB`;
const rows = [];
let failed = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
  const bytes = readFileSync(new URL(file, dir));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const { goal, limit } = budgets[file] ?? budgets.default;
  const status = gzip > limit ? 'OVER LIMIT' : goal === null ? 'within limit' : gzip > goal ? `over goal by ${kib(gzip - goal)}` : 'within goal';
  if (gzip > limit) failed++;
  rows.push([file, kib(bytes.length), kib(gzip), kib(brotli), goal === null ? '—' : kib(goal), kib(limit), status]);
}

const head = ['bundle', 'min', 'gzip', 'brotli', 'goal (gzip)', 'limit (gzip)', ''];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(head));
for (const r of rows) console.log(line(r));
if (failed) {
  console.error(`\n${failed} bundle(s) over their size limit.`);
  process.exit(1);
}
