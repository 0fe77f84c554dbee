// SPDX-License-Identifier: MIT
// Runs one command per selected engine (KHOJALY_BROWSERS; Chromium alone by default, all three when
// CI=true), one engine after another, with KHOJALY_BROWSERS and KHOJALY_ENGINE set to that engine. Prints
// each engine's time and exits non-zero if any engine failed. Shared by run-tests.mjs and run-e2e.mjs.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectedEngines } from './browsers.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs `command` with `args` once per selected engine; `label` names the suite in the output. */
export function runPerEngine(label, command, args) {
  let wanted;
  try {
    wanted = selectedEngines();
  } catch (error) {
    console.error(`[khojaly-widgets] ${error.message}`);
    process.exit(1);
  }
  const results = [];
  for (const engine of wanted) {
    console.log(`\n[khojaly-widgets] ${label} in ${engine}`);
    const started = Date.now();
    const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, KHOJALY_BROWSERS: engine, KHOJALY_ENGINE: engine } });
    const seconds = Math.round((Date.now() - started) / 1000);
    if (run.error) {
      console.error(`[khojaly-widgets] could not start ${command}: ${run.error.message}`);
      process.exit(1);
    }
    results.push({ engine, ok: run.status === 0, seconds });
    // Ctrl-C: stop here rather than start the next engine.
    if (run.signal) process.exit(1);
  }
  console.log(`\n[khojaly-widgets] ${label}: ${results.map((r) => `${r.engine} ${r.ok ? 'passed' : 'FAILED'} in ${r.seconds} s`).join(', ')}`);
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}
