// SPDX-License-Identifier: MIT
import { css } from 'lit';

export const listStyles = css`
  .group > :is(h2, h3, h4, h5, h6) {
    margin-block-end: 0.25em;
    font-size: 1em;
  }
  .when {
    margin: 0 0 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .list .nested li::before {
    background: none;
    border: 1px solid var(--_accent);
  }
  .nested {
    margin-block-start: 0.15em;
    margin-block-start: round(0.15em, 0.5px);
    columns: 11em auto;
    column-gap: 1.5em;
  }
  .kind {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .list.addressees {
    columns: 16em auto;
    column-gap: 1.5em;
  }
  .list.instruments li + li {
    margin-block-start: 0.4em;
    margin-block-start: round(0.4em, 0.5px);
  }
  .meta {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .meta .kind {
    font-size: inherit;
  }

  /* At most 20em wide (a 280 px column): one column, and the group rule takes less room. */
  @container (max-width: 20em) {
    .nested,
    .list.addressees {
      columns: auto;
    }
    .group {
      padding-inline-start: 0.5em;
      border-inline-start-width: 3px;
    }
  }

  @media print {
    .list li::before,
    .group {
      print-color-adjust: exact;
    }
  }
`;
