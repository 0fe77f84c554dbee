// SPDX-License-Identifier: MIT
/**
 * The link form: a plain link to a widget's own page, which every sanitizer keeps and every reader can follow,
 *
 *     <a href="https://example.org/khojaly-widgets/dist/embed/khojaly-facts.html?group=2020">Khojaly figures …</a>
 *
 * becomes the widget itself, in place, when the library's script runs on the page: the options come from the
 * query string. Only links to the embed pages beside the script (its own `dist/embed/`) are upgraded, and those
 * of the hosts a site names (`<meta name="khojaly-widgets-embed" content="https://… https://…">` or
 * `allowLinkBases()`); every other link is left alone. A link that is the only link of a `<blockquote>` takes
 * the blockquote with it: the quoted words were its fallback.
 * @module
 */
import { findWidget, widgetTags } from '../registry.js';
import { onThisSite, widgetOptions } from './widget-options.js';

/** The embed pages beside this script: dist/cdn/x.js (or dist/upgrade/x.js) → dist/embed/. */
function ownBase(): string | undefined {
  try {
    const script = typeof document === 'undefined' ? null : document.currentScript;
    return new URL('../embed/', script instanceof HTMLScriptElement && script.src ? script.src : import.meta.url).href;
  } catch {
    return undefined; // no URL for this script (inlined into a page): only the named hosts count
  }
}

const bases = new Set<string>();
const own = ownBase();
if (own) bases.add(own);

/** Adds the folders whose embed pages (`<folder><tag>.html`) are upgraded, beside the script's own. */
export function allowLinkBases(...folders: string[]): void {
  for (const folder of folders) {
    try {
      bases.add(new URL(folder.endsWith('/') ? folder : `${folder}/`, document.baseURI).href);
    } catch {
      console.warn(`khojaly-widgets: "${folder}" is not a URL; links to it are not upgraded.`);
    }
  }
}

/** The folders named by the page's `<meta name="khojaly-widgets-embed" content="…">`, read once. */
let metaRead = false;
function readMeta(): void {
  if (metaRead || typeof document === 'undefined') return;
  metaRead = true;
  const meta = document.querySelector('meta[name="khojaly-widgets-embed"]');
  if (meta) allowLinkBases(...(meta.getAttribute('content') ?? '').split(/\s+/).filter(Boolean));
}

/** The widget a link names: `<base><tag>.html` for an allowed base and a known tag. */
function widgetOf(link: HTMLAnchorElement): { tag: string; url: URL } | undefined {
  let url: URL;
  try {
    url = new URL(link.getAttribute('href') ?? '', document.baseURI);
  } catch {
    return undefined;
  }
  const match = /\/([a-z]+-[a-z-]+)\.html$/.exec(url.pathname);
  const entry = match && findWidget(match[1]);
  if (!entry || entry.tag !== match[1] || !bases.has(new URL('./', url).href)) return undefined;
  return { tag: entry.tag, url };
}

/** Replaces a link to a widget's page with the widget; any other link is left as it is. */
export function upgradeLink(link: HTMLAnchorElement): void {
  readMeta();
  const found = widgetOf(link);
  if (!found) return;
  const { tag, url } = found;
  if (!customElements.get(tag)) {
    customElements.whenDefined(tag).then(() => upgradeLink(link));
    return;
  }
  // A link inside a widget's tag is that widget's fallback (the WordPress plugin prints one): the widget is there.
  if (!link.isConnected || link.parentElement?.closest(widgetTags.join(','))) return;
  const el = document.createElement(tag);
  const options = widgetOptions(tag);
  for (const [name, value] of url.searchParams) {
    // Only the widget's own options: `?onclick=…` or `?style=…` would hand back what a sanitizer took out.
    if (!options.has(name)) continue;
    if (name === 'src' && !onThisSite(value)) {
      console.warn(`<${tag}> src="${value.slice(0, 80)}" is not on this site (${location.origin}); a link can name only statements this site hosts. Showing the built-in statement.`);
      continue;
    }
    el.setAttribute(name, value);
  }
  const quote = link.closest('blockquote');
  const target = quote && quote.querySelectorAll('a[href]').length === 1 ? quote : link;
  target.replaceWith(el);
}

/** Upgrades every link to a widget's page under `root`. */
export function upgradeLinks(root: ParentNode = document): void {
  root.querySelectorAll<HTMLAnchorElement>('a[href*=".html"]').forEach((a) => upgradeLink(a));
}
