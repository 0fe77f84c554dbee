// SPDX-License-Identifier: MIT
/**
 * Entry of the self-contained CDN bundles (module and classic script): registers every tag, starts the
 * sanitizer-safe forms (`<div data-khojaly-widget>` and links to a widget's page; the module bundle fetches
 * their upgrade from beside itself when the page has one), and exports the classes, the data and the upgrade
 * functions (each returning a promise), so one `<script>` is all a page needs.
 * @module
 */
import './define.js';
import { widgetTags } from './registry.js';
import { upgradeOnDemand } from './upgrade/on-demand.js';

upgradeOnDemand(widgetTags);

export * from './library.js';
export { allowLinkBases, upgradeAll, upgradeDiv, upgradeLink, upgradeLinks, watchDivs } from './upgrade/on-demand.js';
