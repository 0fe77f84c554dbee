// SPDX-License-Identifier: MIT
import { defineConfig, type Plugin, type PreviewServer, type ViteDevServer } from 'vite';

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

export default defineConfig({
  plugins: [demoAtRoot()],
  build: { target: 'es2021' },
});
