// SPDX-License-Identifier: MIT
// Consumer apps: the packed package as a React, Preact, Vue, Svelte and Solid app installs it, type-checks
// it, bundles it with Vite and renders it in headless Chromium; React SSR and Next.js run their own checks
// (react-ssr/check.mjs, next/check.mjs), which build, serve and read the pages the same way.
//
//   node test/consumers/run.mjs [app …] [--keep]      (needs dist/: npm run build)
//
// Why this shape (there is no README here on purpose; this comment is the documentation):
// - Each app is what the framework's `npm create vite` template makes, cut to the files that matter, so a
//   failure here is what a user of that template would see. It lists no khojaly-widgets dependency: its
//   committed package-lock.json pins the framework and tool versions (`npm ci`), and the tarball of this
//   checkout is added on top with `npm install --no-save` (its own dependencies resolve as a user's would).
// - The package is packed once (`npm pack`), not linked: only what `files` ships is there, and the
//   `exports` map is what resolves.
// - The type checks must reject the lines marked as wrong: `@ts-expect-error` (TSX) and
//   `<!-- @vue-expect-error -->` (Vue) make the checker itself fail when such a line type-checks; Svelte
//   has no such comment, so svelte-check runs over src/type-tests/Bad.svelte too and the errors it reports
//   must be exactly the lines after `<!-- expect-error -->` in that file, and none elsewhere.
// - Each app is built twice: for production (the artefact a user ships) and with NODE_ENV=development,
//   since frameworks print their warnings (unknown element, property vs attribute…) only in development
//   builds, and Lit's dev mode adds its own checks. Both are served and checked the same way.
// - Every stage runs even after one fails, so one run reports everything that is wrong.
// - Versions: the templates' own choices (TypeScript 7 for the TSX apps, 6 for vue-tsc and svelte-check,
//   which need its compiler API), on the current majors; Vite is pinned to 8.3.8 because 8.4.0 has an
//   optional dependency (napi-windows-process-start-time) the registry does not serve, which leaves it out of
//   the lockfile and makes `npm ci` refuse the lockfile.
// - The apps are copied to a temporary folder: nothing is written under test/consumers/. Repeated runs are
//   fast because npm's cache (~/.npm) keeps the tarballs (`--prefer-offline`).
import { settleWidgets } from './own-check.mjs';
import { run } from './run-command.mjs';
import { cpSync, createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from '../infra/browsers.mjs';
import { chromiumArgs } from '../infra/engines/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

// The figures and the quote the pages must show, from the data itself rather than copied numbers.
const statementJson = JSON.parse(readFileSync(join(root, 'data/statement.json'), 'utf8'));
const figures2020 = statementJson.figures.filter((f) => f.group === '2020' && !f.partOf);
const otherFigure = statementJson.figures.find((f) => f.group === 'khojaly-1992' && !f.partOf);
const impunity = statementJson.quotes.find((q) => q.id === 'impunity');

/** How each app checks its types; `bin` names are in the app's node_modules/.bin. */
const tscBuild = [['tsc', '-b']];
const apps = {
  react: { typecheck: tscBuild },
  preact: { typecheck: tscBuild },
  vue: { typecheck: [['vue-tsc', '-b']] },
  svelte: {
    typecheck: [['tsc', '-p', 'tsconfig.node.json']],
    // svelte-check's own run, whose errors are compared with the marked lines.
    markedCheck: { command: ['svelte-check', '--tsconfig', './tsconfig.app.json', '--output', 'machine', '--fail-on-warnings'], file: 'src/type-tests/Bad.svelte', marker: '<!-- expect-error' },
  },
  solid: { typecheck: tscBuild },
  // React rendered on the server and hydrated: its own check (test/consumers/react-ssr/check.mjs).
  'react-ssr': { ownCheck: true },
  // Next.js 16 (App Router): built, served by `next start` and `next dev`; its own check (test/consumers/next/check.mjs).
  next: { ownCheck: true },
};

/** Console messages that are not problems: Lit's own note that a development build is one. */
const expectedConsole = [/lit\.dev\/msg\/dev-mode/];

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const chosen = args.filter((a) => !a.startsWith('--'));
const unknown = chosen.filter((a) => !(a in apps));
if (unknown.length) {
  console.error(`Unknown app(s): ${unknown.join(', ')}. Known: ${Object.keys(apps).join(', ')}.`);
  process.exit(2);
}
const selected = chosen.length ? chosen : Object.keys(apps);

/** A failure before any app ran: every selected app counts as failed. */
function setupFailure(message) {
  console.log(`FAIL setup: ${message}`);
  console.log(`0 passed, ${selected.length} failed`);
  process.exit(1);
}
const missing = ['dist/index.js', 'dist/define.js', 'dist/index.d.ts'].filter((f) => !existsSync(join(root, f)));
if (missing.length) setupFailure(`${missing.join(', ')} missing: the apps install the packed package, which ships dist/. Run \`npm run build\` first.`);
const browserPath = chromiumPath();
if (!browserPath) setupFailure('no Chromium (/usr/bin/chromium or CHROME_PATH): run `node test/infra/ensure-browser.mjs chromium`.');


const bin = (dir, name) => join(dir, 'node_modules', '.bin', name);
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
const tail = (text, lines = 25) => text.trim().split('\n').slice(-lines).map((l) => `      ${l}`).join('\n');

/** A static server over a built app, on 127.0.0.1 and a free port. */
async function serve(dir) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) && file !== dir) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** What the page shows, read in the page: the widgets' properties, their shadow DOM text, the app's output. */
function inspectPage() {
  // Visible text of a shadow root: innerText of its rendered children.
  const shadowText = (el) =>
    [...(el?.shadowRoot?.children ?? [])].filter((c) => !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(c.tagName)).map((c) => c.innerText).join('\n');
  const facts = document.querySelector('khojaly-facts');
  const quote = document.querySelector('statement-quote');
  const doc = document.querySelector('statement-document');
  const heading = facts?.shadowRoot?.querySelector('[part~="heading"]');
  return {
    defined: ['khojaly-facts', 'statement-quote', 'statement-document'].filter((t) => customElements.get(t)),
    facts: facts && {
      upgraded: Boolean(facts.shadowRoot),
      group: facts.group,
      groupAttribute: facts.getAttribute('group'),
      headingLevel: facts.headingLevel,
      headingTag: heading?.tagName ?? heading?.querySelector('h1,h2,h3,h4,h5,h6')?.tagName,
      headingText: heading?.textContent.trim(),
      text: shadowText(facts),
    },
    quote: quote && {
      upgraded: Boolean(quote.shadowRoot),
      quote: quote.quote,
      text: shadowText(quote),
      textWithCitation: quote.textWithCitation,
      hasButton: Boolean(quote.shadowRoot?.querySelector('[part~="copy-button"]')),
    },
    document: doc && {
      upgraded: Boolean(doc.shadowRoot),
      toc: doc.toc,
      tocShown: Boolean(doc.shadowRoot?.querySelector('[part~="toc"]')),
      dataType: doc.data === null ? 'null' : typeof doc.data,
      dataJson: doc.data && typeof doc.data === 'object' ? JSON.stringify(doc.data) : undefined,
      paragraphs: doc.shadowRoot?.querySelectorAll('[part~="paragraph"]').length ?? 0,
    },
    output: document.querySelector('#copied')?.textContent ?? null,
  };
}

/** Opens one build of an app and checks what it renders; returns the problems found. */
async function checkPage(browser, dir, label) {
  const problems = [];
  const { server, origin } = await serve(dir);
  const context = await browser.createBrowserContext();
  try {
    await context.overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const page = await context.newPage();
    const messages = [];
    page.on('console', (m) => {
      if (['error', 'warn', 'warning', 'assert'].includes(m.type())) messages.push(`console.${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => messages.push(`uncaught: ${e.message}`));
    page.on('requestfailed', (r) => messages.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
    page.on('response', (r) => r.status() >= 400 && messages.push(`HTTP ${r.status()}: ${r.url()}`));
    await page.goto(`${origin}/`, { waitUntil: 'networkidle0', timeout: 30_000 });
    // Let every widget finish rendering, including the re-render after `data` was validated.
    await page.evaluate(settleWidgets, ['khojaly-facts', 'statement-quote', 'statement-document'], 100);
    const seen = await page.evaluate(inspectPage);
    const expect = (ok, message) => ok || problems.push(`${label}: ${message}`);

    expect(seen.defined.length === 3, `tags defined: ${seen.defined.join(', ') || 'none'}`);
    const { facts, quote, document: doc } = seen;
    if (!facts) problems.push(`${label}: no <khojaly-facts> in the page`);
    else {
      expect(facts.upgraded, '<khojaly-facts> has no shadow root');
      expect(facts.group === '2020', `<khojaly-facts> group is ${JSON.stringify(facts.group)} (attribute ${JSON.stringify(facts.groupAttribute)}), expected "2020"`);
      const missing = figures2020.filter((f) => !facts.text.includes(f.value.toLocaleString('en')));
      expect(figures2020.length > 0 && !missing.length, `<khojaly-facts group="2020"> does not show ${missing.map((f) => `${f.value} (${f.id})`).join(', ')}; its text: ${JSON.stringify(facts.text.slice(0, 200))}`);
      expect(!facts.text.includes(String(otherFigure.value)), `<khojaly-facts group="2020"> shows ${otherFigure.value} (${otherFigure.id}, group khojaly-1992)`);
      expect(Number(facts.headingLevel) === 3, `<khojaly-facts> headingLevel is ${JSON.stringify(facts.headingLevel)}, expected 3`);
      expect(facts.headingTag === 'H3', `<khojaly-facts heading-level={3}> renders its heading as ${facts.headingTag ?? 'nothing'} (text ${JSON.stringify(facts.headingText)}), expected H3`);
    }
    if (!quote) problems.push(`${label}: no <statement-quote> in the page`);
    else {
      expect(quote.upgraded, '<statement-quote> has no shadow root');
      expect(quote.quote === 'impunity', `<statement-quote> quote is ${JSON.stringify(quote.quote)}, expected "impunity"`);
      expect(quote.text.includes(impunity.source.phrase), `<statement-quote quote="impunity"> does not show the quote's phrase`);
      expect(quote.hasButton, '<statement-quote> has no copy button');
    }
    if (!doc) problems.push(`${label}: no <statement-document> in the page`);
    else {
      expect(doc.upgraded, '<statement-document> has no shadow root');
      expect(doc.toc === true, `<statement-document toc> has toc = ${JSON.stringify(doc.toc)}, expected true`);
      expect(doc.tocShown, '<statement-document toc> shows no table of contents');
      expect(doc.dataType === 'object', `<statement-document> data property is ${doc.dataType}, expected the statement object (was it set as an attribute?)`);
      if (doc.dataJson !== undefined) expect(doc.dataJson === JSON.stringify(statementJson), '<statement-document> data is an object but not the package\'s statement');
      expect(doc.paragraphs > 0, '<statement-document> shows no paragraphs');
    }

    // Copy: a real click on the button in the shadow root; the app must show event.detail.text.
    if (quote?.hasButton) {
      const button = await page.waitForSelector('statement-quote >>> [part~="copy-button"]', { timeout: 5000 });
      await button.click();
      const shown = await page
        .waitForFunction(() => document.querySelector('#copied')?.textContent || undefined, { timeout: 5000 })
        .then((h) => h.jsonValue())
        .catch(() => null);
      expect(shown !== null, 'after clicking "copy", the app shows nothing in #copied (no khojaly-copy event reached it)');
      if (shown !== null) expect(shown === quote.textWithCitation, `#copied shows ${JSON.stringify(shown.slice(0, 120))}, expected the quote with its citation`);
      const clipboard = await page.evaluate(() => navigator.clipboard.readText()).catch((e) => `(unreadable: ${e.message})`);
      expect(clipboard === quote.textWithCitation, `the clipboard holds ${JSON.stringify(clipboard.slice(0, 120))}, expected the quote with its citation`);
    }
    await new Promise((r) => setTimeout(r, 200)); // late warnings
    for (const m of messages) if (!expectedConsole.some((re) => re.test(m))) problems.push(`${label}: ${m}`);
  } catch (error) {
    problems.push(`${label}: ${error.message}`);
  } finally {
    await context.close();
    server.close();
  }
  return problems;
}

/** Lines of `file` that follow a marker line: where the checker must report an error. */
function markedLines(file, marker) {
  const lines = readFileSync(file, 'utf8').split('\n');
  return lines.flatMap((l, i) => (l.includes(marker) ? [i + 2] : []));
}

/** svelte-check's machine output: `<time> ERROR "<file>" <line>:<column> "<message>"`. */
function checkerErrors(output) {
  return output
    .split('\n')
    .map((l) => /^\d+ (ERROR|WARNING) "([^"]+)" (\d+):(\d+) (.*)$/.exec(l))
    .filter(Boolean)
    .map(([, kind, file, line, , message]) => ({ kind, file, line: Number(line), message }));
}

async function testApp(name, ctx) {
  const app = apps[name];
  const dir = join(ctx.work, name);
  const problems = [];
  const times = {};
  cpSync(join(here, name), dir, { recursive: true, filter: (src) => !/[\\/](node_modules|dist|dist-dev)$/.test(src) });
  const npmFlags = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];

  // Install: the lockfile's tree, then this checkout's tarball on top.
  let step = await run('npm', ['ci', ...npmFlags], { cwd: dir });
  times.install = step.ms;
  if (step.code !== 0) return { problems: [`npm ci failed (${step.code}):\n${tail(step.output)}`], times };
  step = await run('npm', ['install', '--no-save', ...npmFlags, ctx.tarball], { cwd: dir });
  times.install += step.ms;
  if (step.code !== 0) return { problems: [`npm install <tarball> failed (${step.code}):\n${tail(step.output)}`], times };

  // Type check: must pass, which means every line marked as wrong was rejected.
  times.typecheck = 0;
  for (const [command, ...rest] of app.typecheck) {
    step = await run(bin(dir, command), rest, { cwd: dir });
    times.typecheck += step.ms;
    if (step.code !== 0) problems.push(`type check \`${command} ${rest.join(' ')}\` failed (${step.code}):\n${tail(step.output, 40)}`);
  }
  if (app.markedCheck) {
    const { command: [command, ...rest], file, marker } = app.markedCheck;
    step = await run(bin(dir, command), rest, { cwd: dir });
    times.typecheck += step.ms;
    const errors = checkerErrors(step.output);
    const expected = markedLines(join(dir, file), marker);
    const inFile = errors.filter((e) => resolve(dir, e.file) === join(dir, file));
    const elsewhere = errors.filter((e) => resolve(dir, e.file) !== join(dir, file));
    const missing = expected.filter((line) => !inFile.some((e) => e.line === line));
    const extra = inFile.filter((e) => !expected.includes(e.line));
    if (!expected.length) problems.push(`${file} has no "${marker}" lines`);
    if (missing.length) problems.push(`${command} accepted lines marked as wrong: ${file}:${missing.join(', ')}`);
    for (const e of [...extra, ...elsewhere]) problems.push(`${command} ${e.kind}: ${e.file}:${e.line} ${e.message}`);
    if (!errors.length && step.code !== 0) problems.push(`${command} failed (${step.code}):\n${tail(step.output, 40)}`);
  }

  // Builds: production, and development for the frameworks' warnings.
  times.build = 0;
  const builds = [];
  for (const [label, env, outDir] of [
    ['production', { NODE_ENV: 'production' }, 'dist'],
    ['development', { NODE_ENV: 'development' }, 'dist-dev'],
  ]) {
    step = await run(bin(dir, 'vite'), ['build', '--outDir', outDir, '--emptyOutDir'], { cwd: dir, env });
    times.build += step.ms;
    if (step.code !== 0) problems.push(`vite build (${label}) failed (${step.code}):\n${tail(step.output)}`);
    else {
      // Warnings come as blocks ("[plugin …]" then the message); a development build is big, as expected.
      const warnings = step.output
        .split(/\n\s*\n/)
        .filter((b) => /\(!\)|\bwarn(ing)?\b|\[plugin /i.test(b))
        .filter((b) => !(label === 'development' && /Some chunks are larger than/.test(b)));
      for (const w of warnings) problems.push(`vite build (${label}) printed:\n${tail(w, 15)}`);
      builds.push([label, join(dir, outDir)]);
    }
  }

  // The pages.
  const started = performance.now();
  for (const [label, out] of builds) problems.push(...(await checkPage(ctx.browser, out, `${label} build`)));
  times.browser = performance.now() - started;
  return { problems, times };
}

const started = performance.now();
const work = mkdtempSync(join(tmpdir(), 'khojaly-consumers-'));
let passed = 0;
let failed = 0;
let browser;
try {
  // Pack once, what `npm publish` would upload. --ignore-scripts: the package's prepack script rebuilds
  // dist/, which `npm run build` has done already (and other work in this checkout may be using it).
  const pack = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: root });
  if (pack.code !== 0) throw new Error(`npm pack failed:\n${tail(pack.output)}`);
  const tarball = join(work, JSON.parse(pack.stdout)[0].filename);
  console.log(`packed ${basename(tarball)} in ${seconds(pack.ms)}`);

  browser = await puppeteer.launch({ executablePath: browserPath, headless: true, args: chromiumArgs });
  for (const name of selected) {
    const { problems, times } = apps[name].ownCheck
      ? await import(`./${name}/check.mjs`).then(({ check }) => check({ tarball, chromiumPath: browserPath, chromiumArgs, log: () => {} }))
      : await testApp(name, { work, tarball, browser });
    const timing = Object.entries(times).map(([k, v]) => `${k} ${seconds(v)}`).join(', ');
    if (problems.length === 0) {
      passed++;
      console.log(`PASS ${name} (${timing})`);
    } else {
      failed++;
      console.log(`FAIL ${name} (${timing})`);
      for (const p of problems) console.log(`  - ${p}`);
    }
  }
} catch (error) {
  failed = selected.length - passed;
  console.log(`FAIL setup: ${error.message}`);
} finally {
  await browser?.close();
  if (keep) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
console.log(`total ${seconds(performance.now() - started)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
