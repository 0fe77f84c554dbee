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
  copy: 'Copy with citation',
  copied: 'Copied to the clipboard',
  copyFailed: 'Could not copy: select the text instead',
  including: 'including',
  ofWhom: 'of whom',
  moreThan: 'more than',
  almost: 'almost',
  /** When the statement shown has nothing for the widget (another statement, with an empty collection). */
  nothingToShow: 'The statement has nothing to show here.',
  genocide: 'Recognized as genocide',
  massacre: 'Condemned as a massacre',
  parliament: 'Parliaments',
  'state-bodies': 'Executive and legislative bodies',
  'international-organization': 'International organizations',
  theParliamentsOf: 'the parliaments of',
  /** <khojaly-chart>: the text alternative's caption and column heads, and the scale note. */
  chartCaption: 'The figures shown in the chart',
  chartCounted: 'What the statement counts',
  chartNumber: 'Number',
  chartOfWhom: 'Of whom',
  chartScaleShared: 'All bars are drawn to one scale.',
  chartScaleEach: 'Each total is drawn full width, with its parts to the same scale; compare totals by their numbers.',
  /** <statement-timeline>: name of the horizontal layout's scrolling region when there is no heading. */
  timeline: 'Timeline',
  /** <statement-document>: the table of contents' heading and landmark name. */
  contents: 'Contents',
  /** <statement-list>: kinds of place, after a name: "Khojaly (town)". */
  placeTown: 'town',
  placeVillage: 'village',
  placeDistrict: 'district',
  placeRegion: 'region',
  /** <statement-list>: kinds of legal instrument. */
  instrumentConvention: 'Convention',
  instrumentCovenant: 'Covenant',
  instrumentResolution: 'Resolution',
  instrumentStatement: 'Statement',
};

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

const catalogues = new Map<string, Partial<Messages>>([['en', en]]);
const resolved = new Map<string, Messages>();

/** Adds or extends the strings of a language (a BCP 47 tag such as `fr` or `pt-BR`). */
export function registerMessages(lang: string, strings: Partial<Messages>): void {
  const key = lang.toLowerCase();
  catalogues.set(key, { ...catalogues.get(key), ...strings });
  resolved.clear();
}

/** The strings for a language: its own, then its base language's, then English. */
export function messagesFor(lang: string): Messages {
  const key = lang.toLowerCase();
  let result = resolved.get(key);
  if (!result) {
    const base = key.split('-')[0];
    result = { ...en, ...catalogues.get(base), ...catalogues.get(key) };
    resolved.set(key, result);
  }
  return result;
}
