// SPDX-License-Identifier: MIT
/**
 * What every widget shares, told once per widget: attribution, theme, design tokens, fonts, direction,
 * accessibility in both schemes, and one clear warning per bad attribute value.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import {
  $,
  $$,
  captureWarnings,
  luminance,
  mount,
  openSources,
  rootOf,
  setAttrs,
  settled,
  shadowText,
  squash,
  tags,
  watchUncaught,
  type Tag,
} from '../helpers/elements.js';
import { emulateMedia, emulateMediaOrSkip } from '../helpers/engine.js';
import { dateInEnglish, issuer, paragraph } from '../helpers/statement-text.js';

/** Each widget's looks (the attribute that switches them, and its values) and a word its default always shows. */
const looks: Record<Tag, { attribute: string; values: string[]; marker: string }> = {
  'khojaly-facts': { attribute: 'layout', values: ['grid', 'list', 'inline'], marker: '613' },
  'recognition-list': { attribute: 'layout', values: ['list', 'columns', 'inline'], marker: 'Djibouti' },
  'statement-quote': { attribute: 'variant', values: ['card', 'pull', 'inline'], marker: paragraph('p12') },
  'khojaly-chart': { attribute: 'scale', values: ['shared', 'each'], marker: '613' },
  'statement-timeline': { attribute: 'layout', values: ['vertical', 'horizontal'], marker: 'An act of genocide committed in Khojaly' },
  'statement-document': { attribute: 'toc', values: [''], marker: paragraph('p12') },
  'statement-list': { attribute: 'list', values: ['places', 'instruments', 'addressees'], marker: 'Khankendi' },
};

/** `<tag attr="value" …>` rendered inside `page` (a wrapper giving the page's context). */
function widget(tag: Tag, attrs: Record<string, string> = {}, page = '') {
  const attributes = Object.entries(attrs)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ');
  return staticHtml`<div style=${page}>${unsafeStatic(`<${tag} ${attributes}></${tag}>`)}</div>`;
}

/** Where each widget paints its accent colour, as a reader would spot it. */
const accentOf: Record<Tag, (el: Element) => string> = {
  'khojaly-facts': (el) => getComputedStyle($(el, '[part="value"]')).color,
  'recognition-list': (el) => getComputedStyle($(el, '[part="group"]')).borderInlineStartColor,
  'statement-quote': (el) => getComputedStyle($(el, '[part="quote"]'), '::before').color,
  'khojaly-chart': (el) => getComputedStyle(rootOf(el)).getPropertyValue('--_accent').trim(),
  'statement-timeline': (el) => getComputedStyle($(el, '[part="date"]')).color,
  'statement-document': (el) => getComputedStyle(rootOf(el)).getPropertyValue('--_accent').trim(),
  'statement-list': (el) => getComputedStyle($(el, '[part="group"]')).borderInlineStartColor,
};

const darkPage = 'color-scheme: dark; background: #101114; color: #eeeeee; padding: 8px';

describe('accessibility regressions found by axe', () => {
  // The facts breakdown once put Intl.ListFormat's separators straight into the <ul>; a <ul> holds only <li>s.
  it('<khojaly-facts> breakdown is a valid list: the <ul> holds only <li>s', async () => {
    const el = await mount(widget('khojaly-facts'), 'khojaly-facts');
    await expect(el).to.be.accessible();
    for (const ul of $$(el, 'ul')) {
      const stray = [...ul.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      expect(stray.map((n) => n.textContent)).to.deep.equal([]);
    }
  });

  // \"Paragraph N\" under a source sentence was once a <footer>, exposed as one contentinfo landmark per source.
  for (const [tag, layout] of [['khojaly-facts', 'grid'], ['khojaly-facts', 'inline'], ['recognition-list', 'inline']] as const) {
    it(`<${tag} layout="${layout}"> open sources add no page landmarks`, async () => {
      const el = await mount(widget(tag, { layout }), tag);
      openSources(el);
      await expect(el).to.be.accessible();
    });
  }
});

let uncaught: ReturnType<typeof watchUncaught>;
beforeEach(() => (uncaught = watchUncaught()));
afterEach(() => {
  uncaught.stop();
  if (uncaught.errors.length) throw new Error(`uncaught errors: ${uncaught.errors.join('; ')}`);
});

for (const tag of tags) {
  const { attribute, values, marker } = looks[tag];

  describe(`<${tag}>, as every khojaly widget`, () => {
    let warnings: ReturnType<typeof captureWarnings>;
    beforeEach(() => (warnings = captureWarnings()));
    afterEach(() => warnings.restore());

    it('credits the statement: the issuer and the date are shown by default', async () => {
      const el = await mount(widget(tag), tag);
      const credit = squash($(el, '[part="attribution"]').textContent);
      expect(credit).to.include(issuer);
      expect(credit).to.include(dateInEnglish);
      expect(shadowText(el)).to.include(marker);
      expect(warnings.messages).to.deep.equal([]);
    });

    describe('theme', () => {
      afterEach(async () => {
        document.documentElement.style.removeProperty('color-scheme');
        if (!document.documentElement.getAttribute('style')) document.documentElement.removeAttribute('style');
        await emulateMedia({ colorScheme: 'light' });
      });

      const scheme = (el: Element) => getComputedStyle(rootOf(el)).colorScheme;
      const background = (el: Element) => luminance(getComputedStyle(rootOf(el)).backgroundColor);
      const text = (el: Element) => luminance(getComputedStyle(rootOf(el)).color);

      it('is light by default on a page that says nothing, for a reader who prefers light', async () => {
        const el = await mount(widget(tag), tag);
        expect(scheme(el)).to.equal('light');
        expect(background(el)).to.be.above(0.8);
        expect(text(el)).to.be.below(0.1);
      });

      it('theme="dark" makes the widget dark: dark colour scheme, dark background, light text', async () => {
        const el = await mount(widget(tag, { theme: 'dark' }), tag);
        expect(scheme(el)).to.equal('dark');
        expect(background(el)).to.be.below(0.05);
        expect(text(el)).to.be.above(0.6);
      });

      it('theme="light" stays light on a dark page for a reader who prefers dark', async function () {
        await emulateMediaOrSkip(this, { colorScheme: 'dark' });
        const el = await mount(widget(tag, { theme: 'light' }, 'color-scheme: dark'), tag);
        expect(scheme(el)).to.equal('light');
        expect(background(el)).to.be.above(0.8);
      });

      it('theme="auto" follows color-scheme: dark declared by the page around it', async () => {
        const el = await mount(widget(tag, { theme: 'auto' }, 'color-scheme: dark'), tag);
        expect(scheme(el)).to.equal('dark');
        expect(background(el)).to.be.below(0.05);
      });

      it('theme="auto" follows color-scheme on <html>, also when the page switches it later', async () => {
        document.documentElement.style.colorScheme = 'dark';
        const el = await mount(widget(tag), tag);
        expect(scheme(el)).to.equal('dark');
        document.documentElement.style.colorScheme = 'light';
        await waitUntil(() => scheme(el) === 'light', 'turns light when the page switches to light', { timeout: 2000 });
        expect(background(el)).to.be.above(0.8);
      });

      it('theme="auto" follows the reader’s prefers-color-scheme when the page says nothing, also when it changes', async function () {
        await emulateMediaOrSkip(this, { colorScheme: 'dark' });
        const el = await mount(widget(tag), tag);
        expect(scheme(el)).to.equal('dark');
        expect(background(el)).to.be.below(0.05);
        await emulateMedia({ colorScheme: 'light' });
        await waitUntil(() => scheme(el) === 'light', 'turns light when the reader switches to light', { timeout: 2000 });
        expect(background(el)).to.be.above(0.8);
      });

      it('the page’s own color-scheme wins over the reader’s preference', async function () {
        await emulateMediaOrSkip(this, { colorScheme: 'dark' });
        const el = await mount(widget(tag, {}, 'color-scheme: light'), tag);
        expect(scheme(el)).to.equal('light');
      });

      it('re-themes when theme changes at run time', async () => {
        const el = await mount(widget(tag), tag);
        await setAttrs(el, { theme: 'dark' });
        expect(scheme(el)).to.equal('dark');
        await setAttrs(el, { theme: 'light' });
        expect(scheme(el)).to.equal('light');
      });
    });

    describe('design tokens and fonts', () => {
      it('applies --khojaly-color-accent set on the element, in light and in dark', async () => {
        for (const theme of ['light', 'dark']) {
          const el = await mount(widget(tag, { theme, style: '--khojaly-color-accent: rgb(1, 2, 3)' }), tag);
          expect(accentOf[tag](el), theme).to.equal('rgb(1, 2, 3)');
        }
      });

      it('applies --khojaly-color-background and --khojaly-color-text set by the page', async () => {
        const el = await mount(
          widget(tag, {}, '--khojaly-color-background: rgb(250, 240, 200); --khojaly-color-text: rgb(10, 20, 30)'),
          tag,
        );
        expect(getComputedStyle(rootOf(el)).backgroundColor).to.equal('rgb(250, 240, 200)');
        expect(getComputedStyle(rootOf(el)).color).to.equal('rgb(10, 20, 30)');
      });

      it('inherits the page’s font', async () => {
        const el = await mount(widget(tag, {}, 'font-family: "Host Page Font", cursive'), tag);
        expect(getComputedStyle(rootOf(el)).fontFamily).to.equal(getComputedStyle(el.parentElement!).fontFamily);
        expect(getComputedStyle(rootOf(el)).fontFamily).to.include('Host Page Font');
      });

      it('uses --khojaly-font-family instead when it is set', async () => {
        const el = await mount(widget(tag, { style: "--khojaly-font-family: 'Token Font', monospace" }, 'font-family: "Host Page Font", cursive'), tag);
        expect(getComputedStyle(rootOf(el)).fontFamily).to.equal('"Token Font", monospace');
      });
    });

    it('is right-to-left inside dir="rtl": the root’s direction is rtl and rules and indents sit on the right', async () => {
      const el = await mount(html`<div dir="rtl">${widget(tag)}</div>`, tag);
      expect(getComputedStyle(rootOf(el)).direction).to.equal('rtl');
      const sides = (node: Element, pseudo?: string) => {
        const cs = getComputedStyle(node, pseudo);
        return { borderLeft: cs.borderLeftWidth, borderRight: cs.borderRightWidth, paddingLeft: cs.paddingLeft, paddingRight: cs.paddingRight };
      };
      if (tag === 'khojaly-facts') {
        openSources(el);
        const quote = sides($(el, 'details blockquote'));
        expect(quote.borderRight).to.equal('3px');
        expect(quote.borderLeft).to.equal('0px');
        expect(parseFloat(quote.paddingRight)).to.be.above(0);
        expect(quote.paddingLeft).to.equal('0px');
      } else if (tag === 'recognition-list') {
        const group = sides($(el, '[part="group"]'));
        expect(group.borderRight).to.equal('4px');
        expect(group.borderLeft).to.equal('0px');
        expect(parseFloat(group.paddingRight)).to.be.above(0);
        expect(group.paddingLeft).to.equal('0px');
        // The bullet of each item stands at the item's right.
        const li = $(el, 'li');
        const bullet = getComputedStyle(li, '::before');
        expect(bullet.right).to.equal('0px');
      } else if (tag === 'statement-quote') {
        const quote = $(el, '[part="quote"]');
        const block = sides(quote);
        expect(parseFloat(block.paddingRight)).to.be.above(0);
        expect(block.paddingLeft).to.equal('0px');
        expect(getComputedStyle(quote, '::before').right, 'the opening quotation mark stands at the right').to.equal('0px');
      }
    });

    describe('accessibility (axe)', () => {
      for (const look of values) {
        for (const theme of ['light', 'dark']) {
          it(`passes axe: ${attribute}="${look}", theme="${theme}", with the source disclosures closed and open`, async () => {
            // A dark widget is shown on a dark page: an inline quote has no background of its own.
            const el = await mount(
              widget(tag, { [attribute]: look, theme, heading: 'Khojaly' }, theme === 'dark' ? darkPage : ''),
              tag,
            );
            await expect(el).to.be.accessible();
            openSources(el);
            await expect(el).to.be.accessible();
          });
        }
      }
    });
  });
}

/** Bad values, per widget: the attribute, the bad value, words of the advice, and extra attributes it needs. */
const badValues: { tag: Tag; attribute: string; value: string; advice: string; extra?: Record<string, string>; shows?: string }[] = [
  { tag: 'khojaly-facts', attribute: 'layout', value: 'tiles', advice: 'Use one of: grid, list, inline. Showing layout="grid".' },
  { tag: 'khojaly-facts', attribute: 'group', value: '1993', advice: 'Use one of: khojaly-1992, 2020, recognition, years, all. Showing group="khojaly-1992".' },
  { tag: 'khojaly-facts', attribute: 'figures', value: 'bogus', advice: 'Known ids: killed, killed-children' },
  { tag: 'khojaly-facts', attribute: 'theme', value: 'sepia', advice: 'Use one of: auto, light, dark. Showing theme="auto".' },
  { tag: 'khojaly-facts', attribute: 'heading-level', value: '9', advice: '2 to 6', extra: { heading: 'Figures' } },
  { tag: 'recognition-list', attribute: 'layout', value: 'table', advice: 'Use one of: list, columns, inline. Showing layout="list".' },
  { tag: 'recognition-list', attribute: 'kind', value: 'war', advice: 'Use one of: all, genocide, massacre. Showing kind="all".' },
  { tag: 'recognition-list', attribute: 'body', value: 'senate', advice: 'Use one of: all, parliament, state-bodies, international-organization. Showing body="all".' },
  { tag: 'recognition-list', attribute: 'theme', value: 'sepia', advice: 'Use one of: auto, light, dark.' },
  { tag: 'recognition-list', attribute: 'heading-level', value: '1', advice: '2 to 6' },
  { tag: 'statement-quote', attribute: 'variant', value: 'banner', advice: 'Use one of: card, pull, inline. Showing variant="card".' },
  { tag: 'statement-quote', attribute: 'quote', value: 'nope', advice: 'Use one of: call-to-recognize, crime-against-humanity, casualties, anniversary, impunity.' },
  { tag: 'statement-quote', attribute: 'paragraph', value: '13', advice: 'from 1 to 12 or an id from p1 to p12' },
  { tag: 'statement-quote', attribute: 'paragraph', value: 'p99', advice: 'from 1 to 12 or an id from p1 to p12' },
  { tag: 'statement-quote', attribute: 'sentence', value: '99', advice: 'Paragraph 2 has sentences 1 to 8.', extra: { paragraph: '2' }, shows: paragraph('p2') },
  { tag: 'statement-quote', attribute: 'theme', value: 'sepia', advice: 'Use one of: auto, light, dark.' },
  { tag: 'statement-quote', attribute: 'heading-level', value: 'seven', advice: '2 to 6', extra: { heading: 'Quote' } },
];

describe('a bad attribute value gets one clear warning, and the widget still shows its default', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  for (const { tag, attribute, value, advice, extra = {}, shows } of badValues) {
    it(`<${tag} ${attribute}="${value}">: one warning naming the tag, the attribute, the value and what to use`, async () => {
      const el = await mount(widget(tag, { ...extra, [attribute]: value }), tag);
      const [first, ...more] = warnings.messages;
      expect(more, `only one warning; got ${JSON.stringify(warnings.messages)}`).to.deep.equal([]);
      expect(first).to.match(new RegExp(`^<${tag}> ${attribute}="${value}" is not valid\\. `));
      expect(first).to.include(advice);
      expect(shadowText(el)).to.include(shows ?? looks[tag].marker);
      if (attribute === 'heading-level' && extra.heading) expect(squash($(el, 'h2').textContent)).to.equal(extra.heading);
      if (attribute === 'layout' || attribute === 'variant') {
        expect($$(el, tag === 'statement-quote' ? 'blockquote' : tag === 'khojaly-facts' ? 'dl' : 'ul')).not.to.have.length(0);
      }
      if (attribute === 'theme') expect(getComputedStyle(rootOf(el)).colorScheme).to.equal('light');
    });

    it(`<${tag} ${attribute}="${value}">: setting the same bad value again, or re-rendering, does not warn again`, async () => {
      const el = await mount(widget(tag, { ...extra, [attribute]: value }), tag);
      el.setAttribute(attribute, value);
      (el as HTMLElement & { requestUpdate(): void }).requestUpdate();
      await settled(el);
      await setAttrs(el, { heading: 'Another heading' });
      document.documentElement.style.colorScheme = 'light';
      await settled(el);
      document.documentElement.style.removeProperty('color-scheme');
      await settled(el);
      expect(warnings.from(tag)).to.have.length(1);
    });
  }

  it('a different bad value warns again: each bad value is reported once', async () => {
    const el = await mount(widget('khojaly-facts', { layout: 'tiles' }), 'khojaly-facts');
    await setAttrs(el, { layout: 'cards' });
    expect(warnings.from('khojaly-facts')).to.have.length(2);
    expect(warnings.messages[1]).to.match(/^<khojaly-facts> layout="cards" is not valid\./);
  });

  it('accepts values whatever their case or surrounding space, without a warning', async () => {
    const el = await mount(widget('khojaly-facts', { layout: ' INLINE ', theme: 'Dark' }), 'khojaly-facts');
    expect(warnings.messages).to.deep.equal([]);
    expect($$(el, 'dl')).to.have.length(0);
    expect(getComputedStyle(rootOf(el)).colorScheme).to.equal('dark');
  });

  it('a figures list with one unknown id warns and still shows the known ones', async () => {
    const el = await mount(widget('khojaly-facts', { figures: 'injured bogus' }), 'khojaly-facts');
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.match(/^<khojaly-facts> figures="injured bogus" is not valid\. Unknown figure id: bogus\./);
    expect($$(el, 'dt').map((dt) => squash(dt.textContent))).to.deep.equal(['civilians seriously injured']);
  });

  it('a page full of widgets with every attribute wrong throws nothing', async () => {
    await fixture(html`<div>
      <khojaly-facts layout="x" group="y" figures="" theme="z" heading="h" heading-level="0"></khojaly-facts>
      <recognition-list layout="x" kind="y" body="z" theme="w" heading-level="-1"></recognition-list>
      <statement-quote variant="x" quote="" paragraph="0" sentence="-1" theme="y" heading="h" heading-level="2.5"></statement-quote>
    </div>`);
    await new Promise((r) => setTimeout(r, 50));
    for (const tag of ['khojaly-facts', 'recognition-list', 'statement-quote']) expect(warnings.from(tag).length, tag).to.be.above(0);
  });
});
