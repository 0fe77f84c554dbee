// SPDX-License-Identifier: MIT
// Layout shift: an article with three widgets (the 2020 figures, the genocide recognitions, a quote)
// between paragraphs, in each embed form, with the widget script held back 1 s by the server, as a slow
// CDN would. CLS is the sum of the page's layout-shift entries (none follow input here), read from a
// buffered PerformanceObserver once every widget has rendered. The same on bench/article.html (about 1,500
// words, a facts widget after the first paragraph and a quote further down, the page stylesheet linked), as it
// is and without its stylesheet.
import { existsSync, readFileSync } from 'node:fs';
import { launch, openTab } from './browser.mjs';
import { root, serve } from './server.mjs';

import { widgetTags } from '../dist/registry.js';

const delayMs = 1000;
const widths = [1024, 375];
const widgets = [
  ['khojaly-facts', 'facts', { group: '2020' }],
  ['recognition-list', 'recognitions', { kind: 'genocide' }],
  ['statement-quote', 'quote', { quote: 'impunity' }],
];
const attrs = (a, prefix = '') => Object.entries(a).map(([k, v]) => ` ${prefix}${k}="${v}"`).join('');
const query = (a) => new URLSearchParams(a).toString();

// The page stylesheet that reserves each widget's height before its script runs, where the build or the
// source has it (another part of the project; the forms that need it are skipped without it).
const stylesheet = ['dist/cdn/khojaly-widgets.css', 'dist/khojaly-widgets.css', 'khojaly-widgets.css'].find((f) => existsSync(`${root}${f}`));

/** The server-rendered snippet's renderer, when the project has one (loaded through tsx, as the CLI does). */
async function loadSnippetRenderer() {
  if (!existsSync(`${root}src/ssr/render.ts`)) return { note: 'src/ssr/render.ts does not exist' };
  try {
    const { tsImport } = await import('tsx/esm/api');
    const { renderSnippet } = await tsImport('../src/ssr/render.ts', import.meta.url);
    return { renderSnippet };
  } catch (error) {
    return { note: `src/ssr/render.ts could not be loaded: ${error.message}` };
  }
}

/** Each embed form: the markup in the article, the scripts (held back) and whether it links the stylesheet. */
function forms(renderSnippet) {
  const tags = () => widgets.map(([tag, , a]) => `<${tag}${attrs(a)}></${tag}>`);
  const divs = () => widgets.map(([, alias, a]) => `<div data-khojaly-widget="${alias}"${attrs(a, 'data-')}></div>`);
  const module = '<script type="module" src="/dist/cdn/khojaly-widgets.js"></script>';
  const classic = '<script src="/dist/cdn/khojaly-widgets.classic.js" defer></script>';
  const list = [
    { name: 'tag + module script', body: tags, head: module },
    { name: 'sanitizer-safe div + classic script', body: divs, head: classic },
    {
      name: 'iframe + resize.js',
      iframe: true,
      // As the README writes it: full width, no border, 480 px until resize.js learns the real height.
      body: () =>
        widgets.map(([tag, , a]) => `<iframe src="/dist/embed/${tag}.html?${query(a)}" title="${tag}" loading="lazy" style="width: 100%; border: 0" height="480"></iframe>`),
      head: '<script src="/dist/embed/resize.js" defer></script>',
    },
  ];
  if (stylesheet) {
    list.splice(1, 0, { name: 'tag + module script + page stylesheet', body: tags, head: module, css: true });
    list.splice(3, 0, { name: 'sanitizer-safe div + classic script + page stylesheet', body: divs, head: classic, css: true });
  }
  if (renderSnippet) {
    list.push({ name: 'server-rendered snippet (shadow) + module script', body: () => widgets.map(([tag, , a]) => renderSnippet(tag, a)), head: module });
    if (stylesheet) {
      list.push({
        name: 'server-rendered snippet (light) + module script + page stylesheet',
        body: () => widgets.map(([tag, , a]) => renderSnippet(tag, a, { form: 'light' })),
        head: module,
        css: true,
      });
    }
  }
  return list;
}

const article = ({ body, head, css }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Khojaly, 26 February 1992</title><link rel="icon" href="data:,">
${css ? `<link rel="stylesheet" href="/${stylesheet}">` : ''}
<style>body { margin: 0; font: 16px/1.6 Arial, 'Liberation Sans', sans-serif; } main { max-width: 720px; margin: 0 auto; padding: 1em; }</style>
${head}
</head><body><main>
<h1>Khojaly, 26 February 1992</h1>
<p>The figures, the recognitions and the Ombudsman's words, as the statement of 22 February 2021 gives them.</p>
${body().join('\n')}
<p>A paragraph after the widgets: it moves if anything above it changes size.</p>
<p>Another paragraph, so that what moves is on screen as in a real article.</p>
<p>And a last one.</p>
</main></body></html>`;

/** Loads one page and returns its CLS (and, for iframes, the shifts inside the frames). */
async function measure(browser, url, { width, iframe, tags = widgets.map(([tag]) => tag) }) {
  const tab = await openTab(browser, { width, height: 800 });
  await tab.goto(url, { waitUntil: 'load' });
  const rendered = (tags) =>
    tags.every((tag) => {
      const el = document.querySelector(`${tag}, [data-khojaly-widget] > ${tag}`);
      return el?.matches(':defined') && el.updateComplete !== undefined && el.shadowRoot?.querySelector('[part=base]');
    });
  let inFrames = 0;
  if (iframe) {
    for (const frame of tab.frames().filter((f) => f !== tab.mainFrame())) {
      await frame.waitForFunction(() => document.body.firstElementChild?.shadowRoot?.querySelector('[part=base]'), { timeout: 30_000 });
    }
    // The frames report their height in a message; resize.js applies it: give both time to land.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const frame of tab.frames().filter((f) => f !== tab.mainFrame())) inFrames += await frame.evaluate(clsSoFar);
  } else {
    await tab.waitForFunction(rendered, { timeout: 30_000 }, tags);
  }
  const cls = await tab.evaluate(clsSoFar);
  if (tab.errors.length) throw new Error(`${url}: ${tab.errors.join('; ')}`);
  await tab.close();
  return { cls, inFrames };
}

// Runs in the page: two frames after the last render, then the buffered layout shifts.
function clsSoFar() {
  return new Promise((resolve) => {
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const shifts = [];
        new PerformanceObserver((list) => shifts.push(...list.getEntries())).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0)), 50);
      }),
    );
  });
}

/** Measures every form at each width; returns rows and notes about the forms that were skipped. */
export async function benchLayoutShift({ log = () => {} } = {}) {
  const { renderSnippet, note } = await loadSnippetRenderer();
  const notes = [];
  if (note) notes.push(`server-rendered snippet skipped: ${note}`);
  if (!stylesheet) notes.push('page stylesheet (khojaly-widgets.css) not found: the forms with it were skipped');
  const pages = new Map();
  const delayed = /^\/dist\/cdn\/[^/]+\.js$/;
  const server = await serve({ pages, delay: (path) => (delayed.test(path) ? delayMs : 0) });
  const browser = await launch();
  const rows = [];
  let articlePage;
  try {
    for (const [i, form] of forms(renderSnippet).entries()) {
      pages.set(`/cls/${i}.html`, article(form));
      const row = { form: form.name, cls: {}, inFrames: form.iframe ? {} : undefined };
      for (const width of widths) {
        const { cls, inFrames } = await measure(browser, `${server.url}/cls/${i}.html`, { width, iframe: form.iframe });
        row.cls[width] = cls;
        if (form.iframe) row.inFrames[width] = inFrames;
      }
      log(`layout shift: ${form.name}: ${widths.map((w) => `${w} px ${row.cls[w].toFixed(4)}`).join(', ')}`);
      rows.push(row);
    }
    articlePage = await measureArticle(browser, server.url, pages, log);
  } finally {
    await browser.close();
    await server.close();
  }
  return { scriptDelayMs: delayMs, widths, stylesheet: stylesheet ?? null, rows, article: articlePage, notes };
}

/** CLS of bench/article.html as it is (the stylesheet it links) and with that link removed. */
async function measureArticle(browser, url, pages, log) {
  const source = readFileSync(`${root}bench/article.html`, 'utf8');
  const link = source.match(/<link rel="stylesheet" href="([^"]*khojaly-widgets\.css)">\n?/);
  const markup = source.replace(/<!--[\s\S]*?-->/g, '');
  const tags = widgetTags.filter((tag) => markup.includes(`<${tag}`));
  pages.set('/cls/article-without-stylesheet.html', link ? source.replace(link[0], '') : source);
  const variants = [
    { name: 'as it is (tags + module script + page stylesheet)', path: '/bench/article.html' },
    { name: 'without the page stylesheet', path: '/cls/article-without-stylesheet.html' },
  ];
  const rows = [];
  for (const variant of variants) {
    const row = { variant: variant.name, cls: {} };
    for (const width of widths) row.cls[width] = (await measure(browser, `${url}${variant.path}`, { width, tags })).cls;
    log(`layout shift: bench/article.html ${variant.name}: ${widths.map((w) => `${w} px ${row.cls[w].toFixed(4)}`).join(', ')}`);
    rows.push(row);
  }
  return { page: 'bench/article.html', stylesheet: link?.[1] ?? null, widgets: tags, rows };
}
