// SPDX-License-Identifier: MIT
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import data from '../../data/statement.json';
import '../../src/statement-document/define.js';
import { emulateMedia, emulateMediaOrSkip, setViewport } from '../helpers/engine.js';
import type { StatementDocument } from '../../src/statement-document/statement-document.js';
import { $, $$, captureWarnings, rootOf, setAttrs, settled, squash, watchUncaught } from '../helpers/elements.js';
import { dateInEnglish, paragraph, signatory } from '../helpers/statement-text.js';

const tag = 'statement-document';
const raw = data as unknown as { paragraphs: { id: string; kind: string; number?: number; text: string }[]; addressees: { id: string; name: string }[] };
const body = raw.paragraphs.filter((p) => p.kind === 'body');

async function mount(template: TemplateResult): Promise<StatementDocument> {
  const wrapper = await fixture<HTMLElement>(template);
  const el = (wrapper.localName === tag ? wrapper : wrapper.querySelector(tag)) as StatementDocument;
  await settled(el);
  return el;
}

/** A body paragraph as rendered, by number (5 → the element of `p5`). */
const para = (el: Element, n: number) => $(el, `[part="paragraph"][data-paragraph="p${n}"]`);
/** The text a reader sees in a paragraph, without its ¶ link. */
const textOf = (p: Element) => squash(p.querySelector('.text')?.textContent);
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const darkPage = 'color-scheme: dark; background: #101114; color: #eeeeee; padding: 8px';
/** Room above the widget, so that bringing a paragraph into view has to scroll the page. */
const tallPage = (widget: TemplateResult) => html`<div><div style="height: 1500px"></div>${widget}<div style="height: 1500px"></div></div>`;

describe('<statement-document>: a reader reads, links to and prints the whole statement', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  let uncaught: ReturnType<typeof watchUncaught>;
  const startUrl = location.href;
  beforeEach(() => {
    warnings = captureWarnings();
    uncaught = watchUncaught();
  });
  afterEach(() => {
    // Put the test page's URL back without a hashchange, so no later widget sees a fragment.
    history.replaceState(null, '', startUrl);
    window.scrollTo(0, 0);
    warnings.restore();
    uncaught.stop();
    expect(uncaught.errors, 'no uncaught errors').to.deep.equal([]);
  });

  describe('the text, verbatim and whole', () => {
    it('opens with the heading and title as printed, in one heading', async () => {
      const el = await mount(html`<statement-document></statement-document>`);
      const title = $(el, '[part="title"]');
      expect(title.localName).to.equal('h2');
      expect($$(el, '.title-line').map((l) => l.textContent)).to.deep.equal([paragraph('heading'), paragraph('title')]);
      expect(squash(title.textContent)).to.equal(`${paragraph('heading')} ${paragraph('title')}`);
    });

    it('shows the 12 body paragraphs, each exactly as the data gives it, with the id p1…p12', async () => {
      const el = await mount(html`<statement-document></statement-document>`);
      const shown = $$(el, '[part="paragraph"]');
      expect(shown).to.have.length(12);
      shown.forEach((p, i) => {
        expect(p.id).to.equal(`p${i + 1}`);
        expect(p.querySelector('.text')!.textContent, p.id).to.equal(body[i].text);
      });
    });

    it('reads, block by block, as the whole statement in its order: nothing added, nothing left out', async () => {
      const el = await mount(html`<statement-document></statement-document>`);
      const blocks = $$(el, '[data-paragraph]').filter((b) => !b.closest('.toc'));
      const texts = blocks.map((b) => (b.matches('[part="paragraph"]') ? b.querySelector('.text')!.textContent : b.textContent));
      expect(blocks.map((b) => b.dataset.paragraph)).to.deep.equal(raw.paragraphs.map((p) => p.id));
      expect(texts.map(squash)).to.deep.equal(raw.paragraphs.map((p) => p.text));
    });

    it('signs with the signatory’s name and title and dates it with a machine-readable <time>', async () => {
      const el = await mount(html`<statement-document></statement-document>`);
      expect($$(el, '[part="signature"] p').map((p) => p.textContent)).to.deep.equal([signatory.name, signatory.title]);
      const time = $(el, 'time[part="date"]');
      expect(time.getAttribute('datetime')).to.equal('2021-02-22');
      expect(time.textContent).to.equal('February 22, 2021');
    });

    it('lists the 19 addressees, one item each, and the lead-in and items still read as the paragraph, verbatim', async () => {
      const el = await mount(html`<statement-document></statement-document>`);
      const items = $$(el, '[part="addressee"]');
      expect(items).to.have.length(19);
      items.forEach((li, i) => expect(li.textContent, li.dataset.addressee).to.include(raw.addressees[i].name));
      expect(squash(items[0].textContent)).to.equal('UN Secretary-General,');
      expect(squash(items[5].textContent)).to.equal('the United Nations Children\'s Fund,');
      expect(squash(items[18].textContent)).to.equal('as well as to the Azerbaijani Diasporas.');
      expect($(el, '[part="addressees"] .lead').textContent + items.map((li) => li.textContent).join('')).to.equal(paragraph('addressees'));
    });

    it('marks the article as written in English, and ends with the attribution', async () => {
      const el = await mount(html`<div lang="de"><statement-document></statement-document></div>`);
      expect($(el, '[part="article"]').getAttribute('lang')).to.equal('en');
      expect(squash($(el, '[part="attribution"] time').textContent)).to.equal('22. Februar 2021');
      const inEnglish = await mount(html`<statement-document></statement-document>`);
      expect(squash($(inEnglish, '[part="attribution"]').textContent)).to.equal(
        `Source: Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan, statement of ${dateInEnglish}`,
      );
    });

    it('with heading="…" the widget heading is h2 and the statement’s title h3', async () => {
      const el = await mount(html`<statement-document heading="Read the statement" toc></statement-document>`);
      expect(squash($(el, 'h2').textContent)).to.equal('Read the statement');
      expect($(el, '[part="title"]').localName).to.equal('h3');
      expect($(el, '[part="toc-heading"]').localName).to.equal('h4');
    });
  });

  describe('permalinks: #p5 reaches paragraph 5 although it lives in the shadow DOM', () => {
    it('gives every paragraph a visible "¶" link to its own fragment, named "Paragraph N"', async () => {
      const el = await mount(html`<statement-document></statement-document>`);
      const links = $$(el, '[part="permalink"]');
      expect(links).to.have.length(12);
      links.forEach((a, i) => {
        expect(a.localName).to.equal('a');
        expect(a.getAttribute('href')).to.equal(`#p${i + 1}`);
        expect(a.textContent).to.equal('¶');
        expect(a.getAttribute('aria-label')).to.equal(`Paragraph ${i + 1}`);
        expect(a.getBoundingClientRect().width).to.be.above(0);
      });
    });

    it('setting location.hash to #p5 scrolls paragraph 5 into view, focuses it and highlights it', async () => {
      const el = await mount(tallPage(html`<statement-document></statement-document>`));
      expect(para(el, 5).getBoundingClientRect().top).to.be.above(window.innerHeight);
      location.hash = '#p5';
      await waitUntil(() => focused(el) === para(el, 5), 'paragraph 5 takes focus', { timeout: 2000 });
      await settled(el);
      const top = para(el, 5).getBoundingClientRect().top;
      expect(top).to.be.at.least(0);
      expect(top).to.be.below(window.innerHeight / 2);
      expect(para(el, 5).classList.contains('target')).to.equal(true);
      expect($$(el, '.target')).to.have.length(1);
      expect(getComputedStyle(para(el, 5)).borderInlineStartColor).not.to.equal(getComputedStyle(para(el, 4)).borderInlineStartColor);
      // A fragment of the page's own takes the highlight away, as :target would.
      location.hash = '#top';
      await waitUntil(() => $$(el, '.target').length === 0, 'the highlight goes', { timeout: 2000 });
    });

    it('a page opened at #p7 shows paragraph 7 as soon as the widget is there', async () => {
      history.replaceState(null, '', '#p7');
      const el = await mount(tallPage(html`<statement-document></statement-document>`));
      await waitUntil(() => focused(el) === para(el, 7), 'paragraph 7 takes focus', { timeout: 2000 });
      expect(para(el, 7).getBoundingClientRect().top).to.be.within(0, window.innerHeight / 2);
    });

    it('following a "¶" link puts its fragment in the URL and brings the paragraph back, also a second time', async () => {
      const el = await mount(tallPage(html`<statement-document></statement-document>`));
      $(el, '[data-paragraph="p3"] [part="permalink"]').click();
      await waitUntil(() => focused(el) === para(el, 3), 'paragraph 3 takes focus', { timeout: 2000 });
      expect(location.hash).to.equal('#p3');
      window.scrollTo(0, 0);
      para(el, 3).blur();
      $(el, '[data-paragraph="p3"] [part="permalink"]').click();
      await waitUntil(() => focused(el) === para(el, 3), 'the same link works again', { timeout: 2000 });
      expect(para(el, 3).getBoundingClientRect().top).to.be.within(0, window.innerHeight / 2);
    });

    it('does not scroll again when moved within the page', async () => {
      history.replaceState(null, '', '#p7');
      const el = await mount(tallPage(html`<statement-document></statement-document>`));
      await waitUntil(() => focused(el) === para(el, 7), 'paragraph 7 takes focus', { timeout: 2000 });
      window.scrollTo(0, 0);
      el.parentElement!.append(el);
      await settled(el);
      await new Promise((r) => setTimeout(r, 50));
      expect(window.scrollY).to.equal(0);
    });

    it('leaves fragments it does not know to the page: #p13, #top', async () => {
      const el = await mount(tallPage(html`<statement-document></statement-document>`));
      for (const hash of ['#p13', '#top', '#addressees']) {
        location.hash = hash;
        await new Promise((r) => setTimeout(r, 50));
        expect(focused(el), hash).to.equal(null);
        expect($$(el, '.target'), hash).to.have.length(0);
      }
      expect(warnings.messages).to.deep.equal([]);
    });

    it('anchor-prefix="khojaly-" prefixes ids and links, answers #khojaly-p5 and ignores #p5', async () => {
      const el = await mount(tallPage(html`<statement-document anchor-prefix="khojaly-"></statement-document>`));
      expect(para(el, 5).id).to.equal('khojaly-p5');
      expect($(el, '[data-paragraph="p5"] [part="permalink"]').getAttribute('href')).to.equal('#khojaly-p5');
      location.hash = '#p5';
      await new Promise((r) => setTimeout(r, 50));
      expect(focused(el)).to.equal(null);
      location.hash = '#khojaly-p5';
      await waitUntil(() => focused(el) === para(el, 5), 'paragraph 5 takes focus', { timeout: 2000 });
    });

    it('stops listening once removed from the page', async () => {
      const el = await mount(html`<statement-document></statement-document>`);
      el.remove();
      location.hash = '#p2';
      await new Promise((r) => setTimeout(r, 50));
      expect($$(el, '.target')).to.have.length(0);
    });

    it('a bad anchor-prefix warns once and uses none', async () => {
      const el = await mount(html`<statement-document anchor-prefix="my prefix#"></statement-document>`);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^<statement-document> anchor-prefix="my prefix#" is not valid\. Use letters, digits/);
      expect(para(el, 5).id).to.equal('p5');
      el.requestUpdate();
      await setAttrs(el, { toc: '' });
      expect(warnings.messages).to.have.length(1);
      await setAttrs(el, { 'anchor-prefix': 'ok-' });
      expect(para(el, 5).id).to.equal('ok-p5');
      expect(warnings.messages).to.have.length(1);
    });
  });

  describe('table of contents (toc)', () => {
    it('is not shown by default', async () => {
      const el = await mount(html`<statement-document></statement-document>`);
      expect($$(el, '[part="toc"]')).to.have.length(0);
    });

    it('lists "Paragraph N" and the paragraph’s opening words, verbatim and marked as cut with "…"', async () => {
      const el = await mount(html`<statement-document toc></statement-document>`);
      const nav = $(el, '[part="toc"]');
      expect(nav.localName).to.equal('nav');
      expect(nav.getAttribute('aria-label')).to.equal('Contents');
      expect(squash($(el, '[part="toc-heading"]').textContent)).to.equal('Contents');
      const links = $$(el, '[part="toc-link"]');
      expect(links).to.have.length(12);
      links.forEach((a, i) => {
        expect(a.getAttribute('href')).to.equal(`#p${i + 1}`);
        expect(squash(a.querySelector('.toc-number')!.textContent)).to.equal(`Paragraph ${i + 1}`);
        const excerpt = a.querySelector('q')!;
        const cut = excerpt.querySelector('.truncation');
        const words = excerpt.textContent!.replace(/…$/, '');
        expect(body[i].text.startsWith(words), `entry ${i + 1}: "${words}"`).to.equal(true);
        expect(words.split(' ')).to.have.length(8);
        expect(cut?.textContent).to.equal('…');
      });
      expect(squash(links[0].textContent)).to.equal('Paragraph 1 This year we mark the 29th anniversary of…');
    });

    it('following an entry brings its paragraph into view and focuses it', async () => {
      const el = await mount(tallPage(html`<statement-document toc></statement-document>`));
      $$(el, '[part="toc-link"]')[11].click();
      await waitUntil(() => focused(el) === para(el, 12), 'paragraph 12 takes focus', { timeout: 2000 });
      expect(location.hash).to.equal('#p12');
    });

    it('appears and disappears when toc changes at run time', async () => {
      const el = await mount(html`<statement-document></statement-document>`);
      el.toc = true;
      await settled(el);
      expect($$(el, '[part="toc-link"]')).to.have.length(12);
      // The property changes what shows, not the author's markup: no attribute is written on the host.
      expect(el.hasAttribute('toc')).to.equal(false);
      el.toc = false;
      await settled(el);
      expect($$(el, '[part="toc"]')).to.have.length(0);
      await setAttrs(el, { toc: '' });
      expect($$(el, '[part="toc-link"]')).to.have.length(12);
      await setAttrs(el, { toc: null });
      expect($$(el, '[part="toc"]')).to.have.length(0);
    });
  });

  describe('theming', () => {
    it('takes --khojaly-color-accent for the highlighted paragraph and --khojaly-font-family-quote for the text', async () => {
      history.replaceState(null, '', '#p1');
      const el = await mount(html`<statement-document style="--khojaly-color-accent: rgb(1, 2, 3); --khojaly-font-family-quote: 'Quote Font', serif"></statement-document>`);
      await waitUntil(() => $$(el, '.target').length === 1, 'paragraph 1 is highlighted', { timeout: 2000 });
      expect(getComputedStyle(para(el, 1)).borderInlineStartColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(para(el, 1)).fontFamily).to.equal('"Quote Font", serif');
      expect(getComputedStyle($(el, '[part="attribution"]')).fontFamily).not.to.include('Quote Font');
    });

    it('uses the page’s font by default', async () => {
      const el = await mount(html`<div style="font-family: 'Host Page Font', cursive"><statement-document></statement-document></div>`);
      expect(getComputedStyle(para(el, 1)).fontFamily).to.include('Host Page Font');
    });
  });

  describe('print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints the whole text and the attribution, without links, contents or the widget’s frame', async function () {
      const el = await mount(html`<statement-document toc></statement-document>`);
      await emulateMediaOrSkip(this, { media: 'print' });
      expect(getComputedStyle($(el, '[part="toc"]')).display).to.equal('none');
      for (const a of $$(el, '[part="permalink"]')) expect(getComputedStyle(a).display).to.equal('none');
      for (const p of $$(el, '[part="paragraph"]')) {
        expect(getComputedStyle(p).display).to.equal('block');
        expect(p.getBoundingClientRect().height).to.be.above(0);
      }
      expect(getComputedStyle($(el, '[part="attribution"]')).display).to.equal('block');
      expect(getComputedStyle(rootOf(el)).breakInside).to.equal('auto');
      expect(getComputedStyle(rootOf(el)).borderTopWidth).to.equal('0px');
      expect(textOf(para(el, 12))).to.equal(paragraph('p12'));
    });
  });

  describe('narrow screens and right-to-left', () => {
    after(() => setViewport({ width: 800, height: 600 }));

    it('fits a 320 px phone: nothing overflows the widget or the page, table of contents included', async () => {
      await setViewport({ width: 320, height: 800 });
      const el = await mount(html`<div><statement-document toc heading="The statement"></statement-document></div>`);
      expect(rootOf(el).scrollWidth).to.be.at.most(rootOf(el).clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
      for (const child of $$(el, '*')) {
        const box = child.getBoundingClientRect();
        if (box.width === 0) continue;
        expect(box.right, `${child.localName}.${child.className}`).to.be.at.most(window.innerWidth + 0.5);
        expect(box.left, `${child.localName}.${child.className}`).to.be.at.least(-0.5);
      }
    });

    it('in a 280 px column the paragraphs take the full width', async () => {
      const el = await mount(html`<div style="width: 280px"><statement-document></statement-document></div>`);
      const root = rootOf(el).getBoundingClientRect();
      const p = para(el, 1).getBoundingClientRect();
      expect(p.left).to.be.at.least(root.left);
      expect(p.right).to.be.at.most(root.right);
      expect(p.width).to.be.above(root.width * 0.8);
    });

    it('inside dir="rtl" the highlight rule stands at the right', async () => {
      const el = await mount(html`<div dir="rtl"><statement-document></statement-document></div>`);
      const cs = getComputedStyle(para(el, 1));
      expect(cs.borderRightWidth).to.equal('3px');
      expect(cs.borderLeftWidth).to.equal('0px');
    });
  });

  describe('accessibility (axe)', () => {
    for (const theme of ['light', 'dark']) {
      it(`passes axe: theme="${theme}", with the table of contents and a highlighted paragraph`, async () => {
        const el = await mount(html`<div style=${theme === 'dark' ? darkPage : ''}><statement-document theme=${theme} toc></statement-document></div>`);
        expect(getComputedStyle(rootOf(el)).colorScheme).to.equal(theme);
        await expect(el).to.be.accessible();
        location.hash = '#p2';
        await waitUntil(() => focused(el) === para(el, 2), 'paragraph 2 takes focus', { timeout: 2000 });
        await settled(el);
        await expect(el).to.be.accessible();
      });
    }
  });
});
