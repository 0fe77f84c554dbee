// SPDX-License-Identifier: MIT
import { expect, html } from '@open-wc/testing';
import { $, $$, captureWarnings, mount, setAttrs, shadowText, squash } from '../helpers/elements.js';
import { dateInEnglish, figure, isWholeSentenceOf, totalsOf } from '../helpers/statement-text.js';
import type { KhojalyFacts } from '../../src/khojaly-facts/khojaly-facts.js';

/** What a reader sees of each figure card: its label, its number and its breakdown, in order. */
function figuresShown(el: Element) {
  return $$(el, '.figures > *').map((card) => ({
    label: squash(card.querySelector('dt')?.textContent),
    value: squash(card.querySelector('dt ~ dd')?.textContent),
    breakdown: squash(card.querySelector('ul')?.textContent),
    card,
  }));
}
const labels = (el: Element) => figuresShown(el).map((f) => f.label);
const values = (el: Element) => figuresShown(el).map((f) => f.value);

describe('<khojaly-facts>: a reader sees the statement’s figures', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('by default: the totals of Khojaly, 25–26 February 1992', () => {
    it('renders the 613 murdered in a description list, with its breakdown (63 children, 106 women and 70 elderly people) under it', async () => {
      const el = await mount(html`<khojaly-facts></khojaly-facts>`, 'khojaly-facts');
      const dl = $(el, 'dl');
      const first = figuresShown(el)[0];
      expect(dl.contains(first.card)).to.be.true;
      expect(first.label).to.equal('peaceful civilians of Azerbaijan murdered');
      expect(first.value).to.equal('613');
      expect(squash(first.card.querySelector('.parts')?.textContent)).to.equal('of whom 63 children, 106 women, and 70 elderly people');
      // "Under it": the breakdown is laid out below the big number.
      const number = first.card.querySelector('dt ~ dd')!.getBoundingClientRect();
      const breakdown = first.card.querySelector('ul')!.getBoundingClientRect();
      expect(breakdown.top).to.be.at.least(number.bottom - 1);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('lists every 1992 total in the statement’s order, with the breakdowns inside their totals rather than as totals of their own', async () => {
      const el = await mount(html`<khojaly-facts></khojaly-facts>`, 'khojaly-facts');
      expect(values(el)).to.deep.equal(['613', '487', '1,275', '150', '56', '8', '130', '25']);
      expect(labels(el)).to.deep.equal(totalsOf('khojaly-1992').map((f) => f.label));
      expect(figuresShown(el)[3].breakdown).to.equal('68 women and 26 children');
      expect(values(el)).not.to.include('63');
    });

    it('gives each figure a "Source" disclosure quoting, verbatim, the whole sentence the figure comes from', async () => {
      const el = await mount(html`<khojaly-facts></khojaly-facts>`, 'khojaly-facts');
      const shown = figuresShown(el);
      expect(shown).to.have.length(8);
      const ids = totalsOf('khojaly-1992').map((f) => f.id);
      shown.forEach(({ card }, i) => {
        const details = card.querySelector('details');
        expect(details, `figure ${ids[i]} has a <details>`).to.exist;
        expect(details!.open).to.be.false;
        expect(squash(details!.querySelector('summary')?.textContent)).to.equal('Source');
        const cited = squash(details!.querySelector('blockquote p')?.textContent);
        const { source } = figure(ids[i]);
        expect(cited, ids[i]).to.include(source.phrase);
        expect(isWholeSentenceOf(cited, source.paragraph), `"${cited}" is a whole sentence of ${source.paragraph}`).to.be.true;
        expect(squash(details!.querySelector('.where')?.textContent)).to.equal('Paragraph 2');
      });
      expect(squash(shown[0].card.querySelector('blockquote p')?.textContent)).to.equal(
        'As a result of this horrific crime against humanity, 613 peaceful civilians of Azerbaijan, including 63 children, 106 women and 70 elderly people were murdered.',
      );
    });

    it('shows the source sentence when the reader opens the disclosure', async () => {
      const el = await mount(html`<khojaly-facts></khojaly-facts>`, 'khojaly-facts');
      const details = figuresShown(el)[1].card.querySelector('details')!;
      expect(squash(details.innerText)).to.equal('Source');
      details.querySelector('summary')!.click();
      expect(details.open).to.be.true;
      expect(squash(details.innerText)).to.include('At the same time, 487 civilians were seriously injured, and 1275 people were taken hostage.');
    });

    it('ends with the attribution: issuer and date', async () => {
      const el = await mount(html`<khojaly-facts></khojaly-facts>`, 'khojaly-facts');
      expect(squash($(el, '[part="attribution"]').textContent)).to.equal(
        `Source: Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan, statement of ${dateInEnglish}`,
      );
      expect($(el, 'time').getAttribute('datetime')).to.equal('2021-02-22');
    });
  });

  describe('choosing figures', () => {
    it('group="2020" shows the 2020 figures: 94 killed, 414 wounded, more than 3,410 houses, 120 buildings, 512 objects', async () => {
      const el = await mount(html`<khojaly-facts group="2020"></khojaly-facts>`, 'khojaly-facts');
      expect(values(el)).to.deep.equal(['94', '414', 'more than 3,410', '120', '512']);
      const shown = figuresShown(el);
      expect(shown[0].breakdown).to.equal('12 children');
      expect(shown[1].breakdown).to.equal('50 children');
      expect(shown[2].label).to.equal('houses destroyed');
      expect(shadowText(el)).not.to.include('613');
      expect(squash(shown[2].card.querySelector('blockquote p')?.textContent)).to.match(/^More than 3410 houses, 120 multi-apartment/);
    });

    it('group="all" shows every total of the statement, from the 613 to the years', async () => {
      const el = await mount(html`<khojaly-facts group="all"></khojaly-facts>`, 'khojaly-facts');
      expect(labels(el)).to.deep.equal(totalsOf('all').map((f) => f.label));
      const v = values(el);
      expect(v).to.include.members(['613', '94', 'more than 3,410', '22', '29th', 'almost 30']);
    });

    it('figures="injured hostages" shows exactly those two, in that order', async () => {
      const el = await mount(html`<khojaly-facts figures="injured hostages"></khojaly-facts>`, 'khojaly-facts');
      expect(labels(el)).to.deep.equal(['civilians seriously injured', 'people taken hostage']);
      expect(values(el)).to.deep.equal(['487', '1,275']);
      el.setAttribute('figures', 'hostages, injured');
      await setAttrs(el, {});
      expect(values(el)).to.deep.equal(['1,275', '487']);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('layouts', () => {
    it('grid (default) and list both render the figures as a <dl>', async () => {
      for (const layout of ['grid', 'list']) {
        const el = await mount(html`<khojaly-facts layout=${layout}></khojaly-facts>`, 'khojaly-facts');
        expect($$(el, 'dl'), layout).to.have.length(1);
        expect(values(el), layout).to.deep.equal(['613', '487', '1,275', '150', '56', '8', '130', '25']);
      }
    });

    it('inline renders one sentence in a <p>: "613 peaceful civilians of Azerbaijan murdered, including 63 children, 106 women, and 70 elderly people; …"', async () => {
      const el = await mount(html`<khojaly-facts layout="inline"></khojaly-facts>`, 'khojaly-facts');
      expect($$(el, 'dl')).to.have.length(0);
      const sentences = $$(el, '[part="figures"]');
      expect(sentences).to.have.length(1);
      expect(sentences[0].localName).to.equal('p');
      const text = squash(sentences[0].textContent);
      expect(text).to.match(/^613 peaceful civilians of Azerbaijan murdered, including 63 children, 106 women, and 70 elderly people; 487 /);
      expect(text).to.include('1,275 people taken hostage');
      expect(text).to.match(/25 children who lost both parents\.$/);
      expect(squash($(el, 'details summary').textContent)).to.equal('Sources');
    });
  });

  describe('headings', () => {
    it('heading renders an <h2> with the text', async () => {
      const el = await mount(html`<khojaly-facts heading="Khojaly in numbers"></khojaly-facts>`, 'khojaly-facts');
      expect(squash($(el, 'h2').textContent)).to.equal('Khojaly in numbers');
    });

    it('heading-level="3" renders an <h3> instead', async () => {
      const el = await mount(html`<khojaly-facts heading="Khojaly in numbers" heading-level="3"></khojaly-facts>`, 'khojaly-facts');
      expect($$(el, 'h2')).to.have.length(0);
      expect(squash($(el, 'h3').textContent)).to.equal('Khojaly in numbers');
    });

    it('renders no heading when none is given', async () => {
      const el = await mount(html`<khojaly-facts></khojaly-facts>`, 'khojaly-facts');
      expect($$(el, 'h1, h2, h3, h4, h5, h6')).to.have.length(0);
    });
  });

  describe('in the reader’s language', () => {
    it('lang="de" on an ancestor formats 1275 as "1.275" and the date in German', async () => {
      const el = await mount(html`<div lang="de"><khojaly-facts></khojaly-facts></div>`, 'khojaly-facts');
      expect(values(el)).to.include('1.275');
      expect(shadowText(el)).not.to.include('1,275');
      expect(squash($(el, '[part="attribution"] time').textContent)).to.equal('22. Februar 2021');
    });

    it('lang="de" inline: "1.275 people taken hostage"', async () => {
      const el = await mount(html`<section lang="de"><khojaly-facts layout="inline"></khojaly-facts></section>`, 'khojaly-facts');
      expect(squash($(el, 'p').textContent)).to.include('1.275 people taken hostage');
    });

    // The labels are the statement's English, so their list is joined in English ("and", not "und").
    it('lang="de": the English breakdown is joined with an English "and", not "und"', async () => {
      const el = await mount(html`<div lang="de"><khojaly-facts></khojaly-facts></div>`, 'khojaly-facts');
      expect(figuresShown(el)[0].breakdown).not.to.include(' und ');
      expect(figuresShown(el)[0].breakdown).to.match(/106 women,? and 70 elderly people/);
    });
  });

  describe('changes at run time', () => {
    it('re-renders when group changes, and back', async () => {
      const el = await mount(html`<khojaly-facts></khojaly-facts>`, 'khojaly-facts');
      await setAttrs(el, { group: '2020' });
      expect(values(el)[0]).to.equal('94');
      await setAttrs(el, { group: 'khojaly-1992' });
      expect(values(el)[0]).to.equal('613');
      (el as KhojalyFacts).group = 'years';
      await setAttrs(el, {});
      expect(values(el)).to.deep.equal(['29th', '29', 'almost 30', '29']);
    });

    it('re-renders when layout changes: grid → inline → list', async () => {
      const el = await mount(html`<khojaly-facts></khojaly-facts>`, 'khojaly-facts');
      await setAttrs(el, { layout: 'inline' });
      expect($$(el, 'dl')).to.have.length(0);
      expect(squash($(el, 'p.sentence').textContent)).to.match(/^613 peaceful civilians/);
      await setAttrs(el, { layout: 'list' });
      expect($$(el, 'p.sentence')).to.have.length(0);
      expect(values(el)[0]).to.equal('613');
    });

    it('re-renders when figures is set and falls back to the group when it is removed', async () => {
      const el = await mount(html`<khojaly-facts group="2020"></khojaly-facts>`, 'khojaly-facts');
      await setAttrs(el, { figures: 'killed' });
      expect(values(el)).to.deep.equal(['613']);
      expect(figuresShown(el)[0].breakdown).to.equal('63 children, 106 women, and 70 elderly people');
      await setAttrs(el, { figures: 'hostages injured' });
      expect(values(el)).to.deep.equal(['1,275', '487']);
      await setAttrs(el, { figures: null });
      expect(values(el)[0]).to.equal('94');
      expect(warnings.messages).to.deep.equal([]);
    });
  });
});
