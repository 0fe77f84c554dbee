// SPDX-License-Identifier: MIT
// The app's server: renders <App /> with React on each request for / and serves the client bundle.
//   node server.js [--port N]     (after `npm run build`; port 0 picks a free one; prints the URL)
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from './dist/server/entry-server.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const client = join(here, 'dist/client');
const manifest = JSON.parse(readFileSync(join(client, '.vite/manifest.json'), 'utf8'));
const entry = manifest['src/entry-client.jsx'].file;
const types = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.map': 'application/json' };

function page() {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>khojaly-widgets: React server rendering</title>
    <link rel="icon" href="data:," />
    <script type="module" src="/${entry}"></script>
  </head>
  <body>
    <div id="root">${render()}</div>
  </body>
</html>
`;
}

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  if (path === '/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    return res.end(page());
  }
  const file = normalize(join(client, path));
  if (!file.startsWith(client + sep) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end('not found');
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(res);
});

const at = process.argv.indexOf('--port');
const port = at > 0 ? Number(process.argv[at + 1]) : 3000;
server.listen(port, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}/`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
