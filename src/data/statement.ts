// SPDX-License-Identifier: MIT
/**
 * The statement as typed data, for the widgets and for anyone importing the package.
 *
 * The data is validated against the Zod schema at build and test time (see `test/data/`), not here:
 * this module imports only the schema's *types*, so zod stays out of the widgets' runtime.
 * @module
 */
import raw from '../../data/statement.json';
import type { Figure, FigureGroupId, Paragraph, Quote, Recognition, Source, Statement } from './schema.js';

export type * from './schema.js';

/** The whole statement: document, paragraphs and every structured collection. */
export const statement = raw as Statement;

/**
 * The language of the statement's text and of the data's labels. Lists of labels are joined in this
 * language ("a, b and c"), so a sentence never mixes two languages; numbers and dates follow the reader's.
 */
export const labelLang: string = statement.document.language;

/** The statement's body paragraphs (`p1`…`p12`), in order. */
export const bodyParagraphs: readonly Paragraph[] = statement.paragraphs.filter((p) => p.kind === 'body');

/** Looks a paragraph up by id (`p5`, `addressees`) or by body number (`5` or `"5"`). */
export function findParagraph(ref: string | number): Paragraph | undefined {
  const key = String(ref).trim();
  if (/^\d+$/.test(key)) return bodyParagraphs[Number(key) - 1];
  return statement.paragraphs.find((p) => p.id === key);
}

/**
 * Splits a paragraph's text into its sentences, verbatim: joined with single spaces they give the text back.
 * A sentence ends at `.`, `!` or `?` (optionally followed by a closing quote) before a space and a capital
 * letter or digit.
 */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?][”"’]?) (?=[A-Z0-9“"])/u);
}

/** The whole sentence of the cited paragraph that contains the source phrase (the citation a reader sees). */
export function sourceSentence(source: Source): string {
  const p = findParagraph(source.paragraph);
  if (!p) return source.phrase;
  return sentences(p.text).find((s) => s.includes(source.phrase)) ?? source.phrase;
}

/** The figures of a group, in the statement's order. */
export function figuresOf(group: FigureGroupId): Figure[] {
  return statement.figures.filter((f) => f.group === group);
}

/** A figure by id. */
export function findFigure(id: string): Figure | undefined {
  return statement.figures.find((f) => f.id === id);
}

/** The figures a total breaks down into (the 63 children, 106 women and 70 elderly of the 613 killed). */
export function breakdownOf(figure: Figure): Figure[] {
  return statement.figures.filter((f) => f.partOf === figure.id);
}

/** A named pull quote by id. */
export function findQuote(id: string): Quote | undefined {
  return statement.quotes.find((q) => q.id === id);
}

/** The recognitions, optionally only those of one kind. */
export function recognitionsOf(kind?: Recognition['kind']): Recognition[] {
  return kind ? statement.recognitions.filter((r) => r.kind === kind) : statement.recognitions;
}

/** The ids of the figure groups, in the order they first appear. */
export const figureGroups: readonly FigureGroupId[] = [...new Set(statement.figures.map((f) => f.group))];
