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

/** A count exactly as given, with the language's digit grouping (1275 → "1,275" in English); never rounded. */
export function formatNumber(value: number, lang: string): string {
  return cached(numberFormats, lang, (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 0, useGrouping: true })).format(value);
}

/** "a, b and c" in the language's own words. */
export function formatList(items: string[], lang: string): string {
  return cached(listFormats, lang, (l) => new Intl.ListFormat(l, { type: 'conjunction' })).format(items);
}

/** The pieces of a formatted list, so callers can wrap each item in markup. */
export function formatListParts(items: string[], lang: string): { type: string; value: string }[] {
  return cached(listFormats, lang, (l) => new Intl.ListFormat(l, { type: 'conjunction' })).formatToParts(items);
}

/** English ordinal suffix ("29th"); other languages get the bare number. */
export function formatOrdinal(value: number, lang: string): string {
  const n = formatNumber(value, lang);
  if (!/^en\b/i.test(lang)) return n;
  const suffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
  return n + suffix[new Intl.PluralRules('en', { type: 'ordinal' }).select(value)];
}
