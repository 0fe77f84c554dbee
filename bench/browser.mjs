// SPDX-License-Identifier: MIT
// Debian's Chromium for the benchmarks, driven by puppeteer-core with the project's flags.
import puppeteer from 'puppeteer-core';
import { chromiumPath } from '../test/infra/browsers.mjs';
import { chromiumArgs } from '../test/infra/engines/chromium.mjs';

/** Launches headless Chromium; fails with a clear message when none is installed. */
export function launch() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found: run `node test/infra/ensure-browser.mjs` (or set CHROME_PATH).');
  return puppeteer.launch({ executablePath, headless: true, args: chromiumArgs });
}

/**
 * Opens a tab with the HTTP cache off, so every load fetches and compiles the script as a reader's
 * first visit does (and a delayed script is delayed every time). Uncaught errors land in `tab.errors`.
 */
export async function openTab(browser, { width = 1024, height = 800 } = {}) {
  const tab = await browser.newPage();
  tab.errors = [];
  tab.on('pageerror', (error) => tab.errors.push(error.message));
  await tab.setCacheEnabled(false);
  await tab.setViewport({ width, height });
  return tab;
}

/** Median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
