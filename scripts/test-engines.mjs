// SPDX-License-Identifier: MIT
// Browser launchers for Web Test Runner, one per engine, and the commands the tests use to change the
// viewport and emulate media in each (see test/helpers/engine.ts):
// - Chromium: puppeteer-core over CDP, headless.
// - Firefox ESR: puppeteer-core over WebDriver BiDi, headless.
// - WebKitGTK: WebKitWebDriver driving MiniBrowser in a private Xvfb that this module starts and stops, so
//   `web-test-runner` alone works (no `xvfb-run` wrapper, no DISPLAY needed).
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { chromiumPath, firefoxPath, isInstalled, webkitPaths } from './browsers.mjs';
import { chromiumArgs, firefoxArgs, firefoxPrefs, webkitCapabilities, webkitToolbarCss } from './chromium-args.mjs';

/** How the runner's progress and error reports name each engine. */
const label = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** The viewport every test file starts with, as Web Test Runner's puppeteer launchers set it. */
const defaultViewport = { width: 800, height: 600 };

/** Web Test Runner launchers for `selected` engines; throws, naming the fix, if one is not installed. */
export function browserLaunchers(selected) {
  const missing = selected.filter((e) => !isInstalled(e));
  if (missing.length > 0) {
    throw new Error(`not installed: ${missing.join(', ')}. Run \`node scripts/ensure-browser.mjs\` (as root it installs them).`);
  }
  return selected.map((engine) => {
    const launcher = launcherFor(engine);
    launcher.engine = engine;
    launcher.name = label[engine];
    return launcher;
  });
}

function launcherFor(engine) {
  if (engine === 'chromium') {
    return chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: ['--headless=new', ...chromiumArgs] },
    });
  }
  if (engine === 'firefox') {
    return chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true, args: firefoxArgs, extraPrefsFirefox: firefoxPrefs },
    });
  }
  return new WebKitGtkLauncher(webkitPaths());
}

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls WebKitWebDriver's /status until it answers (it takes a moment to bind its port). */
async function waitForDriver(port, child, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs} ms`);
}

/**
 * The private X screen: large, because with no window manager X gives keyboard focus to the window under
 * the pointer, and the pointer rests at the screen's centre; setViewport() keeps the window over it.
 */
const screen = { width: 3200, height: 2400 };

/** Starts Xvfb on a display it picks itself (-displayfd) and resolves with `:N`. */
function startXvfb(xvfb) {
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', `${screen.width}x${screen.height}x24`, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const display = new Promise((resolve, reject) => {
    let out = '';
    child.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.on('exit', (code) => reject(new Error(`Xvfb exited with code ${code}: ${stderr.trim()}`)));
  });
  return { child, display };
}

/**
 * Starts what WebKitGTK needs: a private Xvfb and WebKitWebDriver on a free port, with MiniBrowser's
 * narrow-toolbar style sheet. Resolves with the driver's port and `stop()` (also called if the process
 * exits or is killed first, so no Xvfb or driver is left behind). Shared by the Web Test Runner launcher
 * below and the end-to-end harness (test/e2e/webkit-page.mjs).
 */
export async function startWebKitService(paths) {
  const tmp = mkdtempSync(join(tmpdir(), 'khojaly-webkit-'));
  mkdirSync(join(tmp, 'gtk-3.0'));
  writeFileSync(join(tmp, 'gtk-3.0', 'gtk.css'), webkitToolbarCss);
  const children = [];
  const killNow = () => {
    for (const child of children) child.kill('SIGKILL');
  };
  // Node runs no 'exit' handlers when killed by a signal, and test runners do not always stop their browsers.
  process.once('exit', killNow);
  for (const signal of ['SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      killNow();
      process.exit(1);
    });
  }
  const stop = () => {
    for (const child of children.splice(0)) child.kill();
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const xvfb = startXvfb(paths.xvfb);
    children.push(xvfb.child);
    const display = await xvfb.display;
    const port = await freePort();
    // X11 on our private display even inside a desktop session, with the narrow-toolbar style sheet.
    const env = { ...process.env, DISPLAY: display, GDK_BACKEND: 'x11', XDG_CONFIG_HOME: tmp };
    delete env.WAYLAND_DISPLAY;
    const driver = spawn(paths.driver, [`--port=${port}`], { env, stdio: 'ignore' });
    children.push(driver);
    await waitForDriver(port, driver);
    return { port, stop, killNow };
  } catch (error) {
    stop();
    throw error;
  }
}

/**
 * Sizes MiniBrowser's window (driven by `driver`, a webdriverio session) so the page's viewport is
 * `width`×`height`: the window also holds MiniBrowser's toolbar, whose size is measured rather than
 * assumed. The window is placed with its toolbar under the pointer, so it keeps keyboard focus
 * (:focus-visible needs a focused window) and no page content is hovered. Resolves false when MiniBrowser
 * cannot get that small (about 290 px wide).
 */
export async function fitWebKitWindow(driver, { width, height }) {
  const inner = () => driver.execute('return [window.innerWidth, window.innerHeight]');
  for (let attempt = 0; attempt < 6; attempt++) {
    // X applies a new size a moment after the driver asks: look again before asking again.
    if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * attempt));
    const got = await inner();
    const rect = await driver.getWindowRect();
    const [chromeWidth, chromeHeight] = [rect.width - got[0], rect.height - got[1]];
    const [w, h] = [width + chromeWidth, height + chromeHeight];
    const [x, y] = [Math.round(screen.width / 2 - w / 2), Math.round(screen.height / 2 - chromeHeight / 2)];
    if (got[0] === width && got[1] === height && rect.x === x && rect.y === y) return true;
    await driver.setWindowRect(x, y, w, h);
  }
  return false;
}

/**
 * WebKitGTK through WebKitWebDriver. Starts its own Xvfb and driver on first use and stops them with the
 * run; resets the viewport to 800×600 for every test file, like the puppeteer launchers do.
 */
export class WebKitGtkLauncher extends WebdriverLauncher {
  #paths;
  #service;
  #viewport;

  constructor(paths) {
    super({ hostname: '127.0.0.1', port: 0, logLevel: 'error', capabilities: webkitCapabilities(paths.browser) });
    this.#paths = paths;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = label.webkit;
  }

  async startSession(id, url) {
    await this.ensureManagerInitialized();
    if (!(await this.setViewport(defaultViewport))) throw new Error('WebKit: could not size the window to 800×600');
    return super.startSession(id, url);
  }

  /** Starts Xvfb and WebKitWebDriver before webdriverio connects. */
  async createDriverManager() {
    this.#service = await startWebKitService(this.#paths);
    this.options.port = this.#service.port;
    return super.createDriverManager();
  }

  /** Sizes the page's viewport (see fitWebKitWindow); remembers the size to skip needless resizes. */
  async setViewport({ width, height }) {
    if (this.#viewport?.width === width && this.#viewport?.height === height) return true;
    this.#viewport = undefined;
    const fitted = await fitWebKitWindow(this.driver, { width, height });
    if (fitted) this.#viewport = { width, height };
    return fitted;
  }

  async stop() {
    await super.stop();
    this.#viewport = undefined;
    this.#service?.stop();
  }
}

/**
 * Server commands behind test/helpers/engine.ts. Each answers `{ engine, applied }`: `applied` is false
 * when the engine has no way to do what was asked, and the test skips itself.
 */
export function engineCommandsPlugin() {
  return {
    name: 'khojaly-engine-commands',
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('khojaly-')) return undefined;
      const launcher = session.browser;
      const engine = launcher.engine;
      if (command === 'khojaly-engine') return { engine, applied: true };
      if (command === 'khojaly-set-viewport') {
        if (engine === 'webkit') return { engine, applied: await launcher.setViewport(payload) };
        await launcher.getPage(session.id).setViewport(payload);
        return { engine, applied: true };
      }
      if (command === 'khojaly-emulate-media') {
        // WebDriver (classic and BiDi) has no command for prefers-color-scheme or the print media type:
        // Chromium has CDP, Firefox a privileged script, WebKitGTK nothing.
        if (engine === 'webkit') return { engine, applied: false };
        const page = launcher.getPage(session.id);
        if (engine === 'firefox') {
          await emulateMediaInFirefox(page, payload);
          return { engine, applied: true };
        }
        if (payload.colorScheme) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: payload.colorScheme }]);
        if (payload.media) await page.emulateMediaType(payload.media);
        return { engine, applied: true };
      }
      return undefined;
    },
  };
}

/**
 * Firefox: sets the same per-tab overrides as DevTools' colour-scheme and print simulation, from a script
 * in the browser's own window (reachable over WebDriver BiDi because Firefox runs with system access).
 */
export async function emulateMediaInFirefox(page, { colorScheme, media }) {
  const connection = page.browser().connection;
  const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const string = (value) => (value ? { type: 'string', value } : { type: 'null' });
  for (const { context } of result.contexts) {
    const { result: outcome } = await connection.send('script.callFunction', {
      functionDeclaration: `(scheme, medium) => {
        for (const tab of globalThis.gBrowser?.browsers ?? []) {
          if (scheme) tab.browsingContext.prefersColorSchemeOverride = scheme;
          if (medium) tab.browsingContext.mediumOverride = medium === 'screen' ? '' : medium;
        }
      }`,
      awaitPromise: false,
      target: { context },
      arguments: [string(colorScheme), string(media)],
    });
    if (outcome.type !== 'success') throw new Error(`Firefox: media emulation failed: ${JSON.stringify(outcome.exceptionDetails)}`);
  }
}
