// SPDX-License-Identifier: MIT
/**
 * The page stylesheet `khojaly-widgets.css`: styles for widgets that are not defined yet (their script has
 * not run, or never will). It does two things:
 *
 * 1. Light-DOM copy: a snippet in the light form (`renderSnippet(…, { form: 'light' })`) carries the
 *    widget's markup as plain children of the tag. These rules are the widget's own shadow styles, scoped to
 *    `tag:not(:defined)`, so that markup looks and measures as the widget will.
 * 2. Reservation: an empty tag (or an empty sanitizer-safe div) gets the height the widget will have, as
 *    measured in Chromium for each width (and in Firefox and WebKit, for the widths where their text wraps
 *    differently), so nothing below it moves when the script arrives. A snippet's
 *    host (`data-khojaly-snippet`) gets none: it already has its content, laid out by the engine at hand.
 *    So does the link form where scripts can run (`@media (scripting: enabled)`): a link to a widget's page
 *    (`…/embed/<tag>.html?option=value`) becomes a block as tall as the widget, and a blockquote whose only
 *    link it is (the script replaces the whole blockquote) becomes that block instead.
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

/**
 * Another engine's measurements, for the widths where they differ from the base (Chromium's): Firefox and
 * WebKit measure text a little wider or narrower, so a line may wrap a pixel or two earlier or later, and
 * Firefox lays a row-spanning grid item on the baseline differently. `condition` is an `@supports` condition
 * that only that engine meets.
 */
export interface EngineMeasurements {
  condition: string;
  measurements: Measurement[];
}

/** The height at width `w` (px) from a configuration's steps. */
function heightAt(steps: Measurement['steps'], w: number): number {
  let height = steps[0][1];
  for (const [from, h] of steps) if (from <= w) height = h;
  return height;
}

/**
 * The width ranges `[from, to)` (px) where `other`'s heights differ from `base`'s, with `other`'s height there,
 * for whole widths between both sweeps' first and last. Firefox lays boxes out on a 1/60 px grid: a difference
 * under that is none.
 */
export function differingRanges(base: Measurement['steps'], other: Measurement['steps'], last: number): [number, number, number][] {
  const ranges: [number, number, number][] = [];
  for (let w = Math.min(base[0][0], other[0][0]); w <= last; w++) {
    const h = heightAt(other, w);
    if (Math.abs(h - heightAt(base, w)) < 1 / 60) continue;
    const open = ranges[ranges.length - 1];
    if (open && open[1] === w && open[2] === h) open[1] = w + 1;
    else ranges.push([w, w + 1, h]);
  }
  return ranges;
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
 * `[href]` tests, without case, that the link's query string gives `name` the value `value`: `?name=value` or
 * `&name=value`, then `&`, `#` or the end of the address.
 */
function paramIs(name: string, value: string): string[] {
  return ['?', '&'].flatMap((sep) => {
    const pair = `${sep}${name}=${value}`;
    return [`[href*=${quoted(`${pair}&`)} i]`, `[href*=${quoted(`${pair}#`)} i]`, `[href$=${quoted(pair)} i]`];
  });
}
/** `[href]` tests that the link's query string gives `name` any value (`?name=…` or `&name=…`). */
const paramGiven = (name: string) => [`[href*=${quoted(`?${name}=`)} i]`, `[href*=${quoted(`&${name}=`)} i]`];

/**
 * A link to the widget's own page, `…/embed/<tag>.html` (the path compared with case, as the script does).
 * The script upgrades only the links under the folders it knows, which CSS cannot see: any such link counts.
 */
const linkTo = (tag: string) => `a[href*=${quoted(`/embed/${tag}.html`)}]`;

/** The link's conditions for one configuration: each attribute that changes the height has its value (or, for a default, none). */
function linkConditions(config: ReservedConfig, rules: ReservationRules): string {
  let out = '';
  for (const [name, value] of Object.entries({ ...rules.defaults, ...config.attributes })) {
    const given = value === rules.defaults[name] ? [`:not(${paramGiven(name).join(',')})`] : [];
    out += `:is(${[...given, ...paramIs(name, value)].join(',')})`;
  }
  return out;
}

/**
 * A blockquote the script replaces with the widget: its only link is the widget's (approximated as: every
 * link in it goes to an `/embed/` page, and no blockquote inside it has a link, so it is the link's nearest),
 * and it is not a widget's own content.
 */
const quoteOf = (widgetTags: string[]) =>
  `blockquote:not(:is(${widgetTags.join(',')}) *):not(:has(a[href]:not([href*="/embed/"]),blockquote a[href]))`;

/**
 * The reservation rules. Each reserved host becomes a size container holding a zero-width float as tall
 * as the widget will be at the host's width. A float only props its box open (`display: flow-root`), so
 * content already inside (a light-DOM copy, a declarative shadow root, a link's text) is never pushed down:
 * the host is as tall as the taller of the two. Each configuration's heights go into a custom property of
 * the float (`--_khojaly-reserve`), shared by the tag, the div and the link forms; only the hosts' own rules
 * make a float that reads it, the link form's only where scripts can run.
 *
 * `widgetTags` is every widget's tag: a link inside one is that widget's fallback, never replaced on its own.
 */
export function reservationCss(
  measurements: Measurement[],
  rulesByTag: Record<string, ReservationRules>,
  aliasesByTag: Record<string, string[]>,
  headingExtra: Record<string, number>,
  widgetTags: string[] = Object.keys(rulesByTag),
  engines: EngineMeasurements[] = [],
  lastWidth = Math.max(...measurements.flatMap((m) => m.steps.map(([w]) => w))),
): string {
  const tags = [...new Set(measurements.map((m) => m.tag))];
  const notInline = (tag: string) => (prefix: string) =>
    ':not([hidden])' +
    Object.entries(rulesByTag[tag]?.inlineWith ?? {})
      .map(([name, value]) => `:not([${prefix}${name}=${quoted(value)} i])`)
      .join('');
  const hosts = tags.flatMap((tag) => hostSelectors(tag, aliasesByTag[tag] ?? [], notInline(tag)));
  const float = `content:"";float:left;inline-size:0;box-sizing:content-box;font-size:var(--khojaly-font-size,medium);padding-block-start:var(--_khojaly-reserve-heading,0);block-size:var(--_khojaly-reserve)`;
  // The box takes the widget's text size, as the tag's own rule gives it: a div's would be the page's, and the
  // widths at which the height changes (in em) would then not be the widget's.
  let out = `${hosts.join(',\n')}{display:flow-root;container-type:inline-size;font-size:var(--khojaly-font-size,medium)}\n`;
  out += `${hosts.map((h) => `${h}::before`).join(',\n')}{${float}}\n`;

  // The link form, where scripts can run: a link whose options leave the height known and the widget a block,
  // where the script puts the widget in its place (not inside a widget's tag, whose fallback it is, nor in a
  // blockquote it takes with it), and that blockquote. On the box: nothing of the page's own link or
  // blockquote styles that changes its size (margins, padding, border, a width); the container's font size is
  // the widget's, so the widths at which the height changes (in em) are the widget's. On the float: nothing of
  // a theme's `::before` (a quote mark).
  const links = tags.map((tag) => {
    const rules = rulesByTag[tag] ?? { defaults: {} };
    const excluded = [
      ...(rules.unknownWith ?? []).flatMap(paramGiven),
      ...Object.entries(rules.inlineWith ?? {}).flatMap(([name, value]) => paramIs(name, value)),
    ];
    return `${linkTo(tag)}${excluded.length ? `:not(${excluded.join(',')})` : ''}`;
  });
  const anyLink = `:is(${links.join(',')})`;
  const quote = quoteOf(widgetTags);
  const fallback = `:is(${widgetTags.join(',')}) a`;
  const quoteHost = `${quote}:not([hidden]):has(${links.join(',')})`;
  const box = 'display:flow-root;container-type:inline-size;margin:0;padding:0;border:0;inline-size:auto;max-inline-size:none;font-size:var(--khojaly-font-size,medium)';
  out += `@media (scripting: enabled){\n${anyLink}:not([hidden],${fallback},${quote} a),\n${quoteHost}{${box}}\n`;
  // WebKit (2.50) does not match a `:has()` in a `:not()` for a pseudo-element (`a:not(q:has(…) a)::before`
  // matches inside q): the link's float leaves that blockquote out by a rule of its own, after.
  out += `${anyLink}:not([hidden],${fallback})::before,\n${quoteHost}::before{all:initial;${float}}\n`;
  out += `${quote} ${anyLink}::before{content:none}\n}\n`;

  for (const [tag, extra] of Object.entries(headingExtra)) {
    const selectors = hostSelectors(tag, aliasesByTag[tag] ?? [], (p) => `[${p}heading]:not([${p}heading=""])`);
    out += `${selectors.join(',')}{--_khojaly-reserve-heading:${em(extra)}}\n`;
  }
  // A heading in the link's query string (not an empty one), for the widgets it adds the same height to.
  const byExtra = new Map<number, string[]>();
  for (const [tag, extra] of Object.entries(headingExtra)) byExtra.set(extra, [...(byExtra.get(extra) ?? []), tag]);
  for (const [extra, list] of byExtra) {
    const link = `:is(${list.map(linkTo).join(',')}):is(${paramGiven('heading').join(',')}):not(${paramIs('heading', '').join(',')})`;
    out += `${link},blockquote:has(${link}){--_khojaly-reserve-heading:${em(extra)}}\n`;
  }
  for (const m of measurements) {
    const rules = rulesByTag[m.tag] ?? { defaults: {} };
    const selectors = hostSelectors(m.tag, aliasesByTag[m.tag] ?? [], (p) => conditions(m, rules, p));
    // The link's exclusions are in its host rules above (a custom property alone changes nothing): here only
    // what picks this configuration.
    const link = `${linkTo(m.tag)}${linkConditions(m, rules)}`;
    const all = [...selectors, link, `blockquote:has(${link})`].map((s) => `${s}::before`);
    const [first, ...rest] = m.steps;
    // Thresholds sit half a pixel before the measured width: widths are rarely whole pixels.
    const steps = rest.map(([w, h]) => `@container (width>=${em(w - 0.5)}){--_khojaly-reserve:${em(h)}}`).join('');
    // Where another engine's heights differ, its own, for those widths only (later in the rule, so they win).
    const engineSteps = engines
      .map(({ condition, measurements: theirs }) => {
        const other = theirs.find((o) => o.tag === m.tag && JSON.stringify(o.attributes) === JSON.stringify(m.attributes));
        const ranges = other ? differingRanges(m.steps, other.steps, lastWidth) : [];
        const query = ([from, to]: [number, number, number]) =>
          from <= first[0] ? `(width<${em(to - 0.5)})` : to > lastWidth ? `(width>=${em(from - 0.5)})` : `(${em(from - 0.5)}<=width<${em(to - 0.5)})`;
        return ranges.length ? `@supports ${condition}{${ranges.map((r) => `@container ${query(r)}{--_khojaly-reserve:${em(r[2])}}`).join('')}}` : '';
      })
      .join('');
    out += `${all.join(',')}{--_khojaly-reserve:${em(first[1])};${steps}${engineSteps}}\n`;
  }
  return out;
}
