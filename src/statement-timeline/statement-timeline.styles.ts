// SPDX-License-Identifier: MIT
import { css } from 'lit';

export const timelineStyles = css`
  .events {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .event {
    position: relative;
  }
  /* The marker of each event: a dot on the time line. */
  .event::before {
    content: '';
    position: absolute;
    inline-size: 0.75em;
    block-size: 0.75em;
    border-radius: 50%;
    background: var(--_accent);
  }
  .date {
    display: block;
    color: var(--_accent);
    font-weight: 600;
    font-size: 0.9375em;
  }
  .label {
    margin: 0.15em 0 0;
    margin-block-start: round(0.15em, 0.5px);
  }

  /* Vertical: the line runs down the inline-start side, a dot at each event. */
  .layout-vertical .events {
    display: grid;
    gap: var(--_space);
    margin-inline-start: 0.375em;
    border-inline-start: 2px solid var(--_border);
  }
  .layout-vertical .event {
    padding-inline-start: calc(var(--_space) + 0.25em);
  }
  .layout-vertical .event::before {
    inset-inline-start: calc(-0.375em - 1px);
    inset-block-start: 0.35em;
  }

  /* Horizontal: one row that scrolls sideways, the line across the top; each event snaps into place. */
  .scroller {
    overflow-x: auto;
    overscroll-behavior-inline: contain;
    scroll-snap-type: inline proximity;
    padding-block: 0.25em 0.5em;
  }
  .layout-horizontal .events {
    display: flex;
    inline-size: max-content;
  }
  .layout-horizontal .event {
    /* Narrow widgets (a 280 px column) show most of one event and a glimpse of the next, a cue to scroll. */
    inline-size: min(17em, 82cqi);
    padding-block-start: 1.25em;
    padding-inline-end: var(--_space);
    border-block-start: 2px solid var(--_border);
    scroll-snap-align: start;
  }
  .layout-horizontal .event::before {
    inset-inline-start: 0;
    inset-block-start: calc(-0.375em - 1px);
  }

  @media print {
    .event::before {
      print-color-adjust: exact;
    }
    /* Paper does not scroll: the horizontal row wraps. */
    .scroller {
      overflow: visible;
    }
    .layout-horizontal .events {
      inline-size: auto;
      flex-wrap: wrap;
      row-gap: var(--_space);
    }
    .event {
      break-inside: avoid;
    }
  }
`;
