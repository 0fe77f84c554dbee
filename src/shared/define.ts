// SPDX-License-Identifier: MIT
/**
 * Registers a tag safely in any page. The same library loaded twice (a module and a classic bundle, two
 * copies of one version) stays silent; a different version already holding the tag gets one warning, and
 * the first registration wins — a custom element can only be defined once per page.
 */
export function define(tag: string, element: CustomElementConstructor & { version?: string }): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing !== element && existing.version !== element.version) {
    console.warn(
      `<${tag}> is already defined by khojaly-widgets ${existing.version ?? '(unknown version)'}; version ${element.version} was not registered.`,
    );
  }
}
