// SPDX-License-Identifier: MIT
// No layout shift: with the widget script arriving a second late, nothing on the page moves when it runs,
// in each embed form; and a server-rendered snippet, once the script runs, is exactly what the browser
// renders itself. "Nothing moves" is measured in every engine as the distance the paragraphs after the
// widgets travel, and in Chromium also as the Layout Instability API's CLS (the other engines lack it).
// The link forms (a link alone in its paragraph, in running text, in a blockquote it takes with it) are
// measured the same way: the page stylesheet reserves the widget's height on the link (or the blockquote).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { tsImport } from 'tsx/esm/api';
import { engine, launch, openPage, root, serve } from './harness.mjs';

const { renderSnippet } = await tsImport('../../src/ssr/render.ts', import.meta.url);
// The CDN module from the build (KHOJALY_E2E_SCRIPT names another, as a path from the project root).
const script = process.env.KHOJALY_E2E_SCRIPT ?? '/dist/cdn/khojaly-widgets.js';
const built = existsSync(`${root}${script.slice(1)}`);
const hasDivForm = existsSync(`${root}src/upgrade/upgrade-divs.ts`);
const hasLinkForm = existsSync(`${root}src/upgrade/upgrade-links.ts`);
// The library's page stylesheet: from the build when it copies it there, else from its source.
const stylesheet = existsSync(`${root}dist/khojaly-widgets.css`) ? '/dist/khojaly-widgets.css' : '/khojaly-widgets.css';
const delay = 1000;

/** The three widgets, as each form writes them (the facts' 2020 figures, the genocide recognitions, a quote). */
const widgets = [
  ['khojaly-facts', 'facts', { group: '2020' }],
  ['recognition-list', 'recognitions', { kind: 'genocide' }],
  ['statement-quote', 'quote', { quote: 'impunity' }],
];
const attrs = (a, prefix = '') => Object.entries(a).map(([k, v]) => ` ${prefix}${k}="${v}"`).join('');
const embed = (tag, a) => `/dist/embed/${tag}.html?${new URLSearchParams(a)}`;
const forms = {
  'tag + script': () => widgets.map(([tag, , a]) => `<${tag}${attrs(a)}></${tag}>`),
  snippet: () => widgets.map(([tag, , a]) => renderSnippet(tag, a)),
  'light-DOM snippet': () => widgets.map(([tag, , a]) => renderSnippet(tag, a, { form: 'light' })),
  'sanitizer-safe div': () => widgets.map(([, alias, a]) => `<div data-khojaly-widget="${alias}"${attrs(a, 'data-')}></div>`),
  // The link forms, as README writes them. The running text also puts an option that leaves the height as it
  // is before the widget's own (`&`) and a fragment after it (`#`), as links copied from a page often have.
  link: () => widgets.map(([tag, , a]) => `<p><a href="${embed(tag, a)}">The ${tag} widget, from the Ombudsman's statement of 22 February 2021</a></p>`),
  'link in running text': () =>
    widgets.map(
      ([tag, , a]) =>
        `<p>Some words before the link, <a href="${embed(tag, { theme: 'light', ...a })}#from-the-statement">the ${tag} widget</a>, and some words after it in the same paragraph.</p>`,
    ),
  'link in a blockquote': () =>
    widgets.map(
      ([tag, , a]) =>
        `<blockquote><p>Lack of adequate reaction by the world community to the Khojaly genocide is not only immoral …</p>\n  <p>— <a href="${embed(tag, a)}">the Ombudsman of Azerbaijan, 22 February 2021</a></p></blockquote>`,
    ),
};
const widgetSelector = widgets.map(([tag]) => tag).join(', ');
/**
 * What stands in each widget's place before its script runs, and what holds it after: the tag, the snippet's
 * tag or the div, in both; for a link, the link (or the blockquote it takes with it), then the widget itself.
 */
const hostsOf = (form) =>
  form.startsWith('link')
    ? { before: `main :is(a[href*="/embed/"]:not(blockquote a), blockquote)`, after: `main :is(${widgetSelector})` }
    : { before: 'main > :not(h1, p)', after: 'main > :not(h1, p)' };

/**
 * An article with the widgets between two paragraphs. An inline script records each widget's height
 * before the (delayed) widget script can run.
 */
const article = ({ widgetsHtml, css = true, font = `Arial, 'Liberation Sans', sans-serif`, size = 16, hosts = hostsOf('tag + script').before }) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Khojaly</title>
${css ? `<link rel="stylesheet" href="${stylesheet}">` : ''}
<style>body { margin: 0; font: ${size}px/1.6 ${font}; } main { max-width: 720px; margin: 0 auto; padding: 1em; }</style>
<script type="module" src="${script}"></script>
</head><body><main>
<h1>Khojaly, 26 February 1992</h1>
<p>The figures, the recognitions and the Ombudsman's words, as the statement of 22 February 2021 gives them.</p>
${widgetsHtml.join('\n')}
<p>A paragraph after the widgets, which must not move.</p>
<p>Another paragraph, so that what moves fills the screen as in a real article.</p>
<p>And a last one.</p>
</main>
<script>window.__before = [...document.querySelectorAll('${hosts}')].map((e) => e.getBoundingClientRect().height);
window.__tops = [...document.querySelectorAll('main > p')].map((e) => e.getBoundingClientRect().top + scrollY);</script>
</body></html>`;

/**
 * How far a box may be off and still count as in place: nothing, but in Firefox, which places boxes on a grid
 * of 1/60 px from their position, less than one step of it (a reserved height, in em, lands on that grid).
 */
const grid = engine === 'firefox' ? 1 / 60 : 0;
const inPlace = (a, b) => a === b || Math.abs(a - b) < grid;

/** Asserts that each widget had its final height before its script ran and the text below did not move. */
function assertNothingMoved({ moved, farthest, before: heights, after: final }, where = '') {
  heights.forEach((h, i) => assert.ok(inPlace(h, final[i]), `${where}widget ${i + 1}: reserved ${h} px, rendered ${final[i]} px`));
  assert.equal(heights.length, final.length, `${where}as many widgets before as after`);
  assert.ok(inPlace(farthest, 0), `${where}the text below did not move (it moved ${moved} px)`);
}

let browser;
let server;
const pages = new Map();
/** Serves a page at a fresh path and returns its URL. */
const pageUrl = (html) => {
  const path = `/page-${pages.size}.html`;
  pages.set(path, html);
  return `${server.url}${path}`;
};

/**
 * Loads a page, waits until every widget is upgraded and rendered, and returns the heights before and after,
 * `moved` (how far, in px, the page's paragraphs travelled in all), `farthest` (the most any one travelled)
 * and `cls` (null where the engine has no Layout Instability API).
 */
async function loadAndMeasure(url, { width = 1024, hosts = hostsOf('tag + script').after } = {}) {
  const tab = await openPage(browser, { width, height: 800 });
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(
    (selector, count) => {
      const all = [...document.querySelectorAll(selector)];
      return (
        all.length === count &&
        all.every((host) => host.matches(':defined') && host.shadowRoot?.querySelector('[part=base]') && !host.shadowRoot.querySelector('style'))
      );
    },
    {},
    widgetSelector,
    widgets.length,
  );
  const result = await tab.evaluate(
    (selector) =>
      new Promise((resolve) => {
        // Two frames after the upgrade, so any shift it caused has been recorded.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const shifts = [];
            const measured = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
            if (measured) new PerformanceObserver((list) => shifts.push(...list.getEntries())).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => {
              const cls = measured ? shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0) : null;
              const afterHeights = [...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect().height);
              const tops = [...document.querySelectorAll('main > p')].map((e) => e.getBoundingClientRect().top + scrollY);
              const moves = tops.map((top, i) => Math.abs(top - window.__tops[i]));
              resolve({ cls, moved: moves.reduce((sum, m) => sum + m, 0), farthest: Math.max(...moves), before: window.__before, after: afterHeights });
            }, 50);
          }),
        );
      }),
    hosts,
  );
  assert.equal(tab.errors.length, 0, `no uncaught errors: ${tab.errors.join('; ')}`);
  await tab.close();
  return result;
}

before(async () => {
  server = await serve({
    routes: new Proxy({}, { get: (_, path) => pages.get(path) }),
    delay: (path) => (path === script ? delay : 0),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe(`with the widget script arriving ${delay} ms late`, { skip: !built && 'run `npm run build` first: dist/cdn/khojaly-widgets.js is missing' }, () => {
  for (const width of [1024, 375]) {
    for (const [form, widgetsHtml] of Object.entries(forms)) {
      const skip =
        (form === 'sanitizer-safe div' && !hasDivForm && 'the sanitizer-safe div form (issue 4) is not in the CDN script yet') ||
        (form.startsWith('link') && !hasLinkForm && 'the link form is not in the CDN script yet');
      test(`nothing moves at ${width} px: ${form}`, { skip }, async (t) => {
        const hosts = hostsOf(form);
        const html = article({ widgetsHtml: widgetsHtml(), hosts: hosts.before });
        const measured = await loadAndMeasure(pageUrl(html), { width, hosts: hosts.after });
        const { cls, moved, before: heights, after: final } = measured;
        t.diagnostic(`CLS ${cls ?? 'n/a'}; text below moved ${moved} px; heights before ${heights.join(', ')}; after ${final.join(', ')}`);
        // The page stylesheet reserves heights measured with Arial's metrics in each engine (Chromium's, and
        // Firefox's and WebKit's where their text wraps differently): exact in all three. The snippets carry
        // the widget itself. A link (or the blockquote it takes with it) takes the tag's reservation.
        assertNothingMoved(measured);
        if (cls !== null) assert.equal(cls, 0);
      });
    }
  }

  // The widgets' text is `--khojaly-font-size` (default: medium, 16 px), whatever the article's: the reserved box
  // must be measured in the widget's size, not the page's, in every form.
  test('on a page whose text is 20 px, nothing moves either', async (t) => {
    for (const width of [1024, 375]) {
      for (const form of ['tag + script', 'sanitizer-safe div', 'link', 'link in a blockquote'].filter((f) => f in forms)) {
        const hosts = hostsOf(form);
        const html = article({ widgetsHtml: forms[form](), size: 20, hosts: hosts.before });
        const measured = await loadAndMeasure(pageUrl(html), { width, hosts: hosts.after });
        const { moved, before: heights, after: final } = measured;
        t.diagnostic(`${form} at ${width} px: moved ${moved} px; heights before ${heights.join(', ')}; after ${final.join(', ')}`);
        assertNothingMoved(measured, `${form} at ${width} px: `);
      }
    }
  });

  test('the measurement sees a shift: bare tags without the page stylesheet move the text below them', async (t) => {
    const { cls, moved } = await loadAndMeasure(pageUrl(article({ widgetsHtml: forms['tag + script'](), css: false })));
    t.diagnostic(`without the stylesheet: CLS ${cls ?? 'n/a'}, text below moved ${moved} px`);
    assert.ok(moved > 100, `expected the text to move, it moved ${moved} px`);
    if (cls !== null) assert.ok(cls > 0.05, `expected a clear shift, got ${cls}`);
  });

  test('with another font the reservation is close, not exact; the snippet stays exact', async (t) => {
    const font = `'DejaVu Serif', serif`;
    const tags = await loadAndMeasure(pageUrl(article({ widgetsHtml: forms['tag + script'](), font })));
    const snippet = await loadAndMeasure(pageUrl(article({ widgetsHtml: forms.snippet(), font })));
    const bare = await loadAndMeasure(pageUrl(article({ widgetsHtml: forms['tag + script'](), font, css: false })));
    t.diagnostic(`DejaVu Serif: CLS tag + script ${tags.cls ?? 'n/a'} (without the stylesheet ${bare.cls ?? 'n/a'}); snippet ${snippet.cls ?? 'n/a'}`);
    t.diagnostic(`DejaVu Serif: text below moved ${tags.moved} px with tag + script (without the stylesheet ${bare.moved} px); snippet ${snippet.moved} px`);
    assert.equal(snippet.moved, 0);
    assert.ok(tags.moved < bare.moved, 'the reservation still reduces the shift');
    if (snippet.cls !== null) {
      assert.equal(snippet.cls, 0);
      assert.ok(tags.cls < bare.cls, 'the reservation still reduces the shift');
    }
  });
});

/**
 * The link form's reservation, without the widget script: at every width the generator measured, each link
 * form reserves exactly what the bare tag reserves (the same rules of the page stylesheet, so in every engine),
 * and a link whose options leave the height unknown, or that the script does not replace on its own, stays an
 * ordinary link. Where scripts are off (Chromium can turn them off for a page) every link is an ordinary link.
 */
describe("the link form's reservation", () => {
  const reserved = [
    ...widgets.map(([tag, , a]) => [tag, a]),
    ['khojaly-facts', {}],
    ['khojaly-facts', { group: 'khojaly-1992', heading: 'Figures' }],
    ['khojaly-facts', { layout: 'LIST' }],
    ['khojaly-chart', { scale: 'each' }],
    ['statement-quote', { variant: 'pull' }],
  ];
  const text = 'A link to the widget';
  const linkForms = (tag, a) => [
    ['link', `<p><a href="${embed(tag, a)}">${text}</a></p>`],
    ['link in running text', `<p>Words before, <a href="${embed(tag, { lang: 'en', ...a })}#here">${text}</a>, words after.</p>`],
    ['link in a blockquote', `<blockquote><p>Quoted words …</p>\n  <p>— <a href="${embed(tag, a)}">${text}</a></p></blockquote>`],
  ];
  /** Links the script does not replace with a widget of known height: none of them may become a box. */
  const ordinary = [
    ['an option that makes the height unknown', `<p><a href="${embed('khojaly-facts', { group: '2020', figures: 'killed' })}">${text}</a></p>`],
    ['a widget that is not a block', `<p><a href="${embed('statement-quote', { variant: 'inline' })}">${text}</a></p>`],
    ['a page that is not an embed page', `<p><a href="/dist/khojaly-facts.html?group=2020">${text}</a></p>`],
    ['a widget\'s fallback inside its tag', `<khojaly-facts group="2020"><p><a href="${embed('khojaly-facts', { group: '2020' })}">${text}</a></p></khojaly-facts>`],
    ['a blockquote with another link: its link is replaced, not the blockquote', `<blockquote><p>Quoted, <a href="/elsewhere.html">a source</a>.</p><p>— <a id="in-place" href="${embed('khojaly-facts', { group: '2020' })}">${text}</a></p></blockquote>`],
  ];
  const page = () => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Links</title><link rel="stylesheet" href="${stylesheet}">
<style>body { margin: 0; font: 16px/1.6 Arial, 'Liberation Sans', sans-serif; }</style></head><body><div id="box">
${reserved.map(([tag, a], i) => `<section data-case="${i}"><${tag}${attrs(a)}></${tag}>\n${linkForms(tag, a).map(([, html]) => html).join('\n')}</section>`).join('\n')}
${ordinary.map(([, html], i) => `<section data-ordinary="${i}">${html}</section>`).join('\n')}
</div></body></html>`;

  /**
   * `[case, form, width, tag height, form height]` for each width where a link form's box is not the tag's.
   * Firefox places boxes on a 1/60 px grid from their position, so a box may differ by less than that.
   * Every width in Chromium; every third elsewhere, where such a sweep takes a minute.
   */
  const step = engine === 'chromium' ? 1 : 3;
  const mismatches = (tab) =>
    tab.evaluate((step) => {
      const box = document.getElementById('box');
      const cases = [...document.querySelectorAll('[data-case]')].map((section) => {
        const [tag, ...forms] = section.children;
        return { tag, forms: forms.map((f) => (f.matches('blockquote') ? f : f.querySelector('a'))) };
      });
      const out = [];
      for (let w = 200; w <= 1400; w += step) {
        box.style.width = `${w}px`;
        for (const [i, { tag, forms }] of cases.entries()) {
          const h = tag.getBoundingClientRect().height;
          forms.forEach((f, j) => {
            const fh = f.getBoundingClientRect().height;
            if (Math.abs(fh - h) >= 1 / 60) out.push([i, j, w, h, fh]);
          });
        }
      }
      return out;
    }, step);

  test(`each link form reserves what the tag reserves, at every ${step > 1 ? `${step} px` : 'width'} from 200 to 1400 px`, async () => {
    const tab = await openPage(browser, { width: 1500, height: 800 });
    await tab.goto(pageUrl(page()), { waitUntil: 'load' });
    const wrong = await mismatches(tab);
    const named = wrong.slice(0, 5).map(([i, j, w, h, fh]) => `<${reserved[i][0]}${attrs(reserved[i][1])}> as a ${linkForms(...reserved[i])[j][0]} at ${w} px: ${fh} px, the tag ${h} px`);
    assert.equal(wrong.length, 0, `${wrong.length} mismatches, e.g. ${named.join('; ')}`);
    const heights = await tab.evaluate(() => [...document.querySelectorAll('[data-case] > :first-child')].map((t) => t.getBoundingClientRect().height));
    assert.ok(heights.every((h) => h > 100), `every case is reserved (${heights.join(', ')})`);
    await tab.close();
  });

  test('a link the script does not replace with a widget of known height stays an ordinary link', async () => {
    const tab = await openPage(browser, { width: 1024, height: 800 });
    await tab.goto(pageUrl(page()), { waitUntil: 'load' });
    const seen = await tab.evaluate(() =>
      [...document.querySelectorAll('[data-ordinary]')].map((section) => {
        const links = [...section.querySelectorAll('a')];
        return {
          display: links.map((a) => getComputedStyle(a).display),
          floats: links.map((a) => getComputedStyle(a, '::before').float),
          inPlace: section.querySelector('#in-place')?.getBoundingClientRect().height,
          quote: section.querySelector('blockquote')?.getBoundingClientRect().height,
          tag: section.querySelector('khojaly-facts')?.getBoundingClientRect().height,
        };
      }),
    );
    const tagHeight = await tab.evaluate(() => document.querySelector('[data-case="0"] > khojaly-facts').getBoundingClientRect().height);
    ordinary.forEach(([name], i) => {
      const { display, floats, inPlace, quote, tag } = seen[i];
      // (WebKit's WebDriver hands back an undefined as null.)
      if (inPlace != null) {
        assert.equal(inPlace, tagHeight, `${name}: the link reserves the widget's height`);
        assert.ok(quote > inPlace && quote < inPlace + 200, `${name}: the blockquote keeps its own box around it (${quote} px)`);
        return;
      }
      assert.deepEqual(display, ['inline'], `${name}: the link is inline`);
      assert.deepEqual(floats, ['none'], `${name}: no reserving float`);
      if (tag != null) assert.equal(tag, tagHeight, `${name}: the tag reserves what a bare tag does`);
    });
    await tab.close();
  });

  test('with JavaScript off, every link is an ordinary link', { skip: engine !== 'chromium' && 'only Chromium can turn scripts off for a page (the others block them by CSP: scripting stays enabled)' }, async () => {
    const tab = await openPage(browser, { width: 1024, height: 800, javaScriptEnabled: false });
    await tab.goto(pageUrl(page()), { waitUntil: 'load' });
    const seen = await tab.evaluate(() => ({
      links: [...document.querySelectorAll('a')].map((a) => getComputedStyle(a).display),
      quotes: [...document.querySelectorAll('blockquote')].map((q) => getComputedStyle(q, '::before').content),
    }));
    assert.deepEqual(new Set(seen.links), new Set(['inline']));
    assert.deepEqual(new Set(seen.quotes), new Set(['none']));
    await tab.close();
  });
});

/** The shadow tree as a reader and a stylesheet see it: elements, attributes and text; no styles or markers. */
function shape(host) {
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data.replace(/\s+/g, ' ').trim() || null;
    if (node.nodeType !== Node.ELEMENT_NODE || node.localName === 'style') return null;
    const attributes = [...node.attributes].map((a) => `${a.name}=${a.value.replace(/\s+/g, ' ').trim()}`).sort();
    return [node.localName, attributes.join(' '), ...[...node.childNodes].map(walk).filter((c) => c !== null)];
  };
  return [...host.shadowRoot.childNodes].map(walk).filter((c) => c !== null);
}

describe('a snippet taken over by the script', { skip: !built && 'run `npm run build` first' }, () => {
  const cases = [
    ['khojaly-facts', {}],
    ['khojaly-facts', { group: 'all', layout: 'list', heading: 'Figures' }],
    ['khojaly-facts', { layout: 'inline' }],
    ['recognition-list', { layout: 'columns' }],
    ['recognition-list', { kind: 'massacre', layout: 'inline' }],
    ['statement-quote', {}],
    ['statement-quote', { paragraph: '2', sentence: '1', variant: 'pull' }],
    ['statement-quote', { quote: 'anniversary', variant: 'inline' }],
  ];
  for (const [tag, a] of cases) {
    test(`<${tag}${attrs(a)}> is the same before and after the script, and as the browser renders it`, async () => {
      const serverUrl = pageUrl(
        article({ widgetsHtml: [renderSnippet(tag, a)] }).replace('<script>window.__before', `<script>window.__shape = (${shape})(document.querySelector('${tag}'));\nwindow.__before`),
      );
      const clientUrl = pageUrl(article({ widgetsHtml: [`<${tag}${attrs(a)}></${tag}>`] }));
      const tab = await openPage(browser);
      await tab.goto(serverUrl, { waitUntil: 'load' });
      await tab.waitForFunction((t) => document.querySelector(t).matches(':defined') && document.querySelector(t).shadowRoot.adoptedStyleSheets.length, {}, tag);
      // The one deliberate difference: the snippet hides buttons (keeping their place) until the script runs.
      const serverShape = JSON.parse(JSON.stringify(await tab.evaluate(() => window.__shape)).replace(/"hidden= (part=copy-button)/g, '"$1'));

      const takenOver = await tab.evaluate(`(${shape})(document.querySelector('${tag}'))`);
      await tab.goto(clientUrl, { waitUntil: 'load' });
      await tab.waitForFunction((t) => document.querySelector(t).shadowRoot?.querySelector('[part=base]'), {}, tag);
      const clientShape = await tab.evaluate(`(${shape})(document.querySelector('${tag}'))`);
      assert.ok(JSON.stringify(serverShape).length > 200, 'the snippet had content before the script');
      assert.deepEqual(takenOver, serverShape, 'taking over changed nothing');
      assert.deepEqual(clientShape, serverShape, 'the snippet is what the browser renders');
      assert.deepEqual(tab.errors, []);
      await tab.close();
    });
  }
});
