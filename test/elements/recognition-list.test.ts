// SPDX-License-Identifier: MIT
import { expect, html } from '@open-wc/testing';
import { $, $$, captureWarnings, mount, setAttrs, shadowText, squash } from '../helpers/elements.js';
import { dateInEnglish, paragraph } from '../helpers/statement-text.js';

const genocideParliaments = ['Mexico', 'Pakistan', 'Czech Republic', 'Peru', 'Colombia', 'Panama', 'Honduras', 'Sudan', 'Guatemala', 'Djibouti'];
const massacreParliaments = ['Romania', 'Bosnia and Herzegovina', 'Serbia', 'Jordan', 'Slovenia', 'Scotland', 'Paraguay'];
const oic = 'Organization of Islamic Cooperation';
const usStates = 'Executive and legislative bodies of 22 states of the United States of America';

/** What a reader sees: each kind's heading, and under it each kind of body with its count and its items. */
function shown(el: Element) {
  return $$(el, '[part="group"]').map((group) => ({
    heading: squash(group.querySelector('[part="group-heading"]')?.textContent),
    bodies: [...group.querySelectorAll<HTMLElement>('[part="body"]')].map((body) => ({
      heading: squash(body.querySelector('[part="body-heading"]')?.textContent),
      count: squash(body.querySelector('[part="count"]')?.textContent),
      items: [...body.querySelectorAll('li')].map((li) => squash(li.textContent)),
      source: squash(body.querySelector('details blockquote p')?.textContent),
    })),
  }));
}
const counts = (el: Element) => $$(el, '[part="count"]').map((c) => squash(c.textContent));
const items = (el: Element) => $$(el, 'li').map((li) => squash(li.textContent));

describe('<recognition-list>: a reader sees who recognized Khojaly as genocide or condemned it as a massacre', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('by default: every recognition the statement names', () => {
    it('lists the 10 parliaments recognizing genocide (Mexico … Djibouti) and the Organization of Islamic Cooperation', async () => {
      const el = await mount(html`<recognition-list></recognition-list>`, 'recognition-list');
      const [genocide] = shown(el);
      expect(genocide.heading).to.equal('Recognized as genocide');
      expect(genocide.bodies.map((b) => b.heading)).to.deep.equal(['Parliaments 10', 'International organizations 1']);
      expect(genocide.bodies[0].items).to.deep.equal(genocideParliaments);
      expect(genocide.bodies[1].items).to.deep.equal([oic]);
    });

    it('lists the 7 parliaments condemning it as a massacre and the executive and legislative bodies of 22 US states', async () => {
      const el = await mount(html`<recognition-list></recognition-list>`, 'recognition-list');
      const massacre = shown(el)[1];
      expect(massacre.heading).to.equal('Condemned as a massacre');
      expect(massacre.bodies.map((b) => b.heading)).to.deep.equal(['Parliaments 7', 'Executive and legislative bodies 22']);
      expect(massacre.bodies[0].items).to.deep.equal(massacreParliaments);
      expect(massacre.bodies[1].items).to.deep.equal([usStates]);
    });

    it('shows the counts 10, 1, 7 and 22, in that order', async () => {
      const el = await mount(html`<recognition-list></recognition-list>`, 'recognition-list');
      expect(counts(el)).to.deep.equal(['10', '1', '7', '22']);
    });

    it('cites the verbatim sentence of paragraph 8 under each list', async () => {
      const el = await mount(html`<recognition-list></recognition-list>`, 'recognition-list');
      const sources = shown(el).flatMap((g) => g.bodies.map((b) => b.source));
      expect(sources).to.have.length(4);
      const p8 = paragraph('p8');
      for (const s of sources) expect(p8, s).to.include(s);
      expect(sources[0]).to.match(/^The relevant documents adopted by the Parliaments of Mexico, .* as an act of genocide\.$/);
      expect(sources[1]).to.equal('The Organization of Islamic Cooperation recognized Armenia as an aggressor and the Khojaly tragedy as genocide.');
      expect(sources[2]).to.match(/^Parliaments of Romania, .* qualifying it as a massacre\.$/);
      expect(squash($(el, 'details .where').textContent)).to.equal('Paragraph 8');
    });

    it('ends with the attribution: issuer and date', async () => {
      const el = await mount(html`<recognition-list></recognition-list>`, 'recognition-list');
      expect(squash($(el, '[part="attribution"]').textContent)).to.equal(
        `Source: Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan, statement of ${dateInEnglish}`,
      );
    });
  });

  describe('filtering', () => {
    it('kind="genocide" shows only the recognitions as genocide', async () => {
      const el = await mount(html`<recognition-list kind="genocide"></recognition-list>`, 'recognition-list');
      expect(shown(el).map((g) => g.heading)).to.deep.equal(['Recognized as genocide']);
      expect(items(el)).to.deep.equal([...genocideParliaments, oic]);
      expect(counts(el)).to.deep.equal(['10', '1']);
    });

    it('kind="massacre" shows only the condemnations as a massacre', async () => {
      const el = await mount(html`<recognition-list kind="massacre"></recognition-list>`, 'recognition-list');
      expect(shown(el).map((g) => g.heading)).to.deep.equal(['Condemned as a massacre']);
      expect(items(el)).to.deep.equal([...massacreParliaments, usStates]);
      expect(counts(el)).to.deep.equal(['7', '22']);
    });

    it('body="parliament" shows the parliaments of both kinds and nothing else', async () => {
      const el = await mount(html`<recognition-list body="parliament"></recognition-list>`, 'recognition-list');
      expect(shown(el).map((g) => g.heading)).to.deep.equal(['Recognized as genocide', 'Condemned as a massacre']);
      expect(items(el)).to.deep.equal([...genocideParliaments, ...massacreParliaments]);
      expect(counts(el)).to.deep.equal(['10', '7']);
      expect(shadowText(el)).not.to.include(oic);
    });

    it('kind and body combine: kind="genocide" body="international-organization" is the OIC alone', async () => {
      const el = await mount(html`<recognition-list kind="genocide" body="international-organization"></recognition-list>`, 'recognition-list');
      expect(items(el)).to.deep.equal([oic]);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('an empty combination (kind="massacre" body="international-organization") warns once and still shows the massacre list, never an empty box', async () => {
      const el = await mount(html`<recognition-list kind="massacre" body="international-organization"></recognition-list>`, 'recognition-list');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(/^<recognition-list> body="international-organization" is not valid\./);
      expect(items(el)).to.deep.equal([...massacreParliaments, usStates]);
      el.requestUpdate();
      await setAttrs(el, { heading: 'Recognitions' });
      expect(warnings.messages).to.have.length(1);
    });

    it('re-renders when kind and body change at run time', async () => {
      const el = await mount(html`<recognition-list></recognition-list>`, 'recognition-list');
      await setAttrs(el, { kind: 'massacre' });
      expect(counts(el)).to.deep.equal(['7', '22']);
      await setAttrs(el, { body: 'state-bodies' });
      expect(items(el)).to.deep.equal([usStates]);
      await setAttrs(el, { kind: null, body: null });
      expect(counts(el)).to.deep.equal(['10', '1', '7', '22']);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('layouts', () => {
    it('list (default) stacks the two kinds', async () => {
      const el = await mount(html`<recognition-list></recognition-list>`, 'recognition-list');
      const [a, b] = $$(el, '[part="group"]').map((g) => g.getBoundingClientRect());
      expect(b.top).to.be.at.least(a.bottom - 1);
      expect($$(el, 'ul')).to.have.length(4);
    });

    it('list keeps the same frame as the other layouts: padded, and not flowed into newspaper columns', async () => {
      const frame = async (layout: string) => {
        const el = await mount(html`<recognition-list layout=${layout}></recognition-list>`, 'recognition-list');
        const cs = getComputedStyle($(el, '[part="base"]'));
        return { padding: cs.padding, columns: cs.columnWidth + ' ' + cs.columnCount };
      };
      const list = await frame('list');
      expect(list).to.deep.equal(await frame('inline'));
      expect(list).to.deep.equal(await frame('columns'));
      expect(list.padding).to.equal('16px');
      expect(list.columns).to.equal('auto auto');
    });

    it('columns puts the two kinds side by side when there is room', async () => {
      const el = await mount(html`<div style="width: 900px"><recognition-list layout="columns"></recognition-list></div>`, 'recognition-list');
      const [a, b] = $$(el, '[part="group"]').map((g) => g.getBoundingClientRect());
      expect(Math.abs(a.top - b.top)).to.be.below(1);
      expect(b.left).to.be.at.least(a.right - 1);
      expect(counts(el)).to.deep.equal(['10', '1', '7', '22']);
    });

    it('inline writes one sentence per kind', async () => {
      const el = await mount(html`<recognition-list layout="inline"></recognition-list>`, 'recognition-list');
      expect($$(el, 'ul')).to.have.length(0);
      const sentences = $$(el, '[part="sentence"]').map((p) => squash(p.textContent));
      expect(sentences).to.have.length(2);
      expect(sentences[0]).to.equal(
        'Recognized as genocide: the parliaments of Mexico, Pakistan, Czech Republic, Peru, Colombia, Panama, Honduras, Sudan, Guatemala, and Djibouti (10) and the Organization of Islamic Cooperation.',
      );
      expect(sentences[1]).to.match(/^Condemned as a massacre: the parliaments of Romania, Bosnia and Herzegovina, Serbia, Jordan, Slovenia, Scotland, and Paraguay \(7\) and /);
      expect(sentences[1]).to.include('22 states of the United States of America');
      expect(squash($(el, 'details summary').textContent)).to.equal('Sources');
    });

    // Mid-sentence, bodies other than parliaments read as the statement writes them: "the …".
    it('inline reads as an English sentence: "… (10) and the Organization of Islamic Cooperation."', async () => {
      const el = await mount(html`<recognition-list layout="inline"></recognition-list>`, 'recognition-list');
      const sentences = $$(el, '[part="sentence"]').map((p) => squash(p.textContent));
      expect(sentences[0]).to.match(/\(10\) and the Organization of Islamic Cooperation\.$/);
      expect(sentences[1]).to.match(/\(7\) and the executive and legislative bodies of 22 states of the United States of America\.$/);
    });

    it('re-renders when the layout changes at run time', async () => {
      const el = await mount(html`<recognition-list></recognition-list>`, 'recognition-list');
      await setAttrs(el, { layout: 'inline' });
      expect($$(el, '[part="sentence"]')).to.have.length(2);
      await setAttrs(el, { layout: 'columns' });
      expect($$(el, '[part="sentence"]')).to.have.length(0);
      expect(items(el)).to.have.length(19);
    });
  });

  describe('headings', () => {
    it('uses h2 for the kinds and h3 for the bodies without a widget heading', async () => {
      const el = await mount(html`<recognition-list></recognition-list>`, 'recognition-list');
      expect($$(el, 'h2').map((h) => squash(h.textContent))).to.deep.equal(['Recognized as genocide', 'Condemned as a massacre']);
      expect($$(el, 'h3')).to.have.length(4);
    });

    it('heading renders an h2 and pushes the kinds to h3, the bodies to h4', async () => {
      const el = await mount(html`<recognition-list heading="Recognition of Khojaly"></recognition-list>`, 'recognition-list');
      expect($$(el, 'h2').map((h) => squash(h.textContent))).to.deep.equal(['Recognition of Khojaly']);
      expect($$(el, 'h3').map((h) => squash(h.textContent))).to.deep.equal(['Recognized as genocide', 'Condemned as a massacre']);
      expect($$(el, 'h4')).to.have.length(4);
    });

    it('heading-level="3" starts the headings at h3', async () => {
      const el = await mount(html`<recognition-list heading="Recognition" heading-level="3"></recognition-list>`, 'recognition-list');
      expect($$(el, 'h2')).to.have.length(0);
      expect(squash($(el, 'h3').textContent)).to.equal('Recognition');
    });
  });

  it('lang="de" on an ancestor formats the attribution date in German', async () => {
    const el = await mount(html`<div lang="de"><recognition-list></recognition-list></div>`, 'recognition-list');
    expect(squash($(el, '[part="attribution"] time').textContent)).to.equal('22. Februar 2021');
  });
});
