// SPDX-License-Identifier: MIT
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import data from '../../data/statement.json';
import '../../src/statement-timeline/define.js';
import { emulateMedia, emulateMediaOrSkip, setViewport } from '../helpers/engine.js';
import type { StatementTimeline } from '../../src/statement-timeline/statement-timeline.js';
import { $, $$, openSources, rootOf, setAttrs, settled, squash, guardEachTest } from '../helpers/elements.js';
import { dateInEnglish, isWholeSentenceOf, paragraph } from '../helpers/statement-text.js';

const tag = 'statement-timeline';
const events = (data as unknown as { events: { id: string; date?: string; dateText?: string; label: string; source: { paragraph: string; phrase: string } }[] }).events;
const event = (id: string) => events.find((e) => e.id === id)!;

/** The statement's dated events in chronological order, as a reader expects them. */
const chronological = [
  'un-resolution-96-adopted', // 11 December 1946
  'genocide-convention-adopted', // 9 December 1948
  'geneva-conventions', // 1949
  'ethnic-cleansing-1990s', // early 1990s (199X): from 1990
  'khojaly-genocide', // the night from 25 to 26 February 1992
  'milli-majlis-assessment', // 1994
  'ceasefire-violated-july-2020',
  'ceasefire-violated-september-2020',
  'counter-offensive', // 27 September 2020
  'trilateral-statement', // 10 November 2020
  'statement-issued', // 22 February 2021
];

async function mount(template: TemplateResult): Promise<StatementTimeline> {
  const wrapper = await fixture<HTMLElement>(template);
  const el = (wrapper.localName === tag ? wrapper : wrapper.querySelector(tag)) as StatementTimeline;
  await settled(el);
  return el;
}

/** What a reader sees, event by event. */
const shown = (el: Element) =>
  $$(el, '[part="event"]').map((li) => ({
    id: li.dataset.event!,
    date: squash(li.querySelector('[part="date"]')?.textContent),
    label: squash(li.querySelector('[part="label"]')?.textContent),
    source: squash(li.querySelector('[part="source-quote"] p')?.textContent),
  }));
const ids = (el: Element) => shown(el).map((e) => e.id);
const darkPage = 'color-scheme: dark; background: #101114; color: #eeeeee; padding: 8px';

describe('<statement-timeline>: a reader follows the events the statement dates, in order', () => {
  const guard = guardEachTest();

  describe('by default: every dated event, vertically', () => {
    it('lists the 11 dated events in chronological order and leaves out the undated occupation of Garadagli and Agdaban', async () => {
      const el = await mount(html`<statement-timeline></statement-timeline>`);
      expect(ids(el)).to.deep.equal(chronological);
      expect(ids(el)).not.to.include('occupation-garadagli-agdaban');
      expect(rootOf(el).classList.contains('layout-vertical')).to.equal(true);
      expect($$(el, '[part="scroller"]')).to.have.length(0);
      expect(guard.warnings.messages).to.deep.equal([]);
    });

    it('shows each date in the statement’s own words and each label exactly as the data gives them', async () => {
      const el = await mount(html`<statement-timeline></statement-timeline>`);
      for (const e of shown(el)) {
        expect(e.date, e.id).to.equal(event(e.id).dateText);
        expect(e.label, e.id).to.equal(event(e.id).label);
      }
      expect(shown(el)[4].date).to.equal('On the night from February 25 to 26, 1992');
    });

    it('gives machines an ISO date: a day, month or year as is, an interval by its start, a decade none (a <span> keeping 199X)', async () => {
      const el = await mount(html`<statement-timeline></statement-timeline>`);
      const date = (id: string) => $(el, `[data-event="${id}"] [part="date"]`);
      expect(date('khojaly-genocide').localName).to.equal('time');
      expect(date('khojaly-genocide').getAttribute('datetime')).to.equal('1992-02-25');
      expect(date('khojaly-genocide').dataset.date).to.equal('1992-02-25/1992-02-26');
      expect(date('geneva-conventions').getAttribute('datetime')).to.equal('1949');
      expect(date('ceasefire-violated-july-2020').getAttribute('datetime')).to.equal('2020-07');
      expect(date('counter-offensive').getAttribute('datetime')).to.equal('2020-09-27');
      expect(date('ethnic-cleansing-1990s').localName).to.equal('span');
      expect(date('ethnic-cleansing-1990s').hasAttribute('datetime')).to.equal(false);
      expect(date('ethnic-cleansing-1990s').dataset.date).to.equal('199X');
      expect($$(el, 'time[part="date"]')).to.have.length(10);
    });

    it('cites under each event the whole verbatim sentence it comes from, with its paragraph', async () => {
      const el = await mount(html`<statement-timeline></statement-timeline>`);
      openSources(el);
      for (const e of shown(el)) {
        const { paragraph: id, phrase } = event(e.id).source;
        expect(e.source, e.id).to.include(phrase);
        if (id.startsWith('p')) expect(isWholeSentenceOf(e.source, id), `${e.id}: ${e.source}`).to.equal(true);
        else expect(e.source, e.id).to.equal(paragraph(id));
      }
      expect(squash($(el, '[data-event="khojaly-genocide"] .where').textContent)).to.equal('Paragraph 1');
    });

    it('ends with the attribution: issuer and date', async () => {
      const el = await mount(html`<statement-timeline></statement-timeline>`);
      expect(squash($(el, '[part="attribution"]').textContent)).to.equal(
        `Source: Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan, statement of ${dateInEnglish}`,
      );
    });

    it('draws the line down the start side, a marker at each event, the later event below the earlier', async () => {
      const el = await mount(html`<statement-timeline></statement-timeline>`);
      expect(getComputedStyle($(el, '[part="events"]')).borderInlineStartWidth).to.equal('2px');
      const [a, b] = $$(el, '[part="event"]').map((e) => e.getBoundingClientRect());
      expect(b.top).to.be.at.least(a.bottom - 1);
      expect(getComputedStyle($(el, '[part="event"]'), '::before').backgroundColor).to.equal(getComputedStyle($(el, '[part="date"]')).color);
    });
  });

  describe('a range of years: from and to (inclusive)', () => {
    it('from="1992" to="1994" keeps 1992, 1994 and the early 1990s, which may fall within', async () => {
      const el = await mount(html`<statement-timeline from="1992" to="1994"></statement-timeline>`);
      expect(ids(el)).to.deep.equal(['ethnic-cleansing-1990s', 'khojaly-genocide', 'milli-majlis-assessment']);
    });

    it('from="2020" keeps 2020 and the statement itself', async () => {
      const el = await mount(html`<statement-timeline from="2020"></statement-timeline>`);
      expect(ids(el)).to.deep.equal(chronological.slice(6));
    });

    it('to="1949" keeps the resolution, the Genocide Convention and the Geneva Conventions', async () => {
      const el = await mount(html`<statement-timeline to="1949"></statement-timeline>`);
      expect(ids(el)).to.deep.equal(chronological.slice(0, 3));
    });

    it('from and to of one year keep that year: from="2021" to="2021" is the statement’s own date', async () => {
      const el = await mount(html`<statement-timeline from="2021" to="2021"></statement-timeline>`);
      expect(shown(el).map((e) => e.date)).to.deep.equal(['February 22, 2021']);
    });

    it('re-filters when from and to change at run time, and shows everything when they are removed', async () => {
      const el = await mount(html`<statement-timeline></statement-timeline>`);
      await setAttrs(el, { from: '1946', to: '1948' });
      expect(ids(el)).to.deep.equal(chronological.slice(0, 2));
      el.to = 2020;
      await settled(el);
      expect(ids(el)).to.deep.equal(chronological.slice(0, 10));
      await setAttrs(el, { from: null, to: null });
      expect(ids(el)).to.deep.equal(chronological);
    });
  });

  describe('bad values: one warning each, then a sane timeline', () => {
    it('from="soon" warns once, is ignored, and every event shows', async () => {
      const el = await mount(html`<statement-timeline from="soon"></statement-timeline>`);
      expect(guard.warnings.messages).to.have.length(1);
      expect(guard.warnings.messages[0]).to.match(/^<statement-timeline> from="soon" is not valid\. Use a year such as 1992\. Ignoring from\.$/);
      expect(ids(el)).to.deep.equal(chronological);
      el.requestUpdate();
      await setAttrs(el, { from: 'soon', heading: 'Dates' });
      expect(guard.warnings.messages).to.have.length(1);
    });

    it('to="19.5" warns once and is ignored, from still applies', async () => {
      const el = await mount(html`<statement-timeline from="2020" to="19.5"></statement-timeline>`);
      expect(guard.warnings.messages).to.have.length(1);
      expect(guard.warnings.messages[0]).to.match(/^<statement-timeline> to="19\.5" is not valid\./);
      expect(ids(el)).to.deep.equal(chronological.slice(6));
    });

    it('to before from warns about to and ignores it', async () => {
      const el = await mount(html`<statement-timeline from="2020" to="1990"></statement-timeline>`);
      expect(guard.warnings.messages).to.deep.equal(['<statement-timeline> to="1990" is not valid. It is before from="2020". Ignoring to.']);
      expect(ids(el)).to.deep.equal(chronological.slice(6));
    });

    it('a range with no event (from="2050") warns once and shows every event, never an empty box', async () => {
      const el = await mount(html`<statement-timeline from="2050"></statement-timeline>`);
      expect(guard.warnings.messages).to.have.length(1);
      expect(guard.warnings.messages[0]).to.match(/^<statement-timeline> from="2050" is not valid\. The statement dates no event in that range \(its events span 1946 to 2021\)\. Showing every event\.$/);
      expect(ids(el)).to.deep.equal(chronological);
      el.requestUpdate();
      await setAttrs(el, { to: '2060' });
      expect(guard.warnings.messages, 'changing to leaves from="2050" as reported').to.have.length(1);
      await setAttrs(el, { from: '2000', to: null });
      await setAttrs(el, { from: '2050' });
      expect(guard.warnings.messages, 'set again after a good value, it is reported again').to.have.length(2);
    });

    it('layout="diagonal" warns once and shows the vertical timeline', async () => {
      const el = await mount(html`<statement-timeline layout="diagonal"></statement-timeline>`);
      expect(guard.warnings.messages).to.deep.equal(['<statement-timeline> layout="diagonal" is not valid. Use one of: vertical, horizontal. Showing layout="vertical".']);
      expect(rootOf(el).classList.contains('layout-vertical')).to.equal(true);
      await setAttrs(el, { heading: 'Timeline' });
      expect(guard.warnings.messages).to.have.length(1);
    });

    it('accepts " 1992 " and " Horizontal " without a warning', async () => {
      const el = await mount(html`<statement-timeline from=" 1992 " layout=" Horizontal "></statement-timeline>`);
      expect(guard.warnings.messages).to.deep.equal([]);
      expect(ids(el)[0]).to.equal('ethnic-cleansing-1990s');
      expect($$(el, '[part="scroller"]')).to.have.length(1);
    });
  });

  describe('layout="horizontal": one row that scrolls sideways', () => {
    before(() => setViewport({ width: 800, height: 600 }));

    it('sets the events side by side in a named region a keyboard can reach', async () => {
      const el = await mount(html`<statement-timeline layout="horizontal"></statement-timeline>`);
      const scroller = $(el, '[part="scroller"]');
      expect(scroller.getAttribute('tabindex')).to.equal('0');
      expect(scroller.getAttribute('role')).to.equal('region');
      expect(scroller.getAttribute('aria-label')).to.equal('Timeline');
      const [a, b] = $$(el, '[part="event"]').map((e) => e.getBoundingClientRect());
      expect(Math.abs(a.top - b.top)).to.be.below(1);
      expect(b.left).to.be.at.least(a.right - 1);
      expect(ids(el)).to.deep.equal(chronological);
    });

    it('scrolls sideways with the arrow keys once focused', async () => {
      const el = await mount(html`<statement-timeline layout="horizontal"></statement-timeline>`);
      const scroller = $(el, '[part="scroller"]');
      expect(scroller.scrollWidth).to.be.above(scroller.clientWidth);
      scroller.focus();
      expect(el.shadowRoot!.activeElement).to.equal(scroller);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => scroller.scrollLeft > 0, 'the row scrolls', { timeout: 2000 });
    });

    it('names its region after the widget’s heading when there is one', async () => {
      const el = await mount(html`<statement-timeline layout="horizontal" heading="Dates in the statement"></statement-timeline>`);
      expect($(el, '[part="scroller"]').getAttribute('aria-label')).to.equal('Dates in the statement');
    });

    it('switches between the layouts at run time', async () => {
      const el = await mount(html`<statement-timeline></statement-timeline>`);
      await setAttrs(el, { layout: 'horizontal' });
      expect($$(el, '[part="scroller"]')).to.have.length(1);
      await setAttrs(el, { layout: 'vertical' });
      expect($$(el, '[part="scroller"]')).to.have.length(0);
      expect(ids(el)).to.deep.equal(chronological);
    });

    it('wraps the row when printed: paper does not scroll', async function () {
      const el = await mount(html`<statement-timeline layout="horizontal"></statement-timeline>`);
      await emulateMediaOrSkip(this, { media: 'print' });
      try {
        const scroller = $(el, '[part="scroller"]');
        expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth + 1);
        const last = $$(el, '[part="event"]').pop()!.getBoundingClientRect();
        expect(last.right).to.be.at.most(rootOf(el).getBoundingClientRect().right + 0.5);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('narrow screens', () => {
    after(() => setViewport({ width: 800, height: 600 }));

    for (const layout of ['vertical', 'horizontal']) {
      it(`layout="${layout}" at 320 px: nothing overflows the widget or the page, every source open`, async () => {
        await setViewport({ width: 320, height: 800 });
        const el = await mount(html`<div><statement-timeline layout=${layout} heading="Khojaly, 25–26 February 1992"></statement-timeline></div>`);
        openSources(el);
        await new Promise((r) => requestAnimationFrame(r));
        expect(rootOf(el).scrollWidth, 'the widget').to.be.at.most(rootOf(el).clientWidth);
        expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(window.innerWidth);
        // In the horizontal row the later events wait off-screen inside the scroller; the rest fits.
        const visible = $$(el, '*').filter((c) => layout === 'vertical' || !c.closest('[part="scroller"]') || c.closest('[part="event"]') === $(el, '[part="event"]'));
        for (const child of visible) {
          const box = child.getBoundingClientRect();
          if (box.width === 0) continue;
          expect(box.right, `${child.localName}.${child.className} ends inside the screen`).to.be.at.most(window.innerWidth + 0.5);
        }
      });
    }

    it('in a 280 px column the horizontal row shows most of one event and a glimpse of the next', async () => {
      const el = await mount(html`<div style="width: 280px"><statement-timeline layout="horizontal"></statement-timeline></div>`);
      const scroller = $(el, '[part="scroller"]').getBoundingClientRect();
      const [first, second] = $$(el, '[part="event"]').map((e) => e.getBoundingClientRect());
      expect(el.getBoundingClientRect().width).to.equal(280);
      expect(first.width).to.be.below(scroller.width);
      expect(first.width).to.be.above(scroller.width * 0.6);
      expect(second.left).to.be.below(scroller.right);
    });
  });

  it('takes --khojaly-color-accent for the dates and markers, in light and dark, and the page’s font', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await mount(html`<div style="font-family: 'Host Page Font', cursive"><statement-timeline theme=${theme} style="--khojaly-color-accent: rgb(1, 2, 3)"></statement-timeline></div>`);
      expect(getComputedStyle($(el, '[part="date"]')).color, theme).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, '[part="event"]'), '::before').backgroundColor, theme).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(rootOf(el)).fontFamily).to.include('Host Page Font');
    }
  });

  it('is right-to-left inside dir="rtl": the line and the markers sit on the right', async () => {
    const el = await mount(html`<div dir="rtl"><statement-timeline></statement-timeline></div>`);
    const list = getComputedStyle($(el, '[part="events"]'));
    expect(list.borderRightWidth).to.equal('2px');
    expect(list.borderLeftWidth).to.equal('0px');
    const item = $(el, '[part="event"]').getBoundingClientRect();
    const marker = getComputedStyle($(el, '[part="event"]'), '::before');
    expect(parseFloat(marker.right)).to.be.below(0);
    expect(parseFloat(getComputedStyle($(el, '[part="event"]')).paddingRight)).to.be.above(0);
    expect(item.width).to.be.above(0);
  });

  describe('accessibility (axe)', () => {
    for (const layout of ['vertical', 'horizontal']) {
      for (const theme of ['light', 'dark']) {
        it(`passes axe: layout="${layout}", theme="${theme}", sources closed and open`, async () => {
          const el = await mount(
            html`<div style=${theme === 'dark' ? darkPage : ''}>
              <statement-timeline layout=${layout} theme=${theme} heading="Khojaly"></statement-timeline>
            </div>`,
          );
          expect(getComputedStyle(rootOf(el)).colorScheme).to.equal(theme);
          await expect(el).to.be.accessible();
          openSources(el);
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});
