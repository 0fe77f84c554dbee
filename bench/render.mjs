// SPDX-License-Identifier: MIT
// Render time: N widgets (facts, recognition-list and statement-quote in turn) against a static page
// with the same content as plain markup, loaded alternately in the same browser so that a busy machine
// slows both alike. Each page notes the time when its <head> is parsed; the widget bundle notes when it
// starts to run (the server puts one statement in front of it); both note when the content is painted:
// after every element's `updateComplete`, the first frame's rendering step has run (a requestAnimationFrame
// callback, then a task queued from it, which runs once that frame's style, layout and paint are done).
import { launch, median, openTab } from './browser.mjs';
import { serve } from './server.mjs';

const tags = ['khojaly-facts', 'recognition-list', 'statement-quote'];

// Module scripts run in order, so on the widget page this runs after the bundle has defined the elements.
const afterPaint = `<script type="module">
const widgets = document.querySelectorAll('${tags.join(',')}');
await Promise.all([...widgets].map((w) => customElements.whenDefined(w.localName).then(() => w.updateComplete)));
requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => { window.__done = performance.now(); };
  channel.port2.postMessage(0);
});
</script>`;

/** The same page frame for both: a plain article column. */
const shell = (title, body, css = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.__t0 = performance.now();</script>
<title>${title}</title><link rel="icon" href="data:,">
<style>body { margin: 0; font: 16px/1.5 Arial, 'Liberation Sans', sans-serif; } main { max-width: 720px; margin: 0 auto; padding: 1em; } main > * { margin-block: 1em; }
${css}</style>
</head><body><main>
${body}
</main>
${afterPaint}
</body></html>`;

const widgetPage = (n, bundle) =>
  shell(`${n} widgets`, `${Array.from({ length: n }, (_, i) => `<${tags[i % 3]}></${tags[i % 3]}>`).join('\n')}\n<script type="module" src="${bundle}"></script>`);

const staticPage = (n, { markup, css }) =>
  shell(`${n} static blocks`, Array.from({ length: n }, (_, i) => markup[tags[i % 3]]).join('\n'), css);

/**
 * Renders one of each widget and turns each shadow tree into plain markup in a `<div>`, with the widget's
 * own styles rewritten for the page (`:host` becomes the div, the rest nests under it).
 */
async function snapshotStatic(browser, url) {
  const tab = await openTab(browser);
  await tab.goto(`${url}/render/widgets-3.html`, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__done);
  const result = await tab.evaluate((names) => {
    const text = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const voids = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
    const html = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return text(node.data);
      if (node.nodeType !== Node.ELEMENT_NODE || node.localName === 'style') return '';
      const attrs = [...node.attributes].map((a) => ` ${a.name}="${text(a.value).replace(/"/g, '&quot;')}"`).join('');
      const open = `<${node.localName}${attrs}>`;
      return voids.has(node.localName) ? open : `${open}${[...node.childNodes].map(html).join('')}</${node.localName}>`;
    };
    // `:host` and `:host(x)` become `&` and `&:is(x)` inside a rule for the div.
    const unhost = (css) => css.replace(/:host(\((?:[^()]|\([^()]*\))*\))?/g, (_, arg) => (arg ? `&:is${arg}` : '&'));
    const markup = {};
    let css = '';
    for (const name of names) {
      const el = document.querySelector(name);
      markup[name] = `<div class="static-${name}">${[...el.shadowRoot.childNodes].map(html).join('')}</div>`;
      const rules = el.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const keyframes = rules.filter((r) => r instanceof CSSKeyframesRule).map((r) => r.cssText);
      const nested = rules.filter((r) => !(r instanceof CSSKeyframesRule)).map((r) => unhost(r.cssText));
      css += `${keyframes.join('\n')}\n.static-${name} {\n${nested.join('\n')}\n}\n`;
    }
    return { markup, css };
  }, tags);
  await tab.close();
  return result;
}

/** Loads a page and returns its times in ms: `page` (head parsed → painted), `script` (bundle starts → painted). */
async function timeLoad(browser, url) {
  const tab = await openTab(browser);
  await tab.goto(url, { waitUntil: 'load', timeout: 600_000 });
  const handle = await tab.waitForFunction(() => window.__done && { page: window.__done - window.__t0, script: window.__tScript === undefined ? null : window.__done - window.__tScript }, { timeout: 600_000 });
  const times = await handle.jsonValue();
  if (tab.errors.length) throw new Error(`${url}: ${tab.errors.join('; ')}`);
  await tab.close();
  return times;
}

/**
 * Runs the render benchmark for each count in `sizes`: `runs` measured loads of each page (at least 5;
 * 5 at 1000 widgets), alternating, and returns medians and the raw runs. `bundle` is the script's path
 * on the server (another build can be compared the same way).
 */
export async function benchRender({ sizes = [1, 100, 1000], runs = 7, bundle = '/dist/cdn/khojaly-widgets.js', log = () => {} } = {}) {
  runs = Math.max(5, runs);
  const pages = new Map();
  const server = await serve({
    pages,
    // Marks when the bundle starts running; the rest of the file is unchanged.
    transform: (path, body) => (path === bundle ? `globalThis.__tScript = performance.now();\n${body}` : body),
  });
  const browser = await launch();
  try {
    pages.set('/render/widgets-3.html', widgetPage(3, bundle));
    const snapshot = await snapshotStatic(browser, server.url);
    const results = [];
    for (const n of sizes) {
      pages.set(`/render/widgets-${n}.html`, widgetPage(n, bundle));
      pages.set(`/render/static-${n}.html`, staticPage(n, snapshot));
      const widgetUrl = `${server.url}/render/widgets-${n}.html`;
      const staticUrl = `${server.url}/render/static-${n}.html`;
      // One unmeasured load of each first: the browser's first pages are slower for reasons of its own.
      if (n === sizes[0]) {
        await timeLoad(browser, widgetUrl);
        await timeLoad(browser, staticUrl);
      }
      const widget = [];
      const plain = [];
      // 1000 widgets take long on a busy machine: the minimum of five runs there.
      const count = n >= 1000 ? Math.min(runs, 5) : runs;
      for (let i = 0; i < count; i++) {
        // Alternate which goes first, so a slow moment of the machine does not always land on one page.
        const pair = i % 2 ? [staticUrl, widgetUrl] : [widgetUrl, staticUrl];
        for (const url of pair) (url === widgetUrl ? widget : plain).push(await timeLoad(browser, url));
      }
      const row = {
        instances: n,
        widgetPageMs: median(widget.map((t) => t.page)),
        scriptToPaintMs: median(widget.map((t) => t.script)),
        staticPageMs: median(plain.map((t) => t.page)),
        runs: { widgetPage: widget.map((t) => round(t.page)), scriptToPaint: widget.map((t) => round(t.script)), staticPage: plain.map((t) => round(t.page)) },
      };
      row.ratio = row.widgetPageMs / row.staticPageMs;
      results.push(row);
      log(`render: ${n} instance(s): widgets ${row.widgetPageMs.toFixed(1)} ms (script → paint ${row.scriptToPaintMs.toFixed(1)} ms), static ${row.staticPageMs.toFixed(1)} ms`);
    }
    return { browserVersion: await browser.version(), results, staticPageBytes: Object.fromEntries(sizes.map((n) => [n, Buffer.byteLength(pages.get(`/render/static-${n}.html`))])) };
  } finally {
    await browser.close();
    await server.close();
  }
}

const round = (ms) => Math.round(ms * 10) / 10;
