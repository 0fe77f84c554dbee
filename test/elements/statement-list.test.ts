// SPDX-License-Identifier: MIT
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import data from '../../data/statement.json';
import '../../src/statement-list/define.js';
import { setViewport } from '../helpers/engine.js';
import type { StatementList } from '../../src/statement-list/statement-list.js';
import { $, $$, openSources, rootOf, setAttrs, settled, squash, guardEachTest } from '../helpers/elements.js';
import { dateInEnglish, isWholeSentenceOf, paragraph } from '../helpers/statement-text.js';

const tag = 'statement-list';
interface RawSource {
  paragraph: string;
  phrase: string;
}
const raw = data as unknown as {
  places: { id: string; name: string; source: RawSource }[];
  instruments: { id: string; name: string; kind: string; date?: string; source: RawSource }[];
  addressees: { id: string; name: string; source: RawSource }[];
  events: { id: string; label: string; dateText?: string }[];
};

async function mount(template: TemplateResult): Promise<StatementList> {
  const wrapper = await fixture<HTMLElement>(template);
  const el = (wrapper.localName === tag ? wrapper : wrapper.querySelector(tag)) as StatementList;
  await settled(el);
  return el;
}

/** A list item as a reader sees it: "Name (kind)", and the items nested under it. */
interface Shown {
  item: string;
  within?: string[];
}
const itemText = (li: Element) => squash([...li.children].filter((c) => c.localName === 'span').map((c) => c.textContent).join(' '));
function places(el: Element) {
  return $$(el, '[part="group"]').map((group) => ({
    event: group.dataset.event,
    heading: squash(group.querySelector('[part="group-heading"]')?.textContent),
    date: squash(group.querySelector('[part="group-date"]')?.textContent),
    places: [...group.querySelectorAll(':scope > ul > li')].map((li): Shown => {
      const nested = [...li.querySelectorAll(':scope > ul > li')].map(itemText);
      return nested.length ? { item: itemText(li), within: nested } : { item: itemText(li) };
    }),
    sources: [...group.querySelectorAll('[part="source-quote"] p:not(.where)')].map((p) => squash(p.textContent)),
  }));
}
const names = (el: Element) => $$(el, '[part="name"]').map((n) => n.textContent);
const darkPage = 'color-scheme: dark; background: #101114; color: #eeeeee; padding: 8px';

const nagornoKarabakhVillages = [
  'Imarat Gharvand',
  'Tugh',
  'Selaketin',
  'Khojavand',
  'Karkijahan',
  'Jamilli',
  'Mesheli',
  'Akhullu',
  'Nebiler',
  'Hasanabad',
  'Gaybali',
  'Malibeyli',
  'Yukhari Gushchular',
  'Ashaghi Gushchular',
].map((v) => `${v} (village)`);

describe('<statement-list>: a reader sees the places, instruments and addressees the statement names', () => {
  const guard = guardEachTest();

  describe('list="places" (the default): per event, grouped by the district or region the statement gives', () => {
    it('groups the places under the three events they are named for, each headed by the event and its date in the statement’s words', async () => {
      const el = await mount(html`<statement-list></statement-list>`);
      const groups = places(el);
      expect(groups.map((g) => g.event)).to.deep.equal(['khojaly-genocide', 'ethnic-cleansing-1990s', 'occupation-garadagli-agdaban']);
      groups.forEach((g) => expect(g.heading).to.equal(raw.events.find((e) => e.id === g.event)!.label));
      expect(groups.map((g) => g.date)).to.deep.equal(['On the night from February 25 to 26, 1992', 'in early 1990s', '']);
      expect($(el, '[data-event="khojaly-genocide"] time[part="group-date"]').getAttribute('datetime')).to.equal('1992-02-25');
    });

    it('Khojaly town lies in the Nagorno-Karabakh region; Khankendi town stands alone', async () => {
      const el = await mount(html`<statement-list></statement-list>`);
      expect(places(el)[0].places).to.deep.equal([{ item: 'Nagorno-Karabakh (region)', within: ['Khojaly (town)'] }, { item: 'Khankendi (town)' }]);
    });

    it('the ethnic cleansing of the early 1990s: Baganis Ayrim village of Gazakh district and the 14 villages in Nagorno-Karabakh', async () => {
      const el = await mount(html`<statement-list></statement-list>`);
      expect(places(el)[1].places).to.deep.equal([
        { item: 'Nagorno-Karabakh (region)', within: nagornoKarabakhVillages },
        { item: 'Gazakh (district)', within: ['Baganis Ayrim (village)'] },
      ]);
    });

    it('the occupation: Garadagli village of Khojavend district, Agdaban village of Kalbajar district', async () => {
      const el = await mount(html`<statement-list></statement-list>`);
      expect(places(el)[2].places).to.deep.equal([
        { item: 'Khojavend (district)', within: ['Garadagli (village)'] },
        { item: 'Kalbajar (district)', within: ['Agdaban (village)'] },
      ]);
    });

    it('cites under each group the whole sentences its places come from, verbatim', async () => {
      const el = await mount(html`<statement-list></statement-list>`);
      openSources(el);
      const groups = places(el);
      for (const g of groups) {
        expect(g.sources.length, g.event).to.be.at.least(1);
        for (const s of g.sources) expect(isWholeSentenceOf(s, 'p1') || isWholeSentenceOf(s, 'p3'), s).to.equal(true);
        const cited = g.sources.join(' ');
        for (const item of g.places.flatMap((p) => [p.item, ...(p.within ?? [])])) {
          const place = raw.places.find((x) => `${x.name}` === item.replace(/ \(.*\)$/, ''))!;
          expect(cited, `${g.event}: ${item}`).to.include(place.source.phrase);
        }
      }
      expect(groups[0].sources).to.deep.equal([paragraph('p1').split('. ')[1] + '.']);
    });
  });

  describe('list="instruments"', () => {
    it('lists the 11 instruments in the statement’s order, named as the statement names them, with their kind', async () => {
      const el = await mount(html`<statement-list list="instruments"></statement-list>`);
      expect(names(el)).to.deep.equal(raw.instruments.map((i) => i.name));
      const kinds = $$(el, '[part="kind"]').map((k) => k.textContent);
      expect(kinds).to.deep.equal(raw.instruments.map((i) => i.kind[0].toUpperCase() + i.kind.slice(1)));
    });

    it('gives a date only where the statement does, at its precision: 1949, December 9, 1948, …', async () => {
      const el = await mount(html`<statement-list list="instruments"></statement-list>`);
      const dates = $$(el, '[part="item"]').map((li) => {
        const t = li.querySelector('time');
        return t ? [t.getAttribute('datetime'), t.textContent] : null;
      });
      expect(dates).to.deep.equal([
        ['1949', '1949'],
        ['1948-12-09', 'December 9, 1948'],
        null,
        null,
        null,
        null,
        null,
        null,
        ['1946-12-11', 'December 11, 1946'],
        ['1948-12-09', 'December 9, 1948'],
        ['2020-11-10', 'November 10, 2020'],
      ]);
    });

    it('formats the dates for the nearest lang: German', async () => {
      const el = await mount(html`<div lang="de"><statement-list list="instruments"></statement-list></div>`);
      expect($$(el, 'time[part="date"]').map((t) => t.textContent)).to.deep.equal(['1949', '9. Dezember 1948', '11. Dezember 1946', '9. Dezember 1948', '10. November 2020']);
    });

    it('cites the three sentences the instruments come from (paragraphs 4, 5 and 10)', async () => {
      const el = await mount(html`<statement-list list="instruments"></statement-list>`);
      expect(squash($(el, '[part="source-summary"]').textContent)).to.equal('Sources');
      const quotes = $$(el, '[part="source-quote"]');
      expect(quotes.map((q) => squash(q.querySelector('.where')?.textContent))).to.deep.equal(['Paragraph 4', 'Paragraph 5', 'Paragraph 10']);
      for (const [i, id] of ['p4', 'p5', 'p10'].entries()) {
        expect(isWholeSentenceOf(squash(quotes[i].querySelector('p')!.textContent), id), id).to.equal(true);
      }
    });
  });

  describe('list="addressees"', () => {
    it('lists the 19 addressees, one item each, as the statement names them', async () => {
      const el = await mount(html`<statement-list list="addressees"></statement-list>`);
      expect(names(el)).to.deep.equal(raw.addressees.map((a) => a.name));
      expect($$(el, 'li')).to.have.length(19);
    });

    it('cites the addressees paragraph, verbatim', async () => {
      const el = await mount(html`<statement-list list="addressees"></statement-list>`);
      expect(squash($(el, '[part="source-summary"]').textContent)).to.equal('Source');
      expect(squash($(el, '[part="source-quote"] p').textContent)).to.equal(paragraph('addressees'));
    });
  });

  it('every list ends with the attribution: issuer and date', async () => {
    for (const list of ['places', 'instruments', 'addressees']) {
      const el = await mount(html`<statement-list list=${list}></statement-list>`);
      expect(squash($(el, '[part="attribution"]').textContent), list).to.equal(
        `Source: Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan, statement of ${dateInEnglish}`,
      );
    }
  });

  it('switches lists at run time', async () => {
    const el = await mount(html`<statement-list></statement-list>`);
    await setAttrs(el, { list: 'addressees' });
    expect($$(el, 'li')).to.have.length(19);
    await setAttrs(el, { list: 'instruments' });
    expect($$(el, 'li')).to.have.length(11);
    await setAttrs(el, { list: null });
    expect($$(el, '[part="group"]')).to.have.length(3);
    expect(guard.warnings.messages).to.deep.equal([]);
  });

  it('with heading="…" the heading is h2 and the events h3', async () => {
    const el = await mount(html`<statement-list heading="Places named in the statement"></statement-list>`);
    expect($$(el, 'h2').map((h) => squash(h.textContent))).to.deep.equal(['Places named in the statement']);
    expect($$(el, 'h3')).to.have.length(3);
  });

  it('list="people" warns once and shows the places', async () => {
    const el = await mount(html`<statement-list list="people"></statement-list>`);
    expect(guard.warnings.messages).to.deep.equal(['<statement-list> list="people" is not valid. Use one of: places, instruments, addressees. Showing list="places".']);
    expect($$(el, '[part="group"]')).to.have.length(3);
    el.requestUpdate();
    await setAttrs(el, { heading: 'Places' });
    expect(guard.warnings.messages).to.have.length(1);
  });

  it('takes --khojaly-color-accent for the group rules and bullets, in light and dark, and the page’s font', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await mount(html`<div style="font-family: 'Host Page Font', cursive"><statement-list theme=${theme} style="--khojaly-color-accent: rgb(1, 2, 3)"></statement-list></div>`);
      expect(getComputedStyle($(el, '[part="group"]')).borderInlineStartColor, theme).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, 'li'), '::before').backgroundColor, theme).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(rootOf(el)).fontFamily).to.include('Host Page Font');
    }
  });

  it('is right-to-left inside dir="rtl": group rules and bullets on the right', async () => {
    const el = await mount(html`<div dir="rtl"><statement-list></statement-list></div>`);
    const group = getComputedStyle($(el, '[part="group"]'));
    expect(group.borderRightWidth).to.equal('4px');
    expect(group.borderLeftWidth).to.equal('0px');
    expect(getComputedStyle($(el, 'li'), '::before').right).to.equal('0px');
  });

  describe('narrow screens', () => {
    after(() => setViewport({ width: 800, height: 600 }));

    for (const list of ['places', 'instruments', 'addressees']) {
      it(`list="${list}" fits a 320 px phone with every source open`, async () => {
        await setViewport({ width: 320, height: 800 });
        const el = await mount(html`<div><statement-list list=${list} heading="Named in the statement"></statement-list></div>`);
        openSources(el);
        await new Promise((r) => requestAnimationFrame(r));
        expect(rootOf(el).scrollWidth).to.be.at.most(rootOf(el).clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
        for (const child of $$(el, '*')) {
          const box = child.getBoundingClientRect();
          if (box.width === 0) continue;
          expect(box.right, `${child.localName}.${child.className}`).to.be.at.most(window.innerWidth + 0.5);
        }
      });
    }

    it('in a 280 px column the nested villages stand in one column', async () => {
      const el = await mount(html`<div style="width: 280px"><statement-list></statement-list></div>`);
      const lefts = new Set($$(el, '[data-event="ethnic-cleansing-1990s"] .nested li').map((li) => Math.round(li.getBoundingClientRect().left)));
      expect(lefts.size).to.equal(1);
    });
  });

  describe('accessibility (axe)', () => {
    for (const list of ['places', 'instruments', 'addressees']) {
      for (const theme of ['light', 'dark']) {
        it(`passes axe: list="${list}", theme="${theme}", sources closed and open`, async () => {
          const el = await mount(html`<div style=${theme === 'dark' ? darkPage : ''}><statement-list list=${list} theme=${theme} heading="Khojaly"></statement-list></div>`);
          expect(getComputedStyle(rootOf(el)).colorScheme).to.equal(theme);
          await expect(el).to.be.accessible();
          openSources(el);
          await expect(el).to.be.accessible();
        });
      }
    }
  });
});
