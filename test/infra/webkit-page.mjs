// SPDX-License-Identifier: MIT
// WebKitGTK for the end-to-end tests: puppeteer cannot drive it, so this gives a WebKitWebDriver session
// (classic WebDriver, through webdriverio) the small part of puppeteer's Browser, Page, Frame and element
// API that the tests use. One MiniBrowser runs per browser (WebKitWebDriver allows one session); each page
// is a window of it, and every command first switches to its window and frame. What classic WebDriver
// cannot do (console events, scripts before a page's own) comes from the harness's capture script (test/e2e/harness.mjs); what
// it cannot do at all throws, naming the method, so a test that needs it says so rather than passing by
// accident.
import { readFileSync } from 'node:fs';
import { remote } from 'webdriverio';
import { webkitPaths } from './browsers.mjs';
import { fitWebKitWindow, startWebKitService, webkitCapabilities } from './engines/webkit.mjs';
import { blankImage, blit, decodePng, encodePng } from './png.mjs';

// switchToFrame is WebDriver's own command; webdriverio would rather we used its BiDi-first helper.
process.env.DISABLE_WEBDRIVERIO_DEPRECATION_WARNINGS = 'true';

/** Starts Xvfb, WebKitWebDriver and one MiniBrowser session; resolves with a puppeteer-like browser. */
export async function launchWebKit() {
  const paths = webkitPaths();
  const service = await startWebKitService(paths);
  try {
    const driver = await remote({
      hostname: '127.0.0.1',
      port: service.port,
      logLevel: 'error',
      capabilities: webkitCapabilities(paths.browser),
      // A long script is not a lost connection, and a command must never be sent twice (a retried
      // script would run twice).
      connectionRetryTimeout: 15 * 60 * 1000,
      connectionRetryCount: 0,
    });
    // Scripts may run long (10,000 lifecycle cycles); a page load may wait for a slow script.
    await driver.setTimeout({ script: 15 * 60 * 1000, pageLoad: 60 * 1000 });
    return new WebKitBrowser(driver, service);
  } catch (error) {
    service.stop();
    throw error;
  }
}

const unsupported = (what) => {
  throw new Error(`WebKit (classic WebDriver) cannot ${what}`);
};

class WebKitBrowser {
  #driver;
  #service;
  /** The session's first window: never closed (closing the last one would end the session). */
  #home;
  /** Which window and frame path the driver is on. */
  #current = { handle: undefined, frames: [] };
  /** Commands run one at a time: the driver has one current window and frame. */
  #queue = Promise.resolve();

  constructor(driver, service) {
    this.#driver = driver;
    this.#service = service;
  }

  async newPage() {
    return this.#serial(async () => {
      this.#home ??= await this.#driver.getWindowHandle();
      // A window, not a tab: a background tab is hidden, and hidden pages get no animation frames.
      const { handle } = await this.#driver.createWindow('window');
      await this.#driver.switchToWindow(handle);
      this.#current = { handle, frames: [] };
      return new WebKitPage(this, handle);
    });
  }

  /**
   * Runs `work(driver)` with the driver on `page`'s window, in the frame at `frames` (indexes into each level's
   * window.frames) and at the page's viewport size. Commands are queued, never interleaved.
   */
  run(page, frames, work) {
    return this.#serial(async () => {
      const driver = this.#driver;
      if (this.#current.handle !== page.handle) {
        await driver.switchToWindow(page.handle);
        this.#current = { handle: page.handle, frames: [] };
      }
      const { width, height } = page.viewport;
      if (page.fitted?.width !== width || page.fitted?.height !== height) {
        await driver.switchToFrame(null);
        this.#current.frames = [];
        if (!(await fitWebKitWindow(driver, { width, height }))) throw new Error(`WebKit: could not size the viewport to ${width}×${height}`);
        page.fitted = { width, height };
      }
      if (this.#current.frames.join() !== frames.join()) {
        await driver.switchToFrame(null);
        for (const index of frames) await driver.switchToFrame(index);
        this.#current.frames = [...frames];
      }
      return work(driver);
    });
  }

  /** Closes a page's window and goes back to the first one. */
  closePage(page) {
    return this.#serial(async () => {
      const driver = this.#driver;
      if (this.#current.handle !== page.handle) await driver.switchToWindow(page.handle);
      await driver.closeWindow();
      await driver.switchToWindow(this.#home);
      this.#current = { handle: this.#home, frames: [] };
    });
  }

  #serial(task) {
    const result = this.#queue.then(task);
    this.#queue = result.catch(() => {});
    return result;
  }

  async close() {
    try {
      await this.#driver.deleteSession();
    } catch {
      // the browser is gone already
    } finally {
      this.#service.stop();
    }
  }
}

/**
 * The source of a script for WebDriver's executeAsync: calls `source` (a function's text) with `args`, then
 * answers with its value (or the error it threw) and the console messages and errors captured since.
 */
function scriptFor(source, args) {
  return `const done = arguments[arguments.length - 1];
const drain = () => { try { return (window.top.__khojalyCapture || []).splice(0); } catch (e) { return (window.__khojalyCapture || []).splice(0); } };
Promise.resolve().then(() => (${source})(...${JSON.stringify(args)})).then(
  (value) => done({ value: value === undefined ? null : value, undefined: value === undefined, captured: drain() }),
  (error) => done({ error: String((error && error.message) || error), captured: drain() }),
);`;
}

/** A frame of a page: the top document (`path` []) or an iframe, by its indexes in window.frames. */
class WebKitFrame {
  constructor(page, path) {
    this.page = page;
    this.path = path;
  }

  /** Runs `fn` in the frame with `args`, or evaluates `fn` when it is a string (an expression); resolves with its value. */
  evaluate(fn, ...args) {
    return this.call(typeof fn === 'function' ? fn.toString() : `() => (${fn})`, args);
  }

  /** Calls the function whose source is `source` in the frame with `args`; resolves with its value. */
  async call(source, args) {
    const answer = await this.page.browser.run(this.page, this.path, (driver) => driver.executeAsync(scriptFor(source, args)));
    this.page.deliver(answer?.captured ?? []);
    if (answer?.error !== undefined) throw new Error(`Evaluation failed: ${answer.error}`);
    return answer?.undefined ? undefined : answer?.value;
  }

  /** Polls `fn(...args)` in the page until it is truthy (every 50 ms; `timeout` ms, 30 s by default). */
  async waitForFunction(fn, { timeout = 30000 } = {}, ...args) {
    const poller = `async (timeout, ...args) => {
      const test = ${fn.toString()};
      const deadline = Date.now() + timeout;
      for (;;) {
        const value = await test(...args);
        if (value) return true;
        if (Date.now() > deadline) throw new Error('waitForFunction timed out after ' + timeout + ' ms');
        await new Promise((r) => setTimeout(r, 50));
      }
    }`;
    return this.call(poller, [timeout, ...args]);
  }

  waitForSelector(selector, options) {
    return this.waitForFunction((s) => document.querySelector(s) !== null, options, selector);
  }

  $eval(selector, fn, ...args) {
    return this.call(
      `(selector, ...args) => { const el = document.querySelector(selector); if (!el) throw new Error('no element matches ' + selector); return (${fn.toString()})(el, ...args); }`,
      [selector, ...args],
    );
  }

  $$eval(selector, fn, ...args) {
    return this.call(`(selector, ...args) => (${fn.toString()})([...document.querySelectorAll(selector)], ...args)`, [selector, ...args]);
  }

  async $(selector) {
    const found = await this.evaluate((s) => document.querySelector(s) !== null, selector);
    return found ? new WebKitElement(this, selector) : null;
  }

  async $$(selector) {
    const count = await this.evaluate((s) => document.querySelectorAll(s).length, selector);
    return Array.from({ length: count }, (_, i) => new WebKitElement(this, selector, i));
  }

  /** Chooses `value` in a <select>, with the input and change events a reader's choice fires. */
  select(selector, value) {
    return this.$eval(
      selector,
      (el, v) => {
        el.value = v;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));
      },
      value,
    );
  }

  /** Runs the script file at `path` in the frame (as a function body, so it sets globals on window). */
  async addScriptTag({ path }) {
    const source = readFileSync(path, 'utf8');
    await this.page.browser.run(this.page, this.path, (driver) => driver.execute(`${source}\n;return null;`));
  }

  focus(selector) {
    return this.$eval(selector, (el) => el.focus());
  }

  title() {
    return this.evaluate(() => document.title);
  }

  async click(selector) {
    return (await this.$(selector) ?? unsupported(`click "${selector}": no such element`)).click();
  }

  /** The frames in this one, one level down. */
  async childFrames() {
    const count = await this.evaluate(() => window.frames.length);
    return Array.from({ length: count }, (_, i) => new WebKitFrame(this.page, [...this.path, i]));
  }
}

/** An element found by a selector (the `index`th match), in a frame. */
class WebKitElement {
  constructor(frame, selector, index = 0) {
    this.frame = frame;
    this.selector = selector;
    this.index = index;
  }

  #native(work) {
    const { page, path } = this.frame;
    return page.browser.run(page, path, async (driver) => work((await driver.$$(this.selector))[this.index]));
  }

  /** Runs `fn(element, ...args)` in the page. */
  evaluate(fn, ...args) {
    return this.frame.call(
      `(selector, index, ...args) => { const el = document.querySelectorAll(selector)[index]; if (!el) throw new Error('no element ' + index + ' matches ' + selector); return (${fn.toString()})(el, ...args); }`,
      [this.selector, this.index, ...args],
    );
  }

  focus() {
    return this.evaluate((el) => el.focus());
  }

  click() {
    return this.#native((el) => el.click());
  }

  hover() {
    return this.#native((el) => el.moveTo());
  }

  /** The iframe element's document, as a frame. */
  async contentFrame() {
    const index = await this.evaluate((el) => Array.from({ length: window.frames.length }, (_, i) => window.frames[i]).indexOf(el.contentWindow));
    if (index < 0) unsupported(`find the frame of "${this.selector}"`);
    return new WebKitFrame(this.frame.page, [...this.frame.path, index]);
  }
}

/** WebDriver's codes for the keys the tests press. */
const keyCodes = { Shift: '\uE008', Tab: '\uE004', Enter: '\uE007', Space: ' ', Escape: '\uE00C', ArrowDown: '\uE015', ArrowUp: '\uE013' };

/** Key presses through WebDriver's actions: what puppeteer's page.keyboard offers. */
class WebKitKeyboard {
  constructor(page) {
    this.page = page;
  }

  #perform(actions) {
    const code = (key) => keyCodes[key] ?? (key.length === 1 ? key : unsupported(`press the key "${key}"`));
    return this.page.browser.run(this.page, [], (driver) =>
      driver.performActions([{ type: 'key', id: 'keyboard', actions: actions.map(([type, key]) => ({ type, value: code(key) })) }]),
    );
  }

  down(key) {
    return this.#perform([['keyDown', key]]);
  }

  up(key) {
    return this.#perform([['keyUp', key]]);
  }

  press(key) {
    return this.#perform([['keyDown', key], ['keyUp', key]]);
  }
}

/** A window, with puppeteer's page methods the tests use. */
class WebKitPage extends WebKitFrame {
  #listeners = { console: [], pageerror: [] };
  #main;

  constructor(browser, handle) {
    super(undefined, []);
    this.page = this;
    this.browser = browser;
    this.handle = handle;
    this.viewport = { width: 800, height: 600 };
    this.#main = new WebKitFrame(this, []);
    this.keyboard = new WebKitKeyboard(this);
  }

  on(event, listener) {
    if (!this.#listeners[event]) unsupported(`report "${event}" events (use the server's request log)`);
    this.#listeners[event].push(listener);
    return this;
  }

  /** Hands captured console messages and errors to the listeners, as puppeteer's events would. */
  deliver(captured) {
    for (const item of captured) {
      if (item.kind === 'pageerror') for (const l of this.#listeners.pageerror) l(new Error(item.text));
      else for (const l of this.#listeners.console) l({ type: () => (item.type === 'warn' ? 'warn' : item.type), text: () => item.text });
    }
  }

  mainFrame() {
    return this.#main;
  }

  /** This page's frame and the frames in it, one level down (the tests nest no deeper). */
  async frames() {
    return [this.#main, ...(await this.childFrames())];
  }

  async goto(url, { waitUntil = 'load' } = {}) {
    await this.browser.run(this, [], (driver) => driver.url(url));
    // Classic WebDriver waits for the load event; for "network idle", give late requests a moment.
    if (waitUntil.startsWith?.('networkidle')) await new Promise((r) => setTimeout(r, 500));
    await this.evaluate(() => null); // collect what was logged while loading
  }

  url() {
    return this.browser.run(this, [], (driver) => driver.getUrl());
  }

  async setViewport({ width, height }) {
    this.viewport = { width, height };
    await this.browser.run(this, [], () => null);
  }

  bringToFront() {
    return this.browser.run(this, [], () => null);
  }

  /**
   * A PNG of `clip` (page coordinates), or of the viewport. WebDriver photographs only the viewport, so a
   * clip is scrolled into view piece by piece and the pieces stitched; the scroll position is restored.
   * Rows of the clip below the end of the page stay transparent.
   */
  async screenshot({ clip } = {}) {
    const shoot = async () => decodePng(Buffer.from(await this.browser.run(this, [], (driver) => driver.takeScreenshot()), 'base64'));
    if (!clip) return encodePng(await shoot());
    const saved = await this.evaluate(() => [scrollX, scrollY]);
    const out = blankImage(clip.width, clip.height);
    try {
      for (let top = clip.y; top < clip.y + clip.height; ) {
        const [x, y] = await this.evaluate(
          async (left, wanted) => {
            // Instant: a page may ask for smooth scrolling (Bootstrap does), which would still be moving.
            scrollTo({ left, top: wanted, behavior: 'instant' });
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            return [scrollX, scrollY];
          },
          clip.x,
          top,
        );
        const shot = await shoot();
        const rows = Math.min(clip.y + clip.height - top, y + shot.height - top);
        // Below the end of the page: nothing to photograph, those rows stay blank (transparent).
        if (rows <= 0) break;
        blit(shot, out, { sx: clip.x - x, sy: top - y, dx: 0, dy: top - clip.y, width: clip.width, height: rows });
        top += rows;
      }
    } finally {
      await this.evaluate((sx, sy) => scrollTo({ left: sx, top: sy, behavior: 'instant' }), ...saved);
    }
    return encodePng(out);
  }

  async waitForResponse() {
    return unsupported('wait for a response (use the server\'s request log)');
  }

  async evaluateOnNewDocument() {
    return unsupported('run a script before the page\'s own (the harness serves a capture script instead)');
  }

  async setJavaScriptEnabled() {
    return unsupported('turn JavaScript off for one page');
  }

  close() {
    return this.browser.closePage(this);
  }
}
