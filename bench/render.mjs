// SPDX-License-Identifier: MIT
// Render time: N widgets (facts, recognition-list and statement-quote in turn) against a static page
// with the same content as plain markup, loaded alternately in the same browser so that a busy machine
// slows both alike. Each page notes the time when its <head> is parsed; the widget bundle notes when it
// starts to run (the server puts one statement in front of it); both note when the content is painted:
// after every element's `updateComplete`, the first frame's rendering step has run (a requestAnimationFrame
// callback, then a task queued from it, which runs once that frame's style, layout and paint are done).
// The same for bench/article.html (about 1,500 words with one facts and one quote widget, the page stylesheet
// and the module script in its <head>) against that article as static HTML: the widgets' rendered content
// as plain markup with their styles, and neither the script nor the page stylesheet.
import { readFileSync } from 'node:fs';
import { launch, median, openTab } from './browser.mjs';
import { root, serve } from './server.mjs';

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
async function snapshotStatic(browser, pageUrl, names = tags) {
  const tab = await openTab(browser);
  await tab.goto(pageUrl, { waitUntil: 'load' });
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
  }, names);
  await tab.close();
  return result;
}

const articleTags = ['khojaly-facts', 'statement-quote'];
const widgetElement = new RegExp(`<(${articleTags.join('|')})\\b[^>]*>\\s*</\\1>`, 'g');

/** bench/article.html with the timing marks: when its <head> is parsed, and when the widgets are painted. */
function articleWidgetPage(bundle) {
  const source = readFileSync(`${root}bench/article.html`, 'utf8');
  const scripts = source.match(/<script type="module" src="[^"]+"><\/script>/g) ?? [];
  if (scripts.length !== 1 || (source.match(widgetElement) ?? []).length !== articleTags.length) {
    throw new Error(`bench/article.html: expected one module script and one each of ${articleTags.join(', ')}`);
  }
  return source
    .replace('<meta charset="utf-8">', '<meta charset="utf-8">\n<script>window.__t0 = performance.now();</script>')
    .replace(scripts[0], `<script type="module" src="${bundle}"></script>`)
    .replace('</body>', () => `${afterPaint}\n</body>`);
}

/** The same article as static HTML: each widget replaced by its rendered markup, no script, no page stylesheet. */
function articleStaticPage(widgetPage, { markup, css }) {
  return widgetPage
    .replace(/<link rel="stylesheet" href="[^"]*khojaly-widgets\.css">\n?/, '')
    .replace(/<script type="module" src="[^"]+"><\/script>\n?/, '')
    .replace(widgetElement, (_, tag) => markup[tag])
    .replace('</head>', () => `<style>${css}\nmain > [class^="static-"] { margin-block: 1.5em; }</style>\n</head>`);
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
export async function benchRender({ sizes = [1, 100, 1000], runs = 7, bundle = '/dist/cdn/khojaly-widgets.js', article = true, log = () => {} } = {}) {
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
    const snapshot = await snapshotStatic(browser, `${server.url}/render/widgets-3.html`);
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
      // 1000 widgets take long on a busy machine: the minimum of five runs there.
      const row = { instances: n, ...(await timePair(browser, widgetUrl, staticUrl, n >= 1000 ? Math.min(runs, 5) : runs)) };
      results.push(row);
      log(`render: ${n} instance(s): widgets ${row.widgetPageMs.toFixed(1)} ms (script → paint ${row.scriptToPaintMs.toFixed(1)} ms), static ${row.staticPageMs.toFixed(1)} ms`);
    }
    let articleRow;
    if (article) {
      const widgetArticle = articleWidgetPage(bundle);
      pages.set('/render/article-widgets.html', widgetArticle);
      const articleSnapshot = await snapshotStatic(browser, `${server.url}/render/article-widgets.html`, articleTags);
      const staticArticle = articleStaticPage(widgetArticle, articleSnapshot);
      pages.set('/render/article-static.html', staticArticle);
      articleRow = {
        page: 'bench/article.html',
        widgets: articleTags,
        words: words(readFileSync(`${root}bench/article.html`, 'utf8')),
        ...(await timePair(browser, `${server.url}/render/article-widgets.html`, `${server.url}/render/article-static.html`, runs)),
        staticPageBytes: Buffer.byteLength(staticArticle),
      };
      log(`render: bench/article.html: widgets ${articleRow.widgetPageMs.toFixed(1)} ms (script → paint ${articleRow.scriptToPaintMs.toFixed(1)} ms), static ${articleRow.staticPageMs.toFixed(1)} ms`);
    }
    return {
      browserVersion: await browser.version(),
      results,
      article: articleRow,
      staticPageBytes: Object.fromEntries(sizes.map((n) => [n, Buffer.byteLength(pages.get(`/render/static-${n}.html`))])),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * `count` measured loads of each page, alternating which goes first; medians, the ratio and every run.
 */
async function timePair(browser, widgetUrl, staticUrl, count) {
  const widget = [];
  const plain = [];
  for (let i = 0; i < count; i++) {
    // Alternate which goes first, so a slow moment of the machine does not always land on one page.
    const order = i % 2 ? [staticUrl, widgetUrl] : [widgetUrl, staticUrl];
    for (const url of order) (url === widgetUrl ? widget : plain).push(await timeLoad(browser, url));
  }
  const row = {
    widgetPageMs: median(widget.map((t) => t.page)),
    scriptToPaintMs: median(widget.map((t) => t.script)),
    staticPageMs: median(plain.map((t) => t.page)),
    runs: { widgetPage: widget.map((t) => round(t.page)), scriptToPaint: widget.map((t) => round(t.script)), staticPage: plain.map((t) => round(t.page)) },
  };
  row.ratio = row.widgetPageMs / row.staticPageMs;
  return row;
}

/** Words of a page's text (its <body>, without comments, tags or the widgets' content). */
function words(html) {
  const body = html.replace(/<!--[\s\S]*?-->/g, '').split(/<body[^>]*>/)[1] ?? '';
  return body.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
}

const round = (ms) => Math.round(ms * 10) / 10;
