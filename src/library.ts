// SPDX-License-Identifier: MIT
/**
 * What the package exports beside the upgrade of the sanitizer-safe forms: the element classes, the registry,
 * the interface strings and the statement's data. `index.ts` adds the upgrade functions; the CDN bundles
 * export this and fetch the upgrade only when a page needs it (see upgrade/on-demand.ts).
 * @module
 */
export * from './elements.js';
export { registry, widgetAliases, widgetTags, findWidget, type WidgetEntry, type WidgetTag } from './registry.js';
export { KhojalyElement } from './shared/base.js';
export { define } from './shared/define.js';
export { registerMessages, messagesFor, englishMessages, type Messages, type MessageKey } from './shared/messages.js';
export * from './data/statement.js';
export { version } from './version.js';
