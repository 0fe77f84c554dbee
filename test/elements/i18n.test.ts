// SPDX-License-Identifier: MIT
// Languages: interface strings from a catalogue chosen by the nearest lang, numbers and dates in that
// language, per-element overrides, and right-to-left pages.
import { expect, html } from '@open-wc/testing';
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
