// SPDX-License-Identifier: MIT
import { expect } from '@open-wc/testing';
import type { Figure } from '../../src/data/schema.js';
import { sourcedItems, statement } from './fixtures.js';

const figureById = new Map(statement.figures.map((f) => [f.id, f]));
const placeById = new Map(statement.places.map((p) => [p.id, p]));
const eventIds = new Set(statement.events.map((e) => e.id));
const instrumentById = new Map(statement.instruments.map((i) => [i.id, i]));
const paragraphIds = new Set(statement.paragraphs.map((p) => p.id));

describe('As a reader, a breakdown never claims more than its total', () => {
  const totals = statement.figures.filter((t) => statement.figures.some((f) => f.partOf === t.id));

  it('the statement has breakdowns to check (killed 1992, missing hostages, killed and wounded 2020)', () => {
    expect(totals.map((t) => t.id)).to.include.members(['killed', 'missing', 'killed-2020', 'wounded-2020']);
  });

  for (const total of totals) {
    it(`the parts of ${total.id} (${total.value}) add up to no more than it`, () => {
      const parts = statement.figures.filter((f) => f.partOf === total.id);
      const sum = parts.reduce((s, f) => s + f.value, 0);
      expect(sum, `${parts.map((p) => `${p.id} ${p.value}`).join(' + ')} = ${sum} > ${total.value}`).to.be.at.most(total.value);
      // A part is no larger than its total on its own either (the sum check alone would allow a 0 elsewhere).
      for (const p of parts) expect(p.value, p.id).to.be.at.most(total.value);
    });

    it(`the parts of ${total.id} are in its group and cited from its paragraph`, () => {
      for (const p of statement.figures.filter((f) => f.partOf === total.id)) {
        expect(p.group, p.id).to.equal(total.group);
        expect(p.source.paragraph, p.id).to.equal(total.source.paragraph);
      }
    });
  }

  it('no chain of partOf loops back on itself', () => {
    const loops = statement.figures.flatMap((start) => {
      const seen = new Set<string>();
      for (let f: Figure | undefined = start; f?.partOf !== undefined; f = figureById.get(f.partOf)) {
        if (seen.has(f.id)) return [start.id];
        seen.add(f.id);
      }
      return [];
    });
    expect(loops).to.deep.equal([]);
  });
});

describe('As a reader, every link between facts leads somewhere', () => {
  it('every source cites an existing paragraph', () => {
    const bad = sourcedItems().filter((i) => !paragraphIds.has(i.source.paragraph)).map((i) => `${i.collection} ${i.id}: ${i.source.paragraph}`);
    expect(bad).to.deep.equal([]);
  });

  it('every partOf names an existing figure', () => {
    const bad = statement.figures.filter((f) => f.partOf !== undefined && !figureById.has(f.partOf)).map((f) => `${f.id} → ${f.partOf}`);
    expect(bad).to.deep.equal([]);
  });

  it('every within names an existing district or region, and a place lies in a larger kind of place', () => {
    const rank = { village: 0, town: 1, district: 2, region: 3 } as const;
    const bad = statement.places.flatMap((p) => {
      if (p.within === undefined) return [];
      const outer = placeById.get(p.within);
      if (!outer) return [`${p.id} → ${p.within}: no such place`];
      return rank[outer.kind] > rank[p.kind] ? [] : [`${p.id} (${p.kind}) within ${outer.id} (${outer.kind})`];
    });
    expect(bad).to.deep.equal([]);
  });

  it('every event of a place exists', () => {
    const bad = statement.places.flatMap((p) => p.events.filter((e) => !eventIds.has(e)).map((e) => `${p.id} → ${e}`));
    expect(bad).to.deep.equal([]);
  });

  it('every recognition’s figure exists and holds the recognition’s count', () => {
    const bad = statement.recognitions.flatMap((r) => {
      if (r.figure === undefined) return r.count === undefined ? [] : [`${r.id}: count ${r.count} without a figure`];
      const f = figureById.get(r.figure);
      if (!f) return [`${r.id} → ${r.figure}: no such figure`];
      return f.value === r.count ? [] : [`${r.id}: count ${r.count} ≠ figure ${f.id} ${f.value}`];
    });
    expect(bad).to.deep.equal([]);
  });

  it('every recognition names a country or an organization, as its kind of body requires', () => {
    const bad = statement.recognitions
      .filter((r) => (r.body === 'international-organization' ? !r.organization || r.country : !r.country || r.organization))
      .map((r) => r.id);
    expect(bad).to.deep.equal([]);
  });

  it('every related instrument exists and relates back', () => {
    const bad = statement.instruments.flatMap((i) =>
      (i.related ?? []).flatMap((r) => {
        const other = instrumentById.get(r);
        if (!other) return [`${i.id} → ${r}: no such instrument`];
        return other.related?.includes(i.id) ? [] : [`${i.id} → ${r}, but not back`];
      }),
    );
    expect(bad).to.deep.equal([]);
  });

  it('ids are unique within each collection', () => {
    const collections = { paragraphs: statement.paragraphs, ...Object.fromEntries(sourcedCollections()) };
    for (const [name, items] of Object.entries(collections)) {
      const ids = items.map((i) => i.id);
      const dupes = ids.filter((id, n) => ids.indexOf(id) !== n);
      expect(dupes, name).to.deep.equal([]);
    }
  });
});

function sourcedCollections(): [string, readonly { id: string }[]][] {
  const groups = new Map<string, { id: string }[]>();
  for (const item of sourcedItems()) groups.set(item.collection, [...(groups.get(item.collection) ?? []), item]);
  return [...groups];
}
