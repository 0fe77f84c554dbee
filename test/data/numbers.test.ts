// SPDX-License-Identifier: MIT
import { expect } from '@open-wc/testing';
import { occurrences, paragraphText, statement } from './fixtures.js';

// ---------------------------------------------------------------------------------------------------------
// A small scanner for the numbers a reader sees: digits ("613", "29th", "1990s"), number words ("Eight",
// "hundreds") and Roman numerals ("XX century", "96 (I)").
// ---------------------------------------------------------------------------------------------------------

type NumberToken = { text: string; value: number; start: number; end: number; ordinal: boolean };

const CARDINAL_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000, million: 1_000_000, dozen: 12,
};
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, twentieth: 20, hundredth: 100,
};
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

function romanValue(numeral: string): number {
  return [...numeral].reduce((sum, ch, i) => {
    const v = ROMAN[ch]!;
    const next = ROMAN[numeral[i + 1] ?? ''] ?? 0;
    return sum + (v < next ? -v : v);
  }, 0);
}

function numbersIn(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  const push = (m: RegExpMatchArray, text: string, value: number, ordinal: boolean) => {
    const start = m.index! + m[0].indexOf(text);
    tokens.push({ text, value, start, end: start + text.length, ordinal });
  };
  // Digits, possibly an ordinal ("366th") or a decade ("1990s").
  for (const m of text.matchAll(/(?<![\p{L}\d])(\d+)(st|nd|rd|th|s)?(?![\p{L}\d])/gu)) {
    push(m, m[0], Number(m[1]), m[2] !== undefined && m[2] !== 's');
  }
  // Number words in any case, singular or plural ("Eight", "dozens", "hundreds of thousands").
  const words = { ...CARDINAL_WORDS, ...ORDINAL_WORDS };
  for (const m of text.matchAll(new RegExp(`(?<!\\p{L})(${Object.keys(words).join('|')})s?(?!\\p{L})`, 'giu'))) {
    const word = m[1]!.toLowerCase();
    push(m, m[0], words[word]!, word in ORDINAL_WORDS);
  }
  // Roman numerals: a run of two or more capitals ("XX century") or any run in parentheses ("96 (I)").
  // A lone "I" outside parentheses is the pronoun ("I therefore call on…").
  for (const m of text.matchAll(/(?<!\p{L})[IVXLCDM]{2,}(?!\p{L})|(?<=\()[IVXLCDM]+(?=\))/gu)) {
    push(m, m[0], romanValue(m[0]), false);
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/** Spans of every occurrence of `phrase` in `text`. */
const spansOf = (text: string, phrase: string) => occurrences(text, phrase).map((start) => ({ start, end: start + phrase.length }));
const inside = (t: NumberToken, span: { start: number; end: number }) => t.start >= span.start && t.end <= span.end;
const context = (text: string, t: NumberToken) => `…${text.slice(Math.max(0, t.start - 30), t.end + 30)}…`;

// ---------------------------------------------------------------------------------------------------------
// The numbers of the statement that are not figures: dates and identifiers, and wording that is not a count.
// Each entry names the phrase it comes from; a number is allowed only inside that phrase.
// ---------------------------------------------------------------------------------------------------------

type Allowed = { paragraph: string; phrase: string; numbers: string[]; why: string };

const allowed: Allowed[] = [
  { paragraph: 'title', phrase: 'on the 29th anniversary of Khojaly Genocide', numbers: ['29th'], why: 'title; the anniversary is figure "anniversary" in p1' },
  { paragraph: 'p1', phrase: 'On the night from February 25 to 26, 1992', numbers: ['25', '26', '1992'], why: 'date' },
  { paragraph: 'p1', phrase: 'the 366th motorized infantry regiment', numbers: ['366th'], why: 'identifier of a regiment' },
  { paragraph: 'p2', phrase: '130 children lost one,', numbers: ['one'], why: 'wording: "lost one" (parent), not a count' },
  { paragraph: 'p3', phrase: 'in early 1990s', numbers: ['1990s'], why: 'date (decade)' },
  { paragraph: 'p3', phrase: 'dozens of civilians were taken hostage', numbers: ['dozens'], why: 'wording: an unquantified number' },
  { paragraph: 'p4', phrase: 'the 1949 Geneva Conventions', numbers: ['1949'], why: 'date, part of the instrument’s name' },
  { paragraph: 'p5', phrase: 'Resolution 96 (I) of 11 December 1946', numbers: ['96', 'I', '11', '1946'], why: 'identifier and date' },
  { paragraph: 'p5', phrase: 'Resolution 260 (III) of 9 December 1948', numbers: ['260', 'III', '9', '1948'], why: 'identifier and date' },
  { paragraph: 'p6', phrase: 'to the Khojaly genocide in 1994', numbers: ['1994'], why: 'date' },
  { paragraph: 'p6', phrase: 'the date of February 26', numbers: ['26'], why: 'date' },
  { paragraph: 'p9', phrase: 'later in September 2020', numbers: ['2020'], why: 'date' },
  { paragraph: 'p10', phrase: 'launched on 27 September 2020', numbers: ['27', '2020'], why: 'date' },
  { paragraph: 'p10', phrase: 'Statement of 10 November 2020', numbers: ['10', '2020'], why: 'date' },
  { paragraph: 'p10', phrase: 'hundreds of thousands of Azerbaijanis', numbers: ['hundreds', 'thousands'], why: 'wording: an unquantified number' },
  { paragraph: 'p11', phrase: 'at the end of the XX century', numbers: ['XX'], why: 'date (century)' },
  { paragraph: 'date', phrase: 'February 22, 2021', numbers: ['22', '2021'], why: 'date of the statement' },
];

function isFigure(pid: string, text: string, t: NumberToken): boolean {
  return statement.figures.some(
    (f) => f.source.paragraph === pid && f.value === t.value && spansOf(text, f.source.phrase).some((span) => inside(t, span)),
  );
}

function isAllowed(pid: string, text: string, t: NumberToken): boolean {
  return allowed.some(
    (a) => a.paragraph === pid && a.numbers.includes(t.text) && spansOf(text, a.phrase).some((span) => inside(t, span)),
  );
}

describe('As a reader, every number I see is one the statement gives, recorded as it gives it', () => {
  it('the scanner finds digits, number words and Roman numerals (and not the pronoun "I")', () => {
    const found = numbersIn('I say Eight of 1990s, the 29th, XX century, 96 (I), hundreds and someone.').map((t) => [t.text, t.value]);
    expect(found).to.deep.equal([
      ['Eight', 8],
      ['1990s', 1990],
      ['29th', 29],
      ['XX', 20],
      ['96', 96],
      ['I', 1],
      ['hundreds', 100],
    ]);
  });

  it('every number in every paragraph is a figure sourced there, or a listed date, identifier or wording', () => {
    const uncovered = statement.paragraphs.flatMap(({ id, text }) =>
      numbersIn(text)
        .filter((t) => !isFigure(id, text, t) && !isAllowed(id, text, t))
        .map((t) => `${id}: "${t.text}" in "${context(text, t)}" is neither a figure nor in the allow-list`),
    );
    expect(uncovered, `\n${uncovered.join('\n')}`).to.deep.equal([]);
  });

  it('the allow-list is current: each phrase is in its paragraph and holds the numbers listed for it', () => {
    const stale = allowed.flatMap((a) => {
      const text = paragraphText(a.paragraph);
      const spans = spansOf(text, a.phrase);
      if (spans.length === 0) return [`${a.paragraph}: "${a.phrase}" is not in the paragraph`];
      const seen = numbersIn(text).filter((t) => spans.some((span) => inside(t, span))).map((t) => t.text);
      return a.numbers.filter((n) => !seen.includes(n)).map((n) => `${a.paragraph}: "${n}" is not a number of "${a.phrase}"`);
    });
    expect(stale, `\n${stale.join('\n')}`).to.deep.equal([]);
  });

  it('no allowed number is also a figure (a count must not hide in the allow-list)', () => {
    const hidden = allowed.flatMap((a) => {
      const text = paragraphText(a.paragraph);
      return numbersIn(text)
        .filter((t) => a.numbers.includes(t.text) && spansOf(text, a.phrase).some((span) => inside(t, span)) && isFigure(a.paragraph, text, t))
        .map((t) => `${a.paragraph}: "${t.text}" in "${a.phrase}"`);
    });
    expect(hidden).to.deep.equal([]);
  });

  for (const f of statement.figures) {
    it(`figure ${f.id} (${f.value}) appears in its source phrase, with the statement's ordinal and qualifier`, () => {
      const text = paragraphText(f.source.paragraph);
      const [span] = spansOf(text, f.source.phrase);
      expect(span, `"${f.source.phrase}" is not in ${f.source.paragraph}`).to.exist;
      const token = numbersIn(text).find((t) => inside(t, span!) && t.value === f.value);
      const inPhrase = numbersIn(f.source.phrase).map((t) => t.text);
      expect(token, `${f.value} is not among the numbers of "${f.source.phrase}": ${inPhrase.join(', ') || 'none'}`).to.exist;
      // The ordinal flag says how the widget must print it ("29th", not "29").
      expect(Boolean(f.ordinal), `"${token!.text}" ordinal`).to.equal(token!.ordinal);
      // "More than 3410", "almost 30": the qualifier stands right before the number, in the paragraph.
      const before = text.slice(0, token!.start);
      const qualifier = /more than\s+$/i.test(before) ? 'more-than' : /almost\s+$/i.test(before) ? 'almost' : undefined;
      expect(f.qualifier, `qualifier before "${token!.text}"`).to.equal(qualifier);
    });
  }
});

// ---------------------------------------------------------------------------------------------------------
// Dates: the ISO dates must say what the worded dates say.
// ---------------------------------------------------------------------------------------------------------

// Capitalized and matched case-sensitively, so the verb "may" is not May.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type DateParts = { years: number[]; months: number[]; days: number[]; decades: number[] };

const uniqueSorted = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);

function isoParts(iso: string): DateParts {
  const parts: DateParts = { years: [], months: [], days: [], decades: [] };
  for (const piece of iso.split('/')) {
    const decade = /^(\d{3})X$/.exec(piece);
    if (decade) parts.decades.push(Number(decade[1]) * 10);
    const [y, m, d] = piece.split('-');
    if (!decade && y) parts.years.push(Number(y));
    if (m) parts.months.push(Number(m));
    if (d) parts.days.push(Number(d));
  }
  return { years: uniqueSorted(parts.years), months: uniqueSorted(parts.months), days: uniqueSorted(parts.days), decades: parts.decades };
}

function wordedParts(text: string): DateParts {
  const month = `(?<!\\p{L})(${MONTHS.join('|')})(?!\\p{L})`;
  const months = [...text.matchAll(new RegExp(month, 'gu'))].map((m) => MONTHS.indexOf(m[1]!) + 1);
  // "11 December", "February 25 to 26", "February 22,"
  const days = [
    ...[...text.matchAll(new RegExp(`(?<!\\d)(\\d{1,2}) ${month}`, 'gu'))].map((m) => Number(m[1])),
    ...[...text.matchAll(new RegExp(`${month} (\\d{1,2})(?: to (\\d{1,2}))?(?!\\d)`, 'gu'))].flatMap((m) =>
      [m[2], m[3]].filter((d) => d !== undefined).map(Number),
    ),
  ];
  const years = [...text.matchAll(/(?<!\d)(\d{4})(?![\ds])/g)].map((m) => Number(m[1]));
  const decades = [...text.matchAll(/(?<!\d)(\d{3}0)s(?!\p{L})/gu)].map((m) => Number(m[1]));
  return { years: uniqueSorted(years), months: uniqueSorted(months), days: uniqueSorted(days), decades };
}

/** For each part the words give, the ISO date must give the same. Parts the words leave out may come from context. */
function dateMismatches(iso: string, words: string): string[] {
  const a = isoParts(iso);
  const w = wordedParts(words);
  return (['years', 'months', 'days', 'decades'] as const)
    .filter((k) => w[k].length > 0 && JSON.stringify(w[k]) !== JSON.stringify(a[k]))
    .map((k) => `"${iso}" vs "${words}": ${k} ${JSON.stringify(a[k])} ≠ ${JSON.stringify(w[k])}`);
}

describe('As a reader, every date I see says what the statement says', () => {
  it('the date parser reads the statement’s date formats', () => {
    expect(wordedParts('On the night from February 25 to 26, 1992')).to.deep.equal({ years: [1992], months: [2], days: [25, 26], decades: [] });
    expect(wordedParts('in early 1990s')).to.deep.equal({ years: [], months: [], days: [], decades: [1990] });
    expect(dateMismatches('1946-12-11', '11 December 1946')).to.deep.equal([]);
    expect(dateMismatches('1946-12-12', '11 December 1946')).to.have.length(1);
  });

  it('document.date is the date printed under the signature', () => {
    expect(dateMismatches(statement.document.date, paragraphText('date'))).to.deep.equal([]);
    expect(isoParts(statement.document.date).days, 'a full date').to.have.length(1);
  });

  it('every event’s date matches its dateText (events the statement does not date have neither)', () => {
    const problems = statement.events.flatMap((e) => {
      if (e.date === undefined || e.dateText === undefined) {
        return e.date === e.dateText ? [] : [`event ${e.id}: date and dateText must come together`];
      }
      return dateMismatches(e.date, e.dateText).map((m) => `event ${e.id}: ${m}`);
    });
    expect(problems, `\n${problems.join('\n')}`).to.deep.equal([]);
  });

  it('every instrument’s date matches a date in its source phrase, when the phrase gives one', () => {
    const problems = statement.instruments.flatMap((i) =>
      i.date ? dateMismatches(i.date, i.source.phrase).map((m) => `instrument ${i.id}: ${m}`) : [],
    );
    expect(problems, `\n${problems.join('\n')}`).to.deep.equal([]);
  });
});
