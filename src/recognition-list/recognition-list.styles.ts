// SPDX-License-Identifier: MIT
import { css } from 'lit';

export const recognitionStyles = css`
  .group.massacre {
    border-inline-start-style: double;
  }
  .group > :is(h2, h3, h4, h5, h6) {
    margin-block-end: 0.5em;
  }
  .body + .body {
    margin-block-start: 0.75em;
  }
  .body > :is(h3, h4, h5, h6) {
    margin: 0 0 0.25em;
    font-size: 0.9375em;
    font-weight: 600;
    color: var(--_muted);
  }
  .count {
    display: inline-block;
    min-inline-size: 1.75em;
    margin-inline-start: 0.25em;
    padding: 0 0.4em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.875em;
    text-align: center;
    font-variant-numeric: tabular-nums;
  }
  .list {
    columns: 10em auto;
    column-gap: 1.5em;
  }
  .sentence {
    margin: 0 0 0.5em;
  }
  @container (min-width: 36em) {
    .layout-columns .groups {
      grid-template-columns: repeat(auto-fit, minmax(16em, 1fr));
      align-items: start;
    }
  }
`;
