#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Pictures of the demo for the README: the embed builder (wide and on a 360 px phone), the gallery and the
// theme playground, rendered by Debian's Chromium from Vite's dev server over the sources.
// Output: docs/screenshots/demo-*.png. Run: node test/infra/ensure-browser.mjs && node tools/screenshot-demo.mjs
import { mkdirSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { chromiumPath } from '../test/infra/browsers.mjs';
import { chromiumArgs } from '../test/infra/engines/chromium.mjs';

const out = new URL('../docs/screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

// The code in the pictures points at a public CDN rather than at the throwaway local server.
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const base = `https://cdn.jsdelivr.net/npm/khojaly-widgets@${version}/dist/`;
const builder = `demo/?${new URLSearchParams({ tag: 'khojaly-facts', group: '2020', layout: 'list', base })}`;

const shots = [
  { file: 'demo-builder.png', path: builder, width: 1280, height: 1280 },
  { file: 'demo-builder-360.png', path: builder, width: 360, height: 780, deviceScaleFactor: 2 },
  { file: 'demo-gallery.png', path: 'demo/gallery.html', width: 1280, height: 1000 },
  { file: 'demo-theme.png', path: 'demo/theme.html', width: 1280, height: 1000 },
];

// No watcher and no live reload, so edits elsewhere in the checkout cannot reload a page mid-shot.
const server = await createServer({ logLevel: 'error', server: { port: 0, hmr: false, watch: null } });
await server.listen();
const origin = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  for (const { file, path, width, height, deviceScaleFactor = 1 } of shots) {
    await page.setViewport({ width, height, deviceScaleFactor });
    await page.goto(new URL(path, origin).href, { waitUntil: 'networkidle0' });
    // Every widget on the page has rendered (the gallery's below the fold too, so the layout is final).
    await page.waitForFunction(() => {
      const widgets = [...document.querySelectorAll('main *')].filter((el) => el.localName.includes('-'));
      return widgets.length > 0 && widgets.every((w) => w.shadowRoot?.querySelector('.root'));
    });
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${out}${file}` });
    console.log(`saved docs/screenshots/${file}`);
  }
} finally {
  await browser.close();
  await server.close();
}
