// SPDX-License-Identifier: MIT
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { $, $$, luminance, openSources, rootOf, setAttrs, settled, shadowText, squash, guardEachTest } from '../helpers/elements.js';
import { dateInEnglish, figure, isWholeSentenceOf, issuer, totalsOf } from '../helpers/statement-text.js';
import '../../src/khojaly-chart/define.js';
import { emulateMedia, emulateMediaOrSkip, setViewport, setViewportOrSkip } from '../helpers/engine.js';
import type { KhojalyChart } from '../../src/khojaly-chart/khojaly-chart.js';

/** Renders a template and returns the `<khojaly-chart>` in it, once it has rendered. */
async function mountChart(template: TemplateResult): Promise<KhojalyChart> {
  const wrapper = await fixture<HTMLElement>(template);
  const el = (wrapper.localName === 'khojaly-chart' ? wrapper : wrapper.querySelector('khojaly-chart')) as KhojalyChart | null;
  if (!el) throw new Error('the template holds no <khojaly-chart>');
  await settled(el);
  return el;
}

/** What a sighted reader sees: each labelled row of the chart, in order. */
const rows = (el: Element) =>
  $$(el, '[part="row"]').map((row) => ({ id: row.dataset.figure!, label: squash(row.querySelector('[part="label"]')?.textContent) }));

/** The drawn bars: each filled rect, with its length as a share of the drawing's width, measured. */
function drawn(el: Element) {
  return $$(el, 'rect.fill').map((node) => {
    const rect = node as unknown as SVGRectElement;
    const svgBox = rect.ownerSVGElement!.getBoundingClientRect();
    const box = rect.getBoundingClientRect();
    return {
      id: rect.dataset.figure!,
      share: rect.getBBox().width / svgBox.width,
      x: rect.getBBox().x,
      fill: rect.getAttribute('fill'),
      rect,
      box,
      svgBox,
    };
  });
}

/** `a` equals `b` within half a percent of `b`. */
function within(a: number, b: number, what: string) {
  expect(Math.abs(a - b), `${what}: measured ${a}, expected ${b}`).to.be.at.most(Math.abs(b) * 0.005);
}

/** WCAG contrast ratio of two computed colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const darkPage = 'color-scheme: dark; background: #101114; color: #eeeeee; padding: 8px';
const english = (n: number) => n.toLocaleString('en-US');

describe('<khojaly-chart>: a reader sees the statement’s figures drawn to scale', () => {
  const guard = guardEachTest();

  describe('by default: the totals of Khojaly, 25–26 February 1992, on one scale', () => {
    it('labels the 613 murdered and, under it, its 63 children, 106 women and 70 elderly people, each with its exact number', async () => {
      const el = await mountChart(html`<khojaly-chart></khojaly-chart>`);
      expect(rows(el).slice(0, 4)).to.deep.equal([
        { id: 'killed', label: '613 peaceful civilians of Azerbaijan murdered' },
        { id: 'killed-children', label: '63 children' },
        { id: 'killed-women', label: '106 women' },
        { id: 'killed-elderly', label: '70 elderly people' },
      ]);
      expect(squash($(el, '[data-figure="killed"] + [part="of-whom"]').textContent)).to.equal('of whom');
      expect(guard.warnings.messages).to.deep.equal([]);
    });

    it('shows every 1992 total in the statement’s order, with the 150 missing broken down into 68 women and 26 children', async () => {
      const el = await mountChart(html`<khojaly-chart></khojaly-chart>`);
      const totals = $$(el, '[part="figure"]').map((f) => f.dataset.figure);
      expect(totals).to.deep.equal(totalsOf('khojaly-1992').map((f) => f.id));
      const missing = rows(el).filter((r) => r.id.startsWith('missing'));
      expect(missing.map((r) => r.label)).to.deep.equal(['150 hostages whose fate is still unknown', '68 women', '26 children']);
      expect(rows(el).find((r) => r.id === 'hostages')!.label).to.equal('1,275 people taken hostage');
    });

    it('every label carries the number of the data exactly: nothing rounded, nothing restated', async () => {
      const el = await mountChart(html`<khojaly-chart group="all"></khojaly-chart>`);
      for (const { id, label } of rows(el)) {
        const f = figure(id);
        const shown = f.id === 'anniversary' ? `${f.value}th` : english(f.value);
        expect(label, id).to.match(new RegExp(`^(more than |almost )?${shown} `));
        expect(label.endsWith(` ${f.label}`), `${id}: "${label}" ends with its label`).to.be.true;
      }
      expect(rows(el).find((r) => r.id === 'houses-destroyed-2020')!.label).to.equal('more than 3,410 houses destroyed');
    });

    it('draws every bar with its length proportional to its number: the 1,275 hostages fill the width, the 613 murdered take 613/1275 of it', async () => {
      const el = await mountChart(html`<khojaly-chart></khojaly-chart>`);
      const bars = drawn(el);
      const ids = bars.map((b) => b.id);
      expect(ids).to.include.members(['killed', 'killed-children', 'killed-women', 'killed-elderly', 'hostages', 'missing-women', 'families-exterminated']);
      for (const bar of bars) within(bar.share, figure(bar.id).value / 1275, bar.id);
      const share = (id: string) => bars.find((b) => b.id === id)!.share;
      within(share('killed-children') / share('killed'), 63 / 613, '63 of the 613');
      within(share('killed-women') / share('killed-elderly'), 106 / 70, 'women to elderly people');
      within(share('missing-women') / share('missing'), 68 / 150, '68 of the 150');
      within(share('hostages'), 1, 'the largest total');
    });

    it('does not stack the parts end to end or draw a remainder: each part starts at the bar’s start, over a track as long as its total', async () => {
      const el = await mountChart(html`<khojaly-chart></khojaly-chart>`);
      const killed = $(el, '[part="figure"][data-figure="killed"]');
      expect(killed.querySelectorAll('rect.fill')).to.have.length(4);
      for (const rect of killed.querySelectorAll<SVGRectElement>('.part rect.fill')) expect(rect.getBBox().x, rect.dataset.figure).to.equal(0);
      const total = (killed.querySelector('.total rect.fill') as SVGRectElement).getBBox().width;
      for (const track of killed.querySelectorAll<SVGRectElement>('rect.track')) within(track.getBBox().width, total, 'track');
      // 613 − (63 + 106 + 70) = 374 is not in the statement, so it is nowhere in the widget.
      expect(shadowText(el)).not.to.include('374');
      expect(shadowText(el)).not.to.include('239');
    });

    it('tells the parts apart by pattern as well as colour; the same kind of person keeps its pattern under every total', async () => {
      const el = await mountChart(html`<khojaly-chart></khojaly-chart>`);
      const fillOf = (id: string) => drawn(el).find((b) => b.id === id)!.fill;
      const killedParts = ['killed-children', 'killed-women', 'killed-elderly'].map(fillOf);
      expect(new Set(killedParts).size).to.equal(3);
      for (const fill of killedParts) expect(fill).to.match(/^url\(#series-\d\)$/);
      expect(fillOf('missing-children')).to.equal(fillOf('killed-children'));
      expect(fillOf('missing-women')).to.equal(fillOf('killed-women'));
      // The patterns differ in shape, not only in colour.
      const shapes = $$(el, 'pattern').map((p) => p.innerHTML.replace(/<!--[^>]*-->/g, '').replace(/\s+/g, ' '));
      expect(new Set(shapes).size).to.equal(shapes.length);
    });

    it('gives a screen reader a table stating every figure and its breakdown, and hides the drawing from it', async () => {
      const el = await mountChart(html`<khojaly-chart></khojaly-chart>`);
      expect($(el, '[part="chart"]').getAttribute('aria-hidden')).to.equal('true');
      const table = $(el, 'table');
      expect(table.closest('[aria-hidden]')).to.equal(null);
      const hidden = table.parentElement!.getBoundingClientRect();
      expect(hidden.width * hidden.height, 'visually hidden').to.be.at.most(1);
      const cells = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => squash(c.textContent)));
      expect(cells[0]).to.deep.equal(['peaceful civilians of Azerbaijan murdered', '613', '63 children, 106 women, and 70 elderly people']);
      expect(cells.find((c) => c[1] === '150')).to.deep.equal(['hostages whose fate is still unknown', '150', '68 women and 26 children']);
      expect(cells.map((c) => c[0])).to.deep.equal(totalsOf('khojaly-1992').map((f) => f.label));
      const text = squash(table.textContent);
      for (const id of ['killed', 'killed-children', 'killed-women', 'killed-elderly', 'injured', 'hostages', 'missing', 'missing-women', 'missing-children', 'killed-with-special-cruelty', 'families-exterminated', 'children-lost-one-parent', 'children-lost-both-parents']) {
        const f = figure(id);
        expect(text, id).to.include(`${english(f.value)}`);
        expect(text, id).to.include(f.label);
      }
      expect(table.querySelectorAll('th[scope="row"]')).to.have.length(8);
      expect(table.querySelectorAll('th[scope="col"]')).to.have.length(3);
    });

    it('quotes the sentences the figures come from in a "Sources" disclosure, and credits the statement', async () => {
      const el = await mountChart(html`<khojaly-chart></khojaly-chart>`);
      const details = $(el, 'details') as HTMLDetailsElement;
      expect(details.open).to.be.false;
      expect(squash(details.querySelector('summary')?.textContent)).to.equal('Sources');
      details.querySelector('summary')!.click();
      const quoted = [...details.querySelectorAll('blockquote p:first-child')].map((p) => squash(p.textContent));
      expect(quoted).to.include(
        'As a result of this horrific crime against humanity, 613 peaceful civilians of Azerbaijan, including 63 children, 106 women and 70 elderly people were murdered.',
      );
      for (const q of quoted) expect(isWholeSentenceOf(q, 'p2'), q).to.be.true;
      expect(quoted.some((q) => q.startsWith('The fate of 150 hostages, including 68 women and 26 children'))).to.be.true;
      const credit = squash($(el, '[part="attribution"]').textContent);
      expect(credit).to.include(issuer);
      expect(credit).to.include(dateInEnglish);
    });

    it('says how the bars are scaled', async () => {
      const el = await mountChart(html`<khojaly-chart></khojaly-chart>`);
      expect(squash($(el, '[part="scale-note"]').textContent)).to.equal('All bars are drawn to one scale.');
    });
  });

  describe('choosing figures and scale', () => {
    it('group="2020": 94 killed with 12 children, 414 wounded with 50 children, and "more than 3,410" drawn with an open end', async () => {
      const el = await mountChart(html`<khojaly-chart group="2020"></khojaly-chart>`);
      expect(rows(el).slice(0, 4).map((r) => r.label)).to.deep.equal([
        '94 Azerbaijani civilians killed',
        '12 children',
        '414 civilians wounded',
        '50 children',
      ]);
      const bars = drawn(el);
      for (const bar of bars) within(bar.share, figure(bar.id).value / 3410, bar.id);
      expect(bars.find((b) => b.id === 'houses-destroyed-2020')!.fill).to.equal('url(#open-end)');
      expect(bars.find((b) => b.id === 'killed-2020')!.fill).to.equal(null);
      expect(shadowText(el)).not.to.include('613');
    });

    it('scale="each" draws each total full width and its parts to its own scale', async () => {
      const el = await mountChart(html`<khojaly-chart scale="each"></khojaly-chart>`);
      const bars = drawn(el);
      for (const id of ['killed', 'injured', 'hostages', 'missing', 'families-exterminated']) within(bars.find((b) => b.id === id)!.share, 1, id);
      const share = (id: string) => bars.find((b) => b.id === id)!.share;
      within(share('killed-children'), 63 / 613, '63 of 613');
      within(share('killed-women'), 106 / 613, '106 of 613');
      within(share('missing-women'), 68 / 150, '68 of 150');
      within(share('missing-children'), 26 / 150, '26 of 150');
      expect(squash($(el, '[part="scale-note"]').textContent)).to.match(/^Each total is drawn full width/);
      expect(guard.warnings.messages).to.deep.equal([]);
    });

    it('figures="missing hostages killed" charts exactly those, in that order, on one scale', async () => {
      const el = await mountChart(html`<khojaly-chart figures="missing hostages killed"></khojaly-chart>`);
      expect($$(el, '[part="figure"]').map((f) => f.dataset.figure)).to.deep.equal(['missing', 'hostages', 'killed']);
      for (const bar of drawn(el)) within(bar.share, figure(bar.id).value / 1275, bar.id);
    });

    it('a breakdown picked on its own is charted as a bar of its own', async () => {
      const el = await mountChart(html`<khojaly-chart figures="killed-children killed"></khojaly-chart>`);
      expect(rows(el).map((r) => r.label)).to.deep.equal(['63 children', '613 peaceful civilians of Azerbaijan murdered', '63 children', '106 women', '70 elderly people']);
    });

    it('lang="de" formats 1275 as "1.275"', async () => {
      const el = await mountChart(html`<div lang="de"><khojaly-chart></khojaly-chart></div>`);
      expect(rows(el).find((r) => r.id === 'hostages')!.label).to.equal('1.275 people taken hostage');
      expect(squash($(el, 'table').textContent)).to.include('1.275');
    });
  });

  describe('colours, dark mode and print', () => {
    afterEach(() => emulateMedia({ media: 'screen', colorScheme: 'light' }));

    for (const theme of ['light', 'dark'] as const) {
      it(`theme="${theme}": labels reach 4.5:1 and bars 3:1 against the background`, async () => {
        const el = await mountChart(html`<khojaly-chart theme=${theme}></khojaly-chart>`);
        const root = rootOf(el);
        expect(getComputedStyle(root).colorScheme).to.equal(theme);
        const background = getComputedStyle(root).backgroundColor;
        expect(luminance(background))[theme === 'dark' ? 'below' : 'above'](0.5);
        for (const label of $$(el, '[part="label"], [part="of-whom"], [part="scale-note"]')) {
          expect(contrast(getComputedStyle(label).color, background), squash(label.textContent)).to.be.at.least(4.5);
        }
        expect(contrast(getComputedStyle($(el, 'rect.fill.solid')).fill, background), 'total').to.be.at.least(3);
        for (const ground of $$(el, 'pattern rect')) {
          expect(contrast(getComputedStyle(ground).fill, background), ground.parentElement!.id).to.be.at.least(3);
        }
      });
    }

    it('theme="auto" turns dark on a page that declares color-scheme: dark', async () => {
      const el = await mountChart(html`<div style=${darkPage}><khojaly-chart></khojaly-chart></div>`);
      expect(getComputedStyle(rootOf(el)).colorScheme).to.equal('dark');
      expect(luminance(getComputedStyle(rootOf(el)).backgroundColor)).to.be.below(0.05);
    });

    it('a series colour can be themed with --khojaly-chart-1', async () => {
      const el = await mountChart(html`<khojaly-chart style="--khojaly-chart-1: rgb(1, 2, 3)"></khojaly-chart>`);
      expect(getComputedStyle($(el, '#series-1 rect')).fill).to.equal('rgb(1, 2, 3)');
    });

    it('in print, black and white patterns still tell the parts apart', async function () {
      const el = await mountChart(html`<khojaly-chart theme="dark"></khojaly-chart>`);
      await emulateMediaOrSkip(this, { media: 'print' });
      await settled(el);
      for (const pattern of $$(el, 'pattern')) {
        expect(getComputedStyle(pattern.querySelector('rect')!).fill, pattern.id).to.equal('rgb(0, 0, 0)');
        const mark = pattern.querySelector('path, circle')!;
        const cs = getComputedStyle(mark);
        expect(mark.localName === 'circle' ? cs.fill : cs.stroke, pattern.id).to.equal('rgb(255, 255, 255)');
      }
      const fills = ['killed-children', 'killed-women', 'killed-elderly'].map((id) => drawn(el).find((b) => b.id === id)!.fill);
      expect(new Set(fills).size).to.equal(3);
      for (const text of $$(el, '[part="label"], [part="of-whom"], [part="scale-note"]')) {
        expect(luminance(getComputedStyle(text).color), squash(text.textContent)).to.be.below(0.05);
      }
    });
  });

  describe('narrow and wide, left-to-right and right-to-left', () => {
    after(() => setViewport({ width: 800, height: 600 }));

    for (const width of [280, 320]) {
      it(`at ${width} px nothing overflows sideways, labels stack above their bars, and every bar has the same width`, async function () {
        await setViewportOrSkip(this, { width, height: 800 });
        const el = await mountChart(html`<div><khojaly-chart group="all" heading="Khojaly, 25–26 February 1992"></khojaly-chart></div>`);
        openSources(el);
        await settled(el);
        const frame = rootOf(el);
        expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
        for (const child of $$(el, '*')) {
          const box = child.getBoundingClientRect();
          if (box.width === 0 || child.closest('.visually-hidden')) continue;
          expect(box.right, `${child.localName}.${child.getAttribute('class')} ends inside the screen`).to.be.at.most(window.innerWidth + 0.5);
        }
        for (const row of $$(el, '[part="row"]')) {
          const label = row.querySelector('[part="label"]')!.getBoundingClientRect();
          const bar = row.querySelector('svg')!.getBoundingClientRect();
          expect(label.bottom, row.dataset.figure).to.be.at.most(bar.top + 0.5);
        }
        const widths = $$(el, 'svg.bar').map((s) => Math.round(s.getBoundingClientRect().width));
        expect(new Set(widths).size).to.equal(1);
        for (const bar of drawn(el)) within(bar.share, figure(bar.id).value / 3410, bar.id);
      });
    }

    it('at 1024 px labels sit beside their bars', async () => {
      await setViewport({ width: 1024, height: 800 });
      const el = await mountChart(html`<khojaly-chart></khojaly-chart>`);
      for (const row of $$(el, '[part="row"]')) {
        const label = row.querySelector('[part="label"]')!.getBoundingClientRect();
        const bar = row.querySelector('svg')!.getBoundingClientRect();
        expect(label.right, row.dataset.figure).to.be.at.most(bar.left);
        expect(bar.top).to.be.below(label.bottom);
      }
      const widths = $$(el, 'svg.bar').map((s) => Math.round(s.getBoundingClientRect().width));
      expect(new Set(widths).size).to.equal(1);
    });

    it('in left-to-right text the bars grow from the left', async () => {
      const el = await mountChart(html`<khojaly-chart></khojaly-chart>`);
      for (const { id, box, svgBox } of drawn(el)) expect(Math.abs(box.left - svgBox.left), id).to.be.below(1);
    });

    it('inside dir="rtl" the bars grow from the right, and the labels stand at the right', async () => {
      const el = await mountChart(html`<div dir="rtl"><khojaly-chart></khojaly-chart></div>`);
      expect(getComputedStyle(rootOf(el)).direction).to.equal('rtl');
      const bars = drawn(el);
      for (const { id, box, svgBox } of bars) expect(Math.abs(box.right - svgBox.right), id).to.be.below(1);
      // Lengths from the geometry: Firefox's painted box also counts the part bars' 1px stroke.
      for (const { id, share } of bars) within(share, figure(id).value / 1275, id);
      const killed = bars.find((b) => b.id === 'killed')!;
      expect(killed.box.left - killed.svgBox.left).to.be.above(10);
      const row = $(el, '[part="row"]').getBoundingClientRect();
      const label = $(el, '[part="label"] bdi').getBoundingClientRect();
      expect(row.right - label.right).to.be.below(1);
      // The statement's English keeps its order: the number still reads first.
      expect(squash($(el, '[part="label"]').textContent)).to.equal('613 peaceful civilians of Azerbaijan murdered');
    });
  });

  describe('accessibility (axe)', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const attrs of [{}, { group: '2020', scale: 'each' }] as Record<string, string>[]) {
        it(`passes axe: theme="${theme}" ${JSON.stringify(attrs)}, with the sources closed and open`, async () => {
          const el = await mountChart(html`<div style=${theme === 'dark' ? darkPage : ''}><khojaly-chart theme=${theme} heading="Khojaly"></khojaly-chart></div>`);
          await setAttrs(el, attrs);
          await expect(el).to.be.accessible();
          openSources(el);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('heading-level="3" renders an <h3>, and the table’s caption is the heading', async () => {
      const el = await mountChart(html`<khojaly-chart heading="Khojaly in numbers" heading-level="3"></khojaly-chart>`);
      expect(squash($(el, 'h3').textContent)).to.equal('Khojaly in numbers');
      expect(squash($(el, 'caption').textContent)).to.equal('Khojaly in numbers');
    });
  });

  describe('a bad attribute value gets one clear warning, and the chart still shows its default', () => {
    const cases = [
      { attribute: 'scale', value: 'log', advice: 'Use one of: shared, each. Showing scale="shared".' },
      { attribute: 'group', value: '1993', advice: 'Use one of: khojaly-1992, 2020, recognition, years, all. Showing group="khojaly-1992".' },
      { attribute: 'figures', value: 'bogus', advice: 'Unknown figure id: bogus. Known ids: killed, killed-children' },
      { attribute: 'theme', value: 'sepia', advice: 'Use one of: auto, light, dark. Showing theme="auto".' },
      { attribute: 'heading-level', value: '9', advice: 'Use a whole number from 2 to 6.' },
    ];
    for (const { attribute, value, advice } of cases) {
      it(`${attribute}="${value}": one warning naming the tag, attribute, value and what to use; the default chart; no second warning on re-render`, async () => {
        const el = await mountChart(html`<khojaly-chart heading="Figures"></khojaly-chart>`);
        await setAttrs(el, { [attribute]: value });
        expect(guard.warnings.messages).to.have.length(1);
        expect(guard.warnings.messages[0]).to.match(new RegExp(`^<khojaly-chart> ${attribute}="${value}" is not valid\\. `));
        expect(guard.warnings.messages[0]).to.include(advice);
        expect(rows(el)[0].label).to.equal('613 peaceful civilians of Azerbaijan murdered');
        for (const bar of drawn(el)) within(bar.share, figure(bar.id).value / 1275, bar.id);
        el.requestUpdate();
        await settled(el);
        await setAttrs(el, { heading: 'Another heading' });
        expect(guard.warnings.messages).to.have.length(1);
      });
    }

    it('figures="injured bogus" warns once and still charts the known one', async () => {
      const el = await mountChart(html`<khojaly-chart figures="injured bogus"></khojaly-chart>`);
      expect(guard.warnings.messages).to.have.length(1);
      expect(guard.warnings.messages[0]).to.match(/^<khojaly-chart> figures="injured bogus" is not valid\. Unknown figure id: bogus\./);
      expect(rows(el).map((r) => r.label)).to.deep.equal(['487 civilians seriously injured']);
      within(drawn(el)[0].share, 1, 'the only bar');
    });

    it('accepts values whatever their case or surrounding space', async () => {
      const el = await mountChart(html`<khojaly-chart scale=" EACH " group="2020"></khojaly-chart>`);
      expect(guard.warnings.messages).to.deep.equal([]);
      within(drawn(el)[0].share, 1, 'each total full width');
    });
  });

  describe('changes at run time', () => {
    it('re-draws when group, scale and figures change, and back', async () => {
      const el = await mountChart(html`<khojaly-chart></khojaly-chart>`);
      await setAttrs(el, { group: '2020' });
      expect(rows(el)[0].label).to.equal('94 Azerbaijani civilians killed');
      within(drawn(el)[0].share, 94 / 3410, '94 of the largest, 3410');
      await setAttrs(el, { scale: 'each' });
      within(drawn(el)[0].share, 1, 'each total full width');
      within(drawn(el)[1].share, 12 / 94, '12 of 94');
      await setAttrs(el, { figures: 'missing' });
      expect(rows(el).map((r) => r.label)).to.deep.equal(['150 hostages whose fate is still unknown', '68 women', '26 children']);
      await setAttrs(el, { figures: null, group: 'khojaly-1992', scale: null });
      expect(rows(el)[0].label).to.equal('613 peaceful civilians of Azerbaijan murdered');
      within(drawn(el)[0].share, 613 / 1275, '613 of the largest, 1275');
      el.group = 'recognition';
      await settled(el);
      expect(rows(el).map((r) => r.label)[0]).to.match(/^22 states of the United States of America/);
      expect(guard.warnings.messages).to.deep.equal([]);
    });

    it('re-themes when theme changes', async () => {
      const el = await mountChart(html`<khojaly-chart></khojaly-chart>`);
      await setAttrs(el, { theme: 'dark' });
      expect(getComputedStyle(rootOf(el)).colorScheme).to.equal('dark');
      await setAttrs(el, { theme: 'light' });
      expect(getComputedStyle(rootOf(el)).colorScheme).to.equal('light');
    });
  });

  // The element must render on a server too (Declarative Shadow DOM): drawing may not depend on layout.
  it('draws from the data alone: rendering measures nothing', async () => {
    const calls: string[] = [];
    const spy = <T extends object>(proto: T, name: keyof T) => {
      const original = proto[name] as unknown as (...args: unknown[]) => unknown;
      (proto as Record<keyof T, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
        calls.push(String(name));
        return original.apply(this, args);
      };
      return () => ((proto as Record<keyof T, unknown>)[name] = original);
    };
    const restore = [
      spy(Element.prototype, 'getBoundingClientRect'),
      spy(Element.prototype, 'getClientRects'),
      spy(SVGGraphicsElement.prototype, 'getBBox'),
    ];
    try {
      const el = document.createElement('khojaly-chart');
      el.setAttribute('group', 'all');
      document.body.append(el);
      await el.updateComplete;
      el.scale = 'each';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('rect.fill').length).to.be.above(10);
      el.remove();
    } finally {
      restore.forEach((r) => r());
    }
    expect(calls).to.deep.equal([]);
  });
});
