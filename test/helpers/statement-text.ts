// SPDX-License-Identifier: MIT
/**
 * The statement as the element tests expect to see it: read from the raw JSON, not through the widgets'
 * data module, so a bug there cannot hide itself in the expectations.
 */
import data from '../../data/statement.json';

interface RawSource {
  paragraph: string;
  phrase: string;
}
interface RawFigure {
  id: string;
  value: number;
  label: string;
  group: string;
  partOf?: string;
  source: RawSource;
}

const raw = data as unknown as {
  document: { issuer: string; date: string; signatory: { name: string; title: string } };
  paragraphs: { id: string; number?: number; text: string }[];
  figures: RawFigure[];
  quotes: { id: string; source: RawSource }[];
};

export const issuer = raw.document.issuer;
export const signatory = raw.document.signatory;
/** How the widgets show the statement's date to an English reader. */
export const dateInEnglish = 'February 22, 2021';

/** A paragraph's text by id (`p12`). */
export function paragraph(id: string): string {
  const p = raw.paragraphs.find((x) => x.id === id);
  if (!p) throw new Error(`no paragraph ${id}`);
  return p.text;
}

/** A named quote's text. */
export const quoteText = (id: string): string => raw.quotes.find((q) => q.id === id)!.source.phrase;

/** A figure by id. */
export const figure = (id: string): RawFigure => raw.figures.find((f) => f.id === id)!;

/** The totals of a group (breakdowns excluded), in the statement's order. */
export const totalsOf = (group: string): RawFigure[] => raw.figures.filter((f) => (group === 'all' || f.group === group) && !f.partOf);

/**
 * Whether `cited` is a whole sentence of the paragraph, verbatim: it occurs in the text, starts where the
 * paragraph or a sentence starts, and ends with a full stop at the end of the paragraph or before a space.
 */
export function isWholeSentenceOf(cited: string, paragraphId: string): boolean {
  const text = paragraph(paragraphId);
  const at = text.indexOf(cited);
  if (at < 0) return false;
  const startsSentence = at === 0 || /[.!?]["”’]? $/.test(text.slice(0, at));
  const end = at + cited.length;
  const endsSentence = /[.!?]["”’]?$/.test(cited) && (end === text.length || text[end] === ' ');
  return startsSentence && endsSentence;
}
