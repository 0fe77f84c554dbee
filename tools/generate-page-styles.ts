// SPDX-License-Identifier: MIT
// `npm run page-styles [-- --check]`: writes khojaly-widgets.css (the page stylesheet, see page-styles.ts)
// from the elements' styles and from their heights measured in headless Chromium, and in Firefox and WebKit
// for the widths where theirs differ; `--check` fails when the file is stale. What to reserve comes from the
// registry and the elements' declared options. Heights are measured at a 16 px font with Arial's metrics
// (Liberation Sans here), the most common fallback of site fonts.
import { readFileSync, writeFileSync } from 'node:fs';
import type { CSSResultOrNative, LitElement } from 'lit';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { builtInStatement } from '../src/data/statement.js';
import { registry } from '../src/registry.js';
import { commonOptions } from '../src/shared/common-options.js';
import { attributeOf, defaultFor, optionsOf, valuesFor } from '../src/shared/options.js';
import { renderSnippet, snippetTags } from '../src/ssr/render.js';
import { launchEngine } from '../test/infra/launch.mjs';
import { reservationCss, scopeCss, type EngineMeasurements, type Measurement, type ReservationRules, type ReservedConfig } from './page-styles.js';

const out = new URL('../khojaly-widgets.css', import.meta.url);
const referenceFont = `16px Arial, 'Liberation Sans', sans-serif`;
const widths = { from: 200, to: 1400 };

/**
 * What changes each widget's height, from its declared options: each choice (but the theme) picks content
 * or layout; any other option of its own (a list of ids, a year, a flag) makes the height unknown in advance.
 */
function rulesOf(tag: string): { rules: ReservationRules; variations: Record<string, string[]> } {
  const rules: ReservationRules = { defaults: {}, unknownWith: [], inlineWith: {} };
  const variations: Record<string, string[]> = {};
  for (const [name, option] of optionsOf(customElements.get(tag)!)) {
    const attribute = attributeOf(name, option);
    if (!attribute || name in commonOptions) continue;
    const fallback = option.kind === 'choice' ? defaultFor(option, builtInStatement) : undefined;
    if (option.kind !== 'choice' || option.checkedBy || fallback === undefined) {
      rules.unknownWith!.push(attribute);
      continue;
    }
    rules.defaults[attribute] = fallback;
    const values = valuesFor(option, builtInStatement);
    for (const value of option.inline ?? []) rules.inlineWith![attribute] = value;
    variations[attribute] = values.filter((v) => !option.inline?.includes(v));
  }
  return { rules, variations };
}
const rules = Object.fromEntries(registry.map((e) => [e.tag, rulesOf(e.tag)]));

function configs(tag: string): ReservedConfig[] {
  const list: ReservedConfig[] = [];
  for (const [name, values] of Object.entries(rules[tag]?.variations ?? {})) {
    for (const value of values) list.push({ tag, attributes: value === rules[tag].rules.defaults[name] ? {} : { [name]: value } });
  }
  return list.length ? list.filter((c, i) => list.findIndex((d) => JSON.stringify(d) === JSON.stringify(c)) === i) : [{ tag, attributes: {} }];
}

const aliasesByTag: Record<string, string[]> = Object.fromEntries(registry.map((e) => [e.tag, [e.name]]));

/** The light-DOM copy of every widget's shadow styles; a sheet shared by several widgets is written once. */
function lightDomCss(tags: string[]): string {
  const users = new Map<CSSResultOrNative, string[]>();
  for (const tag of tags) {
    const ctor = customElements.get(tag) as unknown as typeof LitElement & { finalize(): void };
    ctor.finalize(); // collects the styles into elementStyles, as defining the element in a browser does
    for (const sheet of ctor.elementStyles) users.set(sheet, [...(users.get(sheet) ?? []), tag]);
  }
  const host = (list: string[]) => `${list.length > 1 ? `:is(${list.join(',')})` : list[0]}:not(:defined)`;
  // Page styles reach a light-DOM copy but not a shadow root: undo them, so the copy measures as the widget.
  let css = `${host(tags)} *{all:revert}\n`;
  for (const [sheet, list] of users) css += scopeCss('cssText' in sheet ? sheet.cssText : '', host(list));
  // The copy button does nothing before the script runs: the snippet hides it, this keeps its place.
  css += `${host(tags)} button[hidden]{display:revert;visibility:hidden}\n`;
  return css;
}

/** The pages the browsers measure, served from this process (WebKit's driver can only open addresses). */
async function servePages(pages: Map<string, string>): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const body = pages.get(new URL(req.url ?? '/', 'http://localhost').pathname);
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

/**
 * A configuration's heights at each width from `from` to `to`, as steps: from this width on, this height. The
 * box is laid out afresh at each width, as a page that loads at that width is: WebKit's multi-column lists,
 * resized a pixel at a time, may keep the height of an earlier width.
 */
const sweep = (from: number, to: number): [number, number][] => {
  const box = document.getElementById('box')!;
  const host = box.firstElementChild!;
  const steps: [number, number][] = [];
  for (let w = from; w <= to; w++) {
    box.style.width = `${w}px`;
    box.style.display = 'none';
    void box.offsetHeight;
    box.style.display = '';
    const h = host.getBoundingClientRect().height;
    if (!steps.length || steps[steps.length - 1][1] !== h) steps.push([w, h]);
  }
  return steps;
};

/**
 * Measures each configuration's heights in `engine`, as a page with the widget's snippet (which lays out as
 * the widget will), and in Chromium the height a heading adds to each widget.
 */
async function measure(engine: 'chromium' | 'firefox' | 'webkit', list: ReservedConfig[]): Promise<{ measurements: Measurement[]; headingExtra: Record<string, number> }> {
  const pages = new Map<string, string>();
  const pageOf = (tag: string, attributes: Record<string, string>) => {
    const path = `/${pages.size}.html`;
    pages.set(path, `<!doctype html><html lang="en"><body style="margin:0;font:${referenceFont}"><div id="box">${renderSnippet(tag, attributes)}</div></body></html>`);
    return path;
  };
  const server = await servePages(pages);
  const browser = await launchEngine(engine, { overlayScrollbars: true });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: widths.to + 100, height: 800 });
    const heightsOf = async (tag: string, attributes: Record<string, string>, only?: number): Promise<[number, number][]> => {
      await page.goto(`${server.url}${pageOf(tag, attributes)}`, { waitUntil: 'load' });
      return page.evaluate(sweep, only ?? widths.from, only ?? widths.to);
    };
    const measurements: Measurement[] = [];
    for (const config of list) measurements.push({ ...config, steps: await heightsOf(config.tag, config.attributes) });
    const headingExtra: Record<string, number> = {};
    if (engine === 'chromium') {
      for (const tag of new Set(list.map((c) => c.tag))) {
        const [[, plain]] = await heightsOf(tag, {}, 720);
        const [[, withHeading]] = await heightsOf(tag, { heading: 'Heading' }, 720);
        headingExtra[tag] = withHeading - plain;
      }
    }
    return { measurements, headingExtra };
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * A widget whose height changes at almost every width (the whole statement, say) would cost kilobytes to
 * reserve exactly: leave it to its snippet, which needs no reservation.
 */
const maxSteps = 80;

/**
 * The engines measured beside Chromium, each with an `@supports` condition that only it meets: Firefox's own
 * prefixed property, and hanging punctuation, which only WebKit implements.
 */
const otherEngines = [
  ['firefox', '(-moz-appearance:none)'],
  ['webkit', '(hanging-punctuation:first)'],
] as const;

const tags = snippetTags();
const measured = await measure('chromium', tags.flatMap(configs));
const measurements = measured.measurements.filter((m) => m.steps.length <= maxSteps);
const engines: EngineMeasurements[] = [];
for (const [engine, condition] of otherEngines) engines.push({ condition, measurements: (await measure(engine, measurements)).measurements });
const skipped = measured.measurements.filter((m) => m.steps.length > maxSteps).map((m) => `${m.tag} ${JSON.stringify(m.attributes)}`);
const headingExtra = Object.fromEntries(Object.entries(measured.headingExtra).filter(([tag]) => measurements.some((m) => m.tag === tag)));
const css = `/* SPDX-License-Identifier: MIT */
/* khojaly-widgets.css: styles for khojaly widgets before their script has run. Generated by
   tools/generate-page-styles.ts; do not edit. Link it in the page's <head>:
     - a light-DOM snippet (npm run snippet -- <tag> --light) looks and measures as the widget will;
     - an empty tag or sanitizer-safe div reserves the widget's height (measured for each width with a
       16px font of Arial's metrics, in Chromium, and in Firefox and WebKit where their text wraps at other
       widths: their own heights there, behind @supports tests only they pass; exact for the
       configurations below, close for other fonts);
     - so does a link to a widget's page (…/embed/<tag>.html?option=value), where scripts can run
       (@media (scripting: enabled)): the link becomes a block as tall as the widget will be, or the
       blockquote whose only link it is (the script replaces it all) becomes that block, its margins, padding
       and border set to 0. The link's text (and the blockquote's quoted words) stay visible at the top of the
       box, in the widget's text size: a reader can follow the link while the script loads, or if it never
       arrives. Without JavaScript the link is an ordinary link.${skipped.length ? `\n   Not reserved (height changes at almost every width; use a snippet): ${skipped.join(', ')}.` : ''} */
${lightDomCss(tags)}${reservationCss(
  measurements,
  Object.fromEntries(Object.entries(rules).map(([tag, r]) => [tag, r.rules])),
  aliasesByTag,
  headingExtra,
  registry.map((e) => e.tag),
  engines,
  widths.to,
)}`;

if (process.argv.includes('--check')) {
  const current = readFileSync(out, 'utf8');
  if (current !== css) {
    console.error('khojaly-widgets.css is stale: run `npm run page-styles`.');
    process.exit(1);
  }
  console.log('khojaly-widgets.css is up to date.');
} else {
  writeFileSync(out, css);
  console.log(`wrote khojaly-widgets.css (${css.length} bytes, ${measurements.length} configurations)`);
}
