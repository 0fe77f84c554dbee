// SPDX-License-Identifier: MIT
/**
 * The page stylesheet `khojaly-widgets.css`: styles for widgets that are not defined yet (their script has
 * not run, or never will). It does two things:
 *
 * 1. Light-DOM copy: a snippet in the light form (`renderSnippet(…, { form: 'light' })`) carries the
 *    widget's markup as plain children of the tag. These rules are the widget's own shadow styles, scoped to
 *    `tag:not(:defined)`, so that markup looks and measures as the widget will.
 * 2. Reservation: an empty tag (or an empty sanitizer-safe div) gets the height the widget will have, as
 *    measured in Chromium for each width, so nothing below it moves when the script arrives. A snippet's
 *    host (`data-khojaly-snippet`) gets none: it already has its content, laid out by the engine at hand.
 *
 * This module holds the pure parts (the CSS scoping and the rules from measurements); the measuring is in
 * `generate-page-styles.ts`.
 * @module
 */
import postcss, { type ChildNode, type Rule } from 'postcss';

/** A widget configuration whose height is reserved: a tag and the attributes that pick what it shows. */
export interface ReservedConfig {
  tag: string;
  /** Attributes that must have these values (compared without case); a default value also matches an absent attribute. */
  attributes: Record<string, string>;
}

/** A configuration's measured heights: from each width (px, ascending) on, this height (px), at a 16 px font. */
export interface Measurement extends ReservedConfig {
  steps: [width: number, height: number][];
}

/** What each widget's reservation depends on: its attributes' defaults, and attributes that rule it out. */
export interface ReservationRules {
  /** Default value of each attribute that changes the widget's height. */
  defaults: Record<string, string>;
  /** Attributes that, when present, make the height unknown in advance (e.g. a list of figure ids). */
  unknownWith?: string[];
  /** Attribute values for which the widget is not a block at all (nothing to reserve). */
  inlineWith?: Record<string, string>;
}

/** The index of the parenthesis closing the one opened at `open`. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  throw new Error(`Unbalanced parentheses in selector ${text}.`);
}

/** One selector of a shadow root, rewritten for the light DOM of hosts matched by `host` (e.g. `x-a:not(:defined)`). */
export function scopeSelector(selector: string, host: string): string {
  if (selector.startsWith(':host(')) {
    const end = closingParen(selector, ':host'.length);
    return `${host}${selector.slice(':host('.length, end)}${selector.slice(end + 1)}`;
  }
  if (selector.startsWith(':host')) return `${host}${selector.slice(':host'.length)}`;
  return `${host} ${selector}`;
}

/** A rule's declarations, compact: `a:b;c:d`. */
const declarations = (rule: Rule) =>
  rule.nodes
    .filter((n) => n.type === 'decl')
    .map((d) => `${d.prop}:${d.value}${d.important ? '!important' : ''}`)
    .join(';');

/**
 * Rewrites a shadow root's CSS for light-DOM copies: every selector is put under `host`, `:host` becomes
 * `host` itself, and conditional rules (`@media`, `@container`, `@supports`, `@layer`) keep their conditions.
 * `@keyframes` are dropped: their names would be global, and the light copy never animates.
 */
export function scopeCss(css: string, host: string): string {
  const scope = (nodes: ChildNode[]): string =>
    nodes
      .map((node) => {
        if (node.type === 'rule') return `${node.selectors.map((s) => scopeSelector(s, host)).join(',')}{${declarations(node)}}\n`;
        if (node.type === 'atrule' && /^(media|container|supports|layer)$/.test(node.name)) return `@${node.name} ${node.params}{${scope(node.nodes ?? [])}}`;
        return '';
      })
      .join('');
  return scope(postcss.parse(css).nodes);
}

/** Lengths in em, rounded up in the fourth decimal (under 0.002 px): layout snaps them back to the measured 1/64 px. */
const em = (px: number) => `${Math.ceil((px / 16) * 1e4) / 1e4}em`;
const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

/** The selector conditions for one configuration, for attributes named with `prefix` (`''` or `data-`). */
function conditions(config: ReservedConfig, rules: ReservationRules, prefix: string): string {
  let out = '';
  for (const [name, value] of Object.entries({ ...rules.defaults, ...config.attributes })) {
    const attr = `${prefix}${name}`;
    out += value === rules.defaults[name] ? `:is(:not([${attr}]),[${attr}=${quoted(value)} i])` : `[${attr}=${quoted(value)} i]`;
  }
  for (const name of rules.unknownWith ?? []) out += `:not([${prefix}${name}])`;
  return out;
}

/**
 * `tag:not(:defined)` that is not a snippet (`data-khojaly-snippet`: it carries its content, laid out by the
 * engine at hand), and the sanitizer-safe div naming it (by tag or alias) that is not upgraded yet.
 */
function hostSelectors(tag: string, aliases: string[], extra: (prefix: string) => string): string[] {
  const names = [tag, ...aliases].map((n) => `[data-khojaly-widget=${quoted(n)} i]`);
  return [`${tag}:not(:defined):not([data-khojaly-snippet])${extra('')}`, `:is(${names.join(',')}):not(:has(>:defined))${extra('data-')}`];
}

/**
 * The reservation rules. Each reserved host becomes a size container holding a zero-width float as tall
 * as the widget will be at the host's width. A float only props its box open (`display: flow-root`), so
 * content already inside (a light-DOM copy, a declarative shadow root) is never pushed down: the host is
 * as tall as the taller of the two.
 */
export function reservationCss(
  measurements: Measurement[],
  rulesByTag: Record<string, ReservationRules>,
  aliasesByTag: Record<string, string[]>,
  headingExtra: Record<string, number>,
): string {
  const tags = [...new Set(measurements.map((m) => m.tag))];
  const notInline = (tag: string) => (prefix: string) =>
    ':not([hidden])' +
    Object.entries(rulesByTag[tag]?.inlineWith ?? {})
      .map(([name, value]) => `:not([${prefix}${name}=${quoted(value)} i])`)
      .join('');
  const hosts = tags.flatMap((tag) => hostSelectors(tag, aliasesByTag[tag] ?? [], notInline(tag)));
  let out = `${hosts.join(',\n')}{display:flow-root;container-type:inline-size}\n`;
  out += `${hosts.map((h) => `${h}::before`).join(',\n')}{content:"";float:left;inline-size:0;box-sizing:content-box;font-size:var(--khojaly-font-size,medium);padding-block-start:var(--_khojaly-reserve-heading,0)}\n`;
  for (const [tag, extra] of Object.entries(headingExtra)) {
    const selectors = hostSelectors(tag, aliasesByTag[tag] ?? [], (p) => `[${p}heading]:not([${p}heading=""])`);
    out += `${selectors.join(',')}{--_khojaly-reserve-heading:${em(extra)}}\n`;
  }
  for (const m of measurements) {
    const rules = rulesByTag[m.tag] ?? { defaults: {} };
    const selectors = hostSelectors(m.tag, aliasesByTag[m.tag] ?? [], (p) => conditions(m, rules, p)).map((s) => `${s}::before`);
    const [first, ...rest] = m.steps;
    // Thresholds sit half a pixel before the measured width: widths are rarely whole pixels.
    const steps = rest.map(([w, h]) => `@container (width>=${em(w - 0.5)}){block-size:${em(h)}}`).join('');
    out += `${selectors.join(',')}{block-size:${em(first[1])};${steps}}\n`;
  }
  return out;
}
