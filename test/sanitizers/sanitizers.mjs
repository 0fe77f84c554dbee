// SPDX-License-Identifier: MIT
// The HTML sanitizers CMSs run most often, each at its defaults (no options: what a site gets unless
// someone configured it): HTML in, HTML out.
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import sanitizeHtml from 'sanitize-html';
import xss from 'xss';

// DOMPurify needs a DOM; on a server it is jsdom's, as here.
const purify = createDOMPurify(new JSDOM('').window);

/** `pkg` is the npm package, whose version the table states. */
export const sanitizers = [
  { name: 'DOMPurify', pkg: 'dompurify', sanitize: (html) => purify.sanitize(html) },
  { name: 'sanitize-html', pkg: 'sanitize-html', sanitize: (html) => sanitizeHtml(html) },
  { name: 'js-xss', pkg: 'xss', sanitize: (html) => xss(html) },
];
