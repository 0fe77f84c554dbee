// SPDX-License-Identifier: MIT
// The WordPress plugin on a stock WordPress 6.1 from Debian, as a newsroom's writer meets it: installed from
// the built zip, posts saved through the REST API as an Author (no unfiltered_html) the way the block editor
// saves them, each published page read in Chromium. Every form an Author has (blocks, the shortcode, a pasted
// link on its own line, a link in a paragraph, the sanitizer-safe div) must render the right content, with
// the script requested once, no console error, readable content without JavaScript and nothing that moves
// when the script runs; in a block theme and in a classic one. The block editor must load every block.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { unzipSync, strFromU8 } from 'fflate';
import { launch, openPage, root } from '../e2e/harness.mjs';
import { forms } from '../sanitizers/forms.mjs';
import { checkReadme, wordpressTable } from './cms-table.mjs';
import { startSite, zipPath } from './site.mjs';

const statement = JSON.parse(readFileSync(`${root}data/statement.json`, 'utf8'));
const { tsImport } = await import('tsx/esm/api');
const { registry } = await tsImport('../../src/registry.ts', import.meta.url);
const { embedUrl, wordpressBlock, wordpressShortcode } = await tsImport('../../demo/embed-code.ts', import.meta.url);
const script = '/wp-content/plugins/khojaly-widgets/dist/cdn/khojaly-widgets.classic.js';
const attribution = 'statement of February 22, 2021';

/** What a widget must show for its options: words from the statement it renders (checked in the shadow root). */
function expected(tag, attributes = {}) {
  const top = (group) => statement.figures.filter((f) => !f.partOf && (group === 'all' || f.group === group));
  switch (tag) {
    case 'khojaly-facts':
    case 'khojaly-chart':
      return top(attributes.group ?? 'khojaly-1992').flatMap((f) => [f.label, f.value.toLocaleString('en')]);
    case 'recognition-list':
      return statement.recognitions.filter((r) => (attributes.kind ?? 'all') === 'all' || r.kind === attributes.kind).map((r) => r.country ?? r.name);
    case 'statement-quote':
      return [statement.quotes.find((q) => q.id === (attributes.quote ?? statement.quotes[0].id)).source.phrase];
    case 'statement-timeline':
      return statement.events.filter((e) => e.date && e.dateText).map((e) => e.label);
    case 'statement-list':
      return statement[attributes.list ?? 'places'].map((item) => item.name ?? item.label);
    default:
      return statement.paragraphs.filter((p) => p.kind === 'body').map((p) => p.text.slice(0, 60));
  }
}

/** Each widget as a block (one option set, as the block editor saves it), and the same as a shortcode. */
const cases = [
  ['khojaly-facts', 'facts', { group: '2020' }],
  ['recognition-list', 'recognitions', { kind: 'genocide' }],
  ['statement-quote', 'quote', { quote: 'impunity' }],
  ['khojaly-chart', 'chart', { group: 'khojaly-1992' }],
  ['statement-timeline', 'timeline', {}],
  ['statement-document', 'document', { toc: true }],
  ['statement-list', 'list', { list: 'instruments' }],
];
// As WordPress serializes a block: no attribute object when no attribute is set.
const blockMarkup = ([, name, attributes]) => `<!-- wp:khojaly/${name} ${Object.keys(attributes).length ? `${JSON.stringify(attributes)} ` : ''}/-->`;
const shortcode = ([, name, attributes]) =>
  `[khojaly widget="${name}"${Object.entries(attributes)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${v}"`))
    .join('')}]`;

let site;
let browser;
before(async () => {
  site = await startSite();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await site?.stop();
});

/** The REST API's Authorization header for a user's application password. */
const authorization = (user) => `Basic ${Buffer.from(`${user.user}:${user.password}`).toString('base64')}`;

/**
 * Saves a post through the REST API as the block editor does, as the Author (or `site.admin`); returns it with
 * its raw content, as WordPress kept it.
 */
async function publish(title, content, user = site.author, status = 'publish') {
  const response = await fetch(`${site.url}/?rest_route=/wp/v2/posts&context=edit`, {
    method: 'POST',
    headers: { authorization: authorization(user), 'content-type': 'application/json' },
    body: JSON.stringify({ title, content, status }),
  });
  const post = await response.json();
  assert.equal(response.status, 201, `${user.user} can save the post: ${JSON.stringify(post).slice(0, 300)}`);
  return post;
}

/**
 * What WordPress itself requests and may fail offline, which is not the plugin's: its services (avatars, the
 * editor's welcome image), and in 6.1's editor the theme's template, which an Author may not edit (403).
 * The plugin itself must call no other site, and none of its requests may fail.
 */
const wordpressServices = /^https?:\/\/([0-9a-z]+\.)?(gravatar\.com|s\.w\.org)\//;
const wordpressOwn = (url) => wordpressServices.test(url) || /rest_route=%2Fwp%2Fv2%2Ftemplates%2F/.test(url);

/** Records the page's failed requests and its requests to other sites. */
function watchRequests(page) {
  const failed = [];
  const offSite = [];
  page.on('request', (r) => !r.url().startsWith(site.url) && !r.url().startsWith('data:') && offSite.push(r.url()));
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
  return { failed, offSite };
}

/** Console errors, less the line Chromium prints for each of WordPress's own failed requests. */
function consoleErrors(page, failed) {
  let allowed = failed.filter(wordpressOwn).length;
  return page.logs
    .filter((l) => l.type === 'error')
    .map((l) => l.text)
    .filter((text) => !(text.startsWith('Failed to load resource') && allowed-- > 0));
}

/**
 * Opens a page in Chromium and waits for its widgets. Returns each widget's tag, attributes, shadow text and
 * height, the requests for the script, and the page's console messages.
 */
async function read(url, { javaScriptEnabled = true, width = 1024 } = {}) {
  const page = await openPage(browser, { javaScriptEnabled, width });
  const scripts = [];
  const { failed, offSite } = watchRequests(page);
  page.on('request', (r) => r.url().includes(script) && scripts.push(r.url()));
  await page.goto(url, { waitUntil: 'load' });
  if (javaScriptEnabled) {
    await page.waitForFunction(
      () => [...document.querySelectorAll('*')].filter((e) => e.localName.includes('-') && customElements.get(e.localName)).every((e) => e.shadowRoot?.querySelector('[part=base]')),
      { timeout: 15_000 },
    );
  }
  const widgets = await page.evaluate(() =>
    [...document.querySelectorAll('khojaly-facts, recognition-list, statement-quote, khojaly-chart, statement-timeline, statement-document, statement-list')].map((e) => ({
      tag: e.localName,
      attributes: Object.fromEntries([...e.attributes].map((a) => [a.name, a.value])),
      defined: !!customElements.get(e.localName),
      text: (e.shadowRoot?.querySelector('[part=base]') ?? e).innerText.replace(/\s+/g, ' ').trim(),
      lightText: e.innerText.replace(/\s+/g, ' ').trim(),
      height: e.getBoundingClientRect().height,
    })),
  );
  const after = await page.evaluate(() => document.querySelector('.after, footer')?.getBoundingClientRect().top ?? null);
  const html = await page.content();
  const result = { widgets, scripts, failed, offSite, logs: consoleErrors(page, failed), errors: page.errors, after, html };
  await page.close();
  return result;
}

/** Asserts that each case rendered its content, attributed, with one script request and a clean console. */
function assertRendered(result, expectedCases) {
  assert.deepEqual(result.errors, [], 'no uncaught error');
  assert.deepEqual(result.offSite.filter((u) => !wordpressServices.test(u)), [], 'no request to another site');
  assert.deepEqual(result.failed.filter((u) => !wordpressOwn(u)), [], 'no request failed');
  assert.deepEqual(result.logs, [], 'no console error');
  assert.equal(result.scripts.length, 1, `the script is requested once: ${result.scripts.join(', ')}`);
  assert.equal(result.widgets.length, expectedCases.length, `widgets on the page: ${result.widgets.map((w) => w.tag).join(', ')}`);
  expectedCases.forEach(([tag, , attributes], i) => {
    const widget = result.widgets[i];
    assert.equal(widget.tag, tag);
    assert.ok(widget.defined, `<${tag}> is upgraded`);
    for (const words of expected(tag, attributes)) assert.ok(widget.text.includes(words), `<${tag}> shows "${words}": ${widget.text.slice(0, 200)}`);
    assert.ok(widget.text.includes(attribution) || tag === 'statement-document', `<${tag}> is attributed: ${widget.text.slice(-200)}`);
  });
}

describe('the plugin zip', () => {
  test('is a plugin folder WordPress installs: PHP that php -l accepts, a readme.txt, a block.json per widget', () => {
    const files = unzipSync(readFileSync(zipPath));
    const names = Object.keys(files);
    assert.ok(names.every((n) => n.startsWith('khojaly-widgets/')), 'one folder');
    const php = names.filter((n) => n.endsWith('.php'));
    assert.deepEqual(php, ['khojaly-widgets/khojaly-widgets.php']);
    for (const name of php) {
      const out = execFileSync('php', ['-l'], { input: files[name], encoding: 'utf8' });
      assert.match(out, /No syntax errors/, name);
    }
    const main = strFromU8(files['khojaly-widgets/khojaly-widgets.php']);
    assert.match(main, /^ \* Plugin Name: +Khojaly widgets$/m);
    assert.match(main, /^ \* Requires at least: 6\.1$/m);
    const readme = strFromU8(files['khojaly-widgets/readme.txt']);
    for (const header of ['Requires at least: 6.1', 'Stable tag: ', 'License: MIT', '== Description ==', '== Installation ==']) assert.ok(readme.includes(header), `readme.txt has ${header}`);
    assert.ok(!/\{\{|\}\}/.test(main + readme), 'no placeholder left');
    const blocks = names.filter((n) => n.endsWith('/block.json')).map((n) => JSON.parse(strFromU8(files[n])).name);
    assert.deepEqual(blocks.sort(), cases.map(([, name]) => `khojaly/${name}`).sort());
    assert.deepEqual(registry.map((e) => e.tag), cases.map(([tag]) => tag), 'a case per widget of the registry');
  });

  test('an Author or Contributor cannot post scripts or custom tags (the roles the plugin is for); an Administrator can', () => {
    assert.equal(site.author.unfilteredHtml, false);
    assert.equal(site.contributor.unfilteredHtml, false);
    assert.equal(site.admin.unfilteredHtml, true);
  });

  test('a Contributor\'s post for review keeps every block and shortcode', async () => {
    const content = [...cases.map(blockMarkup), ...cases.map((c) => `<!-- wp:shortcode -->\n${shortcode(c)}\n<!-- /wp:shortcode -->`)].join('\n\n');
    const post = await publish('For review', content, site.contributor, 'pending');
    assert.equal(post.status, 'pending');
    assert.equal(post.content.raw, content);
    assert.deepEqual(
      cases.map(([tag]) => post.content.rendered.split(`<${tag} `).length - 1),
      cases.map(() => 2),
      'the content WordPress renders for the reviewing editor holds each widget twice (block and shortcode)',
    );
  });
});

describe('which embed form WordPress keeps, as an Author and as an Administrator', () => {
  test('README\'s table is the one measured', async () => {
    const url = `${site.url}/wp-content/plugins/khojaly-widgets/dist/embed/khojaly-facts.html?group=2020`;
    // The plugin's own forms: kept when WordPress saves them as they were written.
    const plugin = [
      ['Block (the plugin)', '<!-- wp:khojaly/facts {"group":"2020"} /-->'],
      ['Shortcode (the plugin)', '<!-- wp:shortcode -->\n[khojaly widget="facts" group="2020"]\n<!-- /wp:shortcode -->'],
      ['Pasted link (the plugin)', `<!-- wp:embed {"url":"${url}"} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`],
    ];
    const rows = [];
    for (const [form, markup] of plugin) {
      const cells = {};
      for (const [role, user] of [['author', site.author], ['admin', site.admin]]) {
        const post = await publish(`${form} as ${role}`, markup, user);
        cells[role] = post.content.raw === markup ? { works: true } : { works: false, note: 'changed when saved' };
      }
      rows.push({ form, ...cells });
    }
    for (const form of forms) {
      const cells = {};
      for (const [role, user] of [['author', site.author], ['admin', site.admin]]) {
        const post = await publish(`${form.name} as ${role}`, `<!-- wp:html -->\n${form.html}\n<!-- /wp:html -->`, user);
        const kept = post.content.raw.replace(/^<!-- wp:html -->\n|\n<!-- \/wp:html -->$/g, '');
        cells[role] = form.survives(kept) ? { works: true } : { works: false, note: form.degradesTo(kept) };
      }
      rows.push({ form: form.name, ...cells });
    }
    const version = /^\$wp_version = '([^']+)'/m.exec(readFileSync('/usr/share/wordpress/wp-includes/version.php', 'utf8'))[1];
    const problem = checkReadme(wordpressTable(rows, version));
    assert.equal(problem, null, problem ?? '');
  });
});

describe('a block theme (Twenty Twenty-Three)', () => {
  let blocksPost;
  test('each widget as a block: rendered with its content, attributed, one script, no console error', async () => {
    blocksPost = await publish('Every widget as a block', cases.map(blockMarkup).join('\n\n'));
    for (const c of cases) assert.ok(blocksPost.content.raw.includes(blockMarkup(c)), `the saved post keeps ${blockMarkup(c)}`);
    assertRendered(await read(blocksPost.link), cases);
  });

  test('without JavaScript each block shows the same content inside its tag, and nothing moves when the script runs', async () => {
    const off = await read(blocksPost.link, { javaScriptEnabled: false });
    const on = await read(blocksPost.link);
    off.widgets.forEach((widget, i) => {
      const [tag, , attributes] = cases[i];
      assert.equal(widget.defined, false);
      assert.ok('data-khojaly-snippet' in widget.attributes, `<${tag}> carries its content`);
      for (const words of expected(tag, attributes)) assert.ok(widget.lightText.includes(words), `<${tag}> without script shows "${words}"`);
      assert.ok(Math.abs(widget.height - on.widgets[i].height) < 0.5, `<${tag}> is ${widget.height}px before the script and ${on.widgets[i].height}px after`);
    });
  });

  test('each widget as a shortcode, with the same content', async () => {
    const post = await publish('Every widget as a shortcode', cases.map((c) => `<!-- wp:shortcode -->\n${shortcode(c)}\n<!-- /wp:shortcode -->`).join('\n\n'));
    assertRendered(await read(post.link), cases);
  });

  test('a pasted link on its own line (an embed block, as the editor saves a pasted URL) becomes the widget', async () => {
    const url = `${site.url}/wp-content/plugins/khojaly-widgets/dist/embed/khojaly-facts.html?group=2020`;
    const post = await publish(
      'A pasted link',
      `<!-- wp:embed {"url":"${url}"} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`,
    );
    assertRendered(await read(post.link), [cases[0]]);
    // What the editor asks when the link is pasted: its embed block previews the widget with the script.
    const proxy = await fetch(`${site.url}/?rest_route=/oembed/1.0/proxy&url=${encodeURIComponent(url)}`, {
      headers: { authorization: authorization(site.author) },
    });
    const preview = await proxy.json();
    assert.equal(proxy.status, 200);
    assert.match(preview.html, /^<khojaly-facts group="2020" data-khojaly-snippet>/);
    assert.ok(Object.values(preview.scripts ?? {}).some((s) => String(s.src ?? s).includes(script)), `the preview loads the script: ${JSON.stringify(preview.scripts)}`);
  });

  test('a link in a paragraph and the sanitizer-safe div become widgets on a page that loads the script', async () => {
    const url = `${site.url}/wp-content/plugins/khojaly-widgets/dist/embed/statement-quote.html?quote=impunity`;
    const post = await publish(
      'A link and a div',
      `<!-- wp:paragraph --><p>As <a href="${url}">the Ombudsman said</a>.</p><!-- /wp:paragraph -->\n\n<!-- wp:html --><div data-khojaly-widget="facts" data-group="2020"></div><!-- /wp:html -->`,
    );
    assert.ok(post.content.raw.includes('data-khojaly-widget="facts" data-group="2020"'), 'kses keeps the div for an Author');
    assertRendered(await read(post.link), [cases[2], cases[0]]);
  });

  test('the embed builder\'s WordPress codes (block, shortcode, pasted link) give the same widget, a text with quotes, brackets and a backslash intact', async () => {
    const heading = 'Khojaly "1992" & [after] \\ it\'s';
    const context = {
      tag: 'khojaly-facts',
      name: 'facts',
      numeric: ['heading-level'],
      attrs: { group: '2020', 'heading-level': '3', heading },
      base: `${site.url}/wp-content/plugins/khojaly-widgets/dist/`,
    };
    const url = embedUrl(context.base, context.tag, context.attrs);
    const post = await publish(
      'The builder\'s codes',
      [
        wordpressBlock(context),
        `<!-- wp:shortcode -->\n${wordpressShortcode(context)}\n<!-- /wp:shortcode -->`,
        `<!-- wp:embed {"url":"${url}"} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`,
      ].join('\n\n'),
    );
    const result = await read(post.link);
    assertRendered(result, [cases[0], cases[0], cases[0]]);
    for (const widget of result.widgets) assert.deepEqual(widget.attributes, { group: '2020', 'heading-level': '3', heading }, 'each form gives the options as chosen');
    for (const widget of result.widgets) assert.ok(widget.text.startsWith(heading), `the heading is shown as written: ${widget.text.slice(0, 60)}`);
  });

  test('bad and hostile values: the default with a note in the source, attributes escaped, nothing runs', async () => {
    const post = await publish(
      'Bad values',
      '<!-- wp:shortcode -->\n[khojaly widget="facts" group="1991" heading-level="9" layout="grid"]\n<!-- /wp:shortcode -->\n\n' +
        '<!-- wp:shortcode -->\n[khojaly widget="quote" heading="&quot;&gt;&lt;img src=x onerror=window.__pwned=1&gt;"]\n<!-- /wp:shortcode -->\n\n' +
        '<!-- wp:shortcode -->\n[khojaly widget="nope"]\n<!-- /wp:shortcode -->',
    );
    const result = await read(post.link);
    assert.match(result.html, /<!-- khojaly-widgets <khojaly-facts>: group="1991" is not accepted \(khojaly-1992, 2020, recognition, years, all\); heading-level="9" is not accepted \(2 to 6\) -->/);
    assert.match(result.html, /<!-- khojaly-widgets \[khojaly\]: widget="nope" is not a widget; use one of: facts, /);
    assert.deepEqual(result.widgets.map((w) => w.tag), ['khojaly-facts', 'statement-quote'], 'the fallback link is not made a second widget');
    assert.equal(result.widgets[1].attributes.heading, '">', 'the heading is plain text: the tag in it is stripped');
    assert.deepEqual(result.widgets[0].attributes, { layout: 'grid', 'data-khojaly-snippet': '' }, 'only accepted values reach the tag');
    for (const words of expected('khojaly-facts')) assert.ok(result.widgets[0].text.includes(words));
    assert.equal(await (async () => {
      const page = await openPage(browser);
      await page.goto(post.link, { waitUntil: 'load' });
      const pwned = await page.evaluate(() => window.__pwned);
      await page.close();
      return pwned;
    })(), undefined, 'no markup from a value runs');
  });

  test('a pasted link with hostile or broken values: the accepted ones kept, a note for the rest, no warning', async () => {
    const base = `${site.url}/wp-content/plugins/khojaly-widgets/dist/embed/`;
    const hostile = `${base}khojaly-facts.html?group=%C3%A9%C3%A9%C3%A9&layout[]=list&heading=a%3Eb%22%5Bc%5D&onclick=alert(1)`;
    const toc = `${base}statement-document.html?toc=`;
    const embed = (url) => `<!-- wp:embed {"url":"${url}"} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`;
    const post = await publish('Hostile links', `${embed(hostile)}\n\n${embed(toc)}`);
    const result = await read(post.link);
    assert.deepEqual(result.widgets.map((w) => w.attributes), [{ heading: 'a>b"[c]' }, { toc: '', 'data-khojaly-snippet': '' }], 'only the accepted options, the text as written');
    assert.match(result.html, /<!-- khojaly-widgets <khojaly-facts>: layout="array" is not accepted \(grid, list, inline\); group="\u00e9\u00e9\u00e9" is not accepted/);
    assertRendered(result, [['khojaly-facts', 'facts', {}], ['statement-document', 'document', { toc: true }]]);
  });

  test('a page without a widget loads neither the script nor the stylesheet', async () => {
    const post = await publish('No widget', '<!-- wp:paragraph --><p>Only words, and <a href="https://example.org/">a link</a>.</p><!-- /wp:paragraph -->');
    const html = await (await fetch(post.link)).text();
    assert.ok(html.includes('Only words'), 'the post is shown');
    assert.ok(!html.includes('khojaly-widgets'), 'nothing of the plugin on the page');
  });

  test('feeds carry each widget\'s readable content', async () => {
    const feed = await (await fetch(`${site.url}/?feed=rss2`)).text();
    for (const words of expected('khojaly-facts', { group: '2020' })) assert.ok(feed.includes(words.replace(/&/g, '&amp;')), `the feed has "${words}"`);
  });

});

describe('a classic theme', () => {
  test('the stylesheet is in the head, every widget renders and nothing moves when the script runs', async () => {
    site.php('theme', 'khojaly-classic');
    try {
      const post = await publish('Shortcodes in a classic post', cases.map(shortcode).join('\n\n'));
      const on = await read(post.link);
      assertRendered(on, cases);
      assert.match(on.html, /<head>[\s\S]*id="khojaly-widgets-css"[\s\S]*<\/head>/, 'the page stylesheet is linked in the head');
      const off = await read(post.link, { javaScriptEnabled: false });
      assert.equal(off.after, on.after, 'the text after the widgets is where it was before the script ran');
      // A widget inside a reusable block, which an Author may make: the stylesheet is in the head too.
      const reusable = await fetch(`${site.url}/?rest_route=/wp/v2/blocks`, {
        method: 'POST',
        headers: { authorization: authorization(site.author), 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Figures', content: blockMarkup(cases[0]), status: 'publish' }),
      });
      assert.equal(reusable.status, 201, 'an Author can make a reusable block');
      const withReusable = await publish('A reusable block', `<!-- wp:block {"ref":${(await reusable.json()).id}} /-->`);
      const reused = await read(withReusable.link);
      assertRendered(reused, [cases[0]]);
      assert.match(reused.html, /<head>[\s\S]*id="khojaly-widgets-css"[\s\S]*<\/head>/, 'the page stylesheet is linked in the head');
      const url = `${site.url}/wp-content/plugins/khojaly-widgets/dist/embed/recognition-list.html?kind=genocide`;
      const pasted = await publish('A pasted link in a classic post', `The recognitions:\n\n${url}\n\nAfter.`);
      const result = await read(pasted.link);
      assertRendered(result, [cases[1]]);
      // Read without the script: the content inside the tag is the plugin's, as rendered by the library, untouched by wpautop.
      const served = await (await fetch(pasted.link)).text();
      const inside = /<recognition-list kind="genocide" data-khojaly-snippet>([^]*?)<\/recognition-list>/.exec(served)?.[1];
      const snippets = JSON.parse(readFileSync(`${root}dist/wordpress/khojaly-widgets/snippets/recognition-list.json`, 'utf8'));
      assert.equal(inside, snippets['kind=genocide'], 'wpautop added nothing inside the widget');
    } finally {
      site.php('theme', 'twentytwentythree');
    }
  });
});

describe('the block editor, as the Author', () => {
  test('loads every block with a live preview and no console error', async () => {
    const page = await openPage(browser, { width: 1280, height: 900 });
    const { failed, offSite } = watchRequests(page);
    await page.goto(`${site.url}/wp-login.php`, { waitUntil: 'load' });
    // The fields are filled in one step: wp-login.php selects the user field 200 ms after load, and typing
    // across that moment would replace what was typed.
    await page.evaluate(() => {
      document.getElementById('user_login').value = 'author';
      document.getElementById('user_pass').value = 'author-password-1992';
    });
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
    assert.match(page.url(), /\/wp-admin\//, 'the Author is logged in');
    await page.goto(`${site.url}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await page
      .waitForFunction(() => window.wp?.blocks?.getBlockTypes().some((b) => b.name.startsWith('khojaly/')) && window.wp.data.select('core/block-editor'), { timeout: 30_000 })
      .catch(async (error) => {
        const state = await page.evaluate(() => ({ url: location.href, title: document.title, wp: Object.keys(window.wp ?? {}), text: document.body.innerText.slice(0, 300) }));
        throw new Error(`${error.message}: ${JSON.stringify(state)}; failed: ${failed.join(', ')}; console: ${page.logs.map((l) => l.text).join(' | ')}`);
      });
    const names = await page.evaluate(() => window.wp.blocks.getBlockTypes().filter((b) => b.name.startsWith('khojaly/')).map((b) => b.name));
    assert.deepEqual(names.sort(), cases.map(([, name]) => `khojaly/${name}`).sort());
    await page.evaluate(() => {
      const { createBlock } = window.wp.blocks;
      window.wp.data.dispatch('core/block-editor').insertBlocks([createBlock('khojaly/facts', { group: '2020' }), createBlock('khojaly/quote', { quote: 'impunity' })]);
    });
    await page.waitForFunction(() => document.querySelector('.editor-styles-wrapper khojaly-facts')?.shadowRoot?.querySelector('[part=base]'), { timeout: 15_000 });
    const preview = await page.evaluate(() => {
      const facts = document.querySelector('.editor-styles-wrapper khojaly-facts');
      return { group: facts.getAttribute('group'), text: facts.shadowRoot.querySelector('[part=base]').innerText };
    });
    assert.equal(preview.group, '2020');
    for (const words of expected('khojaly-facts', { group: '2020' })) assert.ok(preview.text.includes(words), `the preview shows "${words}"`);
    assert.deepEqual(page.errors, [], 'no uncaught error');
    assert.deepEqual(offSite.filter((u) => !wordpressServices.test(u)), [], 'no request to another site, beside WordPress\'s own services');
    assert.deepEqual(failed.filter((u) => !wordpressOwn(u)), [], 'no request failed, beside WordPress\'s own');
    assert.deepEqual(consoleErrors(page, failed), [], 'no console error');
    await page.close();
  });
});

describe('after every test above', () => {
  test('the plugin\'s PHP logged no notice, warning or error', () => {
    // WordPress 6.1's own deprecations under PHP 8.2 are not the plugin's: those lines name core files only.
    const lines = site.debugLog().split('\n').filter((l) => /khojaly|Array to string|iconv|Malformed UTF-8/i.test(l));
    assert.deepEqual(lines, []);
  });
});
