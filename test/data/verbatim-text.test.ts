// SPDX-License-Identifier: MIT
import { expect } from '@open-wc/testing';
import { sentences } from '../../src/data/statement.js';
import { occurrences, paragraphText, sourcedItems, statement } from './fixtures.js';

const SOURCE_URL = '/data/source/ombudsman-statement-2021-02-22.txt';

async function sourceText(): Promise<string> {
  const response = await fetch(SOURCE_URL);
  expect(response.ok, `GET ${SOURCE_URL} answered ${response.status}`).to.equal(true);
  return response.text();
}

/** Applies the repairs in order; each original must occur exactly once in the text it is applied to. */
function applyRepairs(text: string): string {
  return statement.notes.repairs.reduce((current, repair) => {
    const found = occurrences(current, repair.original).length;
    expect(found, `repair "${repair.id}": its original should occur exactly once, found ${found}`).to.equal(1);
    return current.replace(repair.original, () => repair.replacement);
  }, text);
}

const joinedParagraphs = () => statement.paragraphs.map((p) => p.text).join('\n\n');

describe('As a reader, I see the Ombudsman’s words exactly as issued', () => {
  it('the paragraphs, joined with blank lines, are the extraction after exactly the documented repairs', async () => {
    expect(joinedParagraphs()).to.equal(applyRepairs(await sourceText()));
  });

  it('the extraction does not already match without the repairs (so they are needed)', async () => {
    expect(joinedParagraphs()).not.to.equal(await sourceText());
  });

  it('every repair changes something and is needed for the match', async () => {
    const text = await sourceText();
    const expected = applyRepairs(text);
    statement.notes.repairs.forEach((repair, skipped) => {
      expect(repair.replacement, `repair "${repair.id}" changes nothing`).not.to.equal(repair.original);
      // Leave one repair out: the rest must no longer reproduce the paragraphs (or no longer apply at all).
      let current = text;
      let applies = true;
      statement.notes.repairs.forEach((other, i) => {
        if (i === skipped || !applies) return;
        if (occurrences(current, other.original).length !== 1) applies = false;
        else current = current.replace(other.original, () => other.replacement);
      });
      expect(applies && current === expected, `repair "${repair.id}" is not needed`).to.equal(false);
    });
  });

  it('every repair has a distinct id', () => {
    const ids = statement.notes.repairs.map((r) => r.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });
});

describe('As a reader, a sentence I am shown is a whole sentence of the statement', () => {
  for (const p of statement.paragraphs) {
    it(`splitting ${p.id} into sentences loses nothing: they join back into its text`, () => {
      const parts = sentences(p.text);
      expect(parts.join(' ')).to.equal(p.text);
      for (const part of parts) {
        expect(part, `empty sentence in ${p.id}`).not.to.equal('');
        expect(part.trim(), `padded sentence in ${p.id}`).to.equal(part);
      }
    });
  }
});

describe('As a reader, every fact cites words the statement really contains', () => {
  const items = sourcedItems();

  it('there are sourced items to check', () => {
    expect(items.length).to.be.greaterThan(50);
  });

  it('every source phrase occurs verbatim, exactly once, in the paragraph it cites', () => {
    const problems = items.flatMap(({ collection, index, id, source }) => {
      const found = occurrences(paragraphText(source.paragraph), source.phrase).length;
      return found === 1 ? [] : [`${collection}.${index} (${id}): "${source.phrase}" occurs ${found} times in ${source.paragraph}`];
    });
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('every source phrase lies within one sentence, so the cited sentence contains all of it', () => {
    const problems = items.flatMap(({ collection, index, id, source }) =>
      sentences(paragraphText(source.paragraph)).some((s) => s.includes(source.phrase))
        ? []
        : [`${collection}.${index} (${id}): "${source.phrase}" spans a sentence break in ${source.paragraph}`],
    );
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('every quote is made of whole sentences of its paragraph', () => {
    const problems = statement.quotes.flatMap(({ id, source }) => {
      const all = sentences(paragraphText(source.paragraph));
      const own = sentences(source.phrase);
      const start = all.indexOf(own[0]!);
      const whole = start !== -1 && own.every((s, i) => all[start + i] === s);
      return whole ? [] : [`quote ${id}: "${source.phrase}" is not whole sentences of ${source.paragraph}`];
    });
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('every event’s dateText is the statement’s wording, in the sentence its source phrase is in', () => {
    const problems = statement.events.flatMap(({ id, dateText, source }) => {
      if (dateText === undefined) return [];
      const sentence = sentences(paragraphText(source.paragraph)).find((s) => s.includes(source.phrase)) ?? '';
      return sentence.includes(dateText) ? [] : [`event ${id}: "${dateText}" is not in "${sentence}"`];
    });
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('names given as the statement names them occur in their source phrase', () => {
    // Addressees keep the statement's wording whole; a place's name may be split by the sentence
    // ("Yukhari and Ashaghi Gushchular"), so each of its words must be there; a recognition's name is composed
    // ("Parliament of Peru" from "Parliaments of ... Peru"), so its country or organization must be there.
    const problems = [
      ...statement.addressees.filter((a) => !a.source.phrase.includes(a.name)).map((a) => `addressee ${a.id}: "${a.name}"`),
      ...statement.places
        .filter((p) => !p.name.split(' ').every((word) => p.source.phrase.includes(word)))
        .map((p) => `place ${p.id}: "${p.name}"`),
      ...statement.recognitions
        .filter((r) => !r.source.phrase.includes(r.country ?? r.organization ?? '\u0000'))
        .map((r) => `recognition ${r.id}: "${r.country ?? r.organization ?? '(neither country nor organization)'}"`),
    ];
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('the signature, date and title blocks agree with document', () => {
    expect(paragraphText('signatory-name')).to.equal(statement.document.signatory.name);
    expect(paragraphText('signatory-title')).to.equal(statement.document.signatory.title);
    // document.title joins the two heading lines and sets "STATEMENT" in sentence case (see notes.about).
    expect(`Statement ${paragraphText('title')}`).to.equal(statement.document.title);
    expect(paragraphText('heading')).to.equal('STATEMENT');
  });
});
