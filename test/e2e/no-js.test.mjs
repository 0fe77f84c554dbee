// SPDX-License-Identifier: MIT
// Server-rendered snippets: a reader with JavaScript off sees the real content with its attribution, on
// screen and on paper; the snippet command is deterministic and says clearly what it cannot render.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import { emulateMedia, launch, openPage, root, serve } from './harness.mjs';

const { renderSnippet } = await tsImport('../../src/ssr/render.ts', import.meta.url);
const statement = JSON.parse(readFileSync(`${root}data/statement.json`, 'utf8'));
const issuer = statement.document.issuer;
const quote = (id) => statement.quotes.find((q) => q.id === id).source.phrase;
const pageStyles = `${root}khojaly-widgets.css`;

const page = (body, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Khojaly</title>${head}</head>
<body style="font: 16px Arial, 'Liberation Sans', sans-serif; max-width: 720px; margin: 1em auto">
<h1>Khojaly, 26 February 1992</h1>
${body}
<p>Text after the widgets.</p>
</body></html>`;

/** The text a reader sees in each widget: rendered text only (a closed disclosure's quotes are not seen). */
const seenText = (tab) =>
  tab.$$eval('khojaly-facts, recognition-list, statement-quote', (hosts) =>
    hosts.map((host) => {
      const content = host.shadowRoot?.querySelector('[part=base]') ?? host.querySelector('[part=base]');
      return content ? content.innerText.replace(/\s+/g, ' ').trim() : '';
    }),
  );

let browser;
let server;
before(async () => {
  server = await serve({
    routes: {
      '/shadow.html': page(
        [renderSnippet('khojaly-facts'), renderSnippet('recognition-list', { kind: 'genocide' }), renderSnippet('statement-quote', { quote: 'impunity' })].join('\n'),
      ),
      '/light.html': page(
        [renderSnippet('facts', {}, { form: 'light' }), renderSnippet('recognitions', { kind: 'genocide' }, { form: 'light' }), renderSnippet('quote', { quote: 'impunity' }, { form: 'light' })].join('\n'),
        '<link rel="stylesheet" href="/khojaly-widgets.css">',
      ),
      '/light-unstyled.html': page(renderSnippet('quote', { quote: 'impunity' }, { form: 'light' })),
      '/chart.html': page(renderSnippet('khojaly-chart')),
    },
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('a page of snippets with JavaScript disabled', () => {
  for (const [form, path] of [
    ['Declarative Shadow DOM', '/shadow.html'],
    ['light-DOM', '/light.html'],
  ]) {
    test(`shows the figures, the list and the quote, each attributed (${form} form)`, async () => {
      const tab = await openPage(browser, { javaScriptEnabled: false });
      await tab.goto(`${server.url}${path}`);
      assert.equal(await tab.evaluate(() => customElements.get('khojaly-facts')), undefined, 'no widget script ran');
      const [facts, recognitions, quoted] = await seenText(tab);

      assert.match(facts, /peaceful civilians of Azerbaijan murdered 613 of whom 63 children, 106 women, and 70 elderly people/);
      assert.match(facts, /people taken hostage 1,275/);
      const genocide = statement.recognitions.filter((r) => r.kind === 'genocide' && r.body === 'parliament');
      for (const r of genocide) assert.ok(recognitions.includes(r.country), `the list names ${r.country}`);
      assert.ok(quoted.includes(quote('impunity')), 'the quote is shown verbatim');
      assert.match(quoted, /Sabina Aliyeva, The Commissioner for Human Rights \(Ombudsman\) of the Republic of Azerbaijan, statement of February 22, 2021, paragraph 11/);
      for (const text of [facts, recognitions]) assert.ok(text.endsWith(`Source: ${issuer}, statement of February 22, 2021`), 'attribution shown');
      assert.ok(!quoted.includes('Copy with citation'), 'no button that cannot work yet');
      await tab.close();
    });
  }

  test('the light-DOM form is legible without the page stylesheet, and hides the copy button that cannot work', async () => {
    const tab = await openPage(browser, { javaScriptEnabled: false });
    await tab.goto(`${server.url}/light-unstyled.html`);
    const [quoted] = await seenText(tab);
    assert.ok(quoted.includes(quote('impunity')));
    assert.ok(quoted.includes('Sabina Aliyeva'));
    assert.ok(!quoted.includes('Copy with citation'), 'a button that does nothing without JavaScript is not shown');
    await tab.close();
  });

  test('the light-DOM form with the page stylesheet is as tall as the widget it stands for', async () => {
    const tab = await openPage(browser, { javaScriptEnabled: false });
    await tab.goto(`${server.url}/light.html`);
    const light = await tab.$$eval('khojaly-facts, recognition-list, statement-quote', (els) => els.map((e) => e.getBoundingClientRect().height));
    await tab.goto(`${server.url}/shadow.html`);
    const shadow = await tab.$$eval('khojaly-facts, recognition-list, statement-quote', (els) => els.map((e) => e.getBoundingClientRect().height));
    assert.deepEqual(light, shadow);
    await tab.close();
  });

  test('prints every figure, the list and the quote with their attribution, without the copy button', async (t) => {
    const tab = await openPage(browser, { javaScriptEnabled: false });
    await tab.goto(`${server.url}/shadow.html`);
    if (!(await emulateMedia(tab, { media: 'print' }))) {
      await tab.close();
      return t.skip('this engine\'s driver cannot emulate print');
    }
    const [facts, recognitions, quoted] = await seenText(tab);
    assert.match(facts, /613 of whom 63 children, 106 women, and 70 elderly people/);
    assert.ok(recognitions.includes('Mexico'));
    assert.ok(quoted.includes(quote('impunity')));
    for (const text of [facts, recognitions]) assert.ok(text.includes(`Source: ${issuer}, statement of February 22, 2021`));
    assert.ok(quoted.includes('statement of February 22, 2021, paragraph 11'));
    assert.ok(!quoted.includes('Copy with citation'));
    const printed = await tab.$eval('khojaly-facts', (host) => getComputedStyle(host.shadowRoot.querySelector('.root')).color);
    assert.equal(printed, 'rgb(0, 0, 0)', 'black text on paper');
    await tab.close();
  });

  test('prints the verbatim source sentences of closed disclosures', async (t) => {
    const tab = await openPage(browser, { javaScriptEnabled: false });
    await tab.goto(`${server.url}/shadow.html`);
    if (!(await emulateMedia(tab, { media: 'print' }))) {
      await tab.close();
      return t.skip('this engine\'s driver cannot emulate print');
    }
    const [facts] = await seenText(tab);
    const killed = statement.figures.find((f) => f.id === 'killed');
    assert.ok(facts.includes(killed.source.phrase));
    await tab.close();
  });
});

describe('renderSnippet and npm run snippet', () => {
  const run = promisify(execFile);
  const snippet = (...args) => run(`${root}node_modules/.bin/tsx`, [`${root}src/ssr/cli.ts`, 'snippet', ...args], { cwd: root });

  test('give the same bytes for the same widget, every time', async () => {
    const first = renderSnippet('khojaly-facts', { group: '2020', layout: 'list' });
    assert.equal(renderSnippet('facts', { group: '2020', layout: 'list' }), first);
    const { stdout } = await snippet('khojaly-facts', 'group=2020', 'layout=list');
    assert.equal(stdout, `${first}\n`);
  });

  test('carry the styles and the attribution inside the declarative shadow root', () => {
    const html = renderSnippet('recognition-list');
    // The host carries what the author wrote and the snippet marker, nothing the widget added (no defaults).
    assert.match(html, /^<recognition-list data-khojaly-snippet><template shadowroot="open" shadowrootmode="open"><style>/);
    assert.match(html, /--khojaly-color-accent/);
    assert.match(html, new RegExp(`<figcaption part="attribution" class="attribution">.*<cite>(<!--[^>]*-->)*${issuer.replace(/[()]/g, '\\$&')}`, 's'));
    assert.match(html, /<\/template><\/recognition-list>$/);
  });

  test('escape attribute values', () => {
    const html = renderSnippet('quote', { heading: 'Say "no" <b>&' }, { form: 'light' });
    assert.match(html, /heading="Say &quot;no&quot; &lt;b&gt;&amp;"/);
    assert.match(html, /<h2 part="heading">Say &quot;no&quot; &lt;b&gt;&amp;<\/h2>/);
  });

  test('the both form puts a plain copy beside the shadow root, for reader modes and feed readers', () => {
    const html = renderSnippet('quote', { quote: 'casualties' }, { form: 'both' });
    assert.match(html, /<\/template><figure part="base"/);
    assert.equal(html.split(quote('casualties')).length - 1, 2);
  });

  test('an unknown widget fails with the accepted names', async () => {
    assert.throws(() => renderSnippet('khojaly-fact'), /"khojaly-fact" is not a khojaly widget\. Use one of: .*khojaly-facts \(facts\), recognition-list \(recognitions\), .*statement-quote \(quote\)/);
    await assert.rejects(snippet('khojaly-fact'), (error) => error.code === 2 && /is not a khojaly widget/.test(error.stderr));
  });

  test('a bad value warns once on stderr and renders the default, as the widget does in a browser', async () => {
    const { stdout, stderr } = await snippet('facts', 'group=1993');
    assert.equal(stderr.trim(), '<khojaly-facts> group="1993" is not valid. Use one of: khojaly-1992, 2020, recognition, years, all. Showing group="khojaly-1992".');
    assert.match(stdout, /data-figure="killed"/);
  });

  test('an attribute the widget does not have is named on stderr', async () => {
    const { stderr } = await snippet('facts', 'grup=2020');
    assert.match(stderr, /<khojaly-facts> has no attribute "grup"; it is kept but changes nothing\. Its attributes: .*group/);
  });

  test('the page stylesheet exists for the light form and the reservations', () => {
    assert.match(readFileSync(pageStyles, 'utf8'), /khojaly-facts:not\(:defined\)/);
  });
});

describe('the chart as a snippet', () => {
  test('shows its bars to scale and every figure with JavaScript off', async () => {
    const tab = await openPage(browser, { javaScriptEnabled: false });
    await tab.goto(`${server.url}/chart.html`, { waitUntil: 'load' });
    const { text, bars } = await tab.$eval('khojaly-chart', (host) => ({
      text: host.shadowRoot.textContent.replace(/\s+/g, ' '),
      bars: [...host.shadowRoot.querySelectorAll('svg rect')].map((r) => r.getBoundingClientRect().width).filter((w) => w > 0),
    }));
    for (const n of ['613', '63', '106', '70', '1,275', '150', '68', '26']) assert.ok(text.includes(n), `the chart states ${n}`);
    assert.ok(text.includes(issuer), 'attributed');
    assert.ok(bars.length >= 8, `bars are drawn without JavaScript (${bars.length})`);
  });
});
