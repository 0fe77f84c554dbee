// SPDX-License-Identifier: MIT
// The demo: `npm start` serves it (Vite's dev server, / redirects to /demo/); `vite build` writes it as
// static files to dist-demo/ with relative URLs, so the folder can be hosted under any path. The built
// demo carries a copy of dist/cdn/ and dist/embed/ at dist-demo/dist/, the same place as in the dev
// server, so the embed builder's default URLs and its iframe code work wherever the demo is hosted.
import { cpSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type PreviewServer, type ViteDevServer } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = 'dist-demo';
/** The demo's pages: the three the reader sees, and the two that tools/screenshots.mjs photographs. */
const pages = ['index', 'gallery', 'theme', 'shot', 'overview'];

/** The demo lives in demo/; the root URL Vite prints should open it. */
function demoAtRoot(): Plugin {
  // Returns nothing: a function returned from these hooks would be run as a post-middleware hook.
  const redirect = (server: ViteDevServer | PreviewServer): void => {
    server.middlewares.use((req, res, next) => {
      if (req.url !== '/' && req.url !== '/index.html') return next();
      res.writeHead(302, { Location: '/demo/' });
      res.end();
    });
  };
  return { name: 'khojaly:demo-at-root', configureServer: redirect, configurePreviewServer: redirect };
}

/** In the build: a root page that forwards to demo/, and the built widget files the builder points at. */
function hostable(): Plugin {
  let out = resolve(root, outDir);
  let warn = (message: string) => console.warn(message);
  return {
    name: 'khojaly:hostable-demo',
    apply: 'build',
    configResolved(config) {
      out = resolve(config.root, config.build.outDir);
      warn = (message) => config.logger.warn(message);
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'index.html',
        source:
          '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>khojaly-widgets demo</title><link rel="icon" href="data:,">' +
          '<meta http-equiv="refresh" content="0; url=demo/"></head>' +
          '<body><p><a href="demo/">Open the khojaly-widgets demo</a></p></body></html>\n',
      });
    },
    closeBundle() {
      const missing = ['cdn', 'embed'].filter((dir) => !existsSync(resolve(root, 'dist', dir)));
      for (const dir of ['cdn', 'embed']) {
        if (!missing.includes(dir)) cpSync(resolve(root, 'dist', dir), resolve(out, 'dist', dir), { recursive: true });
      }
      if (missing.length) {
        warn(`dist/${missing.join(' and dist/')} missing: run \`npm run build\` first, or the demo's embed code points at files that are not there.`);
      }
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [demoAtRoot(), hostable()],
  build: {
    target: 'es2021',
    outDir,
    emptyOutDir: true,
    rolldownOptions: {
      input: Object.fromEntries(pages.map((p) => [p, resolve(root, `demo/${p}.html`)])),
    },
  },
});
