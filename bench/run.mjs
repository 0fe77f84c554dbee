#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// `npm run bench`: what the widgets cost a page, beside baselines measured in the same run so the figures
// hold on a busy machine. Prints Markdown tables and writes bench/results.json with the machine described.
//   weight         bytes of every bundle in dist/cdn/ beside a trivial Lit element and the bare statement text
//   render         1, 100 and 1000 widgets vs the same content as static HTML, in headless Chromium; the same
//                  for bench/article.html (about 1,500 words, one facts and one quote widget) vs its static copy
//   layout-shift   CLS of each embed form, and of bench/article.html, with the widget script arriving 1 s late
//   requests       what a page with one of each widget fetches, and what bench/article.html fetches
//   lighthouse     Lighthouse 12.2.3's four category scores on bench/page.html and bench/article.html
// Options: --only=render,weight (a subset; results.json is written only by a full run), --runs=N (render
// loads per page, default 7; 5 at 1000 widgets), --lighthouse-runs=N (default 3), --no-build (use dist/ as is).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { benchLayoutShift } from './layout-shift.mjs';
import { benchLighthouse, categories } from './lighthouse.mjs';
import { benchRender } from './render.mjs';
import { benchRequests } from './requests.mjs';
import { benchWeight } from './weight.mjs';

const root = new URL('..', import.meta.url).pathname;
const sections = ['weight', 'render', 'layout-shift', 'requests', 'lighthouse'];

const option = (name, fallback) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
};
const only = option('only', sections.join(',')).split(',');
const unknown = only.filter((s) => !sections.includes(s));
if (unknown.length) {
  console.error(`Unknown section(s): ${unknown.join(', ')}. Sections: ${sections.join(', ')}.`);
  process.exit(2);
}
const runs = Number(option('runs', 7));
const lighthouseRuns = Number(option('lighthouse-runs', 3));
const full = only.length === sections.length;
const log = (line) => console.error(`  … ${line}`);

/** The newest modification time of the files under a path. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const started = Date.now();
// The bundles must match the source: build when dist/cdn/ is missing or older than what it is built from.
const bundle = `${root}dist/cdn/khojaly-widgets.js`;
if (!process.argv.includes('--no-build')) {
  const inputs = ['src', 'data', 'tools/build.ts'].map((p) => newest(`${root}${p}`));
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(...inputs)) {
    console.error(existsSync(bundle) ? 'dist/cdn/ is older than the source: building…' : 'dist/cdn/ is missing: building…');
    execFileSync(process.execPath, [`${root}node_modules/.bin/tsx`, `${root}tools/build.ts`], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
if (!existsSync(bundle)) {
  console.error('dist/cdn/khojaly-widgets.js is missing: run `npm run build` first.');
  process.exit(1);
}

const loadAtStart = loadavg();
const results = {};
const sectionSeconds = {};
for (const section of sections.filter((s) => only.includes(s))) {
  const t = Date.now();
  console.error(`${section}…`);
  if (section === 'weight') results.weight = await benchWeight();
  if (section === 'render') results.render = await benchRender({ runs, log });
  if (section === 'layout-shift') results.layoutShift = await benchLayoutShift({ log });
  if (section === 'requests') results.requests = await benchRequests({ log });
  if (section === 'lighthouse') results.lighthouse = await benchLighthouse({ runs: lighthouseRuns, log });
  sectionSeconds[section] = Math.round((Date.now() - t) / 1000);
  log(`${section} took ${sectionSeconds[section]} s`);
}

// ---- formatting -------------------------------------------------------------------------------------
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value) => (value < 100 ? value.toFixed(1) : value.toFixed(0));
const times = (value) => `${value.toFixed(2)}×`;
const verdict = (met) => (met ? 'met' : '**missed**');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const goals = [];
const out = [];
const { weight, render, layoutShift, requests, lighthouse } = results;

if (weight) {
  out.push('### Weight (dist/cdn/)', '');
  out.push(
    table(
      ['bundle', 'min', 'gzip', 'brotli', 'gzip ÷ floors'],
      [
        ...weight.bundles.map((b) => [b.name.replace('dist/cdn/', ''), kib(b.min), kib(b.gzip), kib(b.brotli), times(b.overFloors)]),
        ...weight.floors.map((f) => [`*floor: ${f.label}*`, kib(f.min), kib(f.gzip), kib(f.brotli), '']),
        ['*sum of the floors*', kib(weight.floorSum.min), kib(weight.floorSum.gzip), kib(weight.floorSum.brotli), '1.00×'],
      ],
    ),
  );
  const r = weight.classicToFloors;
  const met = r.gzip <= weight.goal;
  out.push('', `Full classic bundle ÷ sum of the floors: ${times(r.min)} minified, ${times(r.gzip)} gzip, ${times(r.brotli)} brotli (goal ≤ ${weight.goal}×: ${verdict(met)}).`, '');
  goals.push({ goal: `classic bundle ≤ ${weight.goal}× the floors (gzip)`, measured: times(r.gzip), met });
}

if (render) {
  out.push('### Render time (headless Chromium, medians)', '');
  const row = (label, r) => [label, `${ms(r.widgetPageMs)} ms`, `${ms(r.scriptToPaintMs)} ms`, `${ms(r.staticPageMs)} ms`, times(r.ratio)];
  const { article } = render;
  out.push(
    table(
      ['instances', 'page with widgets', 'of which script → painted', 'static HTML page', 'widgets ÷ static'],
      [
        ...render.results.map((r) => row(String(r.instances), r)),
        ...(article ? [row(`${article.widgets.length}: ${article.page} (${article.words} words)`, article)] : []),
      ],
    ),
  );
  const at = (n) => render.results.find((r) => r.instances === n);
  out.push('', 'Page times run from the <head> being parsed to the widgets painted; the static page has the same content as plain HTML.');
  // The size issue's goals for the time a page takes with its widgets, against the same page as static HTML.
  for (const [n, goal] of [
    [1, 2],
    [100, 1.3],
  ]) {
    if (!at(n)) continue;
    const met = at(n).ratio <= goal;
    out.push(`At ${n} instance${n === 1 ? '' : 's'} the widget page takes ${times(at(n).ratio)} the static page's time (goal ≤ ${goal}×: ${verdict(met)}).`);
    goals.push({ goal: `${n} instance${n === 1 ? '' : 's'} ≤ ${goal}× the static page`, measured: times(at(n).ratio), met });
  }
  if (article) out.push(`The article with its ${article.widgets.length} widgets takes ${times(article.ratio)} the time of the same article as static HTML (the widgets' rendered markup and styles, no script, no page stylesheet); the issue sets no goal of its own for it.`);
  if (at(100) && at(1000)) {
    const scale = at(1000).scriptToPaintMs / at(100).scriptToPaintMs;
    const met = scale <= 10;
    render.scale1000to100 = scale;
    out.push(`1000 instances take ${times(scale)} the time of 100, script start to painted (goal ≤ 10×: ${verdict(met)}).`);
    goals.push({ goal: '1000 instances ≤ 10× the time of 100', measured: times(scale), met });
  }
  out.push(`Runs per page: ${[...render.results.map((r) => `${r.runs.widgetPage.length} at ${r.instances}`), ...(article ? [`${article.runs.widgetPage.length} for the article`] : [])].join(', ')}; all runs are in bench/results.json.`, '');
}

if (layoutShift) {
  const { widths } = layoutShift;
  out.push(`### Layout shift (CLS, widget script ${layoutShift.scriptDelayMs} ms late)`, '');
  out.push(table(['embed form', ...widths.map((w) => `${w} px`)], layoutShift.rows.map((r) => [r.form, ...widths.map((w) => r.cls[w].toFixed(4))])));
  const failing = layoutShift.rows.filter((r) => widths.some((w) => r.cls[w] > 0));
  out.push('', failing.length ? `Goal 0: **missed** by ${failing.map((r) => `${r.form} (up to ${Math.max(...widths.map((w) => r.cls[w])).toFixed(4)})`).join('; ')}.` : 'Goal 0: met by every form.');
  if (layoutShift.stylesheet) out.push(`"Page stylesheet" is ${layoutShift.stylesheet} linked in the page's <head>.`);
  for (const note of layoutShift.notes) out.push(`Note: ${note}.`);
  out.push('');
  goals.push({ goal: 'CLS 0 in every embed form', measured: failing.length ? `${failing.length} of ${layoutShift.rows.length} forms shift` : '0 everywhere', met: !failing.length });
  const { article } = layoutShift;
  if (article) {
    out.push(`${article.page} (${article.widgets.join(', ')}; stylesheet ${article.stylesheet ?? 'none'}):`, '');
    out.push(table(['article', ...widths.map((w) => `${w} px`)], article.rows.map((r) => [r.variant, ...widths.map((w) => r.cls[w].toFixed(4))])));
    const worst = Math.max(...widths.map((w) => article.rows[0].cls[w]));
    out.push('', `Goal 0 on the article as published (with its stylesheet): ${verdict(worst === 0)}.`, '');
    goals.push({ goal: `CLS 0 on ${article.page}`, measured: worst.toFixed(4), met: worst === 0 });
  }
}

if (requests) {
  const met = requests.count <= requests.goal;
  out.push('### Requests', '', `A page with one of each widget (${requests.widgets.length}, module script) makes ${requests.count} request${requests.count === 1 ? '' : 's'} for them: ${requests.requests.map((r) => r.url).join(', ')} (goal ${requests.goal}: ${verdict(met)}).`, '');
  goals.push({ goal: '1 request (the script)', measured: String(requests.count), met });
  const { article } = requests;
  if (article) out.push(`${article.page} (${article.widgets.length} widgets) makes ${article.count} request${article.count === 1 ? '' : 's'} for them: ${article.requests.map((r) => r.url).join(', ')} (the script, and the page stylesheet it links).`, '');
}

if (lighthouse) {
  out.push(`### Lighthouse ${lighthouse.version} (${lighthouse.formFactor})`, '');
  out.push(table(['page', ...categories], lighthouse.pages.map(({ page, median }) => [page, ...categories.map((c) => String(median.scores[c]))])));
  out.push('');
  for (const { page, median, runs: all } of lighthouse.pages) {
    out.push(`${page}: median of ${all.length} run(s) by performance score; every run: ${all.map((r) => categories.map((c) => r[c]).join('/')).join(', ')}.`);
    out.push(`Metrics: ${Object.entries(median.metrics).map(([k, v]) => `${k} ${v}`).join(', ')}; benchmark index ${median.benchmarkIndex}.`);
    const lost = categories.flatMap((c) => median.lost[c].map((a) => `${c}: ${a.id} ${a.value} (score ${a.score})`));
    if (lost.length) out.push(`Points lost: ${lost.join('; ')}.`);
    out.push('');
    const met = categories.every((c) => median.scores[c] === lighthouse.goal);
    goals.push({ goal: `Lighthouse 100 in each category on ${page}`, measured: categories.map((c) => median.scores[c]).join('/'), met });
  }
}

const chromium = render?.browserVersion ?? (await chromiumVersion());
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  os: `${type()} ${release()}`,
  node: process.version,
  chromium,
  loadAverage: { start: loadAtStart.map((l) => Math.round(l * 100) / 100), end: loadavg().map((l) => Math.round(l * 100) / 100) },
};
const seconds = Math.round((Date.now() - started) / 1000);
const header = `Measured ${new Date().toISOString().slice(0, 10)} on ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.chromium}; load average ${machine.loadAverage.start[0]} at the start, ${machine.loadAverage.end[0]} at the end; ${seconds} s.`;

console.log(`${header}\n\n${out.join('\n')}`);
console.log(table(['goal', 'measured', ''], goals.map((g) => [g.goal, g.measured, verdict(g.met)])));

if (full) {
  const record = { date: new Date().toISOString(), command: 'npm run bench', machine, commit: commit(), settings: { runs, lighthouseRuns }, seconds, sectionSeconds, goals, ...results };
  writeFileSync(`${root}bench/results.json`, `${JSON.stringify(record, null, 2)}\n`);
  console.error('\nwrote bench/results.json');
}

/** Chromium's version from the binary, when the render section did not launch it. */
async function chromiumVersion() {
  const { launch } = await import('./browser.mjs');
  const browser = await launch();
  const version = await browser.version();
  await browser.close();
  return version;
}

/** The commit measured, and whether the work tree had changes. */
function commit() {
  try {
    const hash = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return { hash, dirty };
  } catch {
    return null;
  }
}
