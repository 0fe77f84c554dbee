// SPDX-License-Identifier: MIT
// Every build output loaded the way its users load it: plain pages served from dist/ by a static server,
// in the engine under test (see harness.mjs). Run `npm run build` first (npm test does).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { registry } from '../../dist/registry.js';
import { launch, openPage, root, serve, shadowText } from './harness.mjs';

const page = (body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>embed test</title>${head}</head><body>${body}</body></html>`;
const tags = '<khojaly-facts></khojaly-facts><recognition-list></recognition-list><statement-quote></statement-quote>';
const attribution = 'Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan';

/** Text of the three widgets once they have rendered. */
async function widgetTexts(p, selectors = ['khojaly-facts', 'recognition-list', 'statement-quote']) {
  await p.waitForFunction((sels) => sels.every((s) => document.querySelector(s)?.shadowRoot?.textContent.includes('Source')
    || document.querySelector(s)?.shadowRoot?.textContent.includes('Sabina Aliyeva')), { timeout: 10000 }, selectors);
  return Promise.all(selectors.map((s) => shadowText(p, s)));
}

const warnings = (p) => p.logs.filter((l) => l.type === 'warn' || l.type === 'warning').map((l) => l.text);
const problems = (p) => [...p.errors, ...p.logs.filter((l) => l.type === 'error').map((l) => l.text)];

describe('distribution: each embed form in a plain page served from dist/', () => {
  let server;
  let browser;
  const routes = {};
  before(async () => {
    assert.ok(existsSync(`${root}dist/cdn/khojaly-widgets.js`), 'dist/ is missing: run npm run build');
    // A second copy of the bundle that says it is another version, for the double-load test.
    routes['/other-version.js'] = readFileSync(`${root}dist/cdn/khojaly-widgets.js`, 'utf8').replaceAll('"0.1.0"', '"9.9.9"').replaceAll("'0.1.0'", "'9.9.9'").replaceAll('`0.1.0`', '`9.9.9`');
    server = await serve({ routes });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Whether the upgrade of the sanitizer-safe forms was fetched since the given point of the server's log. */
  const upgradeFetched = (since) => server.requests.slice(since).some((r) => new URL(r.url).pathname === '/dist/cdn/khojaly-upgrade.js');

  async function open(path, html, options) {
    routes[path] = html;
    const p = await openPage(browser, options);
    await p.goto(`${server.url}${path}`, { waitUntil: 'load' });
    return p;
  }

  it('1. tags + one <script type="module"> renders all three, attributed', async () => {
    const p = await open('/module.html', page(tags, '<script type="module" src="/dist/cdn/khojaly-widgets.js"></script>'));
    const [facts, list, quote] = await widgetTexts(p);
    assert.match(facts, /peaceful civilians of Azerbaijan murdered 613/);
    assert.match(list, /Recognized as genocide.*Mexico/);
    assert.match(quote, /I therefore call on the international organizations/);
    for (const text of [facts, list]) assert.ok(text.includes(attribution));
    assert.ok(quote.includes('Sabina Aliyeva'));
    assert.deepEqual(problems(p), []);
    assert.deepEqual(warnings(p), []);
  });

  it('2. tags + one classic <script src defer> renders all three', async () => {
    const p = await open('/classic.html', page(tags, '<script src="/dist/cdn/khojaly-widgets.classic.js" defer></script>'));
    const [facts, list, quote] = await widgetTexts(p);
    assert.match(facts, /1,275/);
    assert.match(list, /Condemned as a massacre/);
    assert.match(quote, /Sabina Aliyeva/);
    assert.deepEqual(problems(p), []);
  });

  it('3. the sanitizer-safe <div data-khojaly-widget> form is upgraded in place, with its data-* options; so is a link, by the classic script', async () => {
    const body = `<div id="a" data-khojaly-widget="facts" data-group="2020" data-layout="list"><p>613 …</p></div>
      <div id="b" data-khojaly-widget="recognitions" data-kind="massacre"></div>
      <div id="c" data-khojaly-widget="statement-quote" data-paragraph="2" data-sentence="1"></div>
      <p id="d"><a href="/dist/embed/khojaly-chart.html?group=2020">Khojaly figures as a chart</a></p>`;
    const p = await open('/divs.html', page(body, '<script src="/dist/cdn/khojaly-widgets.classic.js" defer></script>'));
    const [facts, list, quote] = await widgetTexts(p, ['#a > khojaly-facts', '#b > recognition-list', '#c > statement-quote']);
    assert.match(facts, /Azerbaijani civilians killed 94/);
    assert.equal(await p.$eval('#a > khojaly-facts', (el) => el.getAttribute('layout')), 'list');
    assert.equal(await p.$eval('#a', (div) => div.textContent.includes('613 …')), false, 'the fallback content is replaced');
    assert.ok(!list.includes('Recognized as genocide'));
    assert.match(list, /Condemned as a massacre/);
    assert.match(quote, /^“?On this day 29 years ago/);
    // The classic script carries the upgrade and finds the embed pages beside itself (dist/cdn/ → dist/embed/).
    const [chart] = await widgetTexts(p, ['#d > khojaly-chart']);
    assert.match(chart, /94/);
    assert.deepEqual(problems(p), []);
  });

  it('3b. divs added later (a lazy CMS block) are upgraded; an unknown widget name warns once and is left alone', async () => {
    const since = server.requests.length;
    const p = await open('/late-divs.html', page('<main></main>', '<script type="module" src="/dist/cdn/khojaly-widgets.js"></script>'));
    await p.waitForFunction(() => customElements.get('khojaly-facts'));
    // The upgrade is fetched from beside the bundle only once the page has something to upgrade.
    assert.ok(!upgradeFetched(since), 'a page with nothing to upgrade does not fetch khojaly-upgrade.js');
    await p.evaluate(() => {
      document.querySelector('main').insertAdjacentHTML('beforeend', '<div id="late" data-khojaly-widget="facts" data-figures="hostages"></div><div id="bad" data-khojaly-widget="weather">kept</div>');
    });
    const [facts] = await widgetTexts(p, ['#late > khojaly-facts']);
    assert.match(facts, /people taken hostage 1,275/);
    assert.equal(await p.$eval('#bad', (d) => d.textContent), 'kept');
    const w = warnings(p);
    assert.equal(w.length, 1, w.join('\n'));
    assert.match(w[0], /data-khojaly-widget="weather".*Use one of: facts \(khojaly-facts\)/);
    assert.ok(upgradeFetched(since), 'the divs made the page fetch khojaly-upgrade.js');
  });

  it("3c. one element's own bundle: a link to a widget's page added later becomes the widget", async () => {
    const since = server.requests.length;
    // An ordinary link, and a widget's own fallback link inside its tag (as the WordPress plugin prints it).
    const body = '<main><p><a href="/elsewhere.html">another page</a></p><khojaly-facts group="2020"><p><a href="/dist/embed/khojaly-facts.html?group=2020">Khojaly figures</a></p></khojaly-facts></main>';
    const p = await open('/late-link.html', page(body, '<script type="module" src="/dist/cdn/khojaly-facts.js"></script>'));
    await p.waitForFunction(() => customElements.get('khojaly-facts'));
    await p.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    assert.ok(!upgradeFetched(since), 'neither makes the page fetch khojaly-upgrade.js');
    await p.evaluate(() => {
      document.querySelector('main').insertAdjacentHTML('beforeend', '<p><a id="late" href="/dist/embed/khojaly-facts.html?group=2020">Khojaly figures</a></p>');
    });
    const [facts] = await widgetTexts(p, ['main > p > khojaly-facts']);
    assert.match(facts, /Azerbaijani civilians killed 94/);
    assert.equal(await p.$('#late'), null, 'the link was replaced');
    assert.equal(await p.$$eval('main khojaly-facts', (all) => all.length), 2, 'the tag’s own fallback link was left alone');
    assert.equal(await p.$eval('a[href="/elsewhere.html"]', (a) => a.isConnected), true, 'the other link is left alone');
    assert.ok(upgradeFetched(since));
    assert.deepEqual(problems(p), []);
  });

  it('3d. the module bundle exports the upgrade functions: allowLinkBases names another folder of embed pages', async () => {
    const body = '<main><p><a id="mirror" href="/mirror/embed/khojaly-facts.html?group=2020">Khojaly figures, from a mirror</a></p></main>';
    const script = `<script type="module">
      import { allowLinkBases, upgradeLinks } from '/dist/cdn/khojaly-widgets.js';
      await allowLinkBases('/mirror/embed/');
      await upgradeLinks();
    </script>`;
    const p = await open('/mirror-link.html', page(body, script));
    const [facts] = await widgetTexts(p, ['main khojaly-facts']);
    assert.match(facts, /Azerbaijani civilians killed 94/);
    assert.equal(await p.$('#mirror'), null);
    assert.deepEqual(problems(p), []);
  });

  it('4. the iframe form sizes itself to its content through resize.js, with no scrollbar', async () => {
    const body = `<iframe id="f" src="/dist/embed/khojaly-facts.html?group=2020&layout=list" title="Khojaly figures" style="width:100%;border:0" height="150"></iframe>`;
    const p = await open('/iframe.html', page(body, '<script src="/dist/embed/resize.js" defer></script>'), { width: 800 });
    const frame = await (await p.$('#f')).contentFrame();
    await frame.waitForFunction(() => document.querySelector('khojaly-facts')?.shadowRoot?.textContent.includes('3,410'));
    await p.waitForFunction(() => {
      const f = document.getElementById('f');
      const content = f.contentDocument.documentElement.getBoundingClientRect().height;
      return Math.abs(f.getBoundingClientRect().height - content) <= 1;
    }, { timeout: 5000 });
    const { frameHeight, scroll, client } = await p.$eval('#f', (f) => ({
      frameHeight: f.getBoundingClientRect().height,
      scroll: f.contentDocument.documentElement.scrollHeight,
      client: f.contentDocument.documentElement.clientHeight,
    }));
    assert.ok(frameHeight > 300, `iframe grew to ${frameHeight}px`);
    assert.ok(scroll <= client, `no scrollbar (${scroll} <= ${client})`);
    assert.equal(await frame.title(), "Khojaly figures from the Ombudsman of Azerbaijan's statement of 22 February 2021");
    assert.deepEqual(problems(p), []);
  });

  it('4b. the iframe page renders inside a sandbox without allow-same-origin, as AMP frames it', async () => {
    const body = `<iframe id="f" sandbox="allow-scripts" src="/dist/embed/statement-quote.html?quote=impunity" title="A quote" style="width:100%;border:0" height="300"></iframe>`;
    const p = await open('/sandboxed.html', page(body), { width: 800 });
    const frame = await (await p.$('#f')).contentFrame();
    await frame.waitForFunction(() => document.querySelector('statement-quote')?.shadowRoot?.textContent.includes('Lack of adequate reaction'), { timeout: 10000 });
    assert.deepEqual(problems(p), []);
  });

  it('5. loading the library twice (module + classic) is silent; another version warns once', async () => {
    const twice = await open('/twice.html', page(tags, '<script type="module" src="/dist/cdn/khojaly-widgets.js"></script><script src="/dist/cdn/khojaly-widgets.classic.js" defer></script>'));
    await widgetTexts(twice);
    assert.deepEqual(problems(twice), []);
    assert.deepEqual(warnings(twice), []);

    const other = await open('/versions.html', page(tags, '<script type="module" src="/dist/cdn/khojaly-widgets.js"></script><script type="module" src="/other-version.js"></script>'));
    await widgetTexts(other);
    await other.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    assert.deepEqual(problems(other), []);
    const w = warnings(other);
    assert.equal(w.length, 1, w.join('\n'));
    assert.match(w[0], /khojaly-widgets 9\.9\.9 was loaded on a page that already has khojaly-widgets 0\.1\.0/);
  });

  it('6. elements inserted after load (a single-page app) upgrade by themselves', async () => {
    const p = await open('/spa.html', page('<div id="app"></div>', '<script type="module" src="/dist/cdn/khojaly-widgets.js"></script>'));
    await p.waitForFunction(() => customElements.get('statement-quote'));
    await p.evaluate(() => {
      const q = document.createElement('statement-quote');
      q.setAttribute('quote', 'crime-against-humanity');
      document.getElementById('app').append(q);
    });
    const [quote] = await widgetTexts(p, ['statement-quote']);
    assert.match(quote, /a crime committed not only against Azerbaijani people/);
  });

  it('7. the npm build: classes import without registering any tag, and register under any name', async () => {
    const importMap = JSON.stringify({
      imports: {
        lit: '/node_modules/lit/index.js',
        'lit/': '/node_modules/lit/',
        'lit-html': '/node_modules/lit-html/lit-html.js',
        'lit-html/': '/node_modules/lit-html/',
        'lit-element/': '/node_modules/lit-element/',
        '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
        '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
      },
    });
    routes['/npm.js'] = `import { KhojalyFacts, statement } from '/dist/index.js';
      window.result = { defined: !!customElements.get('khojaly-facts'), figures: statement.figures.length };
      customElements.define('my-facts', class extends KhojalyFacts {});
      document.body.append(document.createElement('my-facts'));`;
    const p = await open('/npm.html', page('', `<script type="importmap">${importMap}</script><script type="module" src="/npm.js"></script>`));
    await p.waitForFunction(() => window.result);
    const result = await p.evaluate(() => window.result);
    assert.equal(result.defined, false, 'importing the classes registers nothing');
    assert.ok(result.figures > 20);
    const [facts] = await widgetTexts(p, ['my-facts']);
    assert.match(facts, /613/);
    assert.deepEqual(problems(p), []);
  });

  it('8. one element\'s CDN bundle works alone, and with its sanitizer-safe div', async () => {
    const p = await open('/single.html', page('<statement-quote quote="impunity"></statement-quote><div id="d" data-khojaly-widget="quote" data-variant="pull"></div>', '<script type="module" src="/dist/cdn/statement-quote.js"></script>'));
    const [a, b] = await widgetTexts(p, ['statement-quote', '#d > statement-quote']);
    assert.match(a, /Lack of adequate reaction/);
    assert.match(b, /I therefore call on/);
    assert.equal(await p.evaluate(() => !!customElements.get('khojaly-facts')), false);
    assert.deepEqual(problems(p), []);
  });

  // Each element's own bundle carries only the statement's collections it shows (the registry's `data`):
  // a collection missing there would show "nothing to show", or less, where the full bundle shows it.
  it('8b. every element\'s own bundle shows what the full bundle shows, in each of its lists', async () => {
    const variants = { 'statement-list': ['list="instruments"', 'list="addressees"'], 'khojaly-facts': ['group="all"'], 'statement-quote': ['paragraph="5"'] };
    for (const { tag } of registry) {
      for (const attributes of ['', ...(variants[tag] ?? [])]) {
        const widget = `<${tag} ${attributes}></${tag}>`;
        const texts = [];
        for (const bundle of [`${tag}.js`, 'khojaly-widgets.js']) {
          const p = await open(`/own-${tag}-${texts.length}.html`, page(widget, `<script type="module" src="/dist/cdn/${bundle}"></script>`));
          texts.push((await widgetTexts(p, [tag]))[0]);
          assert.deepEqual([...problems(p), ...warnings(p)], [], `${widget} from ${bundle}`);
          await p.close();
        }
        assert.equal(texts[0], texts[1], `${widget}: its own bundle shows what the full bundle shows`);
      }
    }
  });

  it('9. zod is loaded only when a widget is pointed at another statement, also from the classic script', async () => {
    const statement = JSON.parse(readFileSync(`${root}data/statement.json`, 'utf8'));
    statement.document.issuer = 'Commissaire aux droits de l’homme (Ombudsman) de la République d’Azerbaïdjan';
    routes['/statements/fr.json'] = JSON.stringify(statement);
    for (const script of ['<script src="/dist/cdn/khojaly-widgets.classic.js" defer></script>', '<script type="module" src="/dist/cdn/khojaly-widgets.js"></script>']) {
      const since = server.requests.length;
      const plain = await openPage(browser);
      routes['/plain.html'] = page(tags, script);
      await plain.goto(`${server.url}/plain.html`, { waitUntil: 'networkidle0' });
      await widgetTexts(plain);
      // What reached the server: the page and its script, and no validator.
      const requested = server.requests.slice(since).map((r) => r.path);
      assert.ok(requested.some((p) => p.startsWith('/dist/cdn/khojaly-widgets')), `the script was fetched: ${requested.join(', ')}`);
      assert.ok(!requested.some((p) => p.includes('validate')), `no validator without src: ${requested.join(', ')}`);

      const external = await open('/external.html', page('<khojaly-facts src="/statements/fr.json"></khojaly-facts>', script));
      await external.waitForFunction(() => document.querySelector('khojaly-facts')?.shadowRoot?.textContent.includes('Commissaire aux droits'), { timeout: 10000 });
      assert.deepEqual(problems(external), []);
      assert.deepEqual(warnings(external), []);
    }
  });
});
