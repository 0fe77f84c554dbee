// SPDX-License-Identifier: MIT
/**
 * Shared helpers for the data tests (not a test file itself: the runner picks up only `*.test.ts`).
 * The tests read the raw JSON, not the typed module, so they see exactly what is on disk.
 */
import data from '../../data/statement.json';
import type { Source, Statement } from '../../src/data/schema.js';

/** The data as typed by the schema; the tests prove that typing is honest. */
export const statement = data as unknown as Statement;

/** The collections whose items cite a source phrase. */
export const sourced = ['addressees', 'figures', 'recognitions', 'places', 'instruments', 'events', 'quotes'] as const;

export type SourcedItem = { collection: (typeof sourced)[number]; index: number; id: string; source: Source };

/** Every item that cites a source, labelled for assertion messages. */
export function sourcedItems(s: Statement = statement): SourcedItem[] {
  return sourced.flatMap((collection) =>
    (s[collection] as readonly { id: string; source: Source }[]).map((item, index) => ({
      collection,
      index,
      id: item.id,
      source: item.source,
    })),
  );
}

/** A paragraph's text by id; throws so a bad reference fails the test that follows it. */
export function paragraphText(id: string, s: Statement = statement): string {
  const p = s.paragraphs.find((q) => q.id === id);
  if (!p) throw new Error(`no paragraph "${id}"`);
  return p.text;
}

/** Start offsets of every occurrence of `needle` in `haystack`. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** A deep copy of the data, changed by `mutate`: the way the tests make broken data. */
export function brokenCopy(mutate: (s: Statement) => void): unknown {
  const copy = structuredClone(statement);
  mutate(copy);
  return copy;
}
