// SPDX-License-Identifier: MIT
/**
 * The one list of khojaly widgets. Every other list is derived from it: the define and index entry points
 * and the package.json exports (written by `npm run entries`), the short names of the sanitizer-safe div form,
 * the snippet command, the iframe pages, the page stylesheet, the benchmarks and the tests' "every widget".
 *
 * Adding an element: its folder `src/<tag>/` (`<tag>.ts` exporting the class, `define.ts`) and one line here.
 * @module
 */

/** What the builds and embeds need to know of a widget, beside its class. */
export interface WidgetEntry {
  /** The custom element's tag; also the name of its folder under src/ and of its files. */
  readonly tag: string;
  /** The short name an editor may write instead (`data-khojaly-widget="facts"`, `npx … snippet facts`). */
  readonly name: string;
  /** The class the element module exports. */
  readonly className: string;
  /** The start of its iframe page's title, which the statement's name completes ("A quote from …"). */
  readonly title: string;
  /**
   * The statement's collections it shows, beside the document: the element's own bundle (`dist/cdn/<tag>.js`)
   * carries only these, and of the paragraphs only those its items cite, unless it lists `paragraphs`.
   */
  readonly data: readonly StatementCollection[];
}

/** A collection of the statement a widget may show (`paragraphs`: every paragraph, not only the cited ones). */
export type StatementCollection = 'paragraphs' | 'figures' | 'recognitions' | 'quotes' | 'events' | 'places' | 'instruments' | 'addressees';

export const registry = [
  { tag: 'khojaly-facts', name: 'facts', className: 'KhojalyFacts', title: 'Khojaly figures from', data: ['figures'] },
  { tag: 'recognition-list', name: 'recognitions', className: 'RecognitionList', title: 'Recognitions of Khojaly named in', data: ['recognitions'] },
  { tag: 'statement-quote', name: 'quote', className: 'StatementQuote', title: 'A quote from', data: ['quotes', 'paragraphs'] },
  { tag: 'khojaly-chart', name: 'chart', className: 'KhojalyChart', title: 'Khojaly figures as a chart, from', data: ['figures'] },
  { tag: 'statement-timeline', name: 'timeline', className: 'StatementTimeline', title: 'Timeline of the events dated in', data: ['events'] },
  { tag: 'statement-document', name: 'document', className: 'StatementDocument', title: 'The full text of', data: ['paragraphs', 'addressees'] },
  {
    tag: 'statement-list',
    name: 'list',
    className: 'StatementList',
    title: 'Places, legal instruments and addressees named in',
    data: ['places', 'events', 'instruments', 'addressees'],
  },
] as const satisfies readonly WidgetEntry[];

/** A widget's tag. */
export type WidgetTag = (typeof registry)[number]['tag'];

/** Every widget's tag, in the registry's order. */
export const widgetTags: readonly WidgetTag[] = registry.map((e) => e.tag);

/**
 * Short names an editor may write in `data-khojaly-widget="…"` (the sanitizer-safe form), beside the tag
 * names themselves.
 */
export const widgetAliases: Readonly<Record<string, WidgetTag>> = Object.fromEntries(registry.map((e) => [e.name, e.tag]));

/** The widget a name stands for: a tag (`khojaly-facts`) or a short name (`facts`), case and space ignored. */
export function findWidget(name: string): (typeof registry)[number] | undefined {
  const key = String(name).trim().toLowerCase();
  return registry.find((e) => e.tag === key || e.name === key);
}
