// SPDX-License-Identifier: MIT
/**
 * The link form: a plain link to a widget's page becomes the widget when the library runs, and nothing else on
 * the page changes. Here the library runs from src/, so its own embed pages are /src/embed/<tag>.html.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { allowLinkBases, upgradeLinks } from '../../src/upgrade/upgrade-links.js';
import { watchDivs } from '../../src/upgrade/upgrade-divs.js';
import { guardEachTest, settled, shadowText } from '../helpers/elements.js';

// A site names another host of the embed pages (read once, on the first link).
const meta = Object.assign(document.createElement('meta'), { name: 'khojaly-widgets-embed', content: 'https://cdn.example.org/kw/dist/embed/' });
document.head.append(meta);

const own = new URL('/src/embed/', location.href).href;
const attributesOf = (el: Element) => Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));

describe('the link form', () => {
  const guard = guardEachTest();

  it('replaces a link to the script’s own embed page with the widget, options from the query string', async () => {
    const box = await fixture<HTMLElement>(html`<div><p>Before.</p><p><a href=${`${own}khojaly-facts.html?group=2020&layout=list`}>Khojaly figures</a></p></div>`);
    upgradeLinks(box);
    const el = box.querySelector('khojaly-facts')!;
    expect(el, 'the widget is in the link’s place').to.exist;
    expect(el.parentElement!.localName).to.equal('p');
    expect(attributesOf(el)).to.deep.equal({ group: '2020', layout: 'list' });
    await settled(el);
    expect(shadowText(el)).to.include('94'); // 2020: 94 civilians killed
    expect(box.querySelector('a')).to.equal(null);
    expect(box.textContent).to.include('Before.');
  });

  it('leaves every other link alone: other hosts, other folders, other pages', async () => {
    const links = [
      'https://example.com/khojaly-widgets/dist/embed/khojaly-facts.html?group=2020',
      `${location.origin}/elsewhere/embed/khojaly-facts.html`,
      `${own}not-a-widget.html`,
      `${own}khojaly-facts.htm`,
      `${own}`,
    ];
    const box = await fixture<HTMLElement>(html`<div>${links.map((href) => html`<a href=${href}>link</a>`)}</div>`);
    upgradeLinks(box);
    expect([...box.querySelectorAll('a')].map((a) => a.href)).to.deep.equal(links.map((l) => new URL(l).href));
    expect(box.querySelector('khojaly-facts')).to.equal(null);
  });

  it('leaves a link inside a widget’s tag alone: it is that widget’s fallback (the WordPress plugin prints one)', async () => {
    const href = `${own}statement-quote.html?quote=impunity&heading=Words`;
    const box = await fixture<HTMLElement>(html`<div><statement-quote quote="impunity" heading="Words"><p><a href=${href}>A quote</a></p></statement-quote></div>`);
    upgradeLinks(box);
    expect(box.querySelectorAll('statement-quote').length, 'no second widget inside the first').to.equal(1);
    expect(box.querySelector('statement-quote a')!.getAttribute('href')).to.equal(href);
  });

  it('upgrades links to the hosts a site names, by meta tag or allowLinkBases()', async () => {
    allowLinkBases(`${location.origin}/mirror/dist/embed`);
    const box = await fixture<HTMLElement>(html`<div>
      <a href="https://cdn.example.org/kw/dist/embed/statement-quote.html?quote=impunity">a quote</a>
      <a href="${location.origin}/mirror/dist/embed/recognition-list.html?kind=genocide">recognitions</a>
    </div>`);
    upgradeLinks(box);
    expect(attributesOf(box.querySelector('statement-quote')!)).to.deep.equal({ quote: 'impunity' });
    expect(attributesOf(box.querySelector('recognition-list')!)).to.deep.equal({ kind: 'genocide' });
  });

  it('copies only the widget’s own options: no event handlers or styles from a hostile query string', async () => {
    const box = await fixture<HTMLElement>(html`<div><a href=${`${own}khojaly-facts.html?group=2020&onclick=alert(1)&style=display:none&autofocus=&lang=az`}>x</a></div>`);
    upgradeLinks(box);
    expect(attributesOf(box.querySelector('khojaly-facts')!)).to.deep.equal({ group: '2020', lang: 'az' });
  });

  it('a bad option value gets the widget’s one warning and its default', async () => {
    const box = await fixture<HTMLElement>(html`<div><a href="${own}khojaly-facts.html?layout=tiles">x</a></div>`);
    upgradeLinks(box);
    const el = box.querySelector('khojaly-facts')!;
    await settled(el);
    expect(guard.warnings.from('khojaly-facts')).to.deep.equal(['<khojaly-facts> layout="tiles" is not valid. Use one of: grid, list, inline. Showing layout="grid".']);
    expect(shadowText(el)).to.include('613');
  });

  it('a statement from another site is not taken: one warning, the built-in statement', async () => {
    const box = await fixture<HTMLElement>(html`<div><a href="${own}statement-quote.html?src=https://evil.example/s.json">x</a></div>`);
    upgradeLinks(box);
    const el = box.querySelector('statement-quote')!;
    expect(el.hasAttribute('src')).to.equal(false);
    expect(guard.warnings.from('statement-quote')).to.have.length(1);
    expect(guard.warnings.from('statement-quote')[0]).to.match(/src="https:\/\/evil\.example\/s\.json" is not on this site/);
  });

  it('takes the blockquote that carries the quoted words with it, when the link is its only link', async () => {
    const box = await fixture<HTMLElement>(html`<div>
      <blockquote><p>Indifference and double standards …</p><p>— <a href="${own}statement-quote.html?quote=impunity">the Ombudsman</a></p></blockquote>
      <blockquote><p>Words with <a href="https://example.com/">a link</a> and <a href="${own}statement-quote.html">the widget</a></p></blockquote>
    </div>`);
    upgradeLinks(box);
    const quotes = box.querySelectorAll('statement-quote');
    expect(quotes).to.have.length(2);
    expect(quotes[0].parentElement).to.equal(box, 'the first blockquote was replaced whole');
    expect(quotes[1].closest('blockquote'), 'a blockquote with other links keeps them').to.exist;
    expect(box.querySelector('a[href="https://example.com/"]')).to.exist;
  });

  it('upgrades links added to the page later', async () => {
    watchDivs();
    const box = await fixture<HTMLElement>(html`<div></div>`);
    box.innerHTML = `<p><a href="${own}statement-timeline.html?from=2020">timeline</a></p>`;
    await waitUntil(() => box.querySelector('statement-timeline'), 'the added link becomes the widget');
    expect(attributesOf(box.querySelector('statement-timeline')!)).to.deep.equal({ from: '2020' });
  });
});
