// SPDX-License-Identifier: MIT
/**
 * Server rendering of the widgets to static HTML, in Node: the real content, its styles and its
 * attribution, ready to paste into a page or a CMS. When the widget's script arrives later, the element
 * re-renders the same content in place, so nothing flashes or moves.
 *
 * ```js
 * import { renderSnippet } from 'khojaly-widgets/ssr';
 * renderSnippet('khojaly-facts', { group: '2020' });             // Declarative Shadow DOM
 * renderSnippet('statement-quote', {}, { form: 'light' });       // plain markup inside the tag
 * ```
 *
 * Node only: it loads `@lit-labs/ssr`. Lit's Node build brings its own minimal `customElements` and
 * `HTMLElement`, so no global DOM shim (no `window`, no replaced `fetch`) is installed in the caller's process.
 * @module
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../define.js';
import { findWidget, registry, widgetTags } from '../registry.js';

/**
 * How the snippet carries the widget:
 * - `shadow` (default): a `<template shadowrootmode="open">` with the styles and content, shown by the
 *   browser's HTML parser before any script runs;
 * - `light`: the same content as plain children of the tag, for CMSs that strip `<template>`; styled by
 *   the library's page stylesheet (`khojaly-widgets.css`) when the page links it, legible without it;
 * - `both`: the shadow root for browsers and the plain copy for tools that read only the light DOM
 *   (reader modes, feed readers, search snippets). The browser shows the shadow root only.
 */
export type SnippetForm = 'shadow' | 'light' | 'both';
/** The attribute a snippet's host carries: the page stylesheet leaves hosts that carry their content alone. */
export const snippetMarker = 'data-khojaly-snippet';

/** The forms `renderSnippet` accepts. */
export const snippetForms: readonly SnippetForm[] = ['shadow', 'light', 'both'];

/** Options of `renderSnippet`. */
export interface SnippetOptions {
  /** `shadow` (default), `light` or `both`; see `SnippetForm`. */
  form?: SnippetForm;
}

/** An attribute value: a string or number as written; `true` for a bare attribute; `false`/null/undefined to omit it. */
export type SnippetAttributeValue = string | number | boolean | null | undefined;

/** Attributes any element takes, beside those each widget declares. */
const globalAttributes = new Set(['id', 'class', 'style', 'lang', 'dir', 'title', 'hidden', 'slot', 'tabindex']);
const attributeName = /^[a-z_][a-z0-9_.:-]*$/i;
const warnedAttributes = new Set<string>();

/** Every widget tag registered in this process (by `../define.js`), sorted. */
export function snippetTags(): string[] {
  return widgetTags.filter((tag) => customElements.get(tag)).sort();
}

/** The tag a name stands for: a tag (`khojaly-facts`) or its short name (`facts`), case and space ignored. */
export function resolveTag(name: string): string {
  const tag = findWidget(name)?.tag;
  if (!tag || !customElements.get(tag)) {
    const known = registry.filter((e) => customElements.get(e.tag)).map((e) => `${e.tag} (${e.name})`);
    throw new TypeError(`"${name}" is not a khojaly widget. Use one of: ${known.join(', ')}.`);
  }
  return tag;
}

/** The attributes an element observes (its declared properties' attributes). */
function observedAttributes(tag: string): string[] {
  const ctor = customElements.get(tag) as unknown as { observedAttributes?: string[] };
  return [...(ctor.observedAttributes ?? [])];
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `<tag a="1" b>` as trusted markup: the tag is a registered widget and every name was checked. */
function hostMarkup(tag: string, attributes: Record<string, SnippetAttributeValue>): string {
  const known = new Set([...observedAttributes(tag), ...globalAttributes]);
  let markup = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (!attributeName.test(name)) throw new TypeError(`<${tag}>: "${name}" is not a valid attribute name.`);
    if (value === false || value === null || value === undefined) continue;
    const lower = name.toLowerCase();
    if (!known.has(lower) && !lower.startsWith('data-') && !lower.startsWith('aria-') && !warnedAttributes.has(`${tag} ${lower}`)) {
      // A typo (`grup`) would silently give the default widget: say so once, and keep the attribute as written.
      warnedAttributes.add(`${tag} ${lower}`);
      console.warn(`<${tag}> has no attribute "${lower}"; it is kept but changes nothing. Its attributes: ${observedAttributes(tag).join(', ')}.`);
    }
    markup += value === true ? ` ${lower}` : ` ${lower}="${escapeAttribute(String(value))}"`;
  }
  return `${markup}></${tag}>`;
}

/** Lit's hydration markers are comments; the text never holds `<!--` (text is escaped), so this is safe. */
const stripComments = (markup: string) => markup.replace(/<!--[\s\S]*?-->/g, '');

/**
 * Buttons do nothing until the script runs: the snippet hides them and keeps their place (a rule in the
 * shadow root's styles, or in the page stylesheet for the light form), so nothing moves when they appear.
 */
const hideButtons = (markup: string) => markup.replace(/<button\b/g, '<button hidden');
const keepButtonPlace = '@media screen{button[hidden]{display:revert;visibility:hidden}}';

/** The shadow root's content as plain markup: no `<style>` (the page stylesheet mirrors it), no markers. */
function lightContent(shadowInner: string): string {
  return hideButtons(stripComments(shadowInner.replace(/^\s*<style>[\s\S]*?<\/style>/, '')));
}

/** The shadow root's content with its buttons hidden until the script runs. */
function shadowContent(shadowInner: string): string {
  if (!/<button\b/.test(shadowInner)) return shadowInner;
  return hideButtons(shadowInner).replace('</style>', `${keepButtonPlace}</style>`);
}

/**
 * Renders a widget to static HTML. `tag` is a tag name or its short name (`facts`, `recognitions`,
 * `quote`); `attributes` are the element's attributes as you would write them (`{ group: '2020' }`).
 *
 * The output is deterministic: the same arguments give the same bytes. A bad attribute value gives the
 * widget's own console warning and its default content, as in the browser; an unknown tag or an invalid
 * attribute name throws a `TypeError` naming the accepted values.
 *
 * On the server there is no page: `theme="auto"` renders light (the browser re-resolves it when the script
 * runs; pass `theme` to fix it), and numbers and dates follow the `lang` attribute given, else English.
 */
export function renderSnippet(tag: string, attributes: Record<string, SnippetAttributeValue> = {}, options: SnippetOptions = {}): string {
  const form = options.form ?? 'shadow';
  if (!snippetForms.includes(form)) throw new TypeError(`form "${String(form)}" is not valid. Use one of: ${snippetForms.join(', ')}.`);
  const name = resolveTag(tag);
  const rendered = collectResultSync(render(html`${unsafeStatic(hostMarkup(name, attributes))}`));
  // Drop the outer template's markers: only those inside the shadow root serve the element's hydration.
  const host = rendered
    .replace(/^<!--lit-part[^>]*-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(new RegExp(`^<${name}\\s+`), `<${name} `);
  const match = /^(<[^>]*>)(<template shadowroot="open" shadowrootmode="open">)([\s\S]*)<\/template>(<\/[a-z0-9-]+>)$/.exec(host);
  if (!match) throw new Error(`<${name}> did not render a shadow root on the server.`);
  const [, tagOpen, template, inner, close] = match;
  // Marks the host as carrying its content, so the page stylesheet reserves no height for it: the snippet
  // is the widget's own layout in every engine, where a reservation measured in one engine is not.
  const open = tagOpen.replace(/>$/, ` ${snippetMarker}>`);
  // Lit writes both `shadowrootmode` (the standard) and `shadowroot` (Chromium 90–111's name for it).
  const shadow = `${template}${shadowContent(inner)}</template>`;
  if (form === 'shadow') return `${open}${shadow}${close}`;
  if (form === 'light') return `${open}${lightContent(inner)}${close}`;
  return `${open}${shadow}${lightContent(inner)}${close}`;
}
