// SPDX-License-Identifier: MIT
// Browser launchers for Web Test Runner, one per engine, and the commands the tests use to change the
// viewport and emulate media in each (see test/helpers/engine.ts):
// - Chromium: puppeteer-core over CDP, headless.
// - Firefox ESR: puppeteer-core over WebDriver BiDi, headless.
// - WebKitGTK: WebKitWebDriver driving MiniBrowser in a private Xvfb that this module starts and stops, so
//   `web-test-runner` alone works (no `xvfb-run` wrapper, no DISPLAY needed).
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { chromiumPath, firefoxPath, fontsInstalled, isInstalled, webkitPaths } from './browsers.mjs';
import { chromiumArgs } from './engines/chromium.mjs';
import { emulateMediaInFirefox, firefoxArgs, firefoxPrefs } from './engines/firefox.mjs';
import { fitWebKitWindow, startWebKitService, webkitCapabilities } from './engines/webkit.mjs';

/** How the runner's progress and error reports name each engine. */
const label = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** The viewport every test file starts with, as Web Test Runner's puppeteer launchers set it. */
const defaultViewport = { width: 800, height: 600 };

/** Web Test Runner launchers for `selected` engines; throws, naming the fix, if one is not installed. */
export function browserLaunchers(selected) {
  const missing = selected.filter((e) => !isInstalled(e));
  if (missing.length > 0) {
    throw new Error(`not installed: ${missing.join(', ')}${fontsInstalled() ? '' : ' (the Liberation fonts the test pages use are missing)'}. Run \`node test/infra/ensure-browser.mjs\` (as root it installs them).`);
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
