// SPDX-License-Identifier: MIT
/** The widgets on a 320 px phone and on a 1024 px screen. */
import { expect, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { $, $$, mount, openSources, rootOf, type Tag } from '../helpers/elements.js';
import { setViewport } from '../helpers/engine.js';

const columnsOf = (el: Element) => getComputedStyle($(el, 'dl')).gridTemplateColumns.split(' ').length;

const everyLook: [Tag, string, string][] = [
  ['khojaly-facts', 'layout', 'grid'],
  ['khojaly-facts', 'layout', 'list'],
  ['khojaly-facts', 'layout', 'inline'],
  ['recognition-list', 'layout', 'list'],
  ['recognition-list', 'layout', 'columns'],
  ['recognition-list', 'layout', 'inline'],
  ['statement-quote', 'variant', 'card'],
  ['statement-quote', 'variant', 'pull'],
  ['statement-quote', 'variant', 'inline'],
];

describe('narrow and wide screens', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  describe('on a 320 px wide phone', () => {
    before(() => setViewport({ width: 320, height: 800 }));

    it('<khojaly-facts> grid is a single column', async () => {
      expect(window.innerWidth).to.equal(320);
      const el = await mount(html`<khojaly-facts></khojaly-facts>`, 'khojaly-facts');
      expect(columnsOf(el)).to.equal(1);
    });

    for (const [tag, attribute, look] of everyLook) {
      it(`<${tag} ${attribute}="${look}"> fits: nothing overflows sideways, with the group "all" and every source open`, async () => {
        const el = await mount(
          staticHtml`<div>${unsafeStatic(`<${tag} ${attribute}="${look}" group="all" heading="Khojaly, 25–26 February 1992"></${tag}>`)}</div>`,
          tag,
        );
        openSources(el);
        await new Promise((r) => requestAnimationFrame(r));
        const frame = look === 'inline' && tag === 'statement-quote' ? el.parentElement! : rootOf(el);
        expect(frame.scrollWidth, 'the widget’s own width').to.be.at.most(frame.clientWidth);
        expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(window.innerWidth);
        for (const child of $$(el, '*')) {
          const box = child.getBoundingClientRect();
          if (box.width === 0) continue;
          expect(box.right, `${child.localName}.${child.className} ends inside the screen`).to.be.at.most(window.innerWidth + 0.5);
        }
      });
    }
  });

  describe('on a 1024 px wide screen', () => {
    before(() => setViewport({ width: 1024, height: 800 }));

    it('<khojaly-facts> grid has several columns', async () => {
      expect(window.innerWidth).to.equal(1024);
      const el = await mount(html`<khojaly-facts></khojaly-facts>`, 'khojaly-facts');
      expect(columnsOf(el)).to.be.at.least(3);
      const tops = $$(el, '[part="figure"]').slice(0, 3).map((f) => Math.round(f.getBoundingClientRect().top));
      expect(new Set(tops).size, 'the first three figures share a row').to.equal(1);
    });

    it('<recognition-list layout="columns"> puts genocide and massacre side by side', async () => {
      const el = await mount(html`<recognition-list layout="columns"></recognition-list>`, 'recognition-list');
      const [a, b] = $$(el, '[part="group"]').map((g) => g.getBoundingClientRect());
      expect(Math.abs(a.top - b.top)).to.be.below(1);
    });

    it('<khojaly-facts layout="list"> stays one figure per row', async () => {
      const el = await mount(html`<khojaly-facts layout="list"></khojaly-facts>`, 'khojaly-facts');
      const [a, b] = $$(el, '[part="figure"]').map((f) => f.getBoundingClientRect());
      expect(b.top).to.be.at.least(a.bottom - 1);
    });
  });
});
