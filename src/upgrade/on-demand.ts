// SPDX-License-Identifier: MIT
/**
 * The CDN bundles' start of the sanitizer-safe forms. The module bundles do not carry the code that turns a
 * `<div data-khojaly-widget>` or a link to a widget's page into the widget (upgrade.ts): it is a file of its
 * own, `khojaly-upgrade.js` beside the bundle, fetched only when the page has such a div or link, now or
 * later, so a page of tags never downloads it. The classic bundle carries it inlined (a classic script's
 * page may not allow loading a module from the script's host). The npm modules export upgrade.ts itself.
 * @module
 */
import { loadUpgrade } from './load-upgrade.js';

/**
 * What may need the upgrade: a div naming a widget, or a link whose address names a widget's page
 * (`<tag>.html`, absolute or relative, with a query string or not) and that is not a widget's own fallback
 * (inside its tag). The upgrade itself checks the link's folder.
 */
const selectorFor = (tags: readonly string[]) =>
  ['[data-khojaly-widget]', ...tags.map((tag) => `a[href*="${tag}.html"]:not(:is(${tags.join()}) *)`)].join();

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

// The package's upgrade functions, as the CDN bundles export them: each loads the upgrade first, so each
// returns a promise.
type Upgrade = Awaited<ReturnType<typeof loadUpgrade>>;

/** Adds folders whose embed pages' links are upgraded (see `allowLinkBases` in upgrade-links.ts). */
export const allowLinkBases = (...folders: string[]): Promise<void> => loadUpgrade().then((u: Upgrade) => u.allowLinkBases(...folders));
/** Upgrades every sanitizer-safe div under `root`. */
export const upgradeAll = (root?: ParentNode): Promise<void> => loadUpgrade().then((u: Upgrade) => u.upgradeAll(root));
/** Upgrades one sanitizer-safe div. */
export const upgradeDiv = (div: Element): Promise<void> => loadUpgrade().then((u: Upgrade) => u.upgradeDiv(div));
/** Upgrades every link to a widget's page under `root`. */
export const upgradeLinks = (root?: ParentNode): Promise<void> => loadUpgrade().then((u: Upgrade) => u.upgradeLinks(root));
/** Upgrades one link to a widget's page. */
export const upgradeLink = (link: HTMLAnchorElement): Promise<void> => loadUpgrade().then((u: Upgrade) => u.upgradeLink(link));
/** Upgrades the sanitizer-safe forms now and as they are added. */
export const watchDivs = (): Promise<void> => loadUpgrade().then((u: Upgrade) => u.watchDivs());
