// SPDX-License-Identifier: MIT
/**
 * Loads the statement validator (zod and the schema) on demand. The CDN bundles replace this module at
 * build time with one that imports `khojaly-validate.js` from beside the bundle itself (see
 * tools/build.ts), so the classic script, which cannot split code, stays free of zod too.
 * @module
 */
export const loadValidator = (): Promise<typeof import('./validate.js')> => import('./validate.js');
