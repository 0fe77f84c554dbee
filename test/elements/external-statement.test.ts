// SPDX-License-Identifier: MIT
// Pointing a widget at another statement (`src` or `data`): validated, shown as text, and never at the
// cost of an empty widget.
import { expect, html, waitUntil } from '@open-wc/testing';
import statementJson from '../../data/statement.json';
import { KhojalyElement } from '../../src/shared/base.js';
import { $, mount, shadowText, guardEachTest } from '../helpers/elements.js';

type Json = Record<string, unknown> & typeof statementJson;
const copy = (): Json => structuredClone(statementJson) as Json;

/** A statement JSON served as its own URL, as a CMS or a translation would serve it. */
const served = (data: unknown) => URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));

/** The built-in statement in another dress: a translated signatory title and issuer, for visible proof. */
function translated(): Json {
  const s = copy();
  s.document.issuer = 'Commissaire aux droits de l’homme (Ombudsman) de la République d’Azerbaïdjan';
  s.document.signatory.title = 'La Commissaire aux droits de l’homme (Ombudsman) de la République d’Azerbaïdjan';
  s.document.language = 'fr';
  return s;
}

describe('another statement through src or data', () => {
  const guard = guardEachTest();

  it('renders a valid statement from src once it has loaded and been validated', async () => {
    const url = served(translated());
    const el = await mount(html`<khojaly-facts src=${url}></khojaly-facts>`, 'khojaly-facts');
    await waitUntil(() => shadowText(el).includes('Commissaire aux droits'), 'the external statement is shown', { timeout: 5000 });
    expect(shadowText(el)).to.include('613');
    expect(guard.warnings.messages).to.deep.equal([]);
  });

  it('renders a statement given as the data property, and goes back to the built-in one when it is removed', async () => {
    const el = await mount(html`<statement-quote></statement-quote>`, 'statement-quote');
    (el as unknown as { data: unknown }).data = translated();
    await waitUntil(() => shadowText(el).includes('La Commissaire'), 'data is used', { timeout: 5000 });
    (el as unknown as { data: unknown }).data = undefined;
    await waitUntil(() => shadowText(el).includes('The Commissioner for Human Rights'), 'built-in again', { timeout: 5000 });
  });

  it('warns once, listing the bad paths, and keeps the built-in statement for invalid data', async () => {
    const bad = copy();
    (bad.figures[0] as { value: number }).value = -613;
    (bad.document as { date: string }).date = 'yesterday';
    const el = await mount(html`<khojaly-facts src=${served(bad)}></khojaly-facts>`, 'khojaly-facts');
    await waitUntil(() => guard.warnings.messages.length > 0, 'a warning', { timeout: 5000 });
    expect(guard.warnings.messages).to.have.length(1);
    const [message] = guard.warnings.messages;
    expect(message).to.match(/^<khojaly-facts> src=".*" is not valid\. It is not a valid statement: /);
    expect(message).to.include('figures.0.value');
    expect(message).to.include('document.date');
    expect(message).to.include('Showing the built-in statement');
    expect(shadowText(el)).to.include('613');
    expect(shadowText(el)).to.include('Commissioner for Human Rights');
  });

  it('warns and keeps the built-in statement when src cannot be fetched', async () => {
    const el = await mount(html`<recognition-list src="/test/fixtures/no-such-statement.json"></recognition-list>`, 'recognition-list');
    await waitUntil(() => guard.warnings.messages.length > 0, 'a warning', { timeout: 5000 });
    expect(guard.warnings.messages[0]).to.match(/^<recognition-list> src="\/test\/fixtures\/no-such-statement\.json" is not valid\. It could not be loaded \(HTTP 404\)/);
    expect(shadowText(el)).to.include('Mexico');
  });

  it('gives up on a slow src after the timeout, with one warning', async () => {
    const original = window.fetch;
    const previous = KhojalyElement.fetchTimeout;
    KhojalyElement.fetchTimeout = 100;
    // A server that never answers, but stops when the request is aborted.
    window.fetch = (_input, init) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    try {
      const el = await mount(html`<statement-quote src="/slow.json"></statement-quote>`, 'statement-quote');
      await waitUntil(() => guard.warnings.messages.length > 0, 'a warning', { timeout: 3000 });
      expect(guard.warnings.messages).to.have.length(1);
      expect(guard.warnings.messages[0]).to.include('no answer within 100 ms');
      expect(shadowText(el)).to.include('I therefore call on');
    } finally {
      window.fetch = original;
      KhojalyElement.fetchTimeout = previous;
    }
  });

  it('shows HTML and script in external text as inert text', async () => {
    const hostile = copy();
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    hostile.document.issuer = payload;
    hostile.paragraphs = hostile.paragraphs.map((p) => (p.id === 'p12' ? { ...p, text: `${payload} ${p.text}` } : p));
    hostile.quotes = hostile.quotes.map((q) => (q.id === 'call-to-recognize' ? { ...q, source: { ...q.source, phrase: `${payload} ${q.source.phrase}` } } : q));
    const el = await mount(html`<statement-quote></statement-quote>`, 'statement-quote');
    (el as unknown as { data: unknown }).data = hostile;
    await waitUntil(() => shadowText(el).includes('<img src=x'), 'the payload shows as text', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect($(el, 'blockquote').textContent).to.include('<script>window.__pwned=1</script>');
  });
});
