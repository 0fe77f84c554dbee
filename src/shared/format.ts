// SPDX-License-Identifier: MIT
/** Locale-aware formatting shared by the widgets. Formatters are cached per language: they are costly to build. */
import { isServer } from 'lit';

const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/** A formatter from the cache, made on first use; an invalid language (lang="??") falls back to the default locale. */
export function cached<T>(cache: Map<string, T>, key: string, make: (key: string | undefined) => T): T {
  let value = cache.get(key);
  if (!value) {
    try {
      value = make(key || undefined);
    } catch {
      // An invalid lang attribute (lang="??") must not break the widget: fall back to the default locale.
      value = make(undefined);
    }
    cache.set(key, value);
  }
  return value;
}

/** The language of the nearest ancestor with a `lang` attribute (the element's own included), else the document's. */
export function nearestLang(el: Element): string {
  // On the server (Lit SSR) the element has no ancestors: its own lang attribute, else English.
  if (isServer) return (el.getAttribute('lang') || 'en').trim();
  const owner = el.closest('[lang]');
  return (owner?.getAttribute('lang') || document.documentElement.lang || 'en').trim();
}

/**
 * Whether the widgets write a language's formats themselves: US English (`en`, `en-US`, the default), the
 * statement's language and most pages'. The output is Intl's (a test compares them in each engine), but a
 * page that never calls Intl does not start its locale data, which costs Chromium 9–14 ms on a page's
 * first Intl call: about half of what one widget adds to a page's render.
 */
export const isPlainEnglish = (lang: string): boolean => /^en(-us)?$/i.test(lang);

/** A count exactly as given, with the language's digit grouping (1275 → "1,275" in English); never rounded. */
export function formatNumber(value: number, lang: string): string {
  value += 0; // -0 is 0, in every language
  if (isPlainEnglish(lang) && Number.isSafeInteger(value)) return String(value).replace(/\B(?=(\d{3})+$)/g, ',');
  return cached(numberFormats, lang, (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 0, useGrouping: true })).format(value);
}

/** "a, b, and c" in the language's own words. */
export function formatList(items: string[], lang: string): string {
  return formatListParts(items, lang).map((p) => p.value).join('');
}

/** The pieces of a formatted list, so callers can wrap each item in markup. */
export function formatListParts(items: string[], lang: string): { type: string; value: string }[] {
  if (isPlainEnglish(lang)) {
    const last = items.length - 1;
    return items.flatMap((value, i) => [
      ...(i ? [{ type: 'literal', value: i < last ? ', ' : last > 1 ? ', and ' : ' and ' }] : []),
      { type: 'element', value },
    ]);
  }
  return cached(listFormats, lang, (l) => new Intl.ListFormat(l, { type: 'conjunction' })).formatToParts(items);
}

/** English ordinal suffix ("29th", "21st", "112th"); other languages get the bare number. */
export function formatOrdinal(value: number, lang: string): string {
  const n = formatNumber(value, lang);
  if (!/^en\b/i.test(lang)) return n;
  const tens = value % 100;
  return n + ((tens < 11 || tens > 13) && ['th', 'st', 'nd', 'rd'][value % 10] || 'th');
}
