// SPDX-License-Identifier: MIT
/**
 * khojaly-widgets: the element classes and the statement's data, with no side effects.
 * Import `khojaly-widgets/define` (or one element's define module) to register the tags.
 * @module
 */
export { KhojalyFacts } from './facts/khojaly-facts.js';
export { RecognitionList } from './recognition-list/recognition-list.js';
export { StatementQuote } from './statement-quote/statement-quote.js';
export { KhojalyChart } from './chart/khojaly-chart.js';
export { StatementTimeline } from './timeline/statement-timeline.js';
export { StatementDocument } from './document/statement-document.js';
export { StatementList } from './list/statement-list.js';
export { upgradeAll, upgradeDiv, watchDivs } from './upgrade/upgrade-divs.js';
export { widgetAliases } from './upgrade/aliases.js';
export { KhojalyElement } from './shared/base.js';
export { define } from './shared/define.js';
export { registerMessages, messagesFor, en as englishMessages, type Messages, type MessageKey } from './shared/messages.js';
export * from './data/statement.js';
export { version } from './version.js';
