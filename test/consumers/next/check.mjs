// SPDX-License-Identifier: MIT
// Next.js: the packed package in a Next 16 App Router app, as create-next-app makes it, built for production
// (type check included), served by `next start` and by `next dev`, and read in headless Chromium.
//
//   node test/consumers/next/check.mjs [--keep]    (packs this checkout with `npm pack`, which builds it)
//   import { check } from './next/check.mjs'       (the consumer runner: it passes the tarball)
//
// Two pages, the two ways README gives (versions locked in package-lock.json: Next 16.4.6 with Turbopack,
// whose App Router runs its own React 19.3 canary; @lit-labs/ssr-react 0.3.4 on @lit-labs/ssr 4.1.0, Lit 3.3.3,
// TypeScript 5.9; Node 20.20, Chromium):
// - `/`: a server component writes the tags; a client component imports `khojaly-widgets/define` at its
//   module's top. Next evaluates that module on the server too, and it is harmless there: Turbopack resolves
//   Lit with the `node` condition, whose build brings a DOM shim. The widgets render in the browser; the page
//   stylesheet (imported in the root layout) reserves their height until then.
// - `/ssr`: the widgets' content rendered on the server as Declarative Shadow DOM, with @lit-labs/ssr-react
//   as the JSX import source of a client component (app/ssr/widgets.tsx), and hydrated in the browser.
//   @lit-labs/nextjs 0.2.4 (Next 13–15, webpack) is not used. What it takes, each checked here: the tags in
//   a client component (a server component sends its <template> to the browser as a React child, and
//   hydration fails with React error 418); for `next dev`, the production JSX runtime on the server
//   (lit/lit#5321; next.config.ts); and a JSX type declaration for that import source (lit-ssr-react.d.ts).
// What is checked, on each page, in the production server and the development server:
// (a) JavaScript off: `/` shows empty tags with their height reserved, `/ssr` the widgets' content already;
// (b) JavaScript on: the widgets defined, the 2020 figures, the quote and the attribution in their shadow
//     roots, the hosts' attributes as written, the copy button live, the text after the widgets where it was
//     with JavaScript off (nothing moved), `/ssr` hydrated (Lit's markers kept, the same text);
// (c) quiet: no console error or warning (React reports hydration mismatches there), no failed request,
//     no request to another host, nothing printed by the build or the servers beyond their usual lines, and
//     no outbound request from Next's Node processes (blocked and reported; `next dev`'s own look-ups at the
//     npm registry are NOTE lines).
// Each stage was seen to fail once: the stylesheet import removed (the paragraph after the widgets moves
// about 720 px), an attribute or an <img> from another host added, a console.warn, a type test that type-checks,
// next/font/google, the tags written in the server component (React error 418), the next.config.ts alias
// removed (`next dev` sends the thunk's source and Lit cannot hydrate).
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { run } from '../run-command.mjs';
import { collapse, expectedConsole, figure1992, figure1992Text, figures2020, impunity, installApp, runAlone, settleWidgets, seconds, statementJson, tail } from '../own-check.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const tags = ['khojaly-facts', 'statement-quote'];

// What the widgets must show, from the data itself.
const { issuer } = statementJson.document;
/** Texts each widget's content must contain, and what its host carries (the attributes the pages write). */
const expected = {
  'khojaly-facts': { text: figures2020, attributes: [['group', '2020']] },
  'statement-quote': { text: [impunity], attributes: [['quote', 'impunity']] },
};
const pages = [
  { path: '/', ssr: false },
  { path: '/ssr', ssr: true },
];
/**
 * What Next prints on a normal run (its banner, steps and request log), and Lit's dev-mode note. With CI set,
 * `next build` also asks for a build cache (.next/cache kept between runs): each check builds a fresh copy.
 */
const usualOutput = [
  /^\s*$/,
  /^▲ Next\.js /,
  /^\s*- (Local|Network|Environments|Experiments|Cache Components|Partial Prefetching)\b/,
  /^\s*[✓○ƒ◐┌├└│]/,
  /^\s*(Creating an optimized|Running TypeScript|Finished TypeScript|Collecting page data|Generating static pages|Finalizing page|Collecting build traces|Route \(app\))/,
  /\(Static\)|\(Dynamic\)|\(Partial Prerender\)/,
  /^\s*(Compiling|GET|HEAD) /,
  /Lit is in dev mode/,
  /⚠ No build cache found\. Please configure build caching/,
];
/**
 * The Node processes' outbound requests that are known (NOTE lines): `next dev` asks the npm registry for
 * Next's latest version, and (outside CI, by Next 16.4's default `experimental.agentUpgrade: 'security'`) for
 * security advisories against the installed Next. Blocked, each fails quietly and the server goes on.
 */
const knownOutbound = [/^https:\/\/registry\.npmjs\.org\/-\/package\/next\/dist-tags$/, /^https:\/\/registry\.npmjs\.org\/-\/npm\/v1\/security\/advisories\/bulk$/];

/**
 * Preloaded into every Node process of Next (NODE_OPTIONS=--import): Node's fetch and http(s) requests to
 * hosts other than this machine are refused and reported on stderr, so that Next's own look-ups and a page
 * that fetches while it renders show in the check, whatever the network. Turbopack's downloads are made
 * outside Node and are not seen: next/font/google fetches fonts.googleapis.com at build time, which fails
 * the build on a machine without internet and succeeds quietly on one with it.
 */
const guardSource = `
import http from 'node:http';
import https from 'node:https';
const local = (u) => { try { return ['127.0.0.1', 'localhost', '[::1]', '::1'].includes(new URL(u).hostname); } catch { return true; } };
const report = (u) => process.stderr.write('[outbound blocked] ' + u + '\\n');
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const u = typeof input === 'string' ? input : input instanceof URL ? input.href : input?.url;
  if (!local(u)) { report(u); return Promise.reject(new TypeError('fetch failed: outbound requests are blocked by the check')); }
  return realFetch(input, init);
};
for (const [mod, scheme] of [[http, 'http:'], [https, 'https:']]) {
  for (const name of ['request', 'get']) {
    const real = mod[name];
    mod[name] = function (...args) {
      const [a] = args;
      const u = typeof a === 'string' || a instanceof URL ? String(a) : scheme + '//' + (a?.hostname ?? a?.host ?? 'localhost') + (a?.path ?? '/');
      if (!local(u)) { report(u); throw new Error('outbound requests are blocked by the check'); }
      return real.apply(this, args);
    };
  }
}
`;

/** What Next's processes printed that is not usual: outbound requests, and any other line. */
function unusual(output) {
  const lines = output.split('\n').map((l) => l.replace(/\u001b\[[0-9;?]*[a-zA-Z]/g, '').trimEnd());
  const outbound = lines.filter((l) => l.startsWith('[outbound blocked] ')).map((l) => l.slice('[outbound blocked] '.length));
  const other = lines.filter((l) => !l.startsWith('[outbound blocked] ') && !usualOutput.some((re) => re.test(l)));
  return { outbound, other };
}

/** Starts `next start` or `next dev` on a free port; resolves once it prints its URL. */
function startServer(dir, command, env) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(join(dir, 'node_modules/.bin/next'), [command, '--port', '0', '--hostname', '127.0.0.1'], {
      cwd: dir,
      env: { ...process.env, ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = { child, origin: undefined, output: '' };
    const timer = setTimeout(() => (stop(server), reject(new Error(`next ${command} did not start:\n${tail(server.output)}`))), 60_000);
    const read = (d) => {
      server.output += d;
      const match = /- Local:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(server.output);
      if (match && !server.origin) {
        server.origin = match[1];
        clearTimeout(timer);
        resolvePromise(server);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!server.origin) reject(new Error(`next ${command} exited (${code}):\n${tail(server.output)}`));
    });
  });
}

/** Stops a server and the workers it started (its process group). */
function stop(server) {
  const { child } = server;
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5000);
    child.once('exit', () => (clearTimeout(timer), resolvePromise()));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      resolvePromise();
    }
  });
}

/** Read in the page: each widget's host, shadow root and text, and where the text after the widgets is. */
function inspectPage(tags) {
  // Visible text of a shadow root: innerText of its rendered children (not <style>).
  const shadowText = (el) =>
    [...(el?.shadowRoot?.children ?? [])].filter((c) => !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(c.tagName)).map((c) => c.innerText).join('\n');
  const litParts = (node) => {
    if (!node) return 0;
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_COMMENT);
    let n = 0;
    while (walker.nextNode()) if (walker.currentNode.data.startsWith('lit-part')) n++;
    return n;
  };
  return {
    hosts: tags.map((tag) => {
      const el = document.querySelector(tag);
      const ctor = customElements.get(tag);
      return el && {
        tag,
        attributes: el.getAttributeNames().map((n) => [n, el.getAttribute(n)]),
        defined: Boolean(ctor && el instanceof ctor),
        hasUpdated: el.hasUpdated === true,
        shadowRoot: Boolean(el.shadowRoot),
        lightChildren: el.childNodes.length,
        litParts: litParts(el.shadowRoot),
        text: shadowText(el),
        attribution: el.shadowRoot?.querySelector('[part~="attribution"]')?.textContent ?? null,
        height: el.getBoundingClientRect().height,
      };
    }),
    after: document.querySelector('#after')?.getBoundingClientRect().top ?? null,
  };
}

/** Opens a page with JavaScript on or off, waits for the widgets, and reads it with what the browser reported. */
async function openPage(browser, url, { javaScript }) {
  const context = await browser.createBrowserContext();
  const origin = new URL(url).origin;
  try {
    const page = await context.newPage();
    await page.setJavaScriptEnabled(javaScript);
    const messages = [];
    page.on('console', (m) => ['error', 'warn', 'warning', 'assert'].includes(m.type()) && messages.push(`console.${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => messages.push(`uncaught: ${e.message}`));
    page.on('request', (r) => {
      const target = new URL(r.url());
      if (['http:', 'https:', 'ws:', 'wss:'].includes(target.protocol) && target.host !== new URL(origin).host) messages.push(`request to another host: ${r.url()}`);
    });
    // Without JavaScript the browser drops the scripts Next preloads: not a failure.
    page.on('requestfailed', (r) => (javaScript || r.resourceType() !== 'script') && messages.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
    page.on('response', (r) => r.status() >= 400 && messages.push(`HTTP ${r.status()}: ${r.url()}`));
    await page.goto(url, { waitUntil: 'networkidle0', timeout: 90_000 });
    if (javaScript) {
      await page.evaluate(settleWidgets, tags, 100);
    }
    const seen = await page.evaluate(inspectPage, tags);
    // The copy button answers a real click: its event binding is live (after hydration too).
    if (javaScript) {
      await context.overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
      const button = await page.$('statement-quote >>> [part~="copy-button"]');
      await button?.click();
      seen.copyStatus = button
        ? await page
            .waitForFunction(() => document.querySelector('statement-quote')?.shadowRoot?.querySelector('[part~="status"]')?.textContent.trim() || undefined, { timeout: 5000 })
            .then((h) => h.jsonValue())
            .catch(() => '')
        : undefined;
      await new Promise((r) => setTimeout(r, 200)); // late warnings
    }
    return { ...seen, messages };
  } finally {
    await context.close();
  }
}

/** Checks one page served by one server; returns its problems. */
async function checkPage(browser, origin, { path, ssr }, label) {
  const problems = [];
  const fail = (message) => problems.push(`${label} ${path}: ${message}`);
  const url = `${origin}${path}`;
  const off = await openPage(browser, url, { javaScript: false });
  const on = await openPage(browser, url, { javaScript: true });

  // (a) JavaScript off.
  for (const m of off.messages) fail(`JavaScript off: ${m}`);
  for (const [i, tag] of tags.entries()) {
    const h = off.hosts[i];
    if (!h) {
      fail(`JavaScript off: no <${tag}> in the page`);
      continue;
    }
    if (!(h.height > 0)) fail(`JavaScript off: <${tag}> takes no space (height ${h.height}): ${ssr ? 'no server-rendered content' : 'is the page stylesheet (khojaly-widgets/khojaly-widgets.css) imported?'}`);
    if (ssr) {
      if (!h.shadowRoot) fail(`JavaScript off: <${tag}> has no shadow root: the server sent no declarative shadow root`);
      if (h.lightChildren) fail(`JavaScript off: <${tag}> keeps ${h.lightChildren} light-DOM child node(s) (an unparsed <template>?)`);
      for (const text of expected[tag].text) if (!collapse(h.text).includes(collapse(text))) fail(`JavaScript off: <${tag}> does not show ${JSON.stringify(text.slice(0, 80))}`);
    } else if (h.shadowRoot) fail(`JavaScript off: <${tag}> has a shadow root on a page that renders the widgets in the browser`);
  }

  // (b) JavaScript on.
  for (const [i, tag] of tags.entries()) {
    const h = on.hosts[i];
    const was = off.hosts[i];
    if (!h) {
      fail(`no <${tag}> in the page`);
      continue;
    }
    if (!h.defined) fail(`<${tag}> is not defined: did the client component that imports khojaly-widgets/define run?`);
    if (!h.shadowRoot || !h.hasUpdated) fail(`<${tag}> has not rendered (shadow root: ${h.shadowRoot}, hasUpdated: ${h.hasUpdated})`);
    for (const text of expected[tag].text) if (!collapse(h.text).includes(collapse(text))) fail(`<${tag}> does not show ${JSON.stringify(text.slice(0, 80))}; its text: ${JSON.stringify(collapse(h.text).slice(0, 160))}`);
    if (!h.attribution?.includes(issuer)) fail(`<${tag}>'s attribution line is ${JSON.stringify(h.attribution && collapse(h.attribution))}, expected one naming ${issuer}`);
    const attrs = (list) => JSON.stringify([...list].sort(([a], [b]) => a.localeCompare(b)));
    if (attrs(h.attributes) !== attrs(expected[tag].attributes)) fail(`<${tag}> carries ${attrs(h.attributes)}, expected only the attributes the page writes, ${attrs(expected[tag].attributes)}`);
    if (h.lightChildren) fail(`<${tag}> has ${h.lightChildren} light-DOM child node(s)`);
    if (ssr) {
      if (!h.litParts) fail(`<${tag}>'s shadow root has no lit-part markers: it was rendered again in the browser, not hydrated (was Lit's hydration support loaded before Lit?)`);
      if (was && collapse(h.text) !== collapse(was.text)) fail(`<${tag}> shows other text once hydrated than the server sent (${JSON.stringify(collapse(was.text).slice(0, 120))} → ${JSON.stringify(collapse(h.text).slice(0, 120))})`);
    }
  }
  if (on.hosts[0]?.text.includes(figure1992Text)) fail(`<khojaly-facts group="2020"> shows ${figure1992.value} (${figure1992.id}, group khojaly-1992)`);
  if (on.copyStatus === undefined) fail('<statement-quote> has no copy button');
  else if (!on.copyStatus) fail("a click on <statement-quote>'s copy button shows no status: its click listener is not attached");
  if (off.after === null || on.after === null) fail('no #after paragraph in the page');
  else if (off.after !== on.after) {
    fail(
      `the paragraph after the widgets is at ${on.after}px once they rendered, at ${off.after}px before: the page moved (the page stylesheet's heights are measured with Arial's metrics, Liberation Sans on Debian: fonts-liberation)`,
    );
  }

  // (c) The console and the network.
  for (const m of on.messages) if (!expectedConsole.some((re) => re.test(m))) fail(m);
  return problems;
}

/** Serves the built app with `next start` or `next dev` and checks both pages; returns problems, notes and its time. */
async function checkServer(dir, command, label, browser, env, log) {
  const problems = [];
  const notes = [];
  const started = performance.now();
  let server;
  try {
    server = await startServer(dir, command, env);
    for (const page of pages) {
      const found = await checkPage(browser, server.origin, page, label);
      problems.push(...found);
      log(`${found.length ? 'FAIL' : 'PASS'} next ${label}: ${page.path}`);
    }
  } catch (error) {
    problems.push(`${label}: ${error.stack ?? error}`);
  } finally {
    if (server) {
      await stop(server);
      const { outbound, other } = unusual(server.output);
      for (const u of outbound) (knownOutbound.some((re) => re.test(u)) ? notes : problems).push(`${label}: the server tried to fetch ${u} (blocked)`);
      if (other.length) problems.push(`${label}: next ${command} printed:\n${tail(other.join('\n'))}`);
    }
  }
  return { problems, notes, ms: performance.now() - started };
}

/**
 * Installs the app with the tarball, builds it for production, checks it under `next start` and `next dev`.
 * Logs PASS/FAIL/NOTE lines through `log`; resolves to `{ ok, problems, notes, times }` (times in ms).
 */
export async function check({ tarball, chromiumPath, chromiumArgs = [], log = console.log, keep = false }) {
  const work = mkdtempSync(join(tmpdir(), 'khojaly-next-'));
  const dir = join(work, 'app');
  const problems = [];
  const notes = [];
  const times = { install: 0, build: 0, start: 0, dev: 0 };
  let browser;
  try {
    cpSync(here, dir, { recursive: true, filter: (src) => !/[\\/](node_modules|\.next)$/.test(src) && !['check.mjs', 'next-env.d.ts'].includes(basename(src)) });
    const guard = join(work, 'outbound-guard.mjs');
    writeFileSync(guard, guardSource);
    const env = { NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${pathToFileURL(guard).href}`.trim() };

    const installed = await installApp(dir, tarball, 'next', log);
    times.install = installed.ms;
    problems.push(...installed.problems);

    // The production build, with Next's type check (which must run: the app's type-tests.tsx must fail
    // where marked), and nothing printed beyond Next's usual lines.
    let before = problems.length;
    const step = await run(join(dir, 'node_modules/.bin/next'), ['build'], { cwd: dir, env });
    times.build = step.ms;
    const built = step.code === 0;
    if (!built) problems.push(`next build failed (${step.code}):\n${tail(step.output, 40)}`);
    else {
      if (!/Finished TypeScript/.test(step.output)) problems.push(`next build did not type-check the app:\n${tail(step.output)}`);
      const { outbound, other } = unusual(step.output);
      for (const u of outbound) problems.push(`next build tried to fetch ${u} (blocked)`);
      if (other.length) problems.push(`next build printed:\n${tail(other.join('\n'))}`);
    }
    log(`${problems.length === before ? 'PASS' : 'FAIL'} next build, type check included (${seconds(step.ms)})`);

    browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
    for (const [command, label, key] of [...(built ? [['start', 'production', 'start']] : []), ['dev', 'development', 'dev']]) {
      before = problems.length;
      const result = await checkServer(dir, command, label, browser, env, log);
      problems.push(...result.problems);
      notes.push(...result.notes);
      times[key] = result.ms;
      log(`${problems.length === before ? 'PASS' : 'FAIL'} next ${command} (${seconds(result.ms)})`);
    }
  } catch (error) {
    problems.push(error.message);
  } finally {
    await browser?.close();
    if (keep) log(`kept ${dir}`);
    else rmSync(work, { recursive: true, force: true });
  }
  for (const n of notes) log(`NOTE next ${n}`);
  const timing = `install ${seconds(times.install)}, build ${seconds(times.build)}, next start and browser ${seconds(times.start)}, next dev and browser ${seconds(times.dev)}`;
  if (problems.length) {
    log(`FAIL next (${timing})`);
    for (const p of problems) log(`  - ${p.replace(/\n/g, '\n    ')}`);
  } else log(`PASS next (${timing})`);
  return { ok: problems.length === 0, problems, notes, times };
}

await runAlone(import.meta.url, 'next', check);
