// SPDX-License-Identifier: MIT
// Lifecycle: single-page apps create, move, remove and re-add widgets all day. Ten thousand such cycles
// must leave every widget correct, throw nothing, and leak nothing, in every engine: every widget taken out
// of the page is garbage-collected (a FinalizationRegistry counts them after collections are asked for), the
// listeners on the page's long-lived targets (window, document, <html>, media queries) after 10,000 cycles
// are those after 1,000, and the shared colour-scheme observer calls exactly the widgets still in the page.
// Chromium also reports its heap figures and DOM counters, compared the same way. Run `npm run build` first
// (npm test does).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { collectGarbage, engine, launch, openPage, root, serve } from './harness.mjs';
import { registry } from '../../dist/registry.js';

/** Every widget, from the registry as built into dist/. */
const tags = registry.map((e) => e.tag);

let server;
let browser;
let p;

before(async () => {
  assert.ok(existsSync(`${root}dist/cdn/khojaly-widgets.js`), 'dist/ is missing: run npm run build');
  server = await serve({
    routes: {
      '/lifecycle.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>lifecycle</title>
        <script>(${countListeners})()</script>
        <script type="module" src="/dist/cdn/khojaly-widgets.js"></script></head>
        <body><main id="a"></main><aside id="b"></aside><section id="kept"></section></body></html>`,
    },
  });
  browser = await launch();
  p = await openPage(browser);
  await p.goto(`${server.url}/lifecycle.html`, { waitUntil: 'load' });
  await p.waitForFunction((ts) => ts.every((t) => customElements.get(t)), {}, tags);
  await p.evaluate((ts) => {
    /** A reader's view of a widget: its text, white space collapsed. */
    window.textOf = (el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim();
    /** The text of a new widget of each tag, each rendered alone in the page and then removed. */
    window.renderEach = async (tagNames) => {
      const out = [];
      for (const tag of tagNames) {
        const el = document.createElement(tag);
        document.body.append(el);
        await el.updateComplete;
        out.push(window.textOf(el));
        el.remove();
      }
      return out;
    };
    /**
     * One cycle, as an app's router does it: create a widget (a different tag and heading each time), put it
     * in the page and let it render, move it to another container, take it out, put it back, take it out.
     */
    // Each widget a cycle makes is counted when made and again when collected (no strong reference is kept).
    window.made = 0;
    window.collected = 0;
    const registry = new FinalizationRegistry(() => window.collected++);
    window.cycles = async (from, count) => {
      const [a, b] = [document.getElementById('a'), document.getElementById('b')];
      for (let i = from; i < from + count; i++) {
        const el = document.createElement(ts[i % ts.length]);
        window.made++;
        registry.register(el, i);
        el.setAttribute('heading', `Cycle ${i}`);
        a.append(el);
        await el.updateComplete;
        b.append(el);
        el.remove();
        a.append(el);
        el.remove();
      }
    };
    // Seven widgets kept for the whole run, and moved between containers on every cycle.
    const kept = document.getElementById('kept');
    for (const t of ts) kept.append(document.createElement(t));
    window.kept = [...kept.children];
    window.moveKept = (count) => {
      const [a, b] = [document.getElementById('a'), document.getElementById('b')];
      for (let i = 0; i < count; i++) for (const el of window.kept) (i % 2 ? a : b).append(el);
      for (const el of window.kept) kept.append(el);
    };
  }, tags);
  await p.evaluate(() => Promise.all(window.kept.map((el) => el.updateComplete)));
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Counts the listeners registered on the page's long-lived targets — window, document, <html> and media
 * query lists — where a widget that forgot to remove one would leak it (and itself) for the page's life.
 * Runs before the widgets' script; `window.listenerCount()` answers.
 */
function countListeners() {
  const active = [];
  const longLived = (t) => t === window || t === document || t === document.documentElement || t instanceof MediaQueryList;
  const capture = (o) => (typeof o === 'boolean' ? o : Boolean(o?.capture));
  const find = (t, type, fn, c) => active.findIndex((r) => r.t === t && r.type === type && r.fn === fn && r.c === c);
  const remove = (t, type, fn, c) => {
    const i = find(t, type, fn, c);
    if (i >= 0) active.splice(i, 1);
  };
  const { addEventListener: add, removeEventListener: drop } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (type, fn, options) {
    if (fn && longLived(this) && find(this, type, fn, capture(options)) < 0) {
      active.push({ t: this, type, fn, c: capture(options) });
      options?.signal?.addEventListener('abort', () => remove(this, type, fn, capture(options)));
    }
    return add.call(this, type, fn, options);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, options) {
    remove(this, type, fn, capture(options));
    return drop.call(this, type, fn, options);
  };
  const { addListener, removeListener } = MediaQueryList.prototype;
  MediaQueryList.prototype.addListener = function (fn) {
    if (fn && find(this, 'change', fn, false) < 0) active.push({ t: this, type: 'change', fn, c: false });
    return addListener.call(this, fn);
  };
  MediaQueryList.prototype.removeListener = function (fn) {
    remove(this, 'change', fn, false);
    return removeListener.call(this, fn);
  };
  window.listenerCount = () => active.length;
}

/**
 * After garbage collection: how many of the widgets taken out of the page are still alive (collections are
 * asked for until none is, for up to 20 rounds), the listeners on long-lived targets and, in Chromium, the
 * JS heap and the DOM's counters.
 */
async function measure() {
  await p.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  let alive;
  const seen = [];
  for (let round = 0; round < 40; round++) {
    await collectGarbage(p);
    alive = await p.evaluate(() => window.made - window.collected);
    seen.push(alive);
    if (alive === 0 && round >= 2) break;
  }
  const figures = { alive, rounds: seen.length, created: await p.evaluate(() => window.made), listeners: await p.evaluate(() => window.listenerCount()) };
  if (engine !== 'chromium') return figures;
  const { JSHeapUsedSize } = await p.metrics();
  const { nodes, jsEventListeners, documents } = await p.cdp.send('Memory.getDOMCounters');
  return { ...figures, heap: JSHeapUsedSize, nodes, jsListeners: jsEventListeners, documents };
}

/**
 * How many widgets the shared colour-scheme observer calls back when the page's `<html>` changes, counted
 * from the outside: each subscriber re-resolves its scheme and asks for an update with no arguments
 * (`requestUpdate()`), which nothing else does here. Returns the count and whether all were in the page.
 */
function colourSchemeCallbacks() {
  return p.evaluate(async () => {
    let proto = Object.getPrototypeOf(window.kept[0]);
    while (proto && !Object.prototype.hasOwnProperty.call(proto, 'requestUpdate')) proto = Object.getPrototypeOf(proto);
    const original = proto.requestUpdate;
    const called = new Set();
    proto.requestUpdate = function (...args) {
      if (args.length === 0) called.add(this);
      return original.apply(this, args);
    };
    try {
      document.documentElement.classList.toggle('khojaly-test-dark');
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      proto.requestUpdate = original;
      document.documentElement.classList.remove('khojaly-test-dark');
      await new Promise((r) => setTimeout(r, 20));
    }
    return { count: called.size, allConnected: [...called].every((el) => el.isConnected) };
  });
}

describe('widgets created, moved, removed and re-added 10,000 times', () => {
  test('stay correct, throw nothing, and leak neither memory, nodes, listeners nor colour-scheme subscriptions', async (t) => {
    const texts = await p.evaluate(() => window.kept.map(window.textOf));
    for (const text of texts) assert.match(text, /Commissioner for Human Rights|Sabina Aliyeva/);
    const fresh = await p.evaluate((ts) => window.renderEach(ts), tags);

    assert.deepEqual(await colourSchemeCallbacks(), { count: tags.length, allConnected: true }, 'the kept widgets, before');

    const started = Date.now();
    await p.evaluate(() => window.cycles(0, 1000));
    await p.evaluate(() => window.moveKept(1000));
    const at1000 = await measure();
    await p.evaluate(async () => {
      for (let done = 1000; done < 10000; done += 1000) {
        await window.cycles(done, 1000);
        window.moveKept(1000);
      }
    });
    const seconds = (Date.now() - started) / 1000;
    const at10000 = await measure();

    const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);
    t.diagnostic(`${engine}: 10,000 cycles (and 10,000 moves of 7 kept widgets) took ${seconds.toFixed(1)} s`);
    t.diagnostic(`widgets removed and still alive after GC: ${at1000.alive} of ${at1000.created} at 1,000 cycles, ${at10000.alive} of ${at10000.created} at 10,000 (after ${at10000.rounds} collection rounds)`);
    t.diagnostic(`listeners on window, document, <html> and media queries: ${at1000.listeners} → ${at10000.listeners}`);
    if (engine === 'chromium') {
      t.diagnostic(`JS heap after GC: ${mb(at1000.heap)} MB at 1,000 cycles, ${mb(at10000.heap)} MB at 10,000 (${at10000.heap >= at1000.heap ? '+' : ''}${((at10000.heap - at1000.heap) / 1024).toFixed(0)} KB)`);
      t.diagnostic(`DOM nodes ${at1000.nodes} → ${at10000.nodes}, JS event listeners ${at1000.jsListeners} → ${at10000.jsListeners}, documents ${at1000.documents} → ${at10000.documents}`);
    }

    // Every widget the cycles made and dropped is collected: one kept alive by a forgotten reference would stay.
    assert.equal(at10000.created, 10000);
    // WebKit gives a page no way to force a full collection (the harness can only allocate and hope), and
    // JavaScriptCore scans stacks conservatively: usually 0–34 outlive the last round, but one CI run in
    // thirteen kept 3,292 after 40 rounds of pressure, then none on the next run of the same commit. So in
    // WebKit this guards against the total leak (a forgotten reference keeps every one of the 10,000);
    // Chromium and Firefox, which collect on request, allow none.
    const allowed = engine === 'webkit' ? 5000 : 0;
    assert.ok(at10000.alive <= allowed, `${at10000.alive} of 10,000 removed widgets are still alive (allowed ${allowed})`);
    assert.equal(at10000.listeners, at1000.listeners, 'no listener is left behind on window, document or a media query');
    assert.ok(at1000.listeners > 0, 'the count sees the shared colour-scheme listeners');
    if (engine === 'chromium') {
      // 9,000 more widgets came and went: had each kept even 100 bytes, the heap would have grown by 900 KB.
      assert.ok(at10000.heap - at1000.heap < 512 * 1024, `the heap grew by ${mb(at10000.heap - at1000.heap)} MB`);
      assert.ok(at10000.nodes - at1000.nodes <= 50, `DOM nodes ${at1000.nodes} → ${at10000.nodes}`);
      assert.equal(at10000.jsListeners, at1000.jsListeners, 'no listener is left behind');
      assert.equal(at10000.documents, at1000.documents);
    }

    assert.deepEqual(await colourSchemeCallbacks(), { count: tags.length, allConnected: true }, 'only the kept widgets are subscribed after the cycles');
    assert.deepEqual(await p.evaluate(() => window.kept.map(window.textOf)), texts, 'the kept widgets still show what they showed');
    const after = await p.evaluate((ts) => window.renderEach(ts), tags);
    assert.deepEqual(after, fresh, 'a new widget of each kind renders as the first ones did');

    // With every widget gone, the shared observer has no one to call.
    await p.evaluate(() => window.kept.forEach((el) => el.remove()));
    assert.deepEqual(await colourSchemeCallbacks(), { count: 0, allConnected: true }, 'no subscriber once every widget is removed');
    await p.evaluate(() => window.kept.forEach((el) => document.getElementById('kept').append(el)));
    assert.deepEqual(await colourSchemeCallbacks(), { count: tags.length, allConnected: true }, 'and all again once they are back');

    assert.deepEqual(p.errors, []);
    assert.deepEqual(p.logs.filter((l) => l.type === 'error' || l.type === 'warn' || l.type === 'warning'), []);
  });
});
