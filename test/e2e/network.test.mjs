// SPDX-License-Identifier: MIT
// No network: a page with every widget, used as a reader would, asks for nothing beyond the script that
// brings them — no fonts, images, stylesheets, analytics or other hosts — in every embed form. The only
// later request a widget ever makes is the one its page asks for: `src` names another statement. What the
// browser asked for is read from the test server's own log (every engine), from the browser's resource
// timing (every engine; it also lists requests to other hosts) and, in Chromium, from the DevTools
// protocol's request events, which also name each request's type. Run `npm run build` first (npm test does).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { capturePath, engine, launch, openPage, root, serve } from './harness.mjs';
import { registry } from '../../dist/registry.js';

/** Every widget, from the registry as built into dist/. */
const tags = registry.map((e) => e.tag);
const aliases = Object.fromEntries(registry.map((e) => [e.tag, e.name]));
const page = (body, head) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>network</title>${head}</head><body>${body}</body></html>`;
const everyTag = tags.map((t) => `<${t} heading="A heading"></${t}>`).join('\n');

/** Each form: its page, and every path it may ask for (the page itself and the scripts it names). */
const forms = {
  'tags + the module bundle': { html: page(everyTag, '<script type="module" src="/dist/cdn/khojaly-widgets.js"></script>'), allowed: ['/dist/cdn/khojaly-widgets.js'] },
  'tags + the classic bundle': { html: page(everyTag, '<script src="/dist/cdn/khojaly-widgets.classic.js" defer></script>'), allowed: ['/dist/cdn/khojaly-widgets.classic.js'] },
  'tags + one bundle per element': { html: page(everyTag, tags.map((t) => `<script type="module" src="/dist/cdn/${t}.js"></script>`).join('')), allowed: tags.map((t) => `/dist/cdn/${t}.js`) },
  'sanitizer-safe divs': {
    html: page(tags.map((t) => `<div data-khojaly-widget="${aliases[t]}"></div>`).join('\n'), '<script src="/dist/cdn/khojaly-widgets.classic.js" defer></script>'),
    // The classic bundle carries the upgrade of the divs itself: nothing more is fetched.
    allowed: ['/dist/cdn/khojaly-widgets.classic.js'],
  },
  'sanitizer-safe divs + the module bundle': {
    html: page(tags.map((t) => `<div data-khojaly-widget="${aliases[t]}"></div>`).join('\n'), '<script type="module" src="/dist/cdn/khojaly-widgets.js"></script>'),
    // The module bundle fetches the upgrade of the divs from beside itself, because the page has divs.
    allowed: ['/dist/cdn/khojaly-widgets.js', '/dist/cdn/khojaly-upgrade.js'],
  },
  'iframe pages': {
    html: page(tags.map((t) => `<iframe src="/dist/embed/${t}.html" title="${t}"></iframe>`).join('\n'), '<script src="/dist/embed/resize.js" defer></script>'),
    // Each iframe page: itself and what it links (its stylesheet and scripts).
    allowed: () => [
      '/dist/embed/resize.js',
      ...tags.map((t) => `/dist/embed/${t}.html`),
      ...[...readFileSync(`${root}dist/embed/khojaly-facts.html`, 'utf8').matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => new URL(m[1], 'http://localhost/dist/embed/').pathname),
    ],
    inFrames: true,
  },
};

let server;
let browser;
const routes = {};

before(async () => {
  assert.ok(existsSync(`${root}dist/cdn/khojaly-widgets.js`), 'dist/ is missing: run npm run build');
  server = await serve({ routes });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page; `p.since` marks where its requests begin in the server's log. */
async function open(path, html) {
  routes[path] = html;
  const p = await openPage(browser);
  p.since = server.requests.length;
  p.events = [];
  // Only Chromium reports every request with its type to puppeteer; Firefox's BiDi events miss some.
  if (engine === 'chromium') p.on('request', (r) => p.events.push({ url: r.url(), type: r.resourceType() }));
  await p.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
  return p;
}

/**
 * Every request the page made: the server's log since it opened (the harness's WebKit capture script and
 * the browser's own favicon request left out), and the URLs in the resource timing of the page and its frames.
 */
async function requestsOf(p) {
  const ours = (u) => ![capturePath, '/favicon.ico'].includes(new URL(u).pathname);
  const served = server.requests.slice(p.since).map((r) => r.url);
  const timed = [];
  for (const frame of await p.frames()) timed.push(...(await frame.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))));
  return { served: served.filter(ours), timed: timed.filter(ours), events: p.events.filter((e) => ours(e.url)) };
}

/** Reads everything, as a reader would: every disclosure, a copy, a permalink, the dark theme, a narrow screen. */
async function readEverything(frame) {
  await frame.evaluate(async () => {
    for (const host of document.querySelectorAll('*')) {
      if (!host.shadowRoot) continue;
      host.shadowRoot.querySelectorAll('details').forEach((d) => (d.open = true));
      host.setAttribute('theme', 'dark');
    }
    document.querySelector('statement-quote')?.shadowRoot.querySelector('[part=copy-button]').click();
    document.querySelector('statement-document')?.shadowRoot.querySelector('[part=permalink]').click();
    await new Promise((r) => setTimeout(r, 100));
  });
}

describe('a page with every widget makes no request beyond the script itself', () => {
  for (const [name, { html, allowed, inFrames = false }] of Object.entries(forms)) {
    test(`${name}: only the page and its scripts are fetched`, async () => {
      const path = `/network-${name.replace(/\W+/g, '-')}.html`;
      const p = await open(path, html);
      try {
        // Every widget rendered (in the page, or one in each iframe page), then read through.
        const frames = inFrames ? (await p.frames()).filter((f) => f !== p.mainFrame()) : [p.mainFrame()];
        assert.equal(frames.length, inFrames ? tags.length : 1);
        for (const frame of frames) {
          await frame.waitForFunction(
            (n) => [...document.querySelectorAll('*')].filter((e) => e.shadowRoot?.querySelector('[part=attribution]')).length === n,
            { timeout: 10000 },
            inFrames ? 1 : tags.length,
          );
          await readEverything(frame);
        }
        await p.setViewport({ width: 320, height: 800 });
        await p.evaluate(() => new Promise((r) => setTimeout(r, 300)));
        const { served, timed, events } = await requestsOf(p);
        const expected = [path, ...(typeof allowed === 'function' ? allowed() : allowed)];
        // The log saw the page and its script: a test that recorded nothing would prove nothing.
        assert.ok(served.some((u) => u.endsWith(path)), 'the server saw the page');
        assert.ok(timed.some((u) => u.endsWith('.js')), 'resource timing lists the script');
        const all = [...served, ...timed, ...events.map((e) => e.url)];
        assert.deepEqual(all.filter((u) => !u.startsWith(server.url)), [], 'no other host');
        assert.deepEqual([...new Set(all.filter((u) => !expected.includes(new URL(u).pathname)))], [], 'nothing beyond the page and its scripts');
        assert.ok(!events.some((r) => ['font', 'image', 'media', 'stylesheet'].includes(r.type) && !r.url.endsWith('/embed.css')), 'no font, image, media or stylesheet');
        assert.deepEqual(p.errors, []);
      } finally {
        await p.close();
      }
    });
  }

  test('the built bundles name no other host, font, image or beacon', () => {
    // A static check of what the browser test cannot reach: a code path that runs only on some other day.
    const files = ['cdn', 'embed'].flatMap((dir) => readdirSync(`${root}dist/${dir}`).filter((f) => /\.(js|css|html)$/.test(f)).map((f) => `${root}dist/${dir}/${f}`));
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // Host names only (a validator's `http://[${ipv6}]` template is not one); the SVG and schema namespaces are names, not requests.
      const urls = [...text.matchAll(/https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi)].map((m) => m[0]).filter((u) => !/^https?:\/\/(www\.w3\.org|json-schema\.org)$/.test(u));
      assert.deepEqual(urls, [], `${file} names no URL`);
      assert.doesNotMatch(text, /sendBeacon|XMLHttpRequest|new WebSocket|EventSource|@font-face|@import/, file);
    }
  });

  test('a widget asks for another statement only when the page names one (`src`), and then for that and the validator beside the bundle', async () => {
    const p = await open('/network-src.html', page('<statement-quote src="/data/statement.json"></statement-quote><khojaly-facts></khojaly-facts>', '<script type="module" src="/dist/cdn/khojaly-widgets.js"></script>'));
    try {
      await p.waitForFunction(() => document.querySelector('statement-quote')?.shadowRoot?.querySelector('[part=attribution]'));
      const asked = (await requestsOf(p)).served.map((u) => new URL(u).pathname);
      assert.deepEqual(asked.sort(), ['/data/statement.json', '/dist/cdn/khojaly-validate.js', '/dist/cdn/khojaly-widgets.js', '/network-src.html']);
    } finally {
      await p.close();
    }
  });
});
