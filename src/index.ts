// SPDX-License-Identifier: MIT
/**
 * khojaly-widgets: the element classes and the statement's data, with no side effects.
 * Import `khojaly-widgets/define` (or one element's define module) to register the tags.
 * @module
 */
export * from './library.js';
export * from './upgrade/upgrade.js';
