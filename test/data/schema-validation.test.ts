// SPDX-License-Identifier: MIT
import { expect } from '@open-wc/testing';
import type * as z from 'zod';
import { formatIssue } from '../../src/data/json-schema.js';
import { type Statement, StatementSchema } from '../../src/data/schema.js';
import { brokenCopy, statement } from './fixtures.js';

const issuesText = (issues: readonly z.core.$ZodIssue[]) => issues.map(formatIssue).join('\n');

describe('As an editor, I know data/statement.json is valid the moment I save it', () => {
  it('parses with StatementSchema, cross-checks included', () => {
    const result = StatementSchema.safeParse(statement);
    // Print every issue, not just "expected true": the list is what the editor has to fix.
    expect(result.success, result.success ? '' : `\n${issuesText(result.error.issues)}`).to.equal(true);
  });

  it('has no key the schema does not know and no untrimmed text (zod would silently drop or trim them)', () => {
    const result = StatementSchema.safeParse(statement);
    expect(result.success).to.equal(true);
    // Parsing strips unknown keys and trims strings, so any difference is a typo or stray whitespace.
    if (result.success) expect(result.data).to.deep.equal(statement);
  });
});

type Break = {
  story: string;
  mutate: (s: Statement) => void;
  path: (string | number)[];
  message: RegExp;
};

const breaks: Break[] = [
  {
    story: 'a missing document date',
    mutate: (s) => delete (s.document as Partial<Statement['document']>).date,
    path: ['document', 'date'],
    message: /expected string, received undefined/,
  },
  {
    story: 'a date that is not ISO 8601',
    mutate: (s) => (s.document.date = '22 February 2021'),
    path: ['document', 'date'],
    message: /ISO 8601/,
  },
  {
    story: 'a phrase that is not in its paragraph',
    mutate: (s) => (s.figures[0]!.source.phrase = '614 peaceful civilians of Azerbaijan'),
    path: ['figures', 0, 'source', 'phrase'],
    message: /"614 peaceful civilians of Azerbaijan" does not occur verbatim in paragraph "p2"/,
  },
  {
    story: 'a phrase that is only whitespace',
    mutate: (s) => (s.quotes[0]!.source.phrase = '   '),
    path: ['quotes', 0, 'source', 'phrase'],
    message: /must not be empty/,
  },
  {
    story: 'a negative count',
    mutate: (s) => (s.figures[0]!.value = -613),
    path: ['figures', 0, 'value'],
    message: /a count cannot be negative/,
  },
  {
    story: 'a count that is not a number at all (NaN)',
    mutate: (s) => (s.figures[1]!.value = NaN),
    path: ['figures', 1, 'value'],
    message: /^expected number, received NaN$/,
  },
  {
    story: 'a key the schema does not know',
    mutate: (s) => Object.assign(s.figures[0]!, { colour: 'red' }),
    path: ['figures', 0],
    message: /^unrecognized key: "colour"$/,
  },
  {
    story: 'a count that is not a whole number',
    mutate: (s) => (s.figures[1]!.value = 63.5),
    path: ['figures', 1, 'value'],
    message: /expected int/,
  },
  {
    story: 'an unknown paragraph id',
    mutate: (s) => (s.places[0]!.source.paragraph = 'p99'),
    path: ['places', 0, 'source', 'paragraph'],
    message: /unknown paragraph id "p99"/,
  },
  {
    story: 'a duplicate id',
    mutate: (s) => (s.figures[4]!.id = s.figures[0]!.id),
    path: ['figures', 4, 'id'],
    message: /duplicate id "killed"/,
  },
  {
    story: 'a duplicate paragraph id',
    // The title block: nothing cites it, so the duplicate is the only problem.
    mutate: (s) => (s.paragraphs[1]!.id = s.paragraphs[0]!.id),
    path: ['paragraphs', 1, 'id'],
    message: /duplicate id "heading"/,
  },
  {
    story: 'an id that is not a slug',
    // statement-issued: no place links to it, so the bad id is the only problem.
    mutate: (s) => (s.events[10]!.id = 'Statement Issued'),
    path: ['events', 10, 'id'],
    message: /lower-case slug/,
  },
  {
    story: 'an event with a date but no dateText',
    mutate: (s) => delete s.events[0]!.dateText,
    path: ['events', 0, 'dateText'],
    message: /both date and dateText or neither/,
  },
  {
    story: 'an unknown partOf',
    mutate: (s) => (s.figures[1]!.partOf = 'killed-in-1992'),
    path: ['figures', 1, 'partOf'],
    message: /unknown figure id "killed-in-1992"/,
  },
  {
    story: 'a figure that is part of itself',
    mutate: (s) => (s.figures[0]!.partOf = s.figures[0]!.id),
    path: ['figures', 0, 'partOf'],
    message: /cannot be part of itself/,
  },
  {
    story: 'an unknown place in within',
    mutate: (s) => (s.places[1]!.within = 'karabakh'),
    path: ['places', 1, 'within'],
    message: /unknown place id "karabakh"/,
  },
  {
    story: 'an unknown event of a place',
    mutate: (s) => s.places[0]!.events.push('khojaly-massacre'),
    path: ['places', 0, 'events', 2],
    message: /unknown event id "khojaly-massacre"/,
  },
  {
    story: 'a place named for no event',
    mutate: (s) => (s.places[0]!.events = []),
    path: ['places', 0, 'events'],
    message: /expected array to have >=1 items/,
  },
  {
    story: 'an unknown figure of a recognition',
    mutate: (s) => (s.recognitions.find((r) => r.figure)!.figure = 'us-states-count'),
    path: ['recognitions', 17, 'figure'],
    message: /unknown figure id "us-states-count"/,
  },
  {
    story: 'an unknown related instrument',
    mutate: (s) => (s.instruments[1]!.related = ['un-resolution-261']),
    path: ['instruments', 1, 'related', 0],
    message: /unknown instrument id "un-resolution-261"/,
  },
  {
    story: 'a body paragraph out of sequence',
    mutate: (s) => (s.paragraphs.find((p) => p.id === 'p5')!.number = 6),
    path: ['paragraphs', 6, 'number'],
    message: /should have number 5/,
  },
  {
    story: 'a number on a paragraph that is not body text',
    mutate: (s) => (s.paragraphs[0]!.number = 1),
    path: ['paragraphs', 0, 'number'],
    message: /only body paragraphs are numbered/,
  },
  {
    story: 'an unknown figure group',
    mutate: (s) => ((s.figures[0] as { group: string }).group = '1992'),
    path: ['figures', 0, 'group'],
    message: /expected one of/,
  },
];

describe('As an editor, when I break the data I am told exactly where', () => {
  it('starts from valid data (so each failure below is caused by its break alone)', () => {
    expect(StatementSchema.safeParse(statement).success).to.equal(true);
  });

  for (const { story, mutate, path, message } of breaks) {
    it(`rejects ${story}, naming ${path.join('.')}`, () => {
      const result = StatementSchema.safeParse(brokenCopy(mutate));
      expect(result.success, `${story} was accepted`).to.equal(false);
      const issues = result.error?.issues ?? [];
      const listed = `\n${issuesText(issues)}`;
      // One break, one issue, at the path of the bad value.
      expect(issues, listed).to.have.length(1);
      expect(issues[0]!.path, listed).to.deep.equal(path);
      expect(issues[0]!.message, listed).to.match(message);
    });
  }

  it('does not change the data it was given (each break works on its own copy)', () => {
    expect(StatementSchema.safeParse(statement).success).to.equal(true);
  });
});
