// SPDX-License-Identifier: MIT
import { css } from 'lit';

/**
 * Styles every widget shares. Public tokens (`--khojaly-*`, documented on each element) are read once here
 * into private `--_*` variables, each with a fallback, so a widget looks right with no theme loaded.
 * Colours use `light-dark()`, resolved by the `light`/`dark` class the element puts on its root.
 */
export const baseStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    /* On the host, so the container queries' em is the widget's own text size, not its container's. */
    font-size: var(--khojaly-font-size, medium);
    --_text: var(--khojaly-color-text, light-dark(#1f2328, #e8eaed));
    --_muted: var(--khojaly-color-muted, light-dark(#545d68, #aab2bd));
    --_background: var(--khojaly-color-background, light-dark(#ffffff, #17191e));
    --_surface: var(--khojaly-color-surface, light-dark(#f5f6f8, #22262d));
    --_border: var(--khojaly-color-border, light-dark(#d5dae0, #3b424c));
    --_accent: var(--khojaly-color-accent, light-dark(#a3201c, #ff9c90));
    --_font: var(--khojaly-font-family, inherit);
    --_quote-font: var(--khojaly-font-family-quote, var(--_font));
    --_number-size: var(--khojaly-number-size, 2.25em);
    --_space: var(--khojaly-space, 1em);
    --_radius: var(--khojaly-radius, 0.5em);
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    box-sizing: border-box;
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font-family: var(--_font);
    /* Also here: a page reset that reaches the tag (all: unset) must not change the text size. */
    font-size: var(--khojaly-font-size, medium);
    --_lh: 1.5;
    text-align: start;
    overflow-wrap: break-word;
  }
  /* Line heights in whole pixels: each element's factor (--_lh, inherited like a unitless line-height) times
     its own font size, rounded. Engines treat fractional line boxes differently (Firefox rounds them,
     WebKit floors them, Chromium keeps them), so whole pixels give the same height in all three, and the
     page stylesheet's reserved heights, measured in Chromium, hold in Firefox and Safari too. */
  .root,
  .root :where(*) {
    line-height: calc(var(--_lh) * 1em);
    line-height: round(calc(var(--_lh) * 1em), 1px);
  }
  /* A block widget takes only its font family from the page: a sidebar's capitals, letter-spacing or
     pre-line white-space would reflow and restyle the quoted text. (The inline quote, a span, takes them.) */
  figure.root {
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    quotes: auto;
  }
  .root.light {
    color-scheme: light;
  }
  .root.dark {
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.125em;
    --_lh: 1.3;
  }
  .attribution {
    margin-block-start: calc(var(--_space) * 0.75);
    padding-block-start: calc(var(--_space) * 0.5);
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.8125em;
  }
  cite {
    font-style: normal;
  }
  .source {
    margin-block-start: 0.25em;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .source summary {
    cursor: pointer;
    inline-size: fit-content;
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
    list-style: none;
  }
  /* The disclosure triangle, drawn rather than a marker glyph: Firefox takes the glyph from a fallback
     font whose taller metrics add half a pixel to the line, which the reserved heights do not have. */
  .source summary::-webkit-details-marker {
    display: none;
  }
  .source summary::before {
    content: '';
    display: inline-block;
    inline-size: 0;
    block-size: 0;
    margin-inline-end: 0.5em;
    border-block: 0.35em solid transparent;
    border-inline-start: 0.55em solid currentColor;
    vertical-align: -0.06em;
  }
  .source[open] > summary::before {
    transform: rotate(90deg);
  }
  .source[open] > summary:dir(rtl)::before {
    transform: rotate(-90deg);
  }
  .source blockquote {
    margin: 0.5em 0 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
    color: var(--_text);
  }
  .source blockquote p {
    margin: 0;
  }
  .source .where {
    color: var(--_muted);
  }
  /* Groups of names (recognitions by kind, places by event): an accent rule at the start of each. */
  .groups {
    display: grid;
    gap: var(--_space);
  }
  .group {
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_accent);
  }
  /* Lists of names (bodies, places, instruments): a small accent dot before each, no list markers. */
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list li {
    position: relative;
    padding-block: 0.1em;
    padding-block: round(0.1em, 0.5px);
    padding-inline-start: 0.9em;
    break-inside: avoid;
  }
  .list li::before {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0.7em;
    inline-size: 0.4em;
    block-size: 0.4em;
    border-radius: 50%;
    background: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    .root,
    .root.dark {
      color-scheme: light;
      background: none;
      color: #000;
      border-color: #999;
      break-inside: avoid;
    }
    .attribution,
    .source {
      color: #333;
    }
    button {
      display: none;
    }
    /* Paper cannot be clicked: closed source disclosures print their sentences. */
    .source::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
