#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Saves the README's pictures: each element in light and dark, 320 px and 1024 px wide, rendered by
// Debian's Chromium from a Vite server over the sources. Output: docs/screenshots/<tag>-<theme>-<width>.png
// and docs/screenshots/overview.png (demo/overview.html).
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { chromiumPath } from '../test/infra/browsers.mjs';
import { chromiumArgs } from '../test/infra/engines/chromium.mjs';

const out = new URL('../docs/screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

const shots = [
  { tag: 'khojaly-facts', attrs: { heading: 'Khojaly, 25–26 February 1992' } },
  { tag: 'recognition-list', attrs: { layout: 'columns' } },
  { tag: 'statement-quote', attrs: { variant: 'card' } },
  { tag: 'khojaly-chart', attrs: { heading: 'Khojaly, 25–26 February 1992' } },
];

const server = await createServer({ logLevel: 'error', server: { port: 0 } });
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  for (const { tag, attrs } of shots) {
    for (const theme of ['light', 'dark']) {
      for (const width of [320, 1024]) {
        await page.setViewport({ width, height: 600, deviceScaleFactor: 1 });
        const query = new URLSearchParams({ tag, theme, ...attrs });
        await page.goto(`${base}demo/shot.html?${query}`, { waitUntil: 'networkidle0' });
        const el = await page.waitForSelector(`${tag} >>> .root`);
        const file = `${out}${tag}-${theme}-${width}.png`;
        await el.screenshot({ path: file });
        console.log(`saved docs/screenshots/${tag}-${theme}-${width}.png`);
      }
    }
  }
  await page.setViewport({ width: 1200, height: 800, deviceScaleFactor: 1 });
  await page.goto(`${base}demo/overview.html`, { waitUntil: 'networkidle0' });
  await (await page.waitForSelector('#overview')).screenshot({ path: `${out}overview.png` });
  console.log('saved docs/screenshots/overview.png');
} finally {
  await browser.close();
  await server.close();
}
