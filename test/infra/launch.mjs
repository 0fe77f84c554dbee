// SPDX-License-Identifier: MIT
// Launches one of Debian's browsers, headless, as a puppeteer-like browser: Chromium over CDP and Firefox ESR
// over WebDriver BiDi (both through puppeteer-core), WebKitGTK through WebKitWebDriver in a private X server
// (webkit-page.mjs). Shared by the end-to-end harness and the page-stylesheet generator, which measures in
// every engine.
import puppeteer from 'puppeteer-core';
import { chromiumPath, engines, firefoxPath } from './browsers.mjs';
import { chromiumArgs } from './engines/chromium.mjs';
import { firefoxArgs, firefoxPrefs } from './engines/firefox.mjs';

/**
 * Launches `engine` (chromium, firefox or webkit). `overlayScrollbars` makes Firefox draw overlay scrollbars,
 * as Chromium's headless mode and WebKitGTK do (and as Firefox does by default on Windows 11, macOS and
 * GNOME): a scroller's scrollbar then takes no room, and layouts measure alike. Typed as puppeteer's browser,
 * which WebKit's stands in for (the part of its API that the tests and tools use).
 * @returns {Promise<import('puppeteer-core').Browser>}
 */
export async function launchEngine(engine, { overlayScrollbars = false } = {}) {
  if (!engines.includes(engine)) throw new Error(`Unknown engine "${engine}": expected one of ${engines.join(', ')}`);
  if (engine === 'firefox') {
    const prefs = overlayScrollbars ? { ...firefoxPrefs, 'ui.useOverlayScrollbars': 1 } : firefoxPrefs;
    return puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true, args: firefoxArgs, extraPrefsFirefox: prefs });
  }
  if (engine === 'webkit') {
    const { launchWebKit } = await import('./webkit-page.mjs');
    return launchWebKit();
  }
  return puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
}
