// SPDX-License-Identifier: MIT
import { css } from 'lit';

export const documentStyles = css`
  /* A readable measure: long lines of a long text tire the eye. */
  .article {
    max-inline-size: 42em;
    font-family: var(--_quote-font);
  }
  .title-line {
    display: block;
  }
  .title-line.heading {
    letter-spacing: 0.08em;
  }
  .title-line.title {
    font-weight: 600;
  }
  :is(h2, h3, h4, h5, h6)[part='title'] {
    margin-block-end: var(--_space);
    font-size: 1.25em;
    text-align: center;
  }

  .toc {
    margin-block-end: var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-family: var(--_font);
    font-size: 0.9375em;
  }
  .toc > :is(h3, h4, h5, h6) {
    margin-block-end: 0.5em;
    font-size: 1em;
  }
  .toc-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .toc-list li + li {
    margin-block-start: 0.25em;
  }
  .toc a {
    color: inherit;
    text-underline-offset: 0.2em;
  }
  .toc a:hover {
    color: var(--_accent);
  }
  .toc-number {
    font-weight: 600;
  }
  .excerpt {
    color: var(--_muted);
  }

  .paragraph {
    margin: 0 0 0.9em;
    /* A transparent rule keeps the text in place when the highlighted paragraph's rule appears. */
    margin-inline-start: calc(-1 * min(var(--_space), 0.75em + 3px));
    padding-block: 0.15em;
    padding-inline: calc(min(var(--_space), 0.75em + 3px) - 3px) 0.25em;
    border-inline-start: 3px solid transparent;
    border-radius: 0 calc(var(--_radius) * 0.5) calc(var(--_radius) * 0.5) 0;
    scroll-margin-block: calc(var(--_space) * 2);
  }
  .paragraph:dir(rtl) {
    border-radius: calc(var(--_radius) * 0.5) 0 0 calc(var(--_radius) * 0.5);
  }
  .paragraph.target {
    border-inline-start-color: var(--_accent);
    background: var(--_surface);
  }
  .paragraph:focus {
    outline: none;
  }
  .paragraph:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* The highlight already shows where the link led (and where focus is): no ring on top of it. */
  .paragraph.target:focus-visible {
    outline: none;
  }
  /* Underlined: a link inside running text must not be told apart by colour alone (WCAG 1.4.1). */
  .permalink {
    color: var(--_muted);
    text-decoration: underline dotted;
    text-underline-offset: 0.2em;
    padding-inline: 0.2em;
    user-select: none;
  }
  .permalink:hover {
    color: var(--_accent);
  }

  .signature {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .signature p,
  .date {
    margin: 0;
  }
  .signatory-name {
    font-weight: 600;
  }
  .signatory-title {
    font-weight: 600;
    color: var(--_muted);
  }
  .date {
    margin-block-start: 0.5em;
  }
  .addressees {
    margin-block-start: calc(var(--_space) * 1.5);
    font-size: 0.9375em;
  }
  .addressees .lead {
    margin: 0 0 0.25em;
  }
  .addressee-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  /* At most 20em wide (a 280 px column): every line counts, so the title and the lists take less room. */
  @container (max-width: 20em) {
    :is(h2, h3, h4, h5, h6)[part='title'] {
      font-size: 1.125em;
      text-align: start;
    }
    .addressee-list {
      padding-inline-start: 1em;
    }
  }

  @media print {
    /* A long text must break across pages, unlike the small widgets. */
    .root.document {
      break-inside: auto;
      border: 0;
      padding: 0;
    }
    .toc,
    .permalink {
      display: none;
    }
    .paragraph {
      orphans: 3;
      widows: 3;
    }
    .paragraph.target {
      background: none;
      border-inline-start-color: transparent;
    }
    .article {
      max-inline-size: none;
    }
  }
`;
