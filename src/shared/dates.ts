// SPDX-License-Identifier: MIT
/**
 * The statement's dates — ISO 8601 days, months, years and intervals, and EDTF decades (`199X`) — for
 * markup and display, in the reader's language at the precision the statement gives.
 * @module
 */
import { cached, isPlainEnglish } from './format.js';

/** An EDTF decade such as `199X` ("early 1990s"). */
const decade = /^(\d{3})X$/;

const formats = new Map<string, Intl.DateTimeFormat>();

/** A cached UTC date format for a language and precision; an invalid language falls back to the default. */
function dateFormat(lang: string, precision: 'year' | 'month' | 'day'): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : precision === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { dateStyle: 'long', timeZone: 'UTC' };
  return cached(formats, `${lang}|${precision}`, (key) => new Intl.DateTimeFormat(key?.split('|')[0] || undefined, options));
}

/** Whether a date is an EDTF decade (`199X`). */
export const isDecade = (date: string): boolean => decade.test(date);

/**
 * The `datetime` attribute for a statement date. HTML takes a year, a month or a day, but no interval and
 * no decade: an interval gives its start (the night of 25 to 26 February 1992 → `1992-02-25`) and a decade
 * gives undefined — "199" is no HTML year (it would read as the year 199) — so callers show a decade in a
 * `<span>` rather than a `<time>`, keeping its EDTF value in `data-date`.
 */
export function timeDatetime(date: string): string | undefined {
  return isDecade(date) ? undefined : date.split('/')[0];
}

/** The first and last year a date can fall in: `199X` → 1990–1999, an interval → its start and end years. */
export function yearsOf(date: string): [number, number] {
  const d = decade.exec(date);
  if (d) return [Number(d[1]) * 10, Number(d[1]) * 10 + 9];
  const [start, end = start] = date.split('/');
  return [Number(start.slice(0, 4)), Number(end.slice(0, 4))];
}

/**
 * A key that sorts dates chronologically as plain strings: the start of the date, a decade as its first
 * year. A less precise date sorts before a more precise one that starts the same (`2020-09` before
 * `2020-09-27`): it may begin earlier.
 */
export function chronologicalKey(date: string): string {
  return date.split('/')[0].replace(decade, '$10');
}

const months = 'January February March April May June July August September October November December'.split(' ');

/** A date in US English as Intl writes it (see `isPlainEnglish`): "1949", "September 2020", "December 9, 1948". */
function plainEnglish({ date, precision }: ReturnType<typeof parse>): string {
  const year = date.getUTCFullYear();
  const month = months[date.getUTCMonth()];
  return precision === 'year' ? `${year}` : precision === 'month' ? `${month} ${year}` : `${month} ${date.getUTCDate()}, ${year}`;
}

/** An ISO date of any precision as a UTC `Date` and its precision. */
function parse(iso: string): { date: Date; precision: 'year' | 'month' | 'day' } {
  const [y, m, d] = iso.split('-').map(Number);
  const precision = d ? 'day' : m ? 'month' : 'year';
  return { date: new Date(Date.UTC(y, (m || 1) - 1, d || 1)), precision };
}

/**
 * A statement date in the reader's language at the precision the statement gives it, never more: `1949`
 * → "1949", `2020-09` → "September 2020", `1948-12-09` → "December 9, 1948"; an interval as a range.
 * A decade has no Intl form and gives undefined.
 */
export function formatStatementDate(iso: string, lang: string): string | undefined {
  if (isDecade(iso)) return undefined;
  const [start, end] = iso.split('/');
  const a = parse(start);
  if (!end) return isPlainEnglish(lang) ? plainEnglish(a) : dateFormat(lang, a.precision).format(a.date);
  const b = parse(end);
  return dateFormat(lang, a.precision).formatRange(a.date, b.date);
}

/** An ISO 8601 day (`2021-02-22`) as a long date in the language ("22 February 2021"). */
export const formatDate = (iso: string, lang: string): string => formatStatementDate(iso, lang) ?? iso;
