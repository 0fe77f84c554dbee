// SPDX-License-Identifier: MIT
/**
 * Loads the upgrade of the sanitizer-safe forms on demand. The CDN bundles replace this module at build time
 * with one that imports `khojaly-upgrade.js` from beside the bundle itself (see tools/cdn-bundle.ts).
 * @module
 */
export const loadUpgrade = (): Promise<typeof import('./upgrade-divs.js')> => import('./upgrade-divs.js');
