// SPDX-License-Identifier: MIT
/**
 * Script of the iframe pages (`dist/embed/<tag>.html`), for CMSs that forbid scripts and for AMP.
 * The page names its widget in `<html data-tag>`; the options come from the query string
 * (`?group=2020&layout=list`). The page reports its height to the parent whenever it changes, both as
 * `{ type: 'khojaly-embed-size', height }` (read by `resize.js`) and as AMP's `embed-size` request, so the
 * iframe fits its content with no scrollbar.
 * @module
 */
import { onThisSite, widgetOptions } from '../upgrade/widget-options.js';

const tag = document.documentElement.dataset.tag ?? 'khojaly-facts';
const el = document.createElement(tag);
// Only the widget's own options: anyone can link to this page, and `?onfocus=…&autofocus` copied onto the
// element would run their script on this origin.
const options = widgetOptions(tag);
for (const [name, value] of new URLSearchParams(location.search)) {
  if (!options.has(name)) continue;
  if (name === 'src' && !onThisSite(value)) {
    console.warn(`<${tag}> src="${value.slice(0, 80)}" is not on this site (${location.origin}); the embed page shows only statements it hosts. Showing the built-in statement.`);
    continue;
  }
  el.setAttribute(name, value);
}
document.body.replaceChildren(el);

let last = 0;
const report = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'khojaly-embed-size', height }, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
};
new ResizeObserver(report).observe(document.documentElement);
addEventListener('load', report);
