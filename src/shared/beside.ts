// SPDX-License-Identifier: MIT
/**
 * Where the CDN bundles find the files they load on demand (the validator, the upgrade of divs and links): in
 * the bundle's own folder, with the bundle's query string (a CMS's `?ver=`) carried over, so a cached old file
 * is never used beside a new bundle.
 * @module
 */

/**
 * The address of `file` beside the script at `script`. An address that names no `.js` file is a package's
 * short address on a CDN (jsDelivr serves `…/npm/khojaly-widgets@0.1.0` without a redirect): there `./file`
 * would be another npm package's, so the file is taken from the package's own `dist/cdn/`.
 */
export function besideUrl(file: string, script: string): string {
  const base = new URL(script);
  const folder = /\.m?js$/.test(base.pathname) ? base : new URL(base.pathname.replace(/\/?$/, '/dist/cdn/'), base);
  const url = new URL(`./${file}`, folder);
  url.search = base.search;
  return url.href;
}
