// SPDX-License-Identifier: MIT
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // create-next-app 16.4's defaults.
  cacheComponents: true,
  partialPrefetching: true,
  turbopack: {
    resolveAlias: {
      // `next dev` only (app/ssr/): @lit-labs/ssr-react 0.3.4's development JSX runtime writes the source of a
      // render thunk into each shadow root instead of its content (https://github.com/lit/lit/issues/5321).
      // On the server, use its production runtime instead; the browser keeps the package's own.
      "@lit-labs/ssr-react/jsx-dev-runtime": {
        browser: "@lit-labs/ssr-react/jsx-dev-runtime",
        default: "./lit-ssr-jsx-dev-runtime.ts",
      },
    },
  },
};

export default nextConfig;
