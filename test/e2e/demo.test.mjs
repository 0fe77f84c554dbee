// SPDX-License-Identifier: MIT
// The demo as an editor uses it: open the builder, pick options, copy the code, paste it into a blank page
// served from the built files, and get the same widget. The theme playground's CSS gives the same colours;
// the pages pass axe and fit a 360 px phone. Run: node --test test/e2e/demo.test.mjs
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { build, createServer } from 'vite';
import { capturePrelude, emulateMedia, engine, launch, openPage, root, serve, shadowText } from './harness.mjs';

/** Records what the demo copies instead of touching the real clipboard; runs before the demo's scripts. */
function stubClipboard() {
  window.__copied = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (text) => void window.__copied.push(text) },
  });
}

/**
 * WebKit's driver cannot run a script before a page's own: there, Vite puts the harness's capture script and
 * the clipboard stub first in every demo page instead.
 */
const preludeForWebKit = {
  name: 'khojaly-e2e-webkit-prelude',
  transformIndexHtml: () => [{ tag: 'script', children: `${capturePrelude}\n(${stubClipboard})();`, injectTo: 'head-prepend' }],
};

/** A heading an attacker (or a careless paste) might type: it must come out as text, everywhere. */
const hostile = `"><img src=x onerror="window.__pwned=1">'$(echo pwned)\`id\`</khojaly-facts><script>window.__pwned=1</script>&amp; ok`;

let vite; // the demo, from Vite's dev server, as `npm start` serves it
let demoUrl;
let files; // the project's files (the built dist/ among them), as a CDN would serve them
let blankHtml = '';
let browser;

before(async () => {
  const needed = ['dist/cdn/khojaly-widgets.js', 'dist/cdn/khojaly-widgets.classic.js', 'dist/embed/resize.js', 'dist/embed/khojaly-facts.html'];
  if (needed.some((f) => !existsSync(`${root}${f}`))) {
    execFileSync(`${root}node_modules/.bin/tsx`, ['tools/build.ts'], { cwd: root, stdio: 'inherit' });
  }
  // No file watching and no live reload: other work in the checkout must not reload a page mid-test.
  const server = { port: 0, host: '127.0.0.1', hmr: false, watch: null };
  vite = await createServer({ root, configFile: `${root}vite.config.ts`, logLevel: 'error', server, plugins: engine === 'webkit' ? [preludeForWebKit] : [] });
  await vite.listen();
  demoUrl = vite.resolvedUrls.local[0];
  files = await serve({ routes: { '/blank.html': () => blankHtml }, webkitPrelude: `(${stubClipboard})();` });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await files?.close();
  await vite?.close();
});

/** A page that records what is copied instead of touching the real clipboard. */
async function demoPage(path = 'demo/', { width = 1280, height = 900 } = {}) {
  const page = await openPage(browser, { width, height });
  if (engine !== 'webkit') await page.evaluateOnNewDocument(stubClipboard);
  await page.goto(new URL(path, demoUrl).href, { waitUntil: 'networkidle0' });
  return page;
}

/** Waits for the preview's widget to have rendered, and lets the code catch up with its height. */
async function settled(page, selector = '#preview > *') {
  await page.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector('.root'), {}, selector);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Waits until every widget in the page's main content has rendered. */
const widgetsRendered = (page) =>
  page.waitForFunction(() => {
    const widgets = [...document.querySelectorAll('main *')].filter((el) => el.localName.includes('-'));
    return widgets.length > 0 && widgets.every((w) => w.shadowRoot?.querySelector('.root'));
  });

async function choose(page, attribute, value) {
  await page.select(`#attr-${attribute}`, value);
  await settled(page);
}

async function typeInto(page, selector, value, event = 'input') {
  await page.$eval(
    selector,
    (el, v, e) => {
      el.value = v;
      el.dispatchEvent(new Event(e, { bubbles: true }));
    },
    value,
    event,
  );
  await settled(page);
}

async function pickPlatform(page, id) {
  await page.click(`input[name="platform"][value="${id}"]`);
  await page.waitForSelector(`#code-0[data-platform="${id}"]`);
}

/** Clicks every copy button of the code pane; returns what each put on the clipboard, checking the confirmation. */
async function copyAll(page) {
  const buttons = await page.$$('#code button.copy');
  assert.ok(buttons.length > 0, 'the code pane has copy buttons');
  const copied = [];
  for (const button of buttons) {
    const before = await page.evaluate(() => window.__copied.length);
    await button.click();
    await page.waitForFunction((n) => window.__copied.length > n, {}, before);
    copied.push(await page.evaluate(() => window.__copied.at(-1)));
    assert.match(await button.evaluate((b) => b.textContent), /Copied/, 'the button confirms the copy');
    const shown = await button.evaluate((b) => document.getElementById(b.dataset.copy).textContent);
    assert.equal(copied.at(-1), shown, 'what is copied is what is shown');
  }
  return copied;
}

/** Opens a blank page holding `body`, served beside the built files. */
async function blankPage(body) {
  blankHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>\n${body}\n</body></html>`;
  const page = await openPage(browser, { width: 1280, height: 900 });
  await page.goto(`${files.url}/blank.html`, { waitUntil: 'networkidle0' });
  return page;
}

/** The attributes of the first element matching `selector`, as an object. */
const attributesOf = (page, selector) =>
  page.$eval(selector, (el) => Object.fromEntries([...el.attributes].filter((a) => a.name !== 'data-khojaly-upgraded').map((a) => [a.name, a.value])));

const previewAttrs = (page) => attributesOf(page, '#preview > *');
/** The attributes an editor chose: without `theme`, which the widgets reflect even when it was not set. */
const chosen = ({ theme: _theme, ...rest }) => rest;

describe('the embed builder', () => {
  test('the start command’s address opens the builder, offering every registered widget', async () => {
    const page = await demoPage('/');
    assert.match(await page.url(), /\/demo\/(\?|$)/);
    assert.equal(await page.$eval('h1', (h) => h.textContent), 'Embed a widget');
    const offered = await page.$$eval('#tag option', (os) => os.map((o) => o.value));
    for (const tag of ['khojaly-facts', 'recognition-list', 'statement-quote']) assert.ok(offered.includes(tag), `offers <${tag}>`);
    const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
    const registered = await page.evaluate((ts) => ts.filter((t) => customElements.get(t)), tags);
    assert.deepEqual([...offered].sort(), [...registered].sort(), 'every element of the manifest that the page registers, and nothing else');
    assert.equal(offered[0], 'khojaly-facts', 'the builder starts with the figures');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test('code copied for each script-based platform shows the same widget, with the same options, on a blank page', async () => {
    const page = await demoPage();
    await choose(page, 'group', '2020');
    await choose(page, 'layout', 'list');
    await typeInto(page, '#attr-heading', hostile);
    await typeInto(page, '#base', `${files.url}/dist/`, 'change');
    const expected = await previewAttrs(page);
    assert.deepEqual(chosen(expected), { group: '2020', layout: 'list', heading: hostile });
    const expectedText = await shadowText(page, '#preview > khojaly-facts');
    assert.ok(expectedText.includes(hostile), 'the preview shows the heading as text');

    for (const platform of ['html', 'html-classic', 'wordpress', 'sanitizer-safe', 'link', 'drupal', 'ghost']) {
      await pickPlatform(page, platform);
      // WordPress's block, shortcode and link need the plugin: they are tested in WordPress (test/wordpress/).
      // Its last code, the Custom HTML block, is plain HTML.
      const copied = await copyAll(page);
      const code = platform === 'wordpress' ? copied.at(-1) : copied.join('\n');
      const pasted = await blankPage(code);
      await settled(pasted, 'khojaly-facts');
      assert.deepEqual(await attributesOf(pasted, 'khojaly-facts'), expected, `${platform}: same options`);
      assert.equal(await shadowText(pasted, 'khojaly-facts'), expectedText, `${platform}: same text`);
      assert.equal(await pasted.$('img'), null, `${platform}: the heading did not become markup`);
      assert.equal(await pasted.evaluate(() => window.__pwned), undefined, `${platform}: no injected script ran`);
      assert.deepEqual(pasted.errors, [], `${platform}: no errors`);
      await pasted.close();
    }
    await page.close();
  });

  test('code for a public CDN’s address of this version carries Subresource Integrity of the built files; other addresses none', async () => {
    const page = await demoPage();
    const sha384 = (file) => `sha384-${createHash('sha384').update(readFileSync(`${root}dist/${file}`)).digest('base64')}`;
    await page.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Use jsDelivr').click());
    await settled(page);
    assert.match(await page.$eval('#base', (i) => i.value), /^https:\/\/cdn\.jsdelivr\.net\/npm\/khojaly-widgets@\d+\.\d+\.\d+\/dist\/$/);
    await pickPlatform(page, 'html');
    assert.match(await page.$eval('#code-0', (c) => c.textContent), new RegExp(`<script type="module" src="[^"]+/cdn/khojaly-widgets\\.js" integrity="${sha384('cdn/khojaly-widgets.js').replace(/[+/]/g, '\\$&')}" crossorigin="anonymous"></script>`));
    await pickPlatform(page, 'html-classic');
    assert.ok((await page.$eval('#code-0', (c) => c.textContent)).includes(`integrity="${sha384('cdn/khojaly-widgets.classic.js')}" crossorigin="anonymous" defer`));
    await typeInto(page, '#base', `${files.url}/dist/`, 'change');
    assert.ok(!(await page.$eval('#code-0', (c) => c.textContent)).includes('integrity='), 'an address whose files may change gets no hash');
    await page.close();
  });

  test('the iframe code shows the same widget in a frame sized to it; AMP uses the same page', async () => {
    const page = await demoPage();
    await page.select('#tag', 'recognition-list');
    await settled(page);
    await choose(page, 'kind', 'genocide');
    await choose(page, 'layout', 'columns');
    await typeInto(page, '#attr-heading', hostile);
    await typeInto(page, '#base', `${files.url}/dist/`, 'change');
    const expected = await previewAttrs(page);
    const expectedText = await shadowText(page, '#preview > recognition-list');

    await pickPlatform(page, 'iframe');
    const [iframeCode, resizeCode] = await copyAll(page);
    assert.match(iframeCode, /^<iframe src="[^"]+" title="[^"]*" loading="lazy" style="width:100%;border:0" height="\d+"><\/iframe>$/);
    assert.equal(resizeCode, `<script src="${files.url}/dist/embed/resize.js" defer></script>`);
    const pasted = await blankPage(`${iframeCode}\n${resizeCode}`);
    const frame = await (await pasted.$('iframe[src*="/dist/embed/recognition-list.html"]'))?.contentFrame();
    assert.ok(frame, 'the iframe loads the element’s embed page');
    await settled(frame, 'recognition-list');
    assert.deepEqual(await attributesOf(frame, 'recognition-list'), expected, 'same options through the query string');
    assert.equal(await shadowText(frame, 'recognition-list'), expectedText, 'same text');
    await pasted.waitForFunction(() => {
      const f = document.querySelector('iframe');
      const inner = f.contentDocument?.documentElement.getBoundingClientRect().height;
      return inner && Math.abs(f.getBoundingClientRect().height - inner) <= 2;
    });
    assert.deepEqual(pasted.errors, []);
    await pasted.close();

    await pickPlatform(page, 'amp');
    const [head, amp] = await copyAll(page);
    assert.equal(head, '<script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script>');
    const src = (html) => /src="([^"]+)"/.exec(html)[1];
    assert.equal(src(amp), src(iframeCode), 'the same embed page and options');
    for (const part of ['layout="fixed-height"', 'sandbox="allow-scripts"', ' resizable', '<div overflow tabindex="0" role="button" aria-label="Show more">Show more</div>']) {
      assert.ok(amp.includes(part), `amp-iframe has ${part}`);
    }
    await page.close();
  });

  test('React, Vue and the server-side command carry the options, quoted for their language', async () => {
    const page = await demoPage();
    await choose(page, 'group', '2020');
    await typeInto(page, '#attr-heading', hostile);

    await pickPlatform(page, 'react');
    const [install, component] = await copyAll(page);
    assert.equal(install, 'npm install khojaly-widgets');
    assert.ok(component.startsWith("import 'khojaly-widgets/define';"));
    const jsx = /<khojaly-facts group="2020" heading=\{(.+)\} \/>/.exec(component);
    assert.ok(jsx, `a self-closing JSX tag: ${component}`);
    assert.equal(JSON.parse(jsx[1]), hostile, 'the heading is a JS string expression');

    await pickPlatform(page, 'vue');
    const [, sfc, config] = await copyAll(page);
    assert.ok(sfc.includes("import 'khojaly-widgets/define';"));
    const template = /<template>\s*([\s\S]+?)\s*<\/template>/.exec(sfc)[1];
    const parsed = await page.evaluate((html) => {
      const el = new DOMParser().parseFromString(html, 'text/html').body.firstElementChild;
      return { tag: el.localName, attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])), siblings: el.parentNode.children.length };
    }, template);
    assert.deepEqual(parsed, { tag: 'khojaly-facts', attrs: { group: '2020', heading: hostile }, siblings: 1 });
    assert.match(config, /isCustomElement: \(tag\) => widgets\.includes\(tag\)/);
    for (const tag of ['khojaly-facts', 'recognition-list', 'statement-quote']) assert.ok(config.includes(`'${tag}'`));

    await pickPlatform(page, 'snippet');
    const [npx, npmRun] = await copyAll(page);
    assert.ok(npx.startsWith('npx khojaly-widgets snippet khojaly-facts '));
    assert.ok(npmRun.startsWith('npm run --silent snippet -- khojaly-facts '));
    // The shell must hand the command exactly these arguments, running nothing of the heading.
    const args = execFileSync('sh', ['-c', `printf '%s\\n' ${npx.slice('npx khojaly-widgets snippet '.length)}`], { encoding: 'utf8' });
    assert.deepEqual(args.trimEnd().split('\n'), ['khojaly-facts', 'group=2020', `heading=${hostile}`]);
    await page.close();
  });

  test('a quote by paragraph and sentence: sentence applies only once a paragraph is chosen, and a named quote overrides both', async () => {
    const page = await demoPage('demo/?tag=statement-quote');
    await settled(page);
    assert.equal(await page.$eval('#attr-sentence', (s) => s.disabled), true, 'no sentence to pick before a paragraph');
    await choose(page, 'paragraph', '2');
    const sentences = await page.$$eval('#attr-sentence option', (os) => os.map((o) => o.value));
    assert.ok(sentences.length > 3, 'the sentences of paragraph 2 are offered');
    await choose(page, 'sentence', '3');
    await choose(page, 'variant', 'pull');
    assert.deepEqual(chosen(await previewAttrs(page)), { paragraph: '2', sentence: '3', variant: 'pull' });
    const code = await page.$eval('#code-0', (c) => c.textContent);
    assert.ok(code.includes('<statement-quote paragraph="2" sentence="3" variant="pull"></statement-quote>'), code);

    await typeInto(page, '#base', `${files.url}/dist/`, 'change');
    const [html] = await copyAll(page);
    const pasted = await blankPage(html);
    await settled(pasted, 'statement-quote');
    assert.equal(await shadowText(pasted, 'statement-quote'), await shadowText(page, '#preview > statement-quote'));
    await pasted.close();

    await choose(page, 'quote', 'casualties');
    assert.equal(await page.$eval('#attr-paragraph', (s) => s.disabled), true, 'a named quote makes paragraph moot');
    assert.deepEqual(chosen(await previewAttrs(page)), { quote: 'casualties', variant: 'pull' }, 'the preview drops what has no effect');
    assert.ok((await page.$eval('#code-0', (c) => c.textContent)).includes('<statement-quote quote="casualties" variant="pull"></statement-quote>'), 'so does the code');
    await page.close();
  });

  test('a value the widget does not know shows the widget’s own warning beside the preview', async () => {
    const page = await demoPage();
    await typeInto(page, '#attr-figures', 'killed no-such-figure');
    await page.waitForFunction(() => document.querySelector('#widget-warnings').textContent.includes('no-such-figure'));
    assert.match(await page.$eval('#widget-warnings', (w) => w.textContent), /<khojaly-facts> figures="killed no-such-figure" is not valid/);
    await page.close();
  });

  test('the options live in the address, so a gallery link opens the builder with them', async () => {
    const gallery = await demoPage('demo/gallery.html');
    const link = await gallery.$$eval('#recognition-list .variant a', (as) => as.map((a) => a.href).find((h) => h.includes('layout=columns')));
    assert.ok(link, 'the gallery links its columns variant to the builder');
    await gallery.close();
    const page = await demoPage(link);
    await settled(page);
    assert.equal(await page.$eval('#tag', (s) => s.value), 'recognition-list');
    assert.equal(await page.$eval('#attr-layout', (s) => s.value), 'columns');
    assert.ok((await page.$eval('#code-0', (c) => c.textContent)).includes('<recognition-list layout="columns">'));
    await page.close();
  });

  test('by keyboard: every control has a label, focus is visible, and a copy button confirms what it did', async () => {
    const page = await demoPage();
    const unlabelled = await page.$$eval('input, select, textarea', (els) =>
      els.filter((el) => !el.labels?.length && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby')).map((el) => el.outerHTML),
    );
    assert.deepEqual(unlabelled, []);
    await page.focus('#base');
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { copy: el.matches('button.copy'), visible: el.matches(':focus-visible'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    assert.deepEqual({ ...focused, width: focused.width > 0 }, { copy: true, visible: true, outline: 'solid', width: true });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement.textContent.includes('Copied'));
    await page.waitForFunction(() => document.getElementById('announcer').textContent === 'Copied to the clipboard.');
    assert.equal(await page.evaluate(() => window.__copied.length), 1);
    await page.close();
  });
});

describe('the theme playground', () => {
  /** What a reader sees of a widget's colours and spacing. */
  const look = (page, selector) =>
    page.$eval(selector, (el) => {
      const root = el.shadowRoot.querySelector('.root');
      const value = el.shadowRoot.querySelector('[part~="value"]');
      const r = getComputedStyle(root);
      return { text: r.color, background: r.backgroundColor, border: r.borderTopColor, padding: r.paddingTop, number: getComputedStyle(value).color, font: r.fontFamily };
    });

  async function set(page, selector, value, event = 'input') {
    await page.$eval(
      selector,
      (el, v, e) => {
        el.value = v;
        el.dispatchEvent(new Event(e, { bubbles: true }));
      },
      value,
      event,
    );
  }

  test('the copied CSS gives a blank page the colours and sizes of the preview, in light and dark', async () => {
    const page = await demoPage('demo/theme.html');
    await settled(page, '#theme-preview > khojaly-facts');
    const before = await look(page, '#theme-preview > khojaly-facts');
    await set(page, '#token-khojaly-color-accent', '#0b5cad');
    await set(page, '#token-khojaly-color-background', '#fffdf5');
    await set(page, '#token-khojaly-space', '1.5');
    await set(page, '#token-khojaly-font-family', 'Georgia, serif', 'change');
    await page.click('#theme-dark');
    await set(page, '#token-khojaly-color-accent', '#8cc4ff');
    await set(page, '#token-khojaly-color-background', '#101820');
    await page.click('button[data-copy="theme-css"]');
    const css = await page.evaluate(() => window.__copied.at(-1));
    assert.match(css, /--khojaly-color-accent: light-dark\(#0b5cad, #8cc4ff\);/);
    assert.match(css, /--khojaly-space: 1\.5em;/);

    for (const scheme of ['light', 'dark']) {
      await page.click(`#theme-${scheme}`);
      const seen = await look(page, '#theme-preview > khojaly-facts');
      const pasted = await blankPage(`<style>${css}</style>\n<khojaly-facts theme="${scheme}"></khojaly-facts>\n<script type="module" src="/dist/cdn/khojaly-widgets.js"></script>`);
      await settled(pasted, 'khojaly-facts');
      assert.deepEqual(await look(pasted, 'khojaly-facts'), seen, `${scheme}: same look`);
      await pasted.close();
      if (scheme === 'light') {
        assert.equal(seen.number, 'rgb(11, 92, 173)', 'the accent changed');
        assert.notEqual(seen.padding, before.padding, 'the spacing changed');
        assert.match(seen.font, /Georgia/);
      } else {
        assert.equal(seen.background, 'rgb(16, 24, 32)');
      }
    }
    await page.close();
  });

  test('right-to-left and a font the browser rejects', async () => {
    const page = await demoPage('demo/theme.html');
    await page.click('#dir-rtl');
    assert.equal(
      await page.$eval('#theme-preview > khojaly-facts', (el) => getComputedStyle(el.shadowRoot.querySelector('.root')).direction),
      'rtl',
    );
    await set(page, '#token-khojaly-font-family', 'x; } body { display: none', 'change');
    assert.match(await page.$eval('#token-khojaly-font-family-error', (e) => e.textContent), /Not a font list/);
    assert.ok(!(await page.$eval('#theme-css', (c) => c.textContent)).includes('display: none'), 'the CSS carries no injected rule');
    await page.close();
  });
});

describe('the gallery', () => {
  test('shows every layout and variant of each widget in light and dark, with no warnings', async () => {
    const page = await demoPage('demo/gallery.html');
    await widgetsRendered(page);
    const sections = await page.$$eval('section.element', (ss) =>
      Object.fromEntries(
        ss.map((s) => [
          s.id,
          [...s.querySelectorAll('.variant')].map((v) => ({
            code: v.querySelector('.variant-head code').textContent,
            themes: [...v.querySelectorAll('.cell > *:last-child')].map((w) => `${w.getAttribute('theme')}:${w.shadowRoot.querySelector('.root').classList.contains(w.getAttribute('theme'))}`),
          })),
        ]),
      ),
    );
    const expected = {
      'khojaly-facts': ['layout="list"', 'layout="inline"', 'group="2020"', 'group="recognition"', 'group="years"', 'group="all"'],
      'recognition-list': ['layout="columns"', 'layout="inline"', 'kind="genocide"', 'kind="massacre"', 'body="parliament"', 'body="state-bodies"', 'body="international-organization"'],
      'statement-quote': ['variant="pull"', 'variant="inline"', 'quote="casualties"', 'quote="impunity"'],
    };
    for (const [tag, parts] of Object.entries(expected)) {
      assert.ok(sections[tag], `a section for <${tag}>`);
      for (const part of parts) assert.ok(sections[tag].some((v) => v.code.includes(part)), `<${tag}> shows ${part}`);
    }
    // Every element the manifest lists and the page registers has a section, in light and dark: new ones too.
    const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
    const registered = await page.evaluate((ts) => ts.filter((t) => customElements.get(t)), tags);
    assert.deepEqual(Object.keys(sections).sort(), [...registered].sort());
    for (const [tag, variants] of Object.entries(sections)) {
      assert.equal(variants[0].code, `<${tag}></${tag}>`, `<${tag}> starts with its default look`);
      for (const v of variants) assert.deepEqual(v.themes, ['light:true', 'dark:true'], `${v.code} in light and dark`);
    }
    const warnings = page.logs.filter((l) => l.type === 'warn' && !l.text.startsWith('Lit is in dev mode'));
    assert.deepEqual(warnings, [], 'no variant uses a value its element rejects');
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});

describe('every demo page', () => {
  const pages = ['demo/', 'demo/gallery.html', 'demo/theme.html'];

  test('axe finds no violations', async (t) => {
    const axe = `${root}node_modules/axe-core/axe.min.js`;
    for (const path of pages) {
      for (const scheme of ['light', 'dark']) {
        const page = await demoPage('about:blank');
        if (!(await emulateMedia(page, { colorScheme: scheme })) && scheme === 'dark') {
          t.diagnostic(`${path}: this engine's driver cannot emulate a dark scheme; checked in light only`);
          await page.close();
          continue;
        }
        await page.goto(new URL(path, demoUrl).href, { waitUntil: 'networkidle0' });
        await widgetsRendered(page);
        await page.addScriptTag({ path: axe });
        const violations = await page.evaluate(async (scheme) => {
          const list = (result) => result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
          const options = { resultTypes: ['violations'] };
          if (!document.querySelector('.cell')) return list(await window.axe.run(document, options));
          // The gallery's widgets set their own theme, so the reader's scheme changes only the page around them.
          if (scheme === 'dark') return list(await window.axe.run({ exclude: [['.cell']] }, options));
          // It shows each widget twice, light and dark, on purpose: landmarks must be unique among the light
          // copies and the page; the dark copies are checked for everything else (contrast above all).
          const light = await window.axe.run({ exclude: [['.cell.dark']] }, options);
          const dark = await window.axe.run({ include: [['.cell.dark']] }, { ...options, rules: { 'landmark-unique': { enabled: false } } });
          return [...list(light), ...list(dark)];
        }, scheme);
        assert.deepEqual(violations, [], `${path} (${scheme})`);
        await page.close();
      }
    }
  });

  test('fit a 360 px phone with no sideways scrolling, even with long code', async () => {
    for (const path of [...pages, `demo/?tag=khojaly-facts&platform=iframe&heading=${encodeURIComponent(hostile.repeat(3))}`]) {
      const page = await demoPage(path, { width: 360, height: 740 });
      await widgetsRendered(page);
      // Nothing is wider than the viewport (its width less a classic scrollbar, in Firefox).
      const overflow = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        wide: [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .slice(0, 3)
          .map((el) => el.outerHTML.slice(0, 80)),
      }));
      assert.deepEqual(overflow, { scroll: 0, wide: [] }, path);
      await page.close();
    }
  });
});

describe('the built demo', () => {
  const out = `${root}.tmp/demo-build-test`;
  after(() => rmSync(out, { recursive: true, force: true }));

  test('builds to static files that work from any folder, with the widget files beside them', async () => {
    await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'error', build: { outDir: out } });
    for (const f of ['index.html', 'demo/index.html', 'demo/gallery.html', 'demo/theme.html', 'demo/shot.html', 'demo/overview.html', 'dist/cdn/khojaly-widgets.js', 'dist/embed/resize.js']) {
      assert.ok(existsSync(`${out}/${f}`), f);
    }
    // Hosted under a sub-folder of some server: the builder's default URL points at the copy beside it.
    const page = await demoPage(`${files.url}/.tmp/demo-build-test/demo/index.html`);
    await settled(page);
    await choose(page, 'layout', 'inline');
    assert.equal(await page.$eval('#base', (b) => b.value), `${files.url}/.tmp/demo-build-test/dist/`);
    const [code] = await copyAll(page);
    const pasted = await blankPage(code);
    await settled(pasted, 'khojaly-facts');
    assert.equal(await shadowText(pasted, 'khojaly-facts'), await shadowText(page, '#preview > khojaly-facts'));
    assert.deepEqual([...page.errors, ...pasted.errors], []);
    await pasted.close();
    await page.close();
  });
});
