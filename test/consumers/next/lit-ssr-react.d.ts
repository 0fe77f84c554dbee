// SPDX-License-Identifier: MIT
// Files with `@jsxImportSource @lit-labs/ssr-react` (app/ssr/) take their JSX types from that package's
// jsx-runtime, which (0.3.4) declares none: give it React's, which include the widgets' tags.
import type { JSX as ReactJSX } from "react";

declare module "@lit-labs/ssr-react/jsx-runtime" {
  export import JSX = ReactJSX;
}
