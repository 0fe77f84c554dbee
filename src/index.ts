// SPDX-License-Identifier: MIT
/**
 * khojaly-widgets: the element classes and the statement's data, with no side effects.
 * Import `khojaly-widgets/define` (or one element's define module) to register the tags.
 * @module
 */
export * from './elements.js';
export { upgradeAll, upgradeDiv, watchDivs } from './upgrade/upgrade-divs.js';
export { allowLinkBases, upgradeLink, upgradeLinks } from './upgrade/upgrade-links.js';
export { registry, widgetAliases, widgetTags, findWidget, type WidgetEntry, type WidgetTag } from './registry.js';
export { KhojalyElement } from './shared/base.js';
export { define } from './shared/define.js';
export { registerMessages, messagesFor, en as englishMessages, type Messages, type MessageKey } from './shared/messages.js';
export * from './data/statement.js';
export { version } from './version.js';
