// SPDX-License-Identifier: MIT
/**
 * A widget never writes attributes on its own host: what the author (or a framework's server render) wrote
 * stays exactly as written, so hydration finds the markup it expects. And properties set before the tag is
 * defined (a framework setting `data` early) are applied once the element upgrades.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { statement } from '../../src/data/statement.js';
import * as library from '../../src/index.js';
import { registry } from '../../src/registry.js';
import { optionsOf, valuesFor } from '../../src/shared/options.js';
import { builtInStatement } from '../../src/data/statement.js';
import { guardEachTest, settled, shadowText, type Widget } from '../helpers/elements.js';

const attributesOf = (el: Element) => [...el.attributes].map((a) => `${a.name}=${a.value}`).sort();

describe('the host element, as the author wrote it', () => {
  guardEachTest();

  for (const { tag } of registry) {
    it(`<${tag}> adds no attribute: none by default, none when every option is set as a property`, async () => {
      const el = await fixture<Widget>(staticHtml`<${unsafeStatic(tag)} class="story" data-x="1"></${unsafeStatic(tag)}>`);
      await settled(el);
      expect(attributesOf(el)).to.deep.equal(['class=story', 'data-x=1']);
      // Each choice set to a value other than its default, each flag on, as a framework sets properties.
      for (const [name, option] of optionsOf(el.constructor as CustomElementConstructor)) {
        const props = el as unknown as Record<string, unknown>;
        if (option.kind === 'choice' && !option.checkedBy) props[name] = valuesFor(option, builtInStatement).at(-1);
        if (option.kind === 'flag') props[name] = true;
        if (option.kind === 'integer' && option.max !== undefined) props[name] = option.max;
      }
      await settled(el);
      expect(attributesOf(el)).to.deep.equal(['class=story', 'data-x=1']);
    });
  }

  it('keeps attributes the author wrote, in any case, as written', async () => {
    const el = await fixture<Widget>(html`<khojaly-facts LAYOUT="List" group="2020"></khojaly-facts>`);
    await settled(el);
    expect(attributesOf(el)).to.deep.equal(['group=2020', 'layout=List']);
  });
});

describe('properties set before the tag is defined', () => {
  guardEachTest();

  it('are applied once the element upgrades (data, a choice, a flag)', async () => {
    const tag = 'late-statement-document';
    const el = document.createElement(tag) as HTMLElement & Record<string, unknown>;
    const text = structuredClone(statement);
    text.paragraphs = text.paragraphs.map((p) => (p.kind === 'heading' ? { ...p, text: 'A LATER STATEMENT' } : p));
    el.data = text;
    el.toc = true;
    el.theme = 'dark';
    document.body.append(el);
    customElements.define(tag, class extends library.StatementDocument {});
    try {
      // The statement is validated first, by a validator loaded on demand.
      await waitUntil(() => shadowText(el).includes('A LATER STATEMENT'), 'the statement set before upgrade shows', { timeout: 4000 });
      expect(el.shadowRoot!.querySelectorAll('[part="toc-link"]').length).to.be.above(0);
      expect(el.shadowRoot!.querySelector('.root')!.classList.contains('dark')).to.equal(true);
      expect(el.hasAttribute('toc')).to.equal(false);
    } finally {
      el.remove();
    }
  });
});
