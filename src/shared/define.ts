// SPDX-License-Identifier: MIT
type Versioned = CustomElementConstructor & { version?: string };

/** Whether this copy of the library has already warned about another version (one warning per page is enough). */
let warnedOtherVersion = false;

/**
 * Registers a tag safely in any page. The library loaded twice (a module and a classic bundle, or two
 * copies of one version) stays silent; when another version already holds the tag, this copy warns once
 * and leaves it — a tag can be defined only once per page, and the first registration wins.
 */
export function define(tag: string, element: Versioned): void {
  const existing = customElements.get(tag) as Versioned | undefined;
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element && existing.version !== element.version && !warnedOtherVersion) {
    warnedOtherVersion = true;
    console.warn(
      `khojaly-widgets ${element.version} was loaded on a page that already has khojaly-widgets ${existing.version ?? '(unknown version)'}; the elements of ${existing.version ?? 'the first copy'} stay in use.`,
    );
  }
}
