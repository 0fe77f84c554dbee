// SPDX-License-Identifier: MIT
import { css } from 'lit';

/**
 * The chart's colours: public `--khojaly-chart-*` tokens read into private `--_chart-*`, with fallbacks that
 * reach at least 5.9:1 against the widget's background in light and 7.5:1 in dark (WCAG 1.4.11 asks 3:1).
 * Parts never touch each other, and each series also has its own fill pattern, so colour alone tells nothing.
 */
export const chartStyles = css`
  :host {
    --_chart-total: var(--khojaly-chart-total, light-dark(#4a525d, #b4bcc6));
    --_chart-1: var(--khojaly-chart-1, light-dark(#0f5c9e, #6cb0f5));
    --_chart-2: var(--khojaly-chart-2, light-dark(#a34a00, #f2a65a));
    --_chart-3: var(--khojaly-chart-3, light-dark(#2f6f3e, #7fcf8f));
    --_chart-4: var(--khojaly-chart-4, light-dark(#6b3fa0, #c9a7f5));
    --_chart-track: var(--khojaly-chart-track, var(--_surface));
    --_bar-size: var(--khojaly-chart-bar-size, 1.25em);
  }
  .chart {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  .figure {
    display: grid;
    gap: 0.4em;
    gap: round(0.4em, 0.5px);
  }
  /* Narrow: each label stacks above its bar. Every bar spans the same width, so one scale holds for all. */
  .row,
  .of-whom {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.15em 1em;
    gap: round(0.15em, 0.5px) 1em;
  }
  .label {
    min-inline-size: 0;
  }
  .value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .total .label {
    font-weight: 600;
  }
  .part .label,
  .of-whom {
    padding-inline-start: 1em;
    font-size: 0.9375em;
  }
  .of-whom {
    margin-block-end: -0.25em;
    color: var(--_muted);
  }
  .bar {
    display: block;
    inline-size: 100%;
    block-size: var(--_bar-size);
    overflow: visible;
  }
  .bar-part {
    block-size: calc(var(--_bar-size) * 0.7);
  }
  /* Bars grow from the inline-start edge: from the right in right-to-left text. */
  .bar:dir(rtl) {
    transform: scaleX(-1);
  }
  .defs {
    position: absolute;
    inline-size: 0;
    block-size: 0;
    overflow: hidden;
  }
  .fill.solid,
  .stop-solid {
    fill: var(--_chart-total);
    stop-color: var(--_chart-total);
  }
  .stop-faded {
    stop-color: var(--_chart-total);
    stop-opacity: 0.15;
  }
  .qualified {
    stroke: var(--_chart-total);
    stroke-width: 1px;
    stroke-dasharray: 3 2;
  }
  .track {
    fill: var(--_chart-track);
    stroke: var(--_border);
    stroke-width: 1px;
  }
  .pattern-ground {
    fill: var(--_series);
  }
  .mark-line {
    fill: none;
    stroke: var(--_background);
    stroke-width: 1.5px;
  }
  .mark-dot {
    fill: var(--_background);
  }
  .part .fill {
    stroke: var(--_series);
    stroke-width: 1px;
  }
  .series-1 {
    --_series: var(--_chart-1);
  }
  .series-2 {
    --_series: var(--_chart-2);
  }
  .series-3 {
    --_series: var(--_chart-3);
  }
  .series-4 {
    --_series: var(--_chart-4);
  }
  .scale-note {
    margin: calc(var(--_space) * 0.75) 0 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  /* Wide: labels in a column beside the bars; the column is the same for every row, so are the bars. */
  @container (min-width: 36em) {
    .row,
    .of-whom {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      align-items: center;
    }
    .of-whom {
      margin-block-end: 0;
    }
  }
  /* Paper: black and grey, no backgrounds; the patterns still tell the series apart. */
  @media print {
    :host {
      --_chart-total: #555;
      --_chart-1: #000;
      --_chart-2: #000;
      --_chart-3: #000;
      --_chart-4: #000;
      --_chart-track: none;
    }
    .mark-line {
      stroke: #fff;
    }
    .mark-dot {
      fill: #fff;
    }
    .track {
      stroke: #999;
    }
    /* Grey text on paper, also for a dark-themed widget (its root keeps the dark scheme). */
    .of-whom,
    .scale-note {
      color: #333;
    }
  }
  /* Windows high contrast: system colours; the patterns stay. */
  @media (forced-colors: active) {
    .bar,
    .defs {
      forced-color-adjust: none;
    }
    :host {
      --_chart-total: CanvasText;
      --_chart-1: CanvasText;
      --_chart-2: CanvasText;
      --_chart-3: CanvasText;
      --_chart-4: CanvasText;
      --_chart-track: Canvas;
    }
    .mark-line {
      stroke: Canvas;
    }
    .mark-dot {
      fill: Canvas;
    }
    .track {
      stroke: GrayText;
    }
  }
`;
