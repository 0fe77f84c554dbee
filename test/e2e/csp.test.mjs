// SPDX-License-Identifier: MIT
// A strict Content-Security-Policy with Trusted Types: no inline script, no inline style, every DOM sink
// guarded. Every widget in every embed form (module, classic, per-element bundles, sanitizer-safe divs, the
// iframe pages) must render and work with zero `securitypolicyviolation` events — in the page and in its
// frames — and no console errors. Lit creates one Trusted Types policy, named `lit-html`; a site that lists
// its allowed policies must name it. Run `npm run build` first (npm test does).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { launch, openPage, root, serve, violations } from './harness.mjs';
import { registry } from '../../dist/registry.js';

/** The policy under test, and the Trusted Types allow-lists a site may add to it. */
const strict = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const policies = {
  'no trusted-types allow-list': strict,
  'trusted-types lit-html': `${strict}; trusted-types lit-html`,
  "trusted-types lit-html 'allow-duplicates'": `${strict}; trusted-types lit-html 'allow-duplicates'`,
};

/** Every widget, from the registry as built into dist/. */
const tags = registry.map((e) => e.tag);
const aliases = Object.fromEntries(registry.map((e) => [e.tag, e.name]));
/** Options that exercise each widget's less common paths. */
const options = {
  'khojaly-facts': { group: '2020', layout: 'list', heading: 'Figures' },
  'khojaly-chart': { scale: 'each' },
  'recognition-list': { layout: 'columns', kind: 'genocide' },
  'statement-quote': { paragraph: '2', sentence: '1', variant: 'pull' },
  'statement-timeline': { layout: 'horizontal', from: '1992' },
  'statement-document': { toc: '' },
  'statement-list': { list: 'instruments' },
};
const attrs = (o, prefix = '') => Object.entries(o).map(([k, v]) => ` ${prefix}${k}="${v}"`).join('');
const everyTag = tags.map((t) => `<${t}${attrs(options[t])}></${t}>`).join('\n');
const everyDiv = tags.map((t) => `<div data-khojaly-widget="${aliases[t]}"${attrs(options[t], 'data-')}></div>`).join('\n');
const page = (body, head) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>strict CSP</title>${head}</head><body>${body}</body></html>`;

/** The embed forms: a page body and head, served under each policy. */
const forms = {
  'tags + the module bundle': page(everyTag, '<script type="module" src="/dist/cdn/khojaly-widgets.js"></script>'),
  'tags + the classic bundle': page(everyTag, '<script src="/dist/cdn/khojaly-widgets.classic.js" defer></script>'),
  'sanitizer-safe divs + the classic bundle': page(everyDiv, '<script src="/dist/cdn/khojaly-widgets.classic.js" defer></script>'),
  'sanitizer-safe divs + the module bundle': page(everyDiv, '<script type="module" src="/dist/cdn/khojaly-widgets.js"></script>'),
  'one element + its own bundle': page('<statement-quote></statement-quote>', '<script type="module" src="/dist/cdn/statement-quote.js"></script>'),
  'iframe pages + resize.js': page(
    tags.map((t) => `<iframe src="/dist/embed/${t}.html?${new URLSearchParams(options[t])}" title="${t}" width="600" height="300"></iframe>`).join('\n'),
    '<script src="/dist/embed/resize.js" defer></script>',
  ),
};

let browser;
const servers = {};
const routes = {};
let served = 0;

before(async () => {
  assert.ok(existsSync(`${root}dist/cdn/khojaly-widgets.js`), 'dist/ is missing: run npm run build');
  for (const [name, policy] of Object.entries(policies)) servers[name] = await serve({ routes, headers: { 'content-security-policy': policy } });
  // Most pages have no CSP at all: there, nothing but the widgets' own code keeps a payload inert.
  servers['no CSP'] = await serve({ routes });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of Object.values(servers)) await s.close();
});

/**
 * Opens `html` under a policy, recording every CSP or Trusted Types violation in the page and in each of its
 * frames (see `violations` in the harness).
 */
async function open(policy, html, path = `/csp-${++served}.html`) {
  routes[path] = html;
  const p = await openPage(browser, { width: 1024, height: 900, violations: true });
  await p.goto(`${servers[policy].url}${path}`, { waitUntil: 'load' });
  return p;
}

/** Console errors and uncaught exceptions (CSP and Trusted Types also report in the console). */
const problems = (p) => [...p.errors, ...p.logs.filter((l) => l.type === 'error').map((l) => l.text)];

/** Waits until every widget in the frame (page or iframe) has rendered, attributed. */
async function rendered(frame, count) {
  await frame.waitForFunction(
    (n, names) => {
      const hosts = document.querySelectorAll(names.join(','));
      return hosts.length === n && [...hosts].every((h) => /2021/.test(h.shadowRoot?.querySelector('[part=attribution]')?.textContent ?? ''));
    },
    { timeout: 10000 },
    count,
    tags,
  );
}

/** Uses the widgets as a reader would: opens every disclosure, copies a quote, follows a permalink, switches theme. */
async function use(frame) {
  await frame.evaluate(async () => {
    for (const host of document.querySelectorAll('*')) {
      if (!host.shadowRoot) continue;
      host.shadowRoot.querySelectorAll('details').forEach((d) => (d.open = true));
      host.setAttribute('theme', 'dark');
      host.setAttribute('heading-level', '9'); // a bad value: a warning, no violation
    }
    const quote = document.querySelector('statement-quote');
    if (quote) {
      // No clipboard permission here: the copy falls back to a hidden textarea, styled through the CSSOM.
      quote.shadowRoot.querySelector('[part=copy-button]').click();
      await new Promise((r) => setTimeout(r, 50));
    }
    const permalink = document.querySelector('statement-document')?.shadowRoot.querySelector('[part=permalink]');
    permalink?.click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

describe('a strict Content-Security-Policy with Trusted Types', () => {
  for (const policy of Object.keys(policies)) {
    for (const [form, html] of Object.entries(forms)) {
      test(`${form}, under "${policy}": every widget renders and works with no violation`, async () => {
        const p = await open(policy, html);
        try {
          if (form.startsWith('iframe')) {
            const frames = (await p.frames()).filter((f) => f !== p.mainFrame());
            assert.equal(frames.length, tags.length);
            for (const frame of frames) {
              await rendered(frame, 1);
              await use(frame);
            }
            // resize.js fitted each frame to its widget (its inline height is set through the CSSOM, which CSP allows).
            await p.waitForFunction(
              () => [...document.querySelectorAll('iframe')].every((f) => Math.abs(f.clientHeight - f.contentDocument.documentElement.getBoundingClientRect().height) <= 1),
              { timeout: 5000 },
            );
          } else {
            await rendered(p.mainFrame(), form.startsWith('one') ? 1 : tags.length);
            await use(p.mainFrame());
          }
          assert.deepEqual(await violations(p), []);
          assert.deepEqual(problems(p), []);
        } finally {
          await p.close();
        }
      });
    }
  }

  test('every per-element bundle on one page needs `trusted-types lit-html \'allow-duplicates\'`: each carries its own Lit', async () => {
    // Each dist/cdn/<tag>.js bundles Lit, and each copy creates a policy named lit-html. Without
    // 'allow-duplicates' the browser refuses the second one: that bundle throws and its tag never renders.
    const html = page(everyTag, tags.map((t) => `<script type="module" src="/dist/cdn/${t}.js"></script>`).join(''));
    const strictList = await open('trusted-types lit-html', html);
    try {
      await strictList.evaluate(() => new Promise((r) => setTimeout(r, 500)));
      const refused = (await violations(strictList)).filter((v) => v.startsWith('trusted-types'));
      assert.equal(refused.length, tags.length - 1, refused.join('\n'));
    } finally {
      await strictList.close();
    }
    const duplicates = await open("trusted-types lit-html 'allow-duplicates'", html);
    try {
      await rendered(duplicates.mainFrame(), tags.length);
      assert.deepEqual(await violations(duplicates), []);
      assert.deepEqual(problems(duplicates), []);
    } finally {
      await duplicates.close();
    }
  });

  // zod's JIT probe (new Function) would break Trusted Types here; the validator runs jitless.
  test('a widget pointed at another statement (src) loads and validates it with no violation', async () => {
    const p = await open('trusted-types lit-html', page('<statement-quote src="/data/statement.json"></statement-quote>', '<script type="module" src="/dist/cdn/khojaly-widgets.js"></script>'));
    try {
      await rendered(p.mainFrame(), 1);
      // The validator is fetched after the first render: wait for the server to see it, then for it to run.
      const log = servers['trusted-types lit-html'].requests;
      for (let waited = 0; waited < 5000 && !log.some((r) => r.path === '/dist/cdn/khojaly-validate.js'); waited += 50) await new Promise((r) => setTimeout(r, 50));
      assert.ok(log.some((r) => r.path === '/dist/cdn/khojaly-validate.js'), 'the validator was loaded');
      await p.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      assert.deepEqual(await violations(p), []);
      assert.deepEqual(problems(p), []);
    } finally {
      await p.close();
    }
  });

  test('an allow-list without lit-html stops the widgets, and the browser says why', async () => {
    routes['/csp-other-policy.html'] = page(everyTag, '<script type="module" src="/dist/cdn/khojaly-widgets.js"></script>');
    const other = await serve({ routes, headers: { 'content-security-policy': `${strict}; trusted-types my-app` } });
    const p = await openPage(browser);
    try {
      await p.goto(`${other.url}/csp-other-policy.html`, { waitUntil: 'load' });
      await p.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      assert.equal(await p.evaluate(() => customElements.get('khojaly-facts')), undefined);
      assert.ok(problems(p).some((m) => /lit-html/.test(m) && /[Tt]rusted/.test(m)), problems(p).join('\n'));
    } finally {
      await p.close();
      await other.close();
    }
  });
});

describe('the sanitizer-safe and iframe forms hand no script or style to the page', () => {
  test('a div cannot smuggle event handlers or inline styles through data-* attributes', async () => {
    // WordPress and Drupal keep data-* on a div while stripping onclick and style: the upgrade must not
    // turn `data-onfocus` back into `onfocus`.
    const body = `<div id="d" data-khojaly-widget="facts" data-group="2020" data-lang="en-GB"
      data-onfocus="window.__pwned = 'focus'" data-onclick="window.__pwned = 'click'" data-onmouseover="window.__pwned = 'hover'"
      data-autofocus data-tabindex="0" data-style="position:fixed;inset:0;opacity:0" data-href="javascript:window.__pwned='href'"></div>`;
    const p = await open('no CSP', page(body, '<script src="/dist/cdn/khojaly-widgets.classic.js" defer></script>'));
    try {
      await p.waitForSelector('#d > khojaly-facts');
      const el = await p.$('#d > khojaly-facts');
      await el.focus();
      await el.click();
      await el.hover();
      const seen = await p.$eval('#d > khojaly-facts', (f) => ({ attributes: [...f.attributes].map((a) => a.name), pwned: window.__pwned ?? null }));
      assert.equal(seen.pwned, null, 'no handler ran');
      for (const name of ['onfocus', 'onclick', 'onmouseover', 'autofocus', 'tabindex', 'style', 'href']) assert.ok(!seen.attributes.includes(name), `no ${name} attribute`);
      for (const name of ['group', 'lang']) assert.ok(seen.attributes.includes(name), `the option ${name} is kept`);
    } finally {
      await p.close();
    }
  });

  test('the iframe page takes only the widget\'s options from its address, not `?onfocus=…&autofocus`', async () => {
    const query = new URLSearchParams({ layout: 'list', onfocus: "parent.__pwned = 'focus'", autofocus: '', tabindex: '0', style: 'outline:9px solid red', onload: "parent.__pwned = 'load'" });
    const p = await open('no CSP', page(`<iframe id="f" src="/dist/embed/khojaly-facts.html?${query}" title="figures"></iframe>`, ''));
    try {
      const frame = await (await p.$('#f')).contentFrame();
      await rendered(frame, 1);
      await frame.focus('khojaly-facts').catch(() => {});
      const seen = await frame.$eval('khojaly-facts', (f) => ({ attributes: [...f.attributes].map((a) => a.name), pwned: parent.__pwned ?? null }));
      assert.equal(seen.pwned, null, 'no handler ran');
      for (const name of ['onfocus', 'autofocus', 'tabindex', 'style', 'onload']) assert.ok(!seen.attributes.includes(name), `no ${name} attribute`);
      assert.equal(await frame.$eval('khojaly-facts', (f) => f.getAttribute('layout')), 'list', 'the option layout is kept');
    } finally {
      await p.close();
    }
  });

  test('the iframe page shows no statement from another site: `?src=` must be on its own origin', async () => {
    // Anyone can link to the embed page; a statement fetched from their server would show under this site's name.
    const elsewhere = servers['trusted-types lit-html'].url; // another port: another origin
    const log = servers['trusted-types lit-html'].requests;
    const since = log.length;
    const p = await openPage(browser);
    try {
      routes['/csp-src-elsewhere.html'] = page(`<iframe id="f" src="/dist/embed/statement-quote.html?src=${encodeURIComponent(`${elsewhere}/data/statement.json`)}" title="quote"></iframe>`, '');
      await p.goto(`${servers['no CSP'].url}/csp-src-elsewhere.html`, { waitUntil: 'load' });
      const frame = await (await p.$('#f')).contentFrame();
      await rendered(frame, 1);
      assert.equal(await frame.$eval('statement-quote', (q) => q.hasAttribute('src')), false);
      assert.deepEqual(log.slice(since), [], 'nothing is fetched from the other site');
      const warned = p.logs.filter((l) => l.type === 'warn' || l.type === 'warning').map((l) => l.text);
      assert.equal(warned.length, 1, warned.join('\n'));
      assert.match(warned[0], /<statement-quote> src=".*" is not on this site/);
    } finally {
      await p.close();
    }
  });
});
