// SPDX-License-Identifier: MIT
/**
 * The sanitizer-safe embed form. CMS sanitizers (WordPress without unfiltered_html, Drupal's filtered
 * HTML) strip unknown tags but keep `<div>` and `data-*` attributes, so an editor writes
 *
 *     <div data-khojaly-widget="facts" data-group="2020" data-layout="list"></div>
 *
 * and this module puts the real element inside the div, each `data-x` becoming attribute `x`. Divs added
 * later (single-page apps, lazy CMS blocks) are upgraded as they appear.
 * @module
 */
import { findWidget, registry } from '../registry.js';
import { upgradeLink, upgradeLinks } from './upgrade-links.js';
import { widgetOptions } from './widget-options.js';

const MARKER = 'data-khojaly-widget';
const warned = new WeakSet<Element>();


/**
 * Replaces the div's content (its no-JavaScript fallback, if any) with the element it describes. A widget
 * whose tag is not registered yet (its bundle loads later) is upgraded once it is.
 */
export function upgradeDiv(div: Element): void {
  const value = div.getAttribute(MARKER) ?? '';
  const tag = findWidget(value)?.tag;
  if (!tag) {
    if (!warned.has(div)) {
      warned.add(div);
      const names = registry.map((e) => `${e.name} (${e.tag})`);
      console.warn(`<div ${MARKER}="${value.slice(0, 80)}"> names no khojaly widget. Use one of: ${names.join(', ')}. The div is left as it is.`);
    }
    return;
  }
  if (!customElements.get(tag)) {
    customElements.whenDefined(tag).then(() => upgradeDiv(div));
    return;
  }
  if (div.querySelector(':scope > [data-khojaly-upgraded]')) return;
  const el = document.createElement(tag);
  const options = widgetOptions(tag);
  for (const { name, value: v } of [...div.attributes]) {
    if (!name.startsWith('data-') || name === MARKER) continue;
    // Only the widget's own options: a sanitizer that removed `onclick` and `style` keeps `data-onclick` and
    // `data-style`, and copying those would hand back the script and styles it had taken out.
    if (options.has(name.slice(5))) el.setAttribute(name.slice(5), v);
  }
  el.setAttribute('data-khojaly-upgraded', '');
  div.replaceChildren(el);
}

/** Upgrades every sanitizer-safe div under `root`. */
export function upgradeAll(root: ParentNode = document): void {
  root.querySelectorAll(`[${MARKER}]`).forEach((div) => upgradeDiv(div));
}

let observer: MutationObserver | undefined;

/**
 * Upgrades the sanitizer-safe forms in the page, divs and links to a widget's page (see upgrade-links.ts), now
 * and whenever new ones are added. Safe to call more than once.
 */
export function watchDivs(): void {
  if (observer || typeof document === 'undefined') return;
  const start = () => {
    upgradeAll();
    upgradeLinks();
    observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (node.hasAttribute(MARKER)) upgradeDiv(node);
          if (node instanceof HTMLAnchorElement) upgradeLink(node);
          upgradeAll(node);
          upgradeLinks(node);
        }
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
