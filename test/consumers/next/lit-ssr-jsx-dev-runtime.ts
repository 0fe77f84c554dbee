// SPDX-License-Identifier: MIT
// The server's JSX runtime for app/ssr/ under `next dev` (see next.config.ts): @lit-labs/ssr-react's
// production `jsx`/`jsxs`, which render each Lit element's shadow root in full, called as `jsxDEV`.
import { Fragment, jsx, jsxs } from "@lit-labs/ssr-react/jsx-runtime";

export { Fragment };

export function jsxDEV(type: Parameters<typeof jsx>[0], props: Parameters<typeof jsx>[1], key: Parameters<typeof jsx>[2], isStaticChildren: boolean) {
  return isStaticChildren ? jsxs(type, props, key) : jsx(type, props, key);
}
