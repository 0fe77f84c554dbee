/** @jsxImportSource @lit-labs/ssr-react */
// SPDX-License-Identifier: MIT
"use client";
// The widgets rendered with their content on the server, as Declarative Shadow DOM. The JSX import source
// does it: on the server (the `node` condition) @lit-labs/ssr-react's runtime renders each Lit element's
// shadow root into a <template shadowrootmode="open">; in the browser it is React's own runtime, after
// importing Lit's hydration support, so the widgets adopt the server's shadow roots.
// A client component, not the page: a server component's output reaches the browser as is, <template>
// included, and React's hydration then finds no such child (the browser made it the shadow root): error 418.
import type { JSX } from "react";
import "khojaly-widgets/define";

export function KhojalyFacts(props: JSX.IntrinsicElements["khojaly-facts"]) {
  return <khojaly-facts {...props}></khojaly-facts>;
}

export function StatementQuote(props: JSX.IntrinsicElements["statement-quote"]) {
  return <statement-quote {...props}></statement-quote>;
}
