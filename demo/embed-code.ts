// SPDX-License-Identifier: MIT
/**
 * The code the embed builder hands out, per platform. Pure functions of the chosen element, its
 * attributes and where the built files are hosted. Every value an editor types goes through an escape
 * for the language it lands in (HTML attribute, JSX, URL query, shell), so no input can end the
 * attribute, the tag or the command early.
 */
import type { Attrs } from './registry.js';

/** What every platform's code is made from. */
export interface EmbedContext {
  tag: string;
  /** The attributes to write, already filtered to those that are set and apply. */
  attrs: Attrs;
  /** Absolute URL of the folder that holds cdn/ and embed/ (the package's dist/), ending in '/'. */
  base: string;
  /** The iframe's accessible title. */
  title: string;
  /** The iframe's starting height in CSS pixels (resize.js or AMP then fits it to the content). */
  height: number;
  /** Every widget tag, for frameworks that must be told which tags are custom elements. */
  tags: readonly string[];
  /**
   * Subresource Integrity of the built files (`cdn/khojaly-widgets.js` → `sha384-…`), given when `base` is a
   * public CDN's address of this very version, whose files cannot change: the script tags then carry it.
   */
  integrity?: Readonly<Record<string, string>>;
  /** The short name of the widget (`facts`), for the WordPress plugin's block and shortcode. */
  name?: string;
  /** Attributes whose block attribute is a number (`heading-level`), for the WordPress block's JSON. */
  numeric?: readonly string[];
}

export interface CodeBlock {
  /** Where this block goes, e.g. "In the post" or "Once, in the theme". */
  label: string;
  code: string;
}

export interface Platform {
  id: string;
  label: string;
  /** One or two sentences for the editor: where to paste, what the platform needs (backticks mark code). */
  note: string;
  blocks: (ctx: EmbedContext) => CodeBlock[];
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML attribute value in double quotes (and for HTML text). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => entities[c]);
}

/** Quotes one argument for a POSIX shell: bare when it is plainly safe, else in single quotes. */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A tag name we are willing to write into code: lower-case letters, digits and at least one hyphen. */
function checkedTag(tag: string): string {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(tag)) throw new Error(`not a custom element name: ${tag}`);
  return tag;
}

const attrList = (attrs: Attrs, prefix = '') =>
  Object.entries(attrs)
    .map(([name, value]) => ` ${prefix}${name}="${escapeHtml(value)}"`)
    .join('');

/** `<khojaly-facts group="2020"></khojaly-facts>` */
export function elementHtml(tag: string, attrs: Attrs): string {
  const t = checkedTag(tag);
  return `<${t}${attrList(attrs)}></${t}>`;
}

/** The sanitizer-safe form: `<div data-khojaly-widget="khojaly-facts" data-group="2020"></div>` */
export function dataDivHtml(tag: string, attrs: Attrs): string {
  return `<div data-khojaly-widget="${checkedTag(tag)}"${attrList(attrs, 'data-')}></div>`;
}

export const moduleUrl = (base: string) => `${base}cdn/khojaly-widgets.js`;
export const classicUrl = (base: string) => `${base}cdn/khojaly-widgets.classic.js`;

/** The iframe page of an element with its options in the query string (not yet HTML-escaped). */
export function embedUrl(base: string, tag: string, attrs: Attrs): string {
  const query = new URLSearchParams(attrs).toString();
  return `${base}embed/${checkedTag(tag)}.html${query ? `?${query}` : ''}`;
}

/** ` integrity="sha384-…" crossorigin="anonymous"` for a file of a versioned CDN address, else nothing. */
function sri(integrity: EmbedContext['integrity'], file: string): string {
  const hash = integrity?.[file];
  return hash ? ` integrity="${escapeHtml(hash)}" crossorigin="anonymous"` : '';
}

export const moduleScript = (base: string, integrity?: EmbedContext['integrity']) =>
  `<script type="module" src="${escapeHtml(moduleUrl(base))}"${sri(integrity, 'cdn/khojaly-widgets.js')}></script>`;
export const classicScript = (base: string, integrity?: EmbedContext['integrity']) =>
  `<script src="${escapeHtml(classicUrl(base))}"${sri(integrity, 'cdn/khojaly-widgets.classic.js')} defer></script>`;

/** Whether `base` is a public CDN's address of this exact version of the package (its files never change). */
export function isVersionedCdn(base: string, version: string): boolean {
  const at = `khojaly-widgets@${version}/dist/`;
  return [`https://cdn.jsdelivr.net/npm/${at}`, `https://unpkg.com/${at}`].includes(base);
}

/** JSON of a block's attributes as WordPress writes them in its comment: `<`, `>`, `&`, `"` and `--` escaped. */
function blockJson(value: Record<string, string | number | boolean>): string {
  return JSON.stringify(value)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    // JSON's escapes are pairs of characters: read pair by pair, so a value ending in a backslash stays right.
    .replace(/\\./g, (pair) => (pair === '\\"' ? '\\u0022' : pair));
}

/** `heading-level` → `headingLevel`: the plugin's block attributes are the elements' property names. */
const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The WordPress plugin's block, as its Code editor shows it: `<!-- wp:khojaly/facts {"group":"2020"} /-->`. */
export function wordpressBlock(ctx: EmbedContext): string {
  const name = ctx.name ?? checkedTag(ctx.tag);
  const attributes = Object.fromEntries(
    Object.entries(ctx.attrs).map(([n, v]) => [camel(n), v === '' ? true : ctx.numeric?.includes(n) && /^\d+$/.test(v) ? Number(v) : v]),
  );
  return `<!-- wp:khojaly/${name} ${Object.keys(attributes).length ? `${blockJson(attributes)} ` : ''}/-->`;
}

/**
 * The WordPress plugin's shortcode: `[khojaly widget="facts" group="2020"]`. Brackets and backslashes in values
 * are written as entities: WordPress ends a shortcode at `]` and reads `\n`-style escapes in its values.
 */
export function wordpressShortcode(ctx: EmbedContext): string {
  const value = (v: string) => escapeHtml(v).replace(/\[/g, '&#91;').replace(/\]/g, '&#93;').replace(/\\/g, '&#92;');
  const attributes = Object.entries(ctx.attrs).map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${value(v)}"`));
  return `[khojaly widget="${ctx.name ?? checkedTag(ctx.tag)}"${attributes.join('')}]`;
}

export function iframeHtml(ctx: EmbedContext): string {
  return `<iframe src="${escapeHtml(embedUrl(ctx.base, ctx.tag, ctx.attrs))}" title="${escapeHtml(ctx.title)}" loading="lazy" style="width:100%;border:0" height="${Math.round(ctx.height)}"></iframe>`;
}

/** The link form: a link to the widget's own page, which the script replaces with the widget. */
export function linkHtml(ctx: EmbedContext): string {
  return `<a href="${escapeHtml(embedUrl(ctx.base, ctx.tag, ctx.attrs))}">${escapeHtml(ctx.title)}</a>`;
}

export function ampIframeHtml(ctx: EmbedContext): string {
  return (
    `<amp-iframe src="${escapeHtml(embedUrl(ctx.base, ctx.tag, ctx.attrs))}" title="${escapeHtml(ctx.title)}" width="auto" height="${Math.round(ctx.height)}"` +
    ` layout="fixed-height" sandbox="allow-scripts" resizable frameborder="0">\n` +
    `  <div overflow tabindex="0" role="button" aria-label="Show more">Show more</div>\n</amp-iframe>`
  );
}

/**
 * A JSX attribute: bare for a boolean that is on (React sets the property to true), a plain string when
 * nothing in it means something to JSX, else a JS string expression.
 */
function jsxAttr(name: string, value: string): string {
  if (value === '') return name;
  return /^[^"{}<>&\\]*$/.test(value) ? `${name}="${value}"` : `${name}={${JSON.stringify(value)}}`;
}

/** `khojaly-facts` → `KhojalyFacts` */
const pascal = (tag: string) => tag.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, c: string) => c.toUpperCase());

export function reactCode(ctx: EmbedContext): string {
  const tag = checkedTag(ctx.tag);
  const attrs = Object.entries(ctx.attrs).map(([n, v]) => ` ${jsxAttr(n, v)}`).join('');
  return `import 'khojaly-widgets/define';

export default function ${pascal(tag)}Widget() {
  return <${tag}${attrs} />;
}`;
}

export function vueCode(ctx: EmbedContext): string {
  return `<script setup>
import 'khojaly-widgets/define';
</script>

<template>
  ${elementHtml(ctx.tag, ctx.attrs)}
</template>`;
}

export function vueConfig(ctx: EmbedContext): string {
  const tags = ctx.tags.map((t) => `'${checkedTag(t)}'`).join(', ');
  return `// vite.config.js: tell Vue that the widget tags are custom elements, not Vue components
import vue from '@vitejs/plugin-vue';

const widgets = [${tags}];

export default {
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => widgets.includes(tag) } } })],
};`;
}

/** The arguments of the server-side snippet command: `khojaly-facts group=2020 'heading=Khojaly, 1992'`. */
export function snippetArgs(ctx: EmbedContext): string {
  return [checkedTag(ctx.tag), ...Object.entries(ctx.attrs).map(([n, v]) => shellQuote(`${n}=${v}`))].join(' ');
}

export const platforms: readonly Platform[] = [
  {
    id: 'html',
    label: 'HTML',
    note: 'Paste where the widget goes. Load the script once per page, however many widgets it has.',
    blocks: (c) => [{ label: 'HTML', code: `${elementHtml(c.tag, c.attrs)}\n${moduleScript(c.base, c.integrity)}` }],
  },
  {
    id: 'html-classic',
    label: 'HTML (classic script)',
    note: 'For pages whose templates only allow classic scripts. The widget works the same.',
    blocks: (c) => [{ label: 'HTML', code: `${elementHtml(c.tag, c.attrs)}\n${classicScript(c.base, c.integrity)}` }],
  },
  {
    id: 'wordpress',
    label: 'WordPress',
    note: 'With the Khojaly widgets plugin (`dist/wordpress/khojaly-widgets.zip`; set the address above to its copy, `https://your-site/wp-content/plugins/khojaly-widgets/dist/`), every role that writes posts (Contributor, Author, Editor, Administrator) has three ways: the block, the shortcode, or the link pasted on a line of its own. Without the plugin, only the Custom HTML block works, and only for roles with `unfiltered_html`: Administrators and Editors on a single site, Super Admins on a multisite, nobody where `DISALLOW_UNFILTERED_HTML` is set.',
    blocks: (c) => [
      { label: 'Block, any role (plugin): paste in the Code editor, or insert it from the block inserter and set these options', code: wordpressBlock(c) },
      { label: 'Shortcode, any role (plugin): in a Shortcode block or the classic editor', code: wordpressShortcode(c) },
      { label: 'Link, any role (plugin): paste on a line of its own', code: embedUrl(c.base, c.tag, c.attrs) },
      { label: 'Without the plugin, Administrators and Editors only: a Custom HTML block', code: `${elementHtml(c.tag, c.attrs)}\n${classicScript(c.base, c.integrity)}` },
    ],
  },
  {
    id: 'sanitizer-safe',
    label: 'Sanitizer-safe div',
    note: 'A plain `<div>` with `data-` attributes survives WordPress’s filter for every role, and DOMPurify; not sanitize-html, js-xss or Drupal’s Basic HTML (use the link there). The script turns it into the widget; the site theme loads it once for every page.',
    blocks: (c) => [
      { label: 'In the post', code: dataDivHtml(c.tag, c.attrs) },
      { label: 'Once, in the theme (before </body>)', code: classicScript(c.base, c.integrity) },
    ],
  },
  {
    id: 'link',
    label: 'Link (any CMS, any sanitizer)',
    note: 'A plain link to the widget’s own page: every HTML filter keeps it, and without JavaScript it is a link readers can follow. Where the site loads the script once (in its theme), the script puts the widget in its place. Any role that can write a link can use it.',
    blocks: (c) => [
      { label: 'In the post, on its own line', code: linkHtml(c) },
      { label: 'Once, in the theme (before </body>)', code: classicScript(c.base, c.integrity) },
    ],
  },
  {
    id: 'drupal',
    label: 'Drupal (Full HTML)',
    note: 'Switch the body to the Full HTML text format, open the editor’s Source view and paste this.',
    blocks: (c) => [{ label: 'Source view', code: `${elementHtml(c.tag, c.attrs)}\n${moduleScript(c.base, c.integrity)}` }],
  },
  {
    id: 'ghost',
    label: 'Ghost',
    note: 'Add an HTML card to the post and paste this.',
    blocks: (c) => [{ label: 'HTML card', code: `${elementHtml(c.tag, c.attrs)}\n${moduleScript(c.base, c.integrity)}` }],
  },
  {
    id: 'amp',
    label: 'AMP',
    note: 'AMP pages cannot run the widget’s script, so it comes in an `amp-iframe`. AMP needs the files on https, on another origin than the AMP page, and the iframe away from the very top of the page. The sandboxed frame loads the files across origins: their server must send `Access-Control-Allow-Origin: *` (jsDelivr does).',
    blocks: (c) => [
      { label: 'In the <head>', code: '<script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script>' },
      { label: 'Where the widget goes', code: ampIframeHtml(c) },
    ],
  },
  {
    id: 'iframe',
    label: 'iframe',
    note: 'For sites that allow iframes but not scripts. The optional resize script fits each iframe to its widget’s height; without it the iframe keeps the height given.',
    blocks: (c) => [
      { label: 'Where the widget goes', code: iframeHtml(c) },
      { label: 'Optional, once per page', code: `<script src="${escapeHtml(`${c.base}embed/resize.js`)}"${sri(c.integrity, 'embed/resize.js')} defer></script>` },
    ],
  },
  {
    id: 'react',
    label: 'React 19',
    note: 'React 19 renders custom elements natively. With TypeScript, add `/// <reference types="khojaly-widgets/jsx-react" />` once.',
    blocks: (c) => [
      { label: 'Install', code: 'npm install khojaly-widgets' },
      { label: 'Component', code: reactCode(c) },
    ],
  },
  {
    id: 'vue',
    label: 'Vue',
    note: 'Import the package once, use the tag in any template, and tell Vue’s compiler the tags are custom elements.',
    blocks: (c) => [
      { label: 'Install', code: 'npm install khojaly-widgets' },
      { label: 'Component', code: vueCode(c) },
      { label: 'Vite config', code: vueConfig(c) },
    ],
  },
  {
    id: 'snippet',
    label: 'Server-rendered',
    note: 'The command prints the widget as ready-made HTML to paste into a page or template, so it shows before any script runs.',
    blocks: (c) => [
      { label: 'In a project with khojaly-widgets installed', code: `npx khojaly-widgets snippet ${snippetArgs(c)}` },
      { label: 'In a clone of this repository', code: `npm run --silent snippet -- ${snippetArgs(c)}` },
    ],
  },
];
