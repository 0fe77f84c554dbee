// SPDX-License-Identifier: MIT
import { css } from 'lit';

export const factsStyles = css`
  .figures {
    margin: 0;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .layout-grid .figures {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
  }
  .figure {
    display: flex;
    flex-direction: column;
  }
  .layout-grid .figure {
    padding: calc(var(--_space) * 0.75);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
  }
  .figure dd {
    margin: 0;
  }
  /* The number reads first on screen; in the markup the label (dt) precedes it, as a description list requires. */
  .value {
    order: -1;
    color: var(--_accent);
    font-size: var(--_number-size);
    font-weight: 700;
    --_lh: 1.1;
    font-variant-numeric: tabular-nums;
  }
  .label {
    font-weight: 600;
  }
  .parts {
    margin-block-start: 0.35em;
    font-size: 0.9375em;
  }
  .of-whom {
    color: var(--_muted);
  }
  .breakdown {
    display: inline;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .breakdown li {
    display: inline;
  }
  .qualifier {
    display: block;
    font-size: 0.4em;
    font-weight: 600;
    --_lh: 1.2;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .layout-list .figures {
    gap: 0;
  }
  .layout-list .figure {
    display: grid;
    grid-template-columns: minmax(4.5em, max-content) 1fr;
    column-gap: 0.75em;
    align-items: baseline;
    padding-block: 0.6em;
    padding-block: round(0.6em, 0.5px);
    border-block-end: 1px solid var(--_border);
  }
  .layout-list .figure:last-child {
    border-block-end: 0;
  }
  .layout-list .value {
    grid-row: 1 / span 3;
    font-size: calc(var(--_number-size) * 0.66);
    text-align: end;
  }
  .layout-list .figure > dd:not(.value) {
    grid-column: 2;
  }
  .sentence {
    margin: 0;
    font-size: 1.0625em;
  }
  @container (min-width: 40em) {
    .layout-grid .figures {
      grid-template-columns: repeat(auto-fill, minmax(15em, 1fr));
    }
  }
`;
