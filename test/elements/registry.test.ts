// SPDX-License-Identifier: MIT
/**
 * The element registry is the one list of widgets: every list derived from it must name every element, so
 * an element added to the registry and missed anywhere fails here.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import packageJson from '../../package.json';
import * as library from '../../src/index.js';
import { findWidget, registry, widgetAliases, widgetTags } from '../../src/registry.js';
import { optionsOf } from '../../src/shared/options.js';
import { upgradeDiv } from '../../src/upgrade/upgrade-divs.js';
import { tags } from '../helpers/elements.js';

describe('the element registry', () => {
  it('lists seven widgets, each tag, short name and class once', () => {
    expect(registry).to.have.length(7);
    for (const key of ['tag', 'name', 'className'] as const) expect(new Set(registry.map((e) => e[key])).size, key).to.equal(registry.length);
  });

  for (const entry of registry) {
    describe(`<${entry.tag}>`, () => {
      it('is registered by the define entry point with the class the index exports', () => {
        const exported = (library as unknown as Record<string, CustomElementConstructor>)[entry.className];
        expect(exported, `index exports ${entry.className}`).to.be.a('function');
        expect(customElements.get(entry.tag)).to.equal(exported);
      });

      it('is exported by package.json as khojaly-widgets/<tag> and khojaly-widgets/<tag>/define', () => {
        const exports = packageJson.exports as Record<string, { import?: string; types?: string }>;
        expect(exports[`./${entry.tag}`]?.import).to.equal(`./dist/${entry.tag}/${entry.tag}.js`);
        expect(exports[`./${entry.tag}/define`]?.import).to.equal(`./dist/${entry.tag}/define.js`);
      });

      it('is named by its short name in the sanitizer-safe div form, and upgrades from it', async () => {
        expect(widgetAliases[entry.name]).to.equal(entry.tag);
        expect(findWidget(` ${entry.name.toUpperCase()} `)?.tag).to.equal(entry.tag);
        const div = await fixture<HTMLDivElement>(html`<div data-khojaly-widget=${entry.name}></div>`);
        upgradeDiv(div);
        await waitUntil(() => div.firstElementChild?.localName === entry.tag, `a <${entry.tag}> inside the div`);
      });

      it('declares its options, the shared ones included', () => {
        const options = optionsOf(customElements.get(entry.tag)!);
        for (const name of ['theme', 'heading', 'headingLevel', 'src', 'data', 'messages']) expect(options.has(name), name).to.equal(true);
      });

      it('has its styles in the page stylesheet', async () => {
        const css = await (await fetch('/khojaly-widgets.css')).text();
        expect(css).to.include(`${entry.tag}:not(:defined)`);
      });
    });
  }

  it('is the list the tests share as "every widget"', () => {
    expect([...tags]).to.deep.equal([...widgetTags]);
  });
});
