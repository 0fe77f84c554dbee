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

/**
 * Splits a paragraph's text into its sentences, verbatim: joined with single spaces they give the text back.
 * A sentence ends at `.`, `!` or `?` (optionally followed by a closing quote) before a space and a capital
 * letter or digit.
 */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?][”"’]?) (?=[A-Z0-9“"])/u);
}

/**
 * Look-ups over one statement. The widgets read the statement only through this, so they can render
 * another statement that follows the same schema (a translation, a later statement) the same way.
 */
export class StatementIndex {
  /** The body paragraphs (`p1`…), in order. */
  readonly bodyParagraphs: readonly Paragraph[];
  /** The ids of the figure groups, in the order they first appear. */
  readonly figureGroups: readonly FigureGroupId[];
  /**
   * The language of the statement's text and of its labels. Lists of labels are joined in this language
   * ("a, b and c"), so a sentence never mixes two languages; numbers and dates follow the reader's.
   */
  readonly language: string;

  constructor(readonly statement: Statement) {
    this.bodyParagraphs = statement.paragraphs.filter((p) => p.kind === 'body');
    this.figureGroups = [...new Set(statement.figures.map((f) => f.group))];
    this.language = statement.document.language;
  }

  /** A paragraph by id (`p5`, `addressees`) or by body number (`5` or `"5"`). */
  findParagraph(ref: string | number): Paragraph | undefined {
    const key = String(ref).trim();
    if (/^\d+$/.test(key)) return this.bodyParagraphs[Number(key) - 1];
    return this.statement.paragraphs.find((p) => p.id === key);
  }

  /** The whole sentence of the cited paragraph that contains the source phrase (the citation a reader sees). */
  sourceSentence(source: Source): string {
    const p = this.findParagraph(source.paragraph);
    return (p && sentences(p.text).find((s) => s.includes(source.phrase))) ?? source.phrase;
  }

  /** The figures of a group, in the statement's order. */
  figuresOf(group: FigureGroupId): Figure[] {
    return this.statement.figures.filter((f) => f.group === group);
  }

  /** A figure by id. */
  findFigure(id: string): Figure | undefined {
    return this.statement.figures.find((f) => f.id === id);
  }

  /** The figures a total breaks down into (the 63 children, 106 women and 70 elderly of the 613 killed). */
  breakdownOf(figure: Figure): Figure[] {
    return this.statement.figures.filter((f) => f.partOf === figure.id);
  }

  /** A named pull quote by id. */
  findQuote(id: string): Quote | undefined {
    return this.statement.quotes.find((q) => q.id === id);
  }

  /** The recognitions, optionally only those of one kind. */
  recognitionsOf(kind?: Recognition['kind']): Recognition[] {
    return kind ? this.statement.recognitions.filter((r) => r.kind === kind) : this.statement.recognitions;
  }
}

/** The statement bundled with the library: the Ombudsman's statement of 22 February 2021. */
export const builtInStatement = new StatementIndex(raw as Statement);

// The same look-ups over the bundled statement, as plain functions.

/** The whole statement: document, paragraphs and every structured collection. */
export const statement: Statement = builtInStatement.statement;
/** The language of the statement's text and labels (see {@link StatementIndex.language}). */
export const labelLang: string = builtInStatement.language;
/** The statement's body paragraphs (`p1`…`p12`), in order. */
export const bodyParagraphs: readonly Paragraph[] = builtInStatement.bodyParagraphs;
/** The ids of the figure groups, in the order they first appear. */
export const figureGroups: readonly FigureGroupId[] = builtInStatement.figureGroups;
/** Looks a paragraph up by id (`p5`, `addressees`) or by body number (`5` or `"5"`). */
export const findParagraph = (ref: string | number): Paragraph | undefined => builtInStatement.findParagraph(ref);
/** The whole sentence of the cited paragraph that contains the source phrase. */
export const sourceSentence = (source: Source): string => builtInStatement.sourceSentence(source);
/** The figures of a group, in the statement's order. */
export const figuresOf = (group: FigureGroupId): Figure[] => builtInStatement.figuresOf(group);
/** A figure by id. */
export const findFigure = (id: string): Figure | undefined => builtInStatement.findFigure(id);
/** The figures a total breaks down into. */
export const breakdownOf = (figure: Figure): Figure[] => builtInStatement.breakdownOf(figure);
/** A named pull quote by id. */
export const findQuote = (id: string): Quote | undefined => builtInStatement.findQuote(id);
/** The recognitions, optionally only those of one kind. */
export const recognitionsOf = (kind?: Recognition['kind']): Recognition[] => builtInStatement.recognitionsOf(kind);
