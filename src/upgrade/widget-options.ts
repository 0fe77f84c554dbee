// SPDX-License-Identifier: MIT
/** What the embed forms that take options from outside (divs, links, iframe pages) may copy onto a widget. */

/** The attributes a widget reads (its reactive properties' attributes), with `lang` and `dir`, which it follows. */
export function widgetOptions(tag: string): Set<string> {
  const element = customElements.get(tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  return new Set([...(element?.observedAttributes ?? []), 'lang', 'dir']);
}

/** Whether a URL (a statement's `src`) is on this page's site: from anywhere else it would show under this site's address. */
export function onThisSite(value: string): boolean {
  try {
    return new URL(value, document.baseURI).origin === location.origin;
  } catch {
    return false;
  }
}
