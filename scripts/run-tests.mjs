#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Runs the browser test suite once per selected engine (KHOJALY_BROWSERS; Chromium alone by default, all
// three when CI=true), one engine after another: on a small machine three browsers at once are slower
// than three runs in a row, and Firefox's cold start then misses the runner's deadlines. Extra arguments go
// to web-test-runner (`node scripts/run-tests.mjs test/elements/khojaly-chart.test.ts`). Prints each
// engine's time and fails if any engine failed.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectedEngines } from './browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runner = join(root, 'node_modules', '.bin', 'web-test-runner');

let wanted;
try {
  wanted = selectedEngines();
} catch (error) {
  console.error(`[khojaly-widgets] ${error.message}`);
  process.exit(1);
}

const results = [];
for (const engine of wanted) {
  console.log(`\n[khojaly-widgets] Browser tests in ${engine}`);
  const started = Date.now();
  const run = spawnSync(runner, process.argv.slice(2), {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, KHOJALY_BROWSERS: engine },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  if (run.error) {
    console.error(`[khojaly-widgets] could not start web-test-runner: ${run.error.message}`);
    process.exit(1);
  }
  results.push({ engine, ok: run.status === 0, seconds });
  // Ctrl-C: stop here rather than start the next engine.
  if (run.signal) process.exit(1);
}

console.log(`\n[khojaly-widgets] ${results.map((r) => `${r.engine} ${r.ok ? 'passed' : 'FAILED'} in ${r.seconds} s`).join(', ')}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
