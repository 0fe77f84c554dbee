// SPDX-License-Identifier: MIT
/**
 * Short names an editor may write in `data-khojaly-widget="…"` (the sanitizer-safe form), beside the tag
 * names themselves.
 */
export const widgetAliases: Readonly<Record<string, string>> = {
  facts: 'khojaly-facts',
  recognitions: 'recognition-list',
  quote: 'statement-quote',
  chart: 'khojaly-chart',
  timeline: 'statement-timeline',
  document: 'statement-document',
  list: 'statement-list',
};
