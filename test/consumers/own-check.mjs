// SPDX-License-Identifier: MIT
// What the consumer apps with a check of their own (react-ssr/check.mjs, next/check.mjs) share: the texts the
// widgets must show, taken from the data, small output helpers, and how a check runs alone.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { run } from './run-command.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// What the widgets must show, from the data itself rather than copied numbers.
export const statementJson = JSON.parse(readFileSync(join(root, 'data/statement.json'), 'utf8'));
const number = new Intl.NumberFormat('en');
/** The 2020 totals as the facts widget writes them ("3,410"). */
export const figures2020 = statementJson.figures.filter((f) => f.group === '2020' && !f.partOf).map((f) => number.format(f.value));
/** A figure of another group, which `group="2020"` must leave out. */
export const figure1992 = statementJson.figures.find((f) => f.group === 'khojaly-1992' && !f.partOf);
/** That figure as the widget would write it. */
export const figure1992Text = number.format(figure1992.value);
/** The phrase of the quote the apps show (`quote="impunity"`). */
export const impunity = statementJson.quotes.find((q) => q.id === 'impunity').source.phrase;
/** Console messages that are not problems: Lit's note that a development build is one. */
export const expectedConsole = [/lit\.dev\/msg\/dev-mode/];

export const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
export const tail = (text, lines = 25) => text.trim().split('\n').slice(-lines).map((l) => `      ${l}`).join('\n');
export const collapse = (s) => s.replace(/\s+/g, ' ').trim();

/**
 * In the page (`page.evaluate(settleWidgets, tags, pause)`): waits for the tags to be defined (5 s at most),
 * then three times for every widget's update and a pause, so re-renders (hydration, a validated `data`) are done.
 */
export async function settleWidgets(tags, pause) {
  await Promise.race([Promise.all(tags.map((t) => customElements.whenDefined(t))), new Promise((r) => setTimeout(r, 5000))]);
  for (let i = 0; i < 3; i++) {
    await Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete));
    await new Promise((r) => setTimeout(r, pause));
  }
}

/**
 * Installs an app copied to `dir` as a user would: `npm ci` from its lockfile, then the tarball on top. Throws
 * when either fails; logs the install's PASS/FAIL line, and returns its time and its problems (more than one
 * copy of lit: the server would render with one and the widgets extend another).
 */
export async function installApp(dir, tarball, name, log) {
  const npmFlags = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
  const ci = await run('npm', ['ci', ...npmFlags], { cwd: dir });
  if (ci.code !== 0) throw new Error(`npm ci failed (${ci.code}):\n${tail(ci.output)}`);
  const add = await run('npm', ['install', '--no-save', ...npmFlags, tarball], { cwd: dir });
  if (add.code !== 0) throw new Error(`npm install <tarball> failed (${add.code}):\n${tail(add.output)}`);
  const problems = [];
  const lits = await run('npm', ['ls', 'lit', '--all', '--parseable'], { cwd: dir });
  const litCopies = new Set(lits.output.trim().split('\n').filter((l) => /node_modules\/lit$/.test(l)));
  if (litCopies.size !== 1) problems.push(`install: ${litCopies.size} copies of lit (${[...litCopies].join(', ')}): the server would render with one and the widgets extend another`);
  log(`${problems.length ? 'FAIL' : 'PASS'} ${name} install (npm ci ${seconds(ci.ms)}, tarball ${seconds(add.ms)})`);
  return { ms: ci.ms + add.ms, problems };
}

/**
 * Runs an app's check when its file is run directly (`node test/consumers/<app>/check.mjs [--keep]`): packs this
 * checkout (`npm pack` runs the prepack build), checks, and sets the exit code.
 */
export async function runAlone(moduleUrl, name, check) {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(resolve(process.argv[1])).href) return;
  const { chromiumPath } = await import('../infra/browsers.mjs');
  const { chromiumArgs } = await import('../infra/engines/chromium.mjs');
  const started = performance.now();
  const browserPath = chromiumPath();
  if (!browserPath) {
    console.error('No Chromium found (/usr/bin/chromium or CHROME_PATH): run `node test/infra/ensure-browser.mjs chromium`.');
    process.exit(2);
  }
  const packDir = mkdtempSync(join(tmpdir(), 'khojaly-pack-'));
  let ok = false;
  try {
    const pack = await run('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: root });
    if (pack.code !== 0) throw new Error(`npm pack failed (${pack.code}):\n${tail(pack.output)}`);
    const tarball = join(packDir, JSON.parse(pack.stdout.slice(pack.stdout.search(/^\[\s*$/m)))[0].filename);
    console.log(`packed ${basename(tarball)} in ${seconds(pack.ms)}`);
    ({ ok } = await check({ tarball, chromiumPath: browserPath, chromiumArgs, keep: process.argv.includes('--keep') }));
  } catch (error) {
    console.log(`FAIL ${name}: ${error.message}`);
  } finally {
    rmSync(packDir, { recursive: true, force: true });
  }
  console.log(`total ${seconds(performance.now() - started)}`);
  process.exitCode = ok ? 0 : 1;
}
