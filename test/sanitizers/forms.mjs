// SPDX-License-Identifier: MIT
// The embed forms of README's Embedding section, as a writer pastes them into a CMS, each with
// `survives(sanitizedHtml)`: does the form still work after the CMS's sanitizer? and
// `degradesTo(sanitizedHtml)`: if not, what does the reader get instead? Both read the sanitizer's output
// with jsdom, so the table they fill is measured, not written by hand.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { JSDOM } from 'jsdom';

const root = fileURLToPath(new URL('../..', import.meta.url));
const base = 'https://example.org/khojaly-widgets/dist';
const factsPage = `${base}/embed/khojaly-facts.html`;

// The snippets are what the CLI prints today (README: "npx khojaly-widgets snippet"), not a copy that
// could go stale; run from source with tsx, so no build is needed.
const tsx = fileURLToPath(import.meta.resolve('tsx/cli'));
const snippet = async (...args) =>
  (await promisify(execFile)(process.execPath, [tsx, 'src/ssr/cli.ts', 'snippet', ...args], { cwd: root })).stdout.trim();
const [shadowSnippet, lightSnippet] = await Promise.all([
  snippet('khojaly-facts', 'group=2020'),
  snippet('khojaly-facts', 'group=2020', '--light'),
]);

/** HTML as a browser parses it where a CMS puts an article: in a body. */
export const parse = (html) => JSDOM.fragment(html);

/** A deep copy without comments: Lit's SSR markers are not needed (widgets re-render, src/shared/base.ts). */
function bare(node) {
  const copy = node.cloneNode(true);
  const drop = (n) => {
    for (const child of [...n.childNodes]) {
      if (child.nodeType === n.COMMENT_NODE) child.remove();
      else drop(child);
    }
    if (n.content) drop(n.content); // a <template>'s content is not among its children
  };
  drop(copy);
  return copy;
}

/** Same element, attributes in any order, same content, <template> contents included. */
function same(a, b) {
  const [x, y] = [bare(a), bare(b)];
  if (!x.isEqualNode(y)) return false;
  const templates = (n) => [...(n.localName === 'template' ? [n] : []), ...n.querySelectorAll('template')];
  const [tx, ty] = [templates(x), templates(y)];
  return tx.every((t, i) => same(t.content, ty[i].content));
}

const sameSrc = (a, b) => b.localName === a.localName && b.getAttribute('src') === a.getAttribute('src');

/** What a browser would show as text: not the content of <style>, <script> or <template>. */
function visibleText(fragment) {
  const copy = fragment.cloneNode(true);
  for (const hidden of copy.querySelectorAll('style, script')) hidden.remove();
  return copy.textContent;
}

/** What the reader gets from a form that no longer works, told from the output. Cells of a markdown table. */
function degradation(original, needed, output) {
  const text = visibleText(output);
  // js-xss escapes what it does not allow instead of removing it.
  const seen = [];
  if (/<\/?[a-z][a-z0-9-]*[\s/>]/i.test(text)) seen.push('markup escaped as visible text');
  if (/\{[^{}]*:[^{}]*;[^{}]*\}/.test(text)) seen.push('CSS shown as text');
  if (seen.length) return seen.join(', ');
  // A <template> without shadowrootmode is inert: the browser shows none of it.
  if (output.querySelector('template:not([shadowrootmode])')) return 'inert `<template>`: nothing shown';
  if (!text.trim()) {
    const left = output.querySelector('*');
    if (!left) return 'removed: nothing shown';
    const had = original.querySelector(left.localName);
    const lostData = [...(had?.attributes ?? [])].some((a) => a.name.startsWith('data-') && !left.hasAttribute(a.name));
    return `empty \`<${left.localName}>\`${lostData ? ', `data-*` dropped' : ''}`;
  }
  const links = [...original.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
  const kept = [...output.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
  if (links.length && !kept.length) return 'text only';
  if (links.some((href) => !kept.includes(href))) return 'link with another address';
  const lost = needed.find((el) => !output.querySelector(el.localName));
  // The page stylesheet styles a --light snippet through its tag, and the snippet's own <style> went with it.
  if (lost?.localName.includes('-')) return 'content without its tag: unstyled';
  if (lost) return `\`<${lost.localName}>\` removed, its content kept`;
  return 'changed markup';
}

/**
 * A form works when every element that `needs` selects in the pasted HTML is in the output, equal by
 * `equal` (by default: same attributes and content). Elements outside `needs` (an optional resize script,
 * the text around a link) may go.
 */
function form({ name, html, needs, equal = same }) {
  const original = parse(html);
  const needed = [...original.querySelectorAll(needs)];
  if (!needed.length) throw new Error(`${name}: "${needs}" selects nothing in its HTML`);
  return {
    name,
    html,
    survives(sanitized) {
      const output = [...parse(sanitized).querySelectorAll('*')];
      return needed.every((el) => output.some((out) => equal(el, out)));
    },
    degradesTo: (sanitized) => degradation(original, needed, parse(sanitized)),
  };
}

// In README's order: its Embedding section, then its server-rendered snippets.
export const forms = [
  form({
    name: 'Tags + module script',
    html: `<khojaly-facts></khojaly-facts>
<recognition-list kind="genocide"></recognition-list>
<statement-quote quote="call-to-recognize"></statement-quote>

<script type="module" src="${base}/cdn/khojaly-widgets.js"></script>`,
    needs: 'khojaly-facts, recognition-list, statement-quote, script',
  }),
  form({
    name: 'Tags + classic script',
    html: `<khojaly-facts group="2020" layout="list"></khojaly-facts>
<script src="${base}/cdn/khojaly-widgets.classic.js" defer></script>`,
    needs: 'khojaly-facts, script',
  }),
  form({
    // The site's theme loads the script, so the article holds only the divs.
    name: 'Sanitizer-safe divs',
    html: `<div data-khojaly-widget="facts" data-group="2020" data-layout="list"></div>
<div data-khojaly-widget="quote" data-paragraph="12"></div>`,
    needs: 'div',
  }),
  // The link form's two examples are README's, as written there; the middle one adds running text and a
  // second option, so the "&" of the query string is tested too.
  form({
    name: 'Link',
    html: `<p><a href="${factsPage}?group=2020">Khojaly figures, from the Ombudsman's statement of 22 February 2021</a></p>`,
    needs: 'a',
  }),
  form({
    name: 'Link in running text',
    html: `<p>In 2020 the attacks killed and wounded civilians again:
<a href="${factsPage}?group=2020&layout=list">Khojaly figures, from the Ombudsman's statement of 22 February 2021</a>.</p>`,
    needs: 'a',
  }),
  form({
    // The quoted words are part of the form: they must stay a quotation, with the link.
    name: 'Link in a blockquote',
    html: `<blockquote><p>Indifference and double standards applied to this heinous crime …</p>
  <p>— <a href="${base}/embed/statement-quote.html?quote=impunity">the Ombudsman of Azerbaijan, 22 February 2021</a></p></blockquote>`,
    needs: 'blockquote',
  }),
  form({
    // resize.js only sizes the frame: the iframe works without it.
    name: 'Iframe (+ resize.js)',
    html: `<iframe src="${factsPage}?group=2020&layout=list"
        title="Khojaly figures from the Ombudsman's statement" loading="lazy"
        style="width: 100%; border: 0" height="480"></iframe>
<script src="${base}/embed/resize.js" defer></script>`,
    needs: 'iframe',
    equal: sameSrc,
  }),
  form({
    // Needs no script: the browser's parser attaches the shadow root. So the host, the template and its
    // content (styles included) must all stay.
    name: 'Snippet (Declarative Shadow DOM)',
    html: shadowSnippet,
    needs: 'khojaly-facts',
  }),
  form({
    // Styled by the page stylesheet through its tag and classes, so the tag must stay with its content.
    name: 'Snippet `--light`',
    html: lightSnippet,
    needs: 'khojaly-facts',
  }),
];
