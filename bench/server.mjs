// SPDX-License-Identifier: MIT
// The benchmarks' web server: the project's files and pages the bench writes on the fly, gzip-compressed
// as a CDN or a newsroom's server would send them (Lighthouse scores an uncompressed script as a fault
// of the page, not of the widgets). It can hold a response back (a slow script, for layout shift) and
// record every request it answers (the request count).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export const root = new URL('..', import.meta.url).pathname;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

/**
 * Starts the server on a free local port.
 * - `pages`: a Map from a path to a body (string) or a function of the URL returning one, for pages
 *   written by the bench; everything else comes from the project's folder.
 * - `delay(path)`: milliseconds to hold that response.
 * - `transform(path, body)`: lets the bench change a file on its way out (e.g. mark when a script starts).
 * Returns `{ url, requests, close }`; `requests` lists the paths asked for, in order.
 */
export async function serve({ pages = new Map(), delay = () => 0, transform = (_path, body) => body } = {}) {
  const requests = [];
  // The last compressed body of each path, so a page loaded many times is compressed once.
  const compressed = new Map();
  const gzip = (path, body) => {
    const hit = compressed.get(path);
    if (hit && (hit.body === body || (Buffer.isBuffer(body) && Buffer.isBuffer(hit.body) && body.equals(hit.body)))) return hit.gz;
    const gz = gzipSync(body);
    compressed.set(path, { body, gz });
    return gz;
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const path = url.pathname;
    requests.push(path);
    const wait = delay(path);
    if (wait) await new Promise((resolve) => setTimeout(resolve, wait));

    let body = pages.get(path);
    if (typeof body === 'function') body = body(url);
    if (body === undefined) {
      const file = normalize(join(root, decodeURIComponent(path)));
      if (!file.startsWith(root)) return res.writeHead(403).end();
      if (!existsSync(file) || !statSync(file).isFile()) return res.writeHead(404, { 'content-type': types['.txt'] }).end('not found');
      body = readFileSync(file);
    }
    body = transform(path, body);
    const type = types[extname(path)] ?? (path.endsWith('/') ? types['.html'] : 'application/octet-stream');
    // A year of caching for the files, none for the pages: what a CDN would send.
    const headers = { 'content-type': type, 'cache-control': pages.has(path) ? 'no-cache' : 'public, max-age=31536000, immutable' };
    if (compressible.has(extname(path) || '.html') && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzip(path, body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(200, headers).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
