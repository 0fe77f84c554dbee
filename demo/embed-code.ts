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

export const moduleScript = (base: string) => `<script type="module" src="${escapeHtml(moduleUrl(base))}"></script>`;
export const classicScript = (base: string) => `<script src="${escapeHtml(classicUrl(base))}" defer></script>`;

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
    blocks: (c) => [{ label: 'HTML', code: `${elementHtml(c.tag, c.attrs)}\n${moduleScript(c.base)}` }],
  },
  {
    id: 'html-classic',
    label: 'HTML (classic script)',
    note: 'For pages whose templates only allow classic scripts. The widget works the same.',
    blocks: (c) => [{ label: 'HTML', code: `${elementHtml(c.tag, c.attrs)}\n${classicScript(c.base)}` }],
  },
  {
    id: 'wordpress',
    label: 'WordPress',
    note: 'Add a Custom HTML block and paste this. It needs the `unfiltered_html` capability (administrators, and editors on single sites); without it WordPress strips the tag: use the sanitizer-safe form.',
    blocks: (c) => [{ label: 'Custom HTML block', code: `${elementHtml(c.tag, c.attrs)}\n${classicScript(c.base)}` }],
  },
  {
    id: 'sanitizer-safe',
    label: 'WordPress / Drupal (sanitizer-safe)',
    note: 'A plain `<div>` with `data-` attributes survives the HTML filters of WordPress and Drupal. The script turns it into the widget; the site theme loads it once for every page.',
    blocks: (c) => [
      { label: 'In the post', code: dataDivHtml(c.tag, c.attrs) },
      { label: 'Once, in the theme (before </body>)', code: classicScript(c.base) },
    ],
  },
  {
    id: 'link',
    label: 'Link (any CMS, any sanitizer)',
    note: 'A plain link to the widget’s own page: every HTML filter keeps it, and without JavaScript it is a link readers can follow. Where the site loads the script once (in its theme), the script puts the widget in its place. Any role that can write a link can use it.',
    blocks: (c) => [
      { label: 'In the post, on its own line', code: linkHtml(c) },
      { label: 'Once, in the theme (before </body>)', code: classicScript(c.base) },
    ],
  },
  {
    id: 'drupal',
    label: 'Drupal (Full HTML)',
    note: 'Switch the body to the Full HTML text format, open the editor’s Source view and paste this.',
    blocks: (c) => [{ label: 'Source view', code: `${elementHtml(c.tag, c.attrs)}\n${moduleScript(c.base)}` }],
  },
  {
    id: 'ghost',
    label: 'Ghost',
    note: 'Add an HTML card to the post and paste this.',
    blocks: (c) => [{ label: 'HTML card', code: `${elementHtml(c.tag, c.attrs)}\n${moduleScript(c.base)}` }],
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
      { label: 'Optional, once per page', code: `<script src="${escapeHtml(`${c.base}embed/resize.js`)}" defer></script>` },
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
