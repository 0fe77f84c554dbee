// SPDX-License-Identifier: MIT
/**
 * The upgrade of the sanitizer-safe forms, whole: divs (upgrade-divs.ts) and links to a widget's page
 * (upgrade-links.ts). The module CDN bundles load it on demand as `khojaly-upgrade.js` (see on-demand.ts).
 * @module
 */
export { upgradeAll, upgradeDiv, watchDivs } from './upgrade-divs.js';
export { allowLinkBases, upgradeLink, upgradeLinks } from './upgrade-links.js';
