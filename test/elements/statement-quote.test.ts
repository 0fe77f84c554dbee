// SPDX-License-Identifier: MIT
import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, captureWarnings, mount, setAttrs, squash } from '../helpers/elements.js';
import { dateInEnglish, paragraph, quoteText, signatory } from '../helpers/statement-text.js';

const quoted = (el: Element) => squash($(el, '[part="quote"]').textContent);
const caption = (el: Element) => squash($(el, '[part="attribution"]').textContent);
const p12 = paragraph('p12');
const citation12 = `Sabina Aliyeva, The Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan, statement of ${dateInEnglish}, paragraph 12`;

describe('<statement-quote>: a reader sees a verbatim quote with its citation', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('what is quoted', () => {
    it('by default quotes the call to recognize: paragraph 12, verbatim', async () => {
      const el = await mount(html`<statement-quote></statement-quote>`, 'statement-quote');
      expect(quoted(el)).to.equal(p12);
      expect(quoted(el)).to.equal(quoteText('call-to-recognize'));
      expect(caption(el)).to.match(/paragraph 12$/);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('quote="crime-against-humanity" quotes the first sentence of paragraph 11', async () => {
      const el = await mount(html`<statement-quote quote="crime-against-humanity"></statement-quote>`, 'statement-quote');
      expect(quoted(el)).to.equal(
        'The Khojaly genocide, which occurred in front of the eyes of the world at the end of the XX century, is a crime committed not only against Azerbaijani people, but also against the whole humanity.',
      );
      expect(paragraph('p11').startsWith(quoted(el))).to.be.true;
      expect(caption(el)).to.match(/paragraph 11$/);
    });

    it('paragraph="5" and paragraph="p5" quote the same whole paragraph 5', async () => {
      const byNumber = await mount(html`<statement-quote paragraph="5"></statement-quote>`, 'statement-quote');
      const byId = await mount(html`<statement-quote paragraph="p5"></statement-quote>`, 'statement-quote');
      expect(quoted(byNumber)).to.equal(paragraph('p5'));
      expect(quoted(byId)).to.equal(quoted(byNumber));
      expect(caption(byId)).to.equal(caption(byNumber));
      expect(caption(byNumber)).to.match(/paragraph 5$/);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('paragraph="2" sentence="3" quotes the third sentence of paragraph 2', async () => {
      const el = await mount(html`<statement-quote paragraph="2" sentence="3"></statement-quote>`, 'statement-quote');
      expect(quoted(el)).to.equal(
        'This crime amounts to the most serious and severe violation of norms and principles of international law, as well as fundamental human rights.',
      );
      expect(paragraph('p2')).to.include(quoted(el));
      expect(caption(el)).to.match(/paragraph 2$/);
    });

    it('re-renders when quote, paragraph or sentence change at run time', async () => {
      const el = await mount(html`<statement-quote></statement-quote>`, 'statement-quote');
      await setAttrs(el, { paragraph: '2', sentence: '1' });
      expect(quoted(el)).to.match(/^On this day 29 years ago/);
      await setAttrs(el, { sentence: '4' });
      expect(quoted(el)).to.match(/^As a result of this horrific crime against humanity, 613/);
      await setAttrs(el, { quote: 'impunity', paragraph: null, sentence: null });
      expect(quoted(el)).to.match(/^Lack of adequate reaction by the world community/);
      await setAttrs(el, { quote: null });
      expect(quoted(el)).to.equal(p12);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('quote and paragraph together: quote wins, with one warning naming both; removing one silences it', async () => {
      const el = await mount(html`<statement-quote quote="impunity" paragraph="5" sentence="1"></statement-quote>`, 'statement-quote');
      expect(quoted(el)).to.match(/^Lack of adequate reaction by the world community/);
      expect(warnings.messages).to.deep.equal(['<statement-quote> paragraph="5" is not valid. quote="impunity" is set too, and quote wins: remove one of them.']);
      await setAttrs(el, { quote: null });
      expect(caption(el)).to.match(/paragraph 5$/);
      expect(warnings.messages).to.have.length(1);
    });

    it('sentence without paragraph warns and shows the default quote', async () => {
      const el = await mount(html`<statement-quote sentence="2"></statement-quote>`, 'statement-quote');
      expect(quoted(el)).to.equal(p12);
      expect(warnings.messages).to.deep.equal(['<statement-quote> sentence="2" is not valid. It picks a sentence of paragraph, which is not set: add paragraph="…". Showing quote="call-to-recognize".']);
    });
  });

  describe('the citation', () => {
    it('names Sabina Aliyeva, her office and the date of the statement', async () => {
      const el = await mount(html`<statement-quote></statement-quote>`, 'statement-quote');
      expect(caption(el)).to.equal(`— ${citation12}`);
      expect(caption(el)).to.include(signatory.name);
      expect(caption(el)).to.include(signatory.title);
      expect($(el, '[part="attribution"] time').getAttribute('datetime')).to.equal('2021-02-22');
    });

    it('gives the date in the reader’s language (lang="de" on an ancestor)', async () => {
      const el = await mount(html`<div lang="de"><statement-quote></statement-quote></div>`, 'statement-quote');
      expect(squash($(el, '[part="attribution"] time').textContent)).to.equal('22. Februar 2021');
    });
  });

  describe('variants', () => {
    it('card (default) is a block with a <blockquote>, the citation and the copy button', async () => {
      const el = await mount(html`<statement-quote></statement-quote>`, 'statement-quote');
      expect(getComputedStyle(el).display).to.equal('block');
      expect($(el, '[part="quote"]').localName).to.equal('blockquote');
      expect(squash($(el, 'button').textContent)).to.equal('Copy with citation');
    });

    it('pull is a large quote between two rules', async () => {
      const card = await mount(html`<statement-quote></statement-quote>`, 'statement-quote');
      const el = await mount(html`<statement-quote variant="pull"></statement-quote>`, 'statement-quote');
      expect($(el, '[part="quote"]').localName).to.equal('blockquote');
      expect(quoted(el)).to.equal(p12);
      const base = getComputedStyle($(el, '[part="base"]'));
      expect(base.borderTopWidth).to.equal('3px');
      expect(base.borderBottomWidth).to.equal('3px');
      expect(base.borderLeftWidth).to.equal('0px');
      const size = (q: Element) => parseFloat(getComputedStyle($(q, '[part="quote"]')).fontSize);
      expect(size(el)).to.be.above(size(card));
    });

    it('inline is a <q> that sits in running text: the host is display: inline', async () => {
      const el = await mount(html`<p>As the Ombudsman wrote, <statement-quote variant="inline"></statement-quote> — and so on.</p>`, 'statement-quote');
      expect(getComputedStyle(el).display).to.equal('inline');
      expect($(el, '[part="quote"]').localName).to.equal('q');
      expect(quoted(el)).to.equal(p12);
      expect(caption(el)).to.equal(`(${citation12})`);
      expect($$(el, 'blockquote, button')).to.have.length(0);
    });

    it('re-renders when the variant changes at run time', async () => {
      const el = await mount(html`<statement-quote></statement-quote>`, 'statement-quote');
      await setAttrs(el, { variant: 'inline' });
      expect(getComputedStyle(el).display).to.equal('inline');
      expect($(el, '[part="quote"]').localName).to.equal('q');
      await setAttrs(el, { variant: 'card' });
      expect(getComputedStyle(el).display).to.equal('block');
      expect($(el, '[part="quote"]').localName).to.equal('blockquote');
    });
  });

  describe('"Copy with citation"', () => {
    const expected = `“${p12}”\n— ${citation12}`;
    let writes: string[];
    let rejectWrites: boolean;
    let originalExecCommand: typeof document.execCommand;

    beforeEach(() => {
      writes = [];
      rejectWrites = false;
      // A manual stub: navigator.clipboard is a getter on Navigator.prototype, so an own property shadows it.
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: (text: string) => {
            if (rejectWrites) return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
            writes.push(text);
            return Promise.resolve();
          },
        },
      });
      originalExecCommand = document.execCommand;
    });

    afterEach(() => {
      delete (navigator as { clipboard?: unknown }).clipboard;
      document.execCommand = originalExecCommand;
    });

    const statusOf = (el: Element) => $(el, '[role="status"]');

    async function pressOnButton(el: Element, key: 'Enter' | 'Space') {
      const button = $(el, 'button');
      button.focus();
      expect(el.shadowRoot!.activeElement).to.equal(button);
      // The space bar as a character: Firefox's and WebKit's drivers have no key named "Space".
      await sendKeys({ press: key === 'Space' ? ' ' : key });
    }

    it('a keyboard reader reaches the button with Tab and sees a focus ring in the accent colour', async () => {
      const el = await mount(html`<statement-quote style="--khojaly-color-accent: rgb(1, 2, 3)"></statement-quote>`, 'statement-quote');
      const button = $(el, 'button');
      for (let i = 0; i < 5 && el.shadowRoot!.activeElement !== button; i++) await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button);
      const ring = getComputedStyle(button);
      expect(ring.outlineStyle).to.equal('solid');
      expect(ring.outlineColor).to.equal('rgb(1, 2, 3)');
    });

    for (const key of ['Enter', 'Space'] as const) {
      it(`copies the quote with its citation when the reader presses ${key} on the button`, async () => {
        const el = await mount(html`<statement-quote></statement-quote>`, 'statement-quote');
        expect(squash(statusOf(el).textContent)).to.equal('');
        const copied = oneEvent(el, 'khojaly-copy');
        await pressOnButton(el, key);
        const event = (await copied) as CustomEvent<{ text: string }>;
        expect(writes).to.deep.equal([expected]);
        expect(event.detail.text).to.equal(expected);
        expect(event.bubbles && event.composed).to.be.true;
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(squash(statusOf(el).textContent)).to.equal('Copied to the clipboard');
      });
    }

    it('copies the chosen passage and cites its paragraph: paragraph="2" sentence="3"', async () => {
      const el = await mount(html`<statement-quote paragraph="2" sentence="3"></statement-quote>`, 'statement-quote');
      const copied = oneEvent(el, 'khojaly-copy');
      $(el, 'button').click();
      await copied;
      expect(writes).to.have.length(1);
      expect(writes[0]).to.equal(
        `“This crime amounts to the most serious and severe violation of norms and principles of international law, as well as fundamental human rights.”\n— Sabina Aliyeva, The Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan, statement of ${dateInEnglish}, paragraph 2`,
      );
    });

    it('falls back to selecting hidden text and copying it when the clipboard API refuses', async () => {
      rejectWrites = true;
      let selected = '';
      document.execCommand = (command: string) => {
        const area = document.activeElement?.shadowRoot?.activeElement ?? document.activeElement;
        selected = command === 'copy' && area instanceof HTMLTextAreaElement ? area.value.slice(area.selectionStart, area.selectionEnd) : '';
        return command === 'copy';
      };
      const el = await mount(html`<statement-quote></statement-quote>`, 'statement-quote');
      const copied = oneEvent(el, 'khojaly-copy');
      await pressOnButton(el, 'Enter');
      const event = (await copied) as CustomEvent<{ text: string }>;
      expect(selected).to.equal(expected);
      expect(event.detail.text).to.equal(expected);
      await waitUntil(() => squash(statusOf(el).textContent) === 'Copied to the clipboard', 'status says copied');
      expect($$(el, 'textarea'), 'the helper text area is removed').to.have.length(0);
    });

    it('tells the reader to select the text when no way of copying works, and fires no event', async () => {
      rejectWrites = true;
      document.execCommand = () => false;
      const el = await mount(html`<statement-quote></statement-quote>`, 'statement-quote');
      let fired = false;
      el.addEventListener('khojaly-copy', () => (fired = true));
      await pressOnButton(el, 'Enter');
      await waitUntil(() => squash(statusOf(el).textContent) !== '', 'a status appears');
      expect(squash(statusOf(el).textContent)).to.equal('Could not copy: select the text instead');
      await aTimeout(50);
      expect(fired).to.be.false;
    });
  });
});
