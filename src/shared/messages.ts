// SPDX-License-Identifier: MIT
/**
 * The interface strings of the widgets: every word a widget adds around the statement's own text.
 *
 * English is built in. A page adds a language with `registerMessages('fr', { … })` (any subset; the rest
 * falls back to English) and overrides strings for one element with its `messages` property. The widgets
 * pick the catalogue of the nearest `lang` attribute: `pt-BR`, then `pt`, then English.
 */
export const en = {
  source: 'Source',
  sources: 'Sources',
  sourcePrefix: 'Source:',
  statementOf: 'statement of',
  paragraph: 'Paragraph',
  /** "paragraph" inside a citation: "…, statement of 22 February 2021, paragraph 12". */
  citationParagraph: 'paragraph',
  including: 'including',
  ofWhom: 'of whom',
  moreThan: 'more than',
  almost: 'almost',
  /** When the statement shown has nothing for the widget (another statement, with an empty collection). */
  nothingToShow: 'The statement has nothing to show here.',
};

// The strings of one widget each, apart, so that an element's own bundle carries only its own.

/** <statement-quote>: the copy button. */
export const quoteEn = {
  copy: 'Copy with citation',
  copied: 'Copied to the clipboard',
  copyFailed: 'Could not copy: select the text instead',
};

/** <recognition-list>: the kinds of recognition and of body. */
export const recognitionEn = {
  genocide: 'Recognized as genocide',
  massacre: 'Condemned as a massacre',
  parliament: 'Parliaments',
  'state-bodies': 'Executive and legislative bodies',
  'international-organization': 'International organizations',
  theParliamentsOf: 'the parliaments of',
};

/** <khojaly-chart>: the text alternative's caption and column heads, and the scale note. */
export const chartEn = {
  chartCaption: 'The figures shown in the chart',
  chartCounted: 'What the statement counts',
  chartNumber: 'Number',
  chartOfWhom: 'Of whom',
  chartScaleShared: 'All bars are drawn to one scale.',
  chartScaleEach: 'Each total is drawn full width, with its parts to the same scale; compare totals by their numbers.',
};

/** <statement-timeline>: name of the horizontal layout's scrolling region when there is no heading. */
export const timelineEn = { timeline: 'Timeline' };

/** <statement-document>: the table of contents' heading and landmark name. */
export const documentEn = { contents: 'Contents' };

/** <statement-list>: kinds of place, after a name ("Khojaly (town)"), and kinds of legal instrument. */
export const listEn = {
  placeTown: 'town',
  placeVillage: 'village',
  placeDistrict: 'district',
  placeRegion: 'region',
  instrumentConvention: 'Convention',
  instrumentCovenant: 'Covenant',
  instrumentResolution: 'Resolution',
  instrumentStatement: 'Statement',
};

/** Every interface string in English: the catalogue a translation follows (`englishMessages` in the package). */
export const englishMessages: typeof en & typeof quoteEn & typeof recognitionEn & typeof chartEn & typeof timelineEn & typeof documentEn & typeof listEn =
  /* @__PURE__ */ Object.assign({}, en, quoteEn, recognitionEn, chartEn, timelineEn, documentEn, listEn);

export type MessageKey = keyof typeof englishMessages;
export type Messages = Record<MessageKey, string>;

const catalogues = new Map<string, Partial<Messages>>();
/** Resolved strings per English catalogue and language; started again when a language is registered. */
let resolved = new WeakMap<object, Map<string, Partial<Messages>>>();

/** Adds or extends the strings of a language (a BCP 47 tag such as `fr` or `pt-BR`). */
export function registerMessages(lang: string, strings: Partial<Messages>): void {
  const key = lang.toLowerCase();
  catalogues.set(key, { ...catalogues.get(key), ...strings });
  resolved = new WeakMap();
}

/**
 * The strings for a language, over the given English ones (a widget's: the shared strings and its own): the
 * language's own, then its base language's, then English. They have the English ones' keys.
 */
export function stringsFor<S extends Partial<Messages>>(lang: string, english: S): S {
  const key = lang.toLowerCase();
  let byLang = resolved.get(english);
  if (!byLang) resolved.set(english, (byLang = new Map()));
  let result = byLang.get(key) as S | undefined;
  if (!result) {
    result = { ...english, ...catalogues.get(key.split('-')[0]), ...catalogues.get(key) };
    byLang.set(key, result);
  }
  return result;
}

/** Every string for a language: its own, then its base language's, then English. */
export const messagesFor = (lang: string): Messages => stringsFor(lang, englishMessages);
