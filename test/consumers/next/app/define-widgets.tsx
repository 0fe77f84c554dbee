// SPDX-License-Identifier: MIT
"use client";
// At the module's top, not in an effect: the tags are defined as soon as this chunk runs, before React
// hydrates. Next also evaluates this module on the server (to render the page); there Lit's `node` export
// condition loads its DOM shim, so defining the elements is harmless.
import "khojaly-widgets/define";

export default function DefineWidgets() {
  return null;
}
