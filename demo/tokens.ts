// SPDX-License-Identifier: MIT
/**
 * The CSS custom properties the widgets read, with their defaults, found in the registered elements' own
 * styles (`--_x: var(--khojaly-x, fallback)`), so the theme playground offers exactly what the widgets
 * read and starts from the values they use. Descriptions come from the manifest.
 */
import type { CSSResultOrNative } from 'lit';
import { allCssProperties, registeredElements } from './registry.js';

export interface Token {
  name: string;
  kind: 'colour' | 'size' | 'font';
  description: string;
  /** Colours: the default in each scheme, as #rrggbb. */
  light?: string;
  dark?: string;
  /** Sizes and fonts: the default as written (`1em`, `medium`, `inherit`). */
  fallback?: string;
  /** The tags that read it. */
  tags: string[];
}

const cssOf = (s: CSSResultOrNative) =>
  s instanceof CSSStyleSheet ? [...s.cssRules].map((r) => r.cssText).join('\n') : (s as { cssText: string }).cssText;

/** `#abc` → `#aabbcc`, lower case; anything else unchanged. */
export function longHex(colour: string): string {
  const c = colour.trim().toLowerCase();
  return /^#[0-9a-f]{3}$/.test(c) ? `#${[...c.slice(1)].map((d) => d + d).join('')}` : c;
}

export function findTokens(): Token[] {
  /** Private variable → the public token it reads and its fallback. */
  const privates = new Map<string, { token: string; fallback: string }>();
  const readers = new Map<string, Set<string>>();
  for (const e of registeredElements()) {
    const ctor = customElements.get(e.tag) as unknown as { elementStyles?: CSSResultOrNative[] };
    for (const sheet of ctor.elementStyles ?? []) {
      for (const m of cssOf(sheet).matchAll(/(--_[\w-]+)\s*:\s*var\(\s*(--khojaly-[\w-]+)\s*,\s*(.+?)\s*\)\s*;/g)) {
        privates.set(m[1], { token: m[2], fallback: m[3] });
        if (!readers.has(m[2])) readers.set(m[2], new Set());
        readers.get(m[2])!.add(e.tag);
      }
    }
  }
  /** A fallback that is another private variable stands for that variable's own default. */
  const resolve = (fallback: string, depth = 0): string => {
    const ref = /^var\((--_[\w-]+)\)$/.exec(fallback)?.[1];
    const next = ref && privates.get(ref);
    return next && depth < 5 ? resolve(next.fallback, depth + 1) : fallback;
  };
  const documented = new Map(allCssProperties().map((p) => [p.name, p.description]));
  const tokens: Token[] = [];
  for (const { token, fallback } of privates.values()) {
    if (tokens.some((t) => t.name === token) || (documented.size && !documented.has(token))) continue;
    const value = resolve(fallback);
    const base = { name: token, description: documented.get(token) ?? '', tags: [...readers.get(token)!] };
    const pair = /^light-dark\(\s*(#[0-9a-f]{3,8})\s*,\s*(#[0-9a-f]{3,8})\s*\)$/i.exec(value);
    if (pair) tokens.push({ ...base, kind: 'colour', light: longHex(pair[1]), dark: longHex(pair[2]) });
    else if (/^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(value)) tokens.push({ ...base, kind: 'colour', light: longHex(value), dark: longHex(value) });
    else if (token.includes('font-family')) tokens.push({ ...base, kind: 'font', fallback: value.startsWith('var(') ? 'inherit' : value });
    else if (/^(\d*\.?\d+)(em|rem|px)$|^medium$/.test(value)) tokens.push({ ...base, kind: 'size', fallback: value });
  }
  return tokens;
}
