// SPDX-License-Identifier: MIT
// One way to run a command for the consumer checks (test/consumers/run.mjs, react-ssr/check.mjs).
import { spawn } from 'node:child_process';

/** Runs a command; resolves to its exit code, output (stdout and stderr, and stdout alone) and duration. Kills its whole process group on timeout. */
export function run(command, commandArgs, { cwd, env = {}, timeout = 10 * 60_000 } = {}) {
  const started = performance.now();
  return new Promise((resolvePromise) => {
    const child = spawn(command, commandArgs, { cwd, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stdout = '';
    child.stdout.on('data', (d) => ((output += d), (stdout += d)));
    child.stderr.on('data', (d) => (output += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeout);
    const finish = (code) => {
      clearTimeout(timer);
      resolvePromise({ code: timedOut ? 'timeout' : code, output, stdout, ms: performance.now() - started });
    };
    child.on('error', (error) => ((output += String(error)), finish(-1)));
    child.on('close', finish);
  });
}
