// SPDX-License-Identifier: MIT
// End-to-end harness: a static file server over the project (the built files, as a CDN or a newsroom's
// server would serve them) and Debian's Chromium driven by puppeteer-core. Used by the node:test files here.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from '../../scripts/browsers.mjs';
import { chromiumArgs } from '../../scripts/chromium-args.mjs';

export const root = new URL('../..', import.meta.url).pathname;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves files under the project root. `routes` maps a path to a handler `(req, res) => boolean` for
 * pages a test writes on the fly; `delay(path)` returns milliseconds to hold a response (a slow script).
 */
export async function serve({ routes = {}, delay = () => 0, headers = {} } = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const wait = delay(url.pathname);
    if (wait) await new Promise((r) => setTimeout(r, wait));
    // Browsers ask for a favicon on their own; answering "no content" keeps 404s out of the console.
    if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
    const route = routes[url.pathname];
    if (route) {
      const body = typeof route === 'function' ? route(url) : route;
      res.writeHead(200, { 'content-type': types[extname(url.pathname)] ?? types['.html'], ...headers });
      res.end(body);
      return;
    }
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...headers });
    createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Launches Debian's Chromium headless. */
export function launch(options = {}) {
  return puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs, ...options });
}

/**
 * Opens a page that records console messages and uncaught errors, so a test can assert there were none.
 * `page.logs` holds `{ type, text }`; `page.errors` holds uncaught error messages.
 */
export async function openPage(browser, { width = 1024, height = 800, javaScriptEnabled = true } = {}) {
  const page = await browser.newPage();
  page.logs = [];
  page.errors = [];
  page.on('console', (m) => page.logs.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.setViewport({ width, height });
  await page.setJavaScriptEnabled(javaScriptEnabled);
  return page;
}

/** The text a reader sees in an element's shadow root (or the element itself when it has none). */
export function shadowText(page, selector) {
  return page.$eval(selector, (el) => (el.shadowRoot ?? el).textContent.replace(/\s+/g, ' ').trim());
}

/**
 * Compares pairs of PNG screenshots (puppeteer buffers) pixel by pixel, decoding them in the browser: both
 * pictures of a pair are drawn into canvases of a blank page and read back. A pixel differs when any channel
 * differs by more than `threshold` (0–255), which absorbs anti-aliasing noise; where one picture is larger,
 * its extra pixels differ. Returns one `{ width, height, differing, ratio }` per pair.
 */
export async function pixelDiff(browser, pairs, { threshold = 32 } = {}) {
  const page = await browser.newPage();
  try {
    const results = [];
    for (const [a, b] of pairs) {
      results.push(
        await page.evaluate(
          async (pngA, pngB, limit) => {
            const decode = async (base64) => createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
            const [imgA, imgB] = await Promise.all([decode(pngA), decode(pngB)]);
            const width = Math.max(imgA.width, imgB.width);
            const height = Math.max(imgA.height, imgB.height);
            const pixels = (img) => {
              const context = new OffscreenCanvas(width, height).getContext('2d');
              context.drawImage(img, 0, 0);
              return context.getImageData(0, 0, width, height).data;
            };
            const [pa, pb] = [pixels(imgA), pixels(imgB)];
            const [commonWidth, commonHeight] = [Math.min(imgA.width, imgB.width), Math.min(imgA.height, imgB.height)];
            let differing = width * height - commonWidth * commonHeight;
            for (let y = 0; y < commonHeight; y++) {
              for (let i = y * width * 4, end = i + commonWidth * 4; i < end; i += 4) {
                if (Math.abs(pa[i] - pb[i]) > limit || Math.abs(pa[i + 1] - pb[i + 1]) > limit || Math.abs(pa[i + 2] - pb[i + 2]) > limit || Math.abs(pa[i + 3] - pb[i + 3]) > limit) differing++;
              }
            }
            return { width, height, differing, ratio: differing / (width * height) };
          },
          Buffer.from(a).toString('base64'),
          Buffer.from(b).toString('base64'),
          threshold,
        ),
      );
    }
    return results;
  } finally {
    await page.close();
  }
}
