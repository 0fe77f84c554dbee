// SPDX-License-Identifier: MIT
/**
 * Another statement may pass validation with empty collections (no figures, no quotes, even no body
 * paragraphs). Every widget then renders without throwing: a sensible default, or a short "nothing to
 * show" line with one warning — never an uncaught error, never an empty box.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { statement } from '../../src/data/statement.js';
import { registry } from '../../src/registry.js';
import { guardEachTest, mount, settled, shadowText, type Widget } from '../helpers/elements.js';

const collections = ['figures', 'recognitions', 'places', 'instruments', 'events', 'quotes', 'addressees'] as const;

/** The built-in statement with every structured collection emptied; `bodyless` also drops the body paragraphs. */
function emptied(bodyless = false) {
  const copy = structuredClone(statement) as unknown as Record<string, unknown> & { paragraphs: { kind: string }[] };
  for (const key of collections) copy[key] = [];
  if (bodyless) copy.paragraphs = copy.paragraphs.filter((p) => p.kind !== 'body');
  return copy;
}

/** What each widget shows from such a statement: its default content, or the "nothing to show" line. */
const shows: Record<string, { text: string; warns: boolean }> = {
  'khojaly-facts': { text: 'The statement has nothing to show here.', warns: true },
  'recognition-list': { text: 'The statement has nothing to show here.', warns: true },
  // No named quote: the first body paragraph, verbatim.
  'statement-quote': { text: statement.paragraphs.find((p) => p.kind === 'body')!.text, warns: false },
  'khojaly-chart': { text: 'The statement has nothing to show here.', warns: true },
  'statement-timeline': { text: 'The statement has nothing to show here.', warns: true },
  'statement-document': { text: statement.paragraphs.find((p) => p.kind === 'body')!.text, warns: false },
  'statement-list': { text: 'The statement has nothing to show here.', warns: true },
};

describe('a valid statement with empty collections', () => {
  const guard = guardEachTest();

  for (const { tag } of registry) {
    it(`<${tag}> renders it without throwing: ${shows[tag].warns ? '"nothing to show" and one warning' : 'its default content'}`, async () => {
      const el = await mount<Widget & { data: unknown }>(html`<div>${unsafeStatic(`<${tag}></${tag}>`)}</div>`, tag);
      el.data = emptied();
      await waitUntil(() => shadowText(el).includes(shows[tag].text), `<${tag}> shows "${shows[tag].text.slice(0, 40)}"`, { timeout: 4000 });
      // Still attributed to the statement (issuer or signatory, and the date), and not an empty box.
      expect(shadowText(el)).to.match(/(Source: Commissioner for Human Rights|Sabina Aliyeva).*2021/);
      expect(el.getBoundingClientRect().height).to.be.above(20);
      await settled(el);
      const warnings = guard.warnings.from(tag);
      expect(warnings, warnings.join('\n')).to.have.length(shows[tag].warns ? 1 : 0);
      if (shows[tag].warns) expect(warnings[0]).to.match(/data="\(object\)": the statement shown has no /);
    });
  }

  for (const tag of ['statement-quote', 'khojaly-facts'] as const) {
    it(`<${tag}> shows "nothing to show" for a statement with no body paragraphs either, and warns once`, async () => {
      const el = await mount<Widget & { data: unknown }>(html`<div>${unsafeStatic(`<${tag}></${tag}>`)}</div>`, tag);
      el.data = emptied(true);
      await waitUntil(() => shadowText(el).includes('The statement has nothing to show here.'), 'nothing to show', { timeout: 4000 });
      el.requestUpdate();
      await settled(el);
      expect(guard.warnings.from(tag)).to.have.length(1);
    });
  }
});
