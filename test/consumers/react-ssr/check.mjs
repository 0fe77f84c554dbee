// SPDX-License-Identifier: MIT
// React server rendering: the packed package in a React 19 app that renders the widgets on the server, with
// their content, and hydrates them in the browser without a warning.
//
//   node test/consumers/react-ssr/check.mjs [--keep]    (packs this checkout with `npm pack`, which builds it)
//   import { check } from './react-ssr/check.mjs'       (the consumer runner: it passes the tarball)
//
// What works, with the versions locked in package-lock.json (React 19.3.1, @lit-labs/ssr-react 0.3.4 on
// @lit-labs/ssr 4.1.0, @lit-labs/ssr-client 1.1.8, Lit 3.3.3, Vite 8.3.8; Node 20.20, Chromium):
// - Server: @lit-labs/ssr-react (it accepts React 17–19) as the JSX import source. `renderToString` gives each
//   widget its content as Declarative Shadow DOM (`<template shadowrootmode="open">`), shown before and
//   without JavaScript, and the hosts carry only the attributes App.jsx gives them (the widgets reflect none).
//   khojaly-widgets/ssr (`renderSnippet`) is not used: it returns a whole host as an HTML string, for pasting
//   into a page or a CMS, not a React child; and its markup is made to be rendered again, not hydrated (it
//   hides the buttons until the client render, so with Lit's hydration support on the page they stay hidden).
// - Browser: Lit's hydration support, then the widgets' definitions, then `hydrateRoot`. Lit adopts the
//   server's shadow roots (their `lit-part` markers stay) with live event bindings, neither React nor Lit
//   prints a warning in development builds, and the hosts keep exactly the attributes React rendered.
// What fails, in this library: after hydration, <statement-quote>'s copy status ("Copied to the clipboard")
// is never shown: its text binding is '' when rendered on the server, and Lit then writes the next value
// into the closing marker comment (https://github.com/lit/lit/issues/4937); rendering `nothing` when there
// is no status (src/statement-quote/statement-quote.ts) avoids it. Check (c) reports it.
// Three faults outside this library, each checked here so that its fix shows:
// - React 19.3.1 sets no custom-element property while hydrating (only a later client render would), so
//   `data` never reaches <statement-document> on its own; App.jsx sets it with a ref. The page at `?no-ref`
//   leaves it to React: a NOTE line says whether React still drops it (https://github.com/facebook/react/issues/35446
//   is the same gap for events; https://github.com/facebook/react/pull/35474 would fix both).
// - @lit-labs/ssr-react 0.3.4's development JSX runtime (jsxDEV) writes `() => renderValue(…)` into the
//   shadow root instead of its content (https://github.com/lit/lit/issues/5321): the server build uses the
//   production JSX transform (vite.config.js), while React runs in development mode.
// - @lit-labs/ssr-react sets every prop as an attribute on the server and hands the element's attributes
//   back to React, so the object `data` is rendered as `data="[object Object]"` on the host (and `toc` as
//   `toc="true"`). Harmless here (`data` has no attribute; React's hydration compares it as a string and
//   stays quiet); a NOTE line reports it.
// Each build is checked twice: production, and development (NODE_ENV=development, Lit's dev mode), since
// React reports hydration mismatches only in development.
// Next.js 16 uses the same @lit-labs/ssr-react by hand: test/consumers/next/check.mjs (@lit-labs/nextjs 0.2.4
// declares `next: 13 || 14 || 15`, https://github.com/lit/lit/issues/5209). Astro dropped @astrojs/lit in
// Astro 5 (last release 4.3.0, built against Astro 4 and @lit-labs/ssr 3): not built here.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { run } from '../run-command.mjs';
import { collapse, expectedConsole, figure1992, figure1992Text, figures2020, impunity, installApp, runAlone, settleWidgets, seconds, statementJson, tail } from '../own-check.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const tags = ['khojaly-facts', 'statement-quote', 'statement-document'];

// What each widget must show, from the data itself.
const bodyParagraphs = statementJson.paragraphs.filter((p) => p.kind === 'body').map((p) => p.text);
/** Texts each widget's content must contain. */
const expectedText = {
  'khojaly-facts': figures2020,
  'statement-quote': [impunity],
  'statement-document': bodyParagraphs,
};
/** The attributes App.jsx gives each host: the server HTML may carry these and no other. */
const appAttributes = { 'khojaly-facts': ['group'], 'statement-quote': ['quote'], 'statement-document': ['toc', 'data'] };

const builds = [
  { label: 'production', env: { NODE_ENV: 'production' }, args: [] },
  { label: 'development', env: { NODE_ENV: 'development' }, args: ['--mode', 'development'] },
];

/** Starts the app's own server (server.js) on a free port; resolves once it listens. */
function startServer(dir, env) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['server.js', '--port', '0'], { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const server = { child, url: undefined, output: '' };
    const timer = setTimeout(() => (child.kill(), reject(new Error(`server.js did not start:\n${tail(server.output)}`))), 15_000);
    const read = (d) => {
      server.output += d;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(server.output);
      if (match && !server.url) {
        server.url = match[1];
        server.output = server.output.replace(match[0], '').trim();
        clearTimeout(timer);
        resolvePromise(server);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!server.url) reject(new Error(`server.js exited (${code}):\n${tail(server.output)}`));
    });
  });
}

function stopServer(server) {
  if (!server || server.child.exitCode !== null) return Promise.resolve();
  return new Promise((r) => {
    server.child.once('exit', r);
    server.child.kill('SIGTERM');
  });
}

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (entities[e] ?? m),
  );
/** Readable text of an HTML fragment: no styles, no tags, no comments, entities decoded, spaces collapsed. */
const textOf = (html) =>
  decode(html.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

/** A host element of the server HTML: its attributes, and its declarative shadow root's markup. */
function serverHost(html, tag) {
  const open = new RegExp(`<${tag}((?:\\s+[^\\s=>]+(?:="[^"]*")?)*)\\s*>`).exec(html);
  if (!open) return undefined;
  const attributes = [...open[1].matchAll(/\s+([^\s=>]+)(?:="([^"]*)")?/g)].map(([, name, value = '']) => [name, decode(value)]);
  const rest = html.slice(open.index + open[0].length);
  const template = /^<template(\s[^>]*)>([\s\S]*?)<\/template><\/[a-z-]+>/.exec(rest);
  const mode = template && /\sshadowrootmode="([^"]*)"/.exec(template[1])?.[1];
  return { attributes, mode, shadow: template?.[2] };
}

/** Read in the page: each host's attributes, shadow root and what it shows. */
function inspectPage(tags) {
  /** Rendered text of a shadow root: innerText of its rendered children (not <style>). */
  const shadowText = (el) =>
    [...(el?.shadowRoot?.children ?? [])].filter((c) => !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(c.tagName)).map((c) => c.innerText).join('\n');
  const litParts = (node) => {
    if (!node) return 0;
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_COMMENT);
    let n = 0;
    while (walker.nextNode()) if (walker.currentNode.data.startsWith('lit-part')) n++;
    return n;
  };
  return tags.map((tag) => {
    const el = document.querySelector(tag);
    const ctor = customElements.get(tag);
    return el && {
      tag,
      attributes: el.getAttributeNames().map((n) => [n, el.getAttribute(n)]),
      defined: Boolean(ctor),
      upgraded: Boolean(ctor && el instanceof ctor),
      hasUpdated: el.hasUpdated === true,
      shadowRoot: Boolean(el.shadowRoot),
      lightChildren: el.childNodes.length,
      litParts: litParts(el.shadowRoot),
      text: shadowText(el),
      height: el.getBoundingClientRect().height,
      data: el.data === undefined ? 'undefined' : el.data === null ? 'null' : typeof el.data === 'object' ? JSON.stringify(el.data) : `${typeof el.data} ${String(el.data)}`,
    };
  });
}

/** Opens the page with JavaScript on or off and reads it, with everything the console said. */
async function openPage(browser, url, { javaScript }) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setJavaScriptEnabled(javaScript);
    const messages = [];
    page.on('console', (m) => ['error', 'warn', 'warning', 'assert'].includes(m.type()) && messages.push(`console.${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => messages.push(`uncaught: ${e.message}`));
    page.on('requestfailed', (r) => messages.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
    page.on('response', (r) => r.status() >= 400 && messages.push(`HTTP ${r.status()}: ${r.url()}`));
    await page.goto(url, { waitUntil: 'networkidle0', timeout: 30_000 });
    if (javaScript) {
      // Hydration, then the re-render once `data` is validated (the validator is a lazy chunk).
      await page.evaluate(settleWidgets, tags, 150);
      await new Promise((r) => setTimeout(r, 200)); // late warnings
    }
    const hosts = await page.evaluate(inspectPage, tags);
    // A hydrated element's event bindings are live: the quote's copy button answers a real click.
    let copyStatus;
    if (javaScript) {
      await context.overridePermissions(new URL(url).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
      const button = await page.$('statement-quote >>> [part~="copy-button"]');
      await button?.click();
      // The status line: its text, and what its comments say (a text binding hydrated empty may write there).
      const readStatus = () => {
        const status = document.querySelector('statement-quote')?.shadowRoot?.querySelector('[part~="status"]');
        if (!status) return undefined;
        const comments = [...status.childNodes].filter((n) => n.nodeType === Node.COMMENT_NODE).map((n) => n.data).filter((d) => !/^\/?lit-part/.test(d));
        return status.textContent.trim() || comments.length ? { text: status.textContent.trim(), comments } : undefined;
      };
      copyStatus = button
        ? await page
            .waitForFunction(readStatus, { timeout: 5000 })
            .then((h) => h.jsonValue())
            .catch(() => ({ text: '', comments: [] }))
        : undefined;
    }
    return { hosts, messages, copyStatus };
  } finally {
    await context.close();
  }
}

/** Builds, serves and checks one build of the installed app; returns its problems and notes. */
async function checkBuild(dir, build, browser, log) {
  const problems = [];
  const notes = [];
  const times = {};
  const fail = (message) => problems.push(`${build.label}: ${message}`);
  const stage = (name, before) => log(`${problems.length === before ? 'PASS' : 'FAIL'} react-ssr ${build.label}: ${name}`);

  // Build: the browser bundle, then the server's render function.
  let before = problems.length;
  times.build = 0;
  for (const args of [['build', ...build.args], ['build', '--ssr', ...build.args]]) {
    const step = await run(join(dir, 'node_modules/.bin/vite'), args, { cwd: dir, env: build.env });
    times.build += step.ms;
    if (step.code !== 0) {
      fail(`vite ${args.join(' ')} failed (${step.code}):\n${tail(step.output)}`);
      stage('build', before);
      return { problems, notes, times };
    }
    const warnings = step.output
      .split(/\n\s*\n/)
      .filter((b) => /\(!\)|\bwarn(ing)?\b|\[plugin /i.test(b))
      .filter((b) => !(build.label === 'development' && /Some chunks are larger than/.test(b)));
    for (const w of warnings) fail(`vite ${args.join(' ')} printed:\n${tail(w, 15)}`);
  }
  stage(`build (${seconds(times.build)})`, before);

  let server;
  const started = performance.now();
  try {
    server = await startServer(dir, build.env);
    const response = await fetch(server.url);
    const html = await response.text();

    // (a) The server HTML: each widget with its content in an open declarative shadow root, and on its host
    // only the attributes App.jsx gives it.
    before = problems.length;
    if (!response.ok) fail(`GET / answered ${response.status}`);
    for (const tag of tags) {
      const host = serverHost(html, tag);
      if (!host) {
        fail(`the server HTML has no <${tag}>`);
        continue;
      }
      if (host.shadow === undefined || host.mode !== 'open') {
        fail(`<${tag}> in the server HTML has no <template shadowrootmode="open"> as its content: ${JSON.stringify(html.slice(html.indexOf(`<${tag}`), html.indexOf(`<${tag}`) + 200))}`);
        continue;
      }
      const text = textOf(host.shadow);
      for (const expected of expectedText[tag]) if (!text.includes(collapse(expected))) fail(`<${tag}>'s server-rendered shadow root lacks ${JSON.stringify(expected.slice(0, 80))}`);
      if (/=>|renderValue\(/.test(text)) fail(`<${tag}>'s server-rendered shadow root holds script source: ${JSON.stringify(text.slice(0, 200))}`);
      const extra = host.attributes.filter(([name]) => !appAttributes[tag].includes(name));
      if (extra.length) fail(`<${tag}> in the server HTML has attributes App.jsx does not give it: ${extra.map(([n, v]) => `${n}="${v}"`).join(' ')}`);
      if (tag === 'statement-document' && !/\spart="toc"/.test(host.shadow)) fail('<statement-document toc> was rendered on the server without its table of contents');
      if (tag === 'khojaly-facts' && text.includes(` ${figure1992Text} `)) fail(`<khojaly-facts group="2020"> was rendered on the server with ${figure1992.value} (group khojaly-1992): group was not applied`);
      const junk = host.attributes.filter(([, value]) => value === '[object Object]');
      if (junk.length) notes.push(`${build.label}: @lit-labs/ssr-react rendered ${junk.map(([n, v]) => `${n}="${v}"`).join(' ')} on <${tag}> (it sets every prop as an attribute on the server)`);
    }
    if (server.output) fail(`the server printed while rendering:\n${tail(server.output)}`);
    const printed = server.output.length;
    stage('(a) server HTML has each widget\'s content as Declarative Shadow DOM, and only the app\'s attributes', before);

    // (b) JavaScript off: the browser's HTML parser alone attaches the shadow roots and shows the content.
    before = problems.length;
    const off = await openPage(browser, server.url, { javaScript: false });
    for (const m of off.messages) fail(`JavaScript off: ${m}`);
    for (const [i, tag] of tags.entries()) {
      const h = off.hosts[i];
      if (!h) {
        fail(`JavaScript off: no <${tag}> in the page`);
        continue;
      }
      if (h.defined) fail(`JavaScript off: <${tag}> is defined: did a script run?`);
      if (!h.shadowRoot) fail(`JavaScript off: <${tag}> has no shadow root: the declarative shadow root was not parsed`);
      if (h.lightChildren) fail(`JavaScript off: <${tag}> keeps ${h.lightChildren} light-DOM child node(s) (an unparsed <template>?)`);
      if (!(h.height > 0)) fail(`JavaScript off: <${tag}> takes no space (height ${h.height})`);
      for (const expected of expectedText[tag]) if (!collapse(h.text).includes(collapse(expected))) fail(`JavaScript off: <${tag}> does not show ${JSON.stringify(expected.slice(0, 80))}`);
    }
    stage('(b) JavaScript off: the content is shown (declarative shadow roots parsed)', before);

    // (c) JavaScript on: hydrated, quiet, `data` set, the hosts' attributes untouched.
    before = problems.length;
    const on = await openPage(browser, server.url, { javaScript: true });
    for (const m of on.messages) if (!expectedConsole.some((re) => re.test(m))) fail(`JavaScript on: ${m}`);
    for (const [i, tag] of tags.entries()) {
      const h = on.hosts[i];
      const was = off.hosts[i];
      if (!h) {
        fail(`JavaScript on: no <${tag}> in the page`);
        continue;
      }
      if (!h.defined || !h.upgraded) fail(`JavaScript on: <${tag}> is ${h.defined ? 'defined but not upgraded' : 'not defined'}`);
      if (!h.hasUpdated) fail(`JavaScript on: <${tag}> has not rendered (hasUpdated is not true)`);
      if (!h.litParts) fail(`JavaScript on: <${tag}>'s shadow root has no lit-part markers: it was rendered again on the client, not hydrated`);
      if (h.lightChildren) fail(`JavaScript on: <${tag}> has ${h.lightChildren} light-DOM child node(s)`);
      for (const expected of expectedText[tag]) if (!collapse(h.text).includes(collapse(expected))) fail(`JavaScript on: <${tag}> does not show ${JSON.stringify(expected.slice(0, 80))}`);
      if (was && collapse(h.text) !== collapse(was.text)) fail(`JavaScript on: <${tag}> shows other text once hydrated than the server sent (${JSON.stringify(collapse(was.text).slice(0, 120))} → ${JSON.stringify(collapse(h.text).slice(0, 120))})`);
      const attrs = (list) => JSON.stringify([...list].sort(([a], [b]) => a.localeCompare(b)));
      if (was && attrs(h.attributes) !== attrs(was.attributes)) fail(`JavaScript on: <${tag}>'s attributes changed in the browser: ${attrs(was.attributes)} as React rendered them, ${attrs(h.attributes)} after hydration`);
    }
    if (on.copyStatus === undefined) fail('JavaScript on: <statement-quote> has no copy button');
    else if (!on.copyStatus.text && on.copyStatus.comments.length) {
      fail(
        `JavaScript on: after a click on <statement-quote>'s copy button its status line shows nothing: the text went into a comment, <!--${on.copyStatus.comments[0]}-->. ` +
          'The status is an empty-string text binding when rendered on the server; once hydrated, Lit writes its next value into the closing marker comment (https://github.com/lit/lit/issues/4937). Rendering `nothing` for no status avoids it.',
      );
    } else if (!on.copyStatus.text) fail('JavaScript on: clicking <statement-quote>\'s copy button changed nothing: its click listener was not attached by hydration');
    const doc = on.hosts[tags.indexOf('statement-document')];
    if (doc && doc.data !== JSON.stringify(statementJson)) {
      fail(`JavaScript on: <statement-document>'s data property is ${doc.data.startsWith('{') ? 'an object, but not the package\'s statement' : doc.data}, expected the statement object`);
    }
    stage('(c) JavaScript on: hydrated without a console message, copy button live, data set, host attributes as React rendered them', before);

    // The canary: without the ref, does React set `data` when it hydrates?
    const bare = await openPage(browser, `${server.url}?no-ref`, { javaScript: true });
    const bareDoc = bare.hosts[tags.indexOf('statement-document')];
    notes.push(
      bareDoc?.data === JSON.stringify(statementJson)
        ? `${build.label}: React now sets <statement-document>'s data property while hydrating: the ref in App.jsx can go`
        : `${build.label}: React hydration alone leaves <statement-document>'s data property ${bareDoc?.data ?? '(no element)'} (App.jsx sets it with a ref)`,
    );
    for (const m of bare.messages) if (!expectedConsole.some((re) => re.test(m))) fail(`?no-ref page: ${m}`);
    await new Promise((r) => setTimeout(r, 50));
    if (server.output.length > printed) fail(`the server printed:\n${tail(server.output.slice(printed))}`);
  } catch (error) {
    fail(error.stack ?? String(error));
  } finally {
    await stopServer(server);
  }
  times.browser = performance.now() - started;
  return { problems, notes, times };
}

/**
 * Installs the app with the tarball, builds it for production and for development, and checks each build.
 * Logs PASS/FAIL/NOTE lines through `log`; resolves to `{ ok, problems, notes, times }` (times in ms).
 */
export async function check({ tarball, chromiumPath, chromiumArgs = [], log = console.log, keep = false }) {
  const work = mkdtempSync(join(tmpdir(), 'khojaly-react-ssr-'));
  const dir = join(work, 'app');
  const problems = [];
  const notes = [];
  const times = { install: 0, build: 0, browser: 0 };
  let browser;
  try {
    cpSync(here, dir, { recursive: true, filter: (src) => !/[\\/](node_modules|dist)$/.test(src) && basename(src) !== 'check.mjs' });
    const installed = await installApp(dir, tarball, 'react-ssr', log);
    times.install = installed.ms;
    problems.push(...installed.problems);

    browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
    for (const build of builds) {
      const result = await checkBuild(dir, build, browser, log);
      problems.push(...result.problems);
      notes.push(...result.notes);
      times.build += result.times.build ?? 0;
      times.browser += result.times.browser ?? 0;
    }
  } catch (error) {
    problems.push(error.message);
  } finally {
    await browser?.close();
    if (keep) log(`kept ${dir}`);
    else rmSync(work, { recursive: true, force: true });
  }
  for (const n of notes) log(`NOTE react-ssr ${n}`);
  const timing = `install ${seconds(times.install)}, build ${seconds(times.build)}, server and browser ${seconds(times.browser)}`;
  if (problems.length) {
    log(`FAIL react-ssr (${timing})`);
    for (const p of problems) log(`  - ${p.replace(/\n/g, '\n    ')}`);
  } else log(`PASS react-ssr (${timing})`);
  return { ok: problems.length === 0, problems, notes, times };
}

await runAlone(import.meta.url, 'react-ssr', check);
