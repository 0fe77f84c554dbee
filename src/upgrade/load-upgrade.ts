// SPDX-License-Identifier: MIT
/**
 * Loads the upgrade of the sanitizer-safe forms on demand. The module CDN bundles replace this module at build
 * time with one that imports `khojaly-upgrade.js` from beside the bundle itself (see tools/cdn-bundle.ts); the
 * classic bundle, which cannot split code, carries the upgrade inlined.
 * @module
 */
export const loadUpgrade = (): Promise<typeof import('./upgrade.js')> => import('./upgrade.js');
