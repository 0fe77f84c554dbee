// SPDX-License-Identifier: MIT
/** The one warning path of the widgets: a bad value warns once, naming the element, the attribute, the value and what to do. */

/** A widget that warns: the bad value last warned about, per attribute. */
export interface Warnings extends Element {
  readonly warned: Map<string, string>;
}

/** `<tag> attribute="value" is not valid. <advice>`, once per bad value of an attribute. */
export function warnOnce(el: Warnings, attribute: string, value: unknown, advice: string): void {
  const shown = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  if (el.warned.get(attribute) === shown) return;
  el.warned.set(attribute, shown);
  const clipped = shown.length > 80 ? `${shown.slice(0, 77)}…` : shown;
  console.warn(`<${el.localName}> ${attribute}="${clipped}" is not valid. ${advice}`);
}

/** `<tag> src="…": the statement shown has no places. …`, once per statement and kind of emptiness. */
export function warnEmpty(el: Warnings, attribute: string, value: unknown, what: string): void {
  const key = `${attribute} (empty)`;
  const named = typeof value === 'string' ? value.slice(0, 80) : '(object)';
  if (el.warned.get(key) === `${named} ${what}`) return;
  el.warned.set(key, `${named} ${what}`);
  console.warn(`<${el.localName}> ${attribute}="${named}": the statement shown has ${what}. Showing a "nothing to show" line; pick other content, or a statement that has some.`);
}
