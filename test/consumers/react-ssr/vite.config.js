// SPDX-License-Identifier: MIT
// Two builds of one app: `vite build` (the browser bundle, with a manifest the server reads) and
// `vite build --ssr` (the server's render function; node_modules stay external, so Node loads React, Lit
// and khojaly-widgets with its own `node` export conditions).
import { defineConfig } from 'vite';

export default defineConfig(({ isSsrBuild }) => ({
  oxc: {
    jsx: {
      runtime: 'automatic',
      // @lit-labs/ssr-react's JSX runtime adds each Lit element's shadow root (a <template shadowrootmode>)
      // on the server; in the browser it is React's own, after importing Lit's hydration support.
      importSource: '@lit-labs/ssr-react',
      // The server always uses the production JSX transform: @lit-labs/ssr-react 0.3.4's development one
      // (jsxDEV) writes the source of a render thunk, `() => renderValue(…)`, into the shadow root instead of
      // rendering it (https://github.com/lit/lit/issues/5321). React itself still runs in development mode.
      ...(isSsrBuild ? { development: false } : {}),
    },
  },
  build: isSsrBuild
    ? { outDir: 'dist/server', emptyOutDir: true, rolldownOptions: { input: 'src/entry-server.jsx' } }
    : { outDir: 'dist/client', emptyOutDir: true, manifest: true, rolldownOptions: { input: 'src/entry-client.jsx' } },
}));
