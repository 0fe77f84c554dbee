// SPDX-License-Identifier: MIT
// The names of the files the CDN bundles load from beside themselves: plain JavaScript, so both the build
// (tools/cdn-bundle.ts) and the size check (tools/check-size.mjs, run by node) read them from here.

/**
 * What the CDN bundles load on demand from beside themselves, each one file that every bundle shares (so one
 * copy is cached): the validator (zod), when a widget is first pointed at another statement, and, for the
 * module bundles, the upgrade of the sanitizer-safe forms, when the page has a div or a link to upgrade. The
 * classic bundle carries the upgrade inlined: a page that loads a classic script from another host may not
 * allow a module from there (a dynamic import needs CORS), and divs and links are what such pages use.
 */
export const besideBundle = /** @type {const} */ ({ validator: 'khojaly-validate.js', upgrade: 'khojaly-upgrade.js' });
