// SPDX-License-Identifier: MIT
// End-to-end harness: a static file server over the project (the built files, as a CDN or a newsroom's
// server would serve them) and one of Debian's browsers, chosen by KHOJALY_ENGINE (chromium by default):
// Chromium over CDP and Firefox ESR over WebDriver BiDi, both driven by puppeteer-core; WebKitGTK through
// WebKitWebDriver (see test/infra/webkit-page.mjs). Used by the node:test files here; test/infra/run-e2e.mjs
// runs them once per engine.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { engines } from '../infra/browsers.mjs';
import { emulateMediaInFirefox, inFirefoxChrome } from '../infra/engines/firefox.mjs';
import { launchEngine } from '../infra/launch.mjs';
import { comparePngs } from '../infra/png.mjs';

/** The engine these tests drive. */
export const engine = process.env.KHOJALY_ENGINE?.trim() || 'chromium';
if (!engines.includes(engine)) throw new Error(`KHOJALY_ENGINE="${engine}": expected one of ${engines.join(', ')}`);

export const root = new URL('../..', import.meta.url).pathname;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Records Content-Security-Policy and Trusted Types violations in `window.__violations`, one line each. Runs
 * before any of the page's own scripts, in every frame (no CSP applies to it).
 */
function recordViolations() {
  if (Object.prototype.hasOwnProperty.call(window, '__violations')) return;
  const seen = [];
  Object.defineProperty(window, '__violations', { value: seen });
  document.addEventListener('securitypolicyviolation', (e) =>
    seen.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || location.pathname}:${e.lineNumber} ${e.sample}`),
  );
}

/**
 * WebKit's classic WebDriver reports neither console messages nor uncaught errors, and cannot run a script
 * before a page's own. For WebKit the server puts this script first in every HTML page it serves: it records
 * violations, console messages and uncaught errors in the top page's `__khojalyCapture`, which the WebKit
 * page (test/infra/webkit-page.mjs) drains after every command into `page.logs` and `page.errors`, as
 * puppeteer's events fill them for the other engines. Served from the page's own origin, so `script-src
 * 'self'` allows it.
 */
function captureForWebKit() {
  let sink;
  try {
    sink = window.top.__khojalyCapture;
  } catch {
    // a frame from another origin keeps its own
  }
  if (!sink) {
    sink = [];
    Object.defineProperty(window, '__khojalyCapture', { value: sink });
  }
  for (const type of ['log', 'info', 'debug', 'warn', 'error']) {
    const original = console[type];
    console[type] = function (...args) {
      sink.push({ kind: 'console', type, text: args.map((a) => (typeof a === 'string' ? a : String(a))).join(' ') });
      return original.apply(this, args);
    };
  }
  addEventListener('error', (e) => sink.push({ kind: 'pageerror', text: e.error?.message ?? e.message }));
  addEventListener('unhandledrejection', (e) => sink.push({ kind: 'pageerror', text: e.reason?.message ?? String(e.reason) }));
  // The other engines print violations in the console as errors; so does this.
  document.addEventListener('securitypolicyviolation', (e) =>
    sink.push({ kind: 'console', type: 'error', text: `Refused by Content-Security-Policy ${e.violatedDirective}: ${e.blockedURI || '(inline)'} ${e.sample}` }),
  );
}

/** The query parameter that makes the server forbid a page's scripts (see openPage). */
const noScriptParam = 'khojaly-e2e-no-script';

/** Where the WebKit capture script is served; tests that count requests leave it out. */
export const capturePath = '/__khojaly-e2e/capture.js';
const captureScript = `(${recordViolations})();\n(${captureForWebKit})();\n`;
/** The capture script's source, for pages served by another server (the demo's Vite server inlines it). */
export const capturePrelude = captureScript;

/** Puts the capture script first in an HTML page (WebKit only). */
function withCapture(html) {
  const tag = `<script src="${capturePath}"></script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html);
  return doctype ? doctype[0] + tag + html.slice(doctype[0].length) : tag + html;
}

/**
 * Serves files under the project root. `routes` maps a path to a handler `(req, res) => boolean` for
 * pages a test writes on the fly; `delay(path)` returns milliseconds to hold a response (a slow script).
 * `server.requests` lists every request that reached it, `{ path, url, at }`, in order: what the browser
 * really asked for, in every engine. `webkitPrelude` is script source that WebKit's pages run first, after
 * the capture script (what the other engines get from `page.evaluateOnNewDocument`).
 */
export async function serve({ routes = {}, delay = () => 0, headers = {}, webkitPrelude = '' } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push({ path: url.pathname, url: `${base}${req.url}`, at: Date.now() });
    const wait = delay(url.pathname);
    if (wait) await new Promise((r) => setTimeout(r, wait));
    // Browsers ask for a favicon on their own; answering "no content" keeps 404s out of the console.
    if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
    // A page opened without JavaScript outside Chromium (see openPage): its own scripts must not run.
    if (url.searchParams.has(noScriptParam)) headers = { ...headers, 'content-security-policy': "script-src 'none'" };
    if (url.pathname === capturePath) {
      res.writeHead(200, { 'content-type': types['.js'], ...headers });
      return res.end(`${captureScript}${webkitPrelude}\n`);
    }
    const route = routes[url.pathname];
    if (route) {
      const body = typeof route === 'function' ? route(url) : route;
      const type = types[extname(url.pathname)] ?? types['.html'];
      res.writeHead(200, { 'content-type': type, ...headers });
      res.end(engine === 'webkit' && type === types['.html'] ? withCapture(String(body)) : body);
      return;
    }
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...headers });
    if (engine === 'webkit' && extname(file) === '.html') return res.end(withCapture(readFileSync(file, 'utf8')));
    createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  const base = `http://127.0.0.1:${port}`;
  return { url: base, requests, close: () => new Promise((r) => server.close(r)) };
}

/** Launches the engine under test, headless (WebKit's MiniBrowser in a private X server). */
export function launch() {
  return launchEngine(engine);
}

/**
 * Opens a page that records console messages and uncaught errors, so a test can assert there were none.
 * `page.logs` holds `{ type, text }`; `page.errors` holds uncaught error messages. With `violations`, every
 * frame records CSP and Trusted Types violations for `violations(page)`.
 */
export async function openPage(browser, { width = 1024, height = 800, javaScriptEnabled = true, violations = false } = {}) {
  const page = await browser.newPage();
  // WebKit's pages record them through the capture script.
  if (violations && engine !== 'webkit') await page.evaluateOnNewDocument(recordViolations);
  page.logs = [];
  page.errors = [];
  page.on('console', (m) => page.logs.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.setViewport({ width, height });
  if (!javaScriptEnabled && engine === 'chromium') await page.setJavaScriptEnabled(false);
  if (!javaScriptEnabled && engine !== 'chromium') {
    // Firefox's WebDriver BiDi and WebKit's WebDriver cannot turn scripts off for one page: the server
    // serves the page with `Content-Security-Policy: script-src 'none'`, which keeps every script of the
    // page from running, as for a reader with JavaScript off (the test's own scripts still run).
    const goto = page.goto.bind(page);
    page.goto = (url, options) => {
      const address = new URL(url);
      address.searchParams.set(noScriptParam, '');
      return goto(address.href, options);
    };
  }
  return page;
}

/**
 * Asks the engine for a full garbage collection in `page`, as far as it lets a test: Chromium collects on
 * the DevTools protocol's command; Firefox is asked from its own window (system access) to collect and
 * cycle-collect in its content processes, as about:memory's buttons do; WebKit has no such door, so the page
 * allocates and drops 64 MB, which makes JavaScriptCore collect. Callers poll what they expect collected.
 */
export async function collectGarbage(page) {
  if (engine === 'chromium') {
    page.cdp ??= await page.createCDPSession();
    await page.cdp.send('HeapProfiler.collectGarbage');
  } else if (engine === 'firefox') {
    await inFirefoxChrome(page, `() => {
      Services.obs.notifyObservers(null, 'child-gc-request');
      Services.obs.notifyObservers(null, 'child-cc-request');
      Services.obs.notifyObservers(null, 'child-gc-request');
    }`);
  } else {
    await page.evaluate(() => {
      let junk = [];
      for (let i = 0; i < 64; i++) junk.push(new Array(128 * 1024).fill(i));
      junk = null;
      return junk;
    });
  }
  await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
}

/**
 * Emulates a media type (`print`, `screen`) and/or a colour scheme in `page`. Resolves false where the
 * engine has no way to (WebKit's WebDriver has none), and the test skips itself.
 */
export async function emulateMedia(page, { media, colorScheme }) {
  if (engine === 'webkit') return false;
  if (engine === 'firefox') {
    await emulateMediaInFirefox(page, { media, colorScheme });
    return true;
  }
  if (media) await page.emulateMediaType(media);
  if (colorScheme) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: colorScheme }]);
  return true;
}

/** The CSP and Trusted Types violations recorded in a page opened with `violations` and in all its frames. */
export async function violations(page) {
  const all = [];
  for (const frame of await page.frames()) all.push(...(await frame.evaluate(() => window.__violations ?? []).catch(() => [])));
  return all;
}

/** The text a reader sees in an element's shadow root (or the element itself when it has none). */
export function shadowText(page, selector) {
  return page.$eval(selector, (el) => (el.shadowRoot ?? el).textContent.replace(/\s+/g, ' ').trim());
}

/**
 * Compares pairs of PNG screenshots pixel by pixel (comparePngs in test/infra/png.mjs; `threshold` is
 * pixelmatch's colour distance, 0–1). Returns one `{ width, height, differing, ratio }` per pair.
 */
export function pixelDiff(pairs, { threshold } = {}) {
  return pairs.map(([a, b]) => comparePngs(a, b, threshold));
}
