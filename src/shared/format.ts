// SPDX-License-Identifier: MIT
/** Locale-aware formatting shared by the widgets. Formatters are cached per language: they are costly to build. */
import { isServer } from 'lit';

const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<T>(cache: Map<string, T>, key: string, make: (lang: string | undefined) => T): T {
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

/** An ISO 8601 day (`2021-02-22`) as a long date in the language ("22 February 2021"). */
export function formatDate(iso: string, lang: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  return cached(dateFormats, lang, (l) => new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: 'UTC' })).format(date);
}

/** English ordinal suffix ("29th"); other languages get the bare number. */
export function formatOrdinal(value: number, lang: string): string {
  const n = formatNumber(value, lang);
  if (!/^en\b/i.test(lang)) return n;
  const suffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
  return n + suffix[new Intl.PluralRules('en', { type: 'ordinal' }).select(value)];
}
