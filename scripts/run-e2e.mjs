#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Runs the end-to-end tests (test/e2e, node:test against the built files) once per selected engine —
// KHOJALY_BROWSERS, as for the browser tests: Chromium alone by default, all three when CI=true — one
// engine after another, each with KHOJALY_ENGINE set for the harness. Extra arguments name test files
// (`node scripts/run-e2e.mjs test/e2e/csp.test.mjs`). Prints each engine's time and fails if any failed.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectedEngines } from './browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(join(root, 'test/e2e')).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => `test/e2e/${f}`);

let wanted;
try {
  wanted = selectedEngines();
} catch (error) {
  console.error(`[khojaly-widgets] ${error.message}`);
  process.exit(1);
}

const results = [];
for (const engine of wanted) {
  console.log(`\n[khojaly-widgets] End-to-end tests in ${engine}`);
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--test', ...files], { cwd: root, stdio: 'inherit', env: { ...process.env, KHOJALY_ENGINE: engine } });
  const seconds = Math.round((Date.now() - started) / 1000);
  results.push({ engine, ok: run.status === 0, seconds });
  if (run.signal) process.exit(1);
}

console.log(`\n[khojaly-widgets] end-to-end: ${results.map((r) => `${r.engine} ${r.ok ? 'passed' : 'FAILED'} in ${r.seconds} s`).join(', ')}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
