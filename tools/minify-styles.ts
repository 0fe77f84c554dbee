// SPDX-License-Identifier: MIT
/**
 * A build plugin that minifies the CSS inside Lit's css`…` templates with lightningcss, for the CDN bundles
 * (the npm modules stay readable). The styles have no `${}` interpolations; a template that has some is left
 * as it is. No browser targets are given, so nothing is lowered: `light-dark()`, container queries and
 * logical properties pass through as written.
 */
import { transform } from 'lightningcss';
import type { Plugin } from 'vite';

const cssTemplate = /\bcss`([^`$\\]*)`/g;

export function minifyStyles(): Plugin {
  return {
    name: 'khojaly:minify-styles',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return undefined;
      const minified = code.replace(cssTemplate, (_whole, css: string) => {
        const { code: out } = transform({ filename: id, code: Buffer.from(css), minify: true });
        return `css\`${out.toString()}\``;
      });
      return minified === code ? undefined : { code: minified, map: null };
    },
  };
}
