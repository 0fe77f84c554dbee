// SPDX-License-Identifier: MIT
// Languages: interface strings from a catalogue chosen by the nearest lang, numbers and dates in that
// language, per-element overrides, and right-to-left pages.
import { expect, html } from '@open-wc/testing';
import { statement } from '../../src/data/statement.js';
import { formatStatementDate } from '../../src/shared/dates.js';
import { formatList, formatListParts, formatNumber, formatOrdinal } from '../../src/shared/format.js';
import { registerMessages } from '../../src/shared/messages.js';
import { $, mount, rootOf, setAttrs, shadowText } from '../helpers/elements.js';

// A page adds French once; anything it leaves out stays English.
registerMessages('fr', {
  sourcePrefix: 'Source :',
  statementOf: 'déclaration du',
  source: 'Source',
  copy: 'Copier avec la citation',
  genocide: 'Reconnu comme génocide',
  ofWhom: 'dont',
});

describe('languages', () => {
  it('picks the catalogue of the nearest lang: strings, numbers and the date in French', async () => {
    const el = await mount(html`<div lang="fr-FR"><khojaly-facts figures="hostages killed"></khojaly-facts></div>`, 'khojaly-facts');
    const text = shadowText(el);
    expect(text).to.match(/1\s275/); // French digit grouping (a narrow no-break space)
    expect(text).to.include('dont');
    expect(text).to.include('Source : Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan, déclaration du 22 février 2021');
  });

  it('falls back to English for strings a catalogue lacks, and for languages without one', async () => {
    const fr = await mount(html`<div lang="fr"><recognition-list></recognition-list></div>`, 'recognition-list');
    expect(shadowText(fr)).to.include('Reconnu comme génocide');
    expect(shadowText(fr)).to.include('Condemned as a massacre');
    const de = await mount(html`<div lang="de"><recognition-list></recognition-list></div>`, 'recognition-list');
    expect(shadowText(de)).to.include('Recognized as genocide');
    expect(shadowText(de)).to.include('22. Februar 2021');
  });

  it('follows a lang change on the element at run time', async () => {
    const el = await mount(html`<statement-quote></statement-quote>`, 'statement-quote');
    expect($(el, 'button').textContent).to.equal('Copy with citation');
    await setAttrs(el, { lang: 'fr' });
    expect($(el, 'button').textContent).to.equal('Copier avec la citation');
  });

  it('lets a page override any string for one element with the messages property', async () => {
    const el = await mount(html`<statement-quote .messages=${{ copy: 'Copy this quote' }}></statement-quote>`, 'statement-quote');
    expect($(el, 'button').textContent).to.equal('Copy this quote');
  });

  it('lays out right to left in a dir="rtl" page', async () => {
    const el = await mount(html`<div dir="rtl" lang="ar"><statement-quote></statement-quote></div>`, 'statement-quote');
    expect(getComputedStyle(rootOf(el)).direction).to.equal('rtl');
    const quote = $(el, 'blockquote');
    // The quote's indent for the quotation mark sits on the inline-start side, which is the right in rtl.
    expect(parseFloat(getComputedStyle(quote).paddingRight)).to.be.greaterThan(0);
    expect(parseFloat(getComputedStyle(quote).paddingLeft)).to.equal(0);
  });
});

// US English is written by the widgets themselves, so a page in English never starts Intl's locale data:
// what they write must be what this engine's Intl writes.
describe('US English without Intl', () => {
  const langs = ['en', 'en-US', 'EN-us'];
  const days = [statement.document.date, ...[...statement.events, ...statement.instruments].flatMap((x) => ('date' in x && x.date ? [x.date] : []))]
    .filter((d) => !d.includes('/') && !/X$/.test(d))
    .concat(['1949', '2020-09', '1948-12-09', '2000-01-01', '1999-12-31', '2021-02-22']);

  it('writes numbers as Intl does', () => {
    for (const lang of langs)
      for (const n of [0, 1, 7, 12, 100, 613, 999, 1000, 1275, 25000, 106000, 1234567, 9007199254740991, -5, -1275]) {
        expect(formatNumber(n, lang), `${lang} ${n}`).to.equal(new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(n));
      }
  });

  it('writes -0 as 0, in English and in other languages', () => {
    for (const lang of [...langs, 'fr', 'de-CH']) expect(formatNumber(-0, lang), lang).to.equal('0');
  });

  it('writes lists as Intl does, in whole and in parts', () => {
    const words = ['children', 'women', 'elderly people', 'hostages', 'others'];
    for (const lang of langs)
      for (let n = 0; n <= words.length; n++) {
        const items = words.slice(0, n);
        const intl = new Intl.ListFormat(lang, { type: 'conjunction' });
        expect(formatList(items, lang), `${lang} ${n}`).to.equal(intl.format(items));
        expect(formatListParts(items, lang), `${lang} ${n} parts`).to.deep.equal(intl.formatToParts(items));
      }
  });

  it('writes ordinals as Intl plural rules choose them', () => {
    const suffix: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
    const rules = new Intl.PluralRules('en', { type: 'ordinal' });
    for (let n = 0; n <= 1250; n++) expect(formatOrdinal(n, 'en'), String(n)).to.equal(formatNumber(n, 'en') + suffix[rules.select(n)]);
  });

  it("writes the statement's dates, at each precision, as Intl does", () => {
    expect(days.length).to.be.greaterThan(6);
    for (const lang of langs)
      for (const iso of days) {
        const [y, m, d] = iso.split('-').map(Number);
        const options: Intl.DateTimeFormatOptions = d ? { dateStyle: 'long' } : m ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
        const intl = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(y, (m || 1) - 1, d || 1)));
        expect(formatStatementDate(iso, lang), `${lang} ${iso}`).to.equal(intl);
      }
  });

  it('renders a facts widget and a quote in English without calling Intl', async () => {
    const made: string[] = [];
    const saved = { NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat, ListFormat: Intl.ListFormat, PluralRules: Intl.PluralRules };
    for (const [name, Ctor] of Object.entries(saved)) {
      (Intl as unknown as Record<string, unknown>)[name] = new Proxy(Ctor, { construct: (target, args) => (made.push(name), Reflect.construct(target, args)) });
    }
    try {
      const facts = await mount(html`<div lang="en-US"><khojaly-facts group="2020"></khojaly-facts></div>`, 'khojaly-facts');
      const quote = await mount(html`<div lang="en"><statement-quote></statement-quote></div>`, 'statement-quote');
      expect(shadowText(facts)).to.include('February 22, 2021');
      expect(shadowText(quote)).to.include('February 22, 2021');
      expect(made).to.deep.equal([]);
      await mount(html`<div lang="en-IE"><khojaly-facts></khojaly-facts></div>`, 'khojaly-facts');
      expect(made, 'other languages still use Intl').to.not.deep.equal([]);
    } finally {
      Object.assign(Intl, saved);
    }
  });
});
