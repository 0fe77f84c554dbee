// SPDX-License-Identifier: MIT
// Generated from src/registry.ts by tools/generate-entries.ts (`npm run entries`). Do not edit.
/** Every widget's class, without registering any tag. */
export { KhojalyFacts } from './khojaly-facts/khojaly-facts.js';
export { RecognitionList } from './recognition-list/recognition-list.js';
export { StatementQuote } from './statement-quote/statement-quote.js';
export { KhojalyChart } from './khojaly-chart/khojaly-chart.js';
export { StatementTimeline } from './statement-timeline/statement-timeline.js';
export { StatementDocument } from './statement-document/statement-document.js';
export { StatementList } from './statement-list/statement-list.js';
