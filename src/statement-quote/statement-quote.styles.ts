// SPDX-License-Identifier: MIT
import { css } from 'lit';

export const quoteStyles = css`
  /* An inline quote sits in running text: the attribute before the script runs, the custom state after. */
  :host(:is([variant='inline' i], :state(inline))) {
    display: inline;
    container-type: normal;
    font-size: inherit;
  }
  .inline-root {
    padding: 0;
    border: 0;
    background: none;
    font-size: inherit;
    line-height: inherit;
    /* Running text keeps the page's line height: with no factor, the rounding rule (in the base styles)
       does not apply inside, and the quote's parts inherit the page's line height as before. */
    --_lh: initial;
  }
  .inline-root q {
    font-family: var(--_quote-font);
  }
  .inline-root .attribution {
    margin: 0;
    padding: 0;
    border: 0;
    font-size: 0.875em;
  }
  .quote {
    position: relative;
    margin: 0;
    padding-inline-start: 1.6em;
    font-family: var(--_quote-font);
    font-size: 1.125em;
    --_lh: 1.55;
  }
  .quote::before {
    content: '“';
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: -0.15em;
    color: var(--_accent);
    font-size: 2.4em;
    line-height: 1;
    font-family: Georgia, 'Times New Roman', serif;
  }
  .quote p {
    margin: 0;
  }
  .variant-pull {
    padding-block: calc(var(--_space) * 1.25);
    border-width: 0;
    border-block: 3px solid var(--_accent);
    border-radius: 0;
  }
  .variant-pull .quote {
    padding-inline-start: 0;
    font-size: 1.375em;
    font-weight: 600;
    --_lh: 1.4;
  }
  .variant-pull .quote::before {
    position: static;
    display: block;
    block-size: 0.45em;
    block-size: round(0.45em, 0.5px);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    margin-block-start: 0.75em;
  }
  button {
    font: inherit;
    font-size: 0.875em;
    padding: 0.35em 0.9em;
    padding: round(0.35em, 0.5px) 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  button:hover {
    border-color: var(--_accent);
  }
  .status {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .status.copied::before {
    content: '✓ ';
    color: var(--_accent);
  }
  @media (prefers-reduced-motion: no-preference) {
    .status.copied {
      animation: appear 0.2s ease-out;
    }
  }
  @keyframes appear {
    from {
      opacity: 0;
    }
  }
  @container (min-width: 40em) {
    .variant-pull .quote {
      font-size: 1.75em;
    }
  }
`;
