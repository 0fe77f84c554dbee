// SPDX-License-Identifier: MIT
/**
 * The CDN bundles' start of the sanitizer-safe forms: the code that turns a `<div data-khojaly-widget>` or a
 * link to a widget's page into the widget (upgrade-divs.ts, upgrade-links.ts) is a file of its own,
 * `khojaly-upgrade.js` beside the bundle, fetched only when the page has such a div or link, now or later.
 * A page of tags never downloads it. The npm modules export the upgrade functions themselves.
 * @module
 */
import { loadUpgrade } from './load-upgrade.js';

/**
 * What may need the upgrade: a div naming a widget, or a link whose address names a widget's page
 * (`<tag>.html`, absolute or relative, with a query string or not). The upgrade itself checks the link's folder.
 */
const selectorFor = (tags: readonly string[]) => ['[data-khojaly-widget]', ...tags.map((tag) => `a[href*="${tag}.html"]`)].join();

let started = false;

/** Loads and starts the upgrade once the page has something to upgrade; safe to call more than once. */
export function upgradeOnDemand(tags: readonly string[]): void {
  if (started || typeof document === 'undefined') return;
  started = true;
  const selector = selectorFor(tags);
  let observer: MutationObserver | undefined;
  const load = () => {
    observer?.disconnect();
    // The upgrade goes over the whole page when it starts, so what was added while it loaded is not missed.
    loadUpgrade().then(
      (upgrade) => upgrade.watchDivs(),
      (error: Error) => console.warn(`khojaly-widgets: the upgrade of the sanitizer-safe forms could not be loaded (${error.message}).`),
    );
  };
  const start = () => {
    if (document.querySelector(selector)) return load();
    observer = new MutationObserver((records) => {
      for (const { addedNodes } of records)
        for (const node of addedNodes) if (node instanceof Element && (node.matches(selector) || node.querySelector(selector))) return load();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
