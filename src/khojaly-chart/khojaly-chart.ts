// SPDX-License-Identifier: MIT
import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Figure } from '../data/statement.js';
import { FiguresElement, type FigureGroupChoice } from '../shared/figures-element.js';
import { formatList } from '../shared/format.js';
import { choice, optionProperties, type PropOf } from '../shared/options.js';
import { baseStyles } from '../shared/styles.js';
import { chartStyles } from './khojaly-chart.styles.js';
import { en, chartEn } from '../shared/messages.js';

const options = {
  /** `shared` (default): every bar on one scale, so lengths compare across totals; `each`: each total full width. */
  scale: choice(['shared', 'each'], 'shared'),
};
export type ChartGroup = FigureGroupChoice;
export type ChartScale = PropOf<typeof options.scale> & string;

/** How many series tokens (`--khojaly-chart-1` … `-4`) and fill patterns there are. */
const seriesCount = 4;

/** A total and the parts the statement gives of it, as drawn. */
interface Bar {
  figure: Figure;
  parts: Figure[];
}

/** A bar's length as a percentage of the drawing's width, exact to well below a pixel. */
const percent = (value: number, max: number): string => `${max > 0 ? ((value / max) * 100).toFixed(4) : 0}%`;

/**
 * The statement's figures as a bar chart drawn to scale: each total as a bar, and under it each part the
 * statement gives of it (of the 613 murdered: 63 children, 106 women, 70 elderly people) as a bar of its own
 * on the same scale, growing from the same edge. Every bar carries its exact number as text; a visually
 * hidden table states every figure and breakdown for screen readers, and a disclosure quotes the sentences.
 *
 * Why the parts are not stacked into one bar with a "rest" segment: the statement says "613 …, including
 * 63 children, 106 women and 70 elderly people". It never says the categories are exclusive (an elderly woman
 * may count in two), nor who the other people were. Segments laid end to end would claim the parts add up
 * (to 239) and a remainder would imply a number (374) the statement does not give. So each part starts at the
 * inline-start edge over a faint track as long as its total: "63 of the 613" is drawn to scale, and nothing
 * is drawn that the statement does not state.
 *
 * @summary The figures of the statement as an accessible bar chart, with their breakdowns and sources.
 * @tag khojaly-chart
 *
 * @csspart base - The outer `<figure>`.
 * @csspart heading - The optional heading.
 * @csspart chart - The drawn chart (hidden from assistive technology, which reads the table instead).
 * @csspart figure - One total with its parts.
 * @csspart row - One labelled bar (a total or a part).
 * @csspart label - A bar's label: its number and what it counts.
 * @csspart value - The number in a label.
 * @csspart bar - The `<svg>` drawing one bar.
 * @csspart of-whom - The words introducing the parts ("of whom").
 * @csspart scale-note - The sentence saying how the bars are scaled.
 * @csspart source - The source disclosure (`<details>`).
 * @csspart source-summary - The disclosure's summary ("Sources").
 * @csspart source-quote - A verbatim source sentence.
 * @csspart attribution - The attribution line (issuer and date).
 *
 * @cssprop --khojaly-chart-total - Fill of the totals' bars.
 * @cssprop --khojaly-chart-1 - First series of parts (e.g. children), patterned with diagonal stripes.
 * @cssprop --khojaly-chart-2 - Second series of parts (e.g. women), patterned with dots.
 * @cssprop --khojaly-chart-3 - Third series of parts (e.g. elderly people), patterned with vertical stripes.
 * @cssprop --khojaly-chart-4 - Fourth series of parts, cross-hatched.
 * @cssprop --khojaly-chart-track - The faint track behind a part, as long as its total.
 * @cssprop --khojaly-chart-bar-size - Thickness of a total's bar (default `1.25em`; parts are 70% of it).
 * @cssprop --khojaly-color-text - Text colour.
 * @cssprop --khojaly-color-muted - Secondary text ("of whom", the scale note, attribution).
 * @cssprop --khojaly-color-background - Background of the widget, and the marks of the fill patterns.
 * @cssprop --khojaly-color-surface - Default of the track behind parts.
 * @cssprop --khojaly-color-border - Borders, rules and the outline of the tracks.
 * @cssprop --khojaly-color-accent - The focus ring.
 * @cssprop --khojaly-font-family - Font (default: the page's).
 * @cssprop --khojaly-font-size - Base font size (default: `medium`).
 * @cssprop --khojaly-space - Base spacing (default `1em`).
 * @cssprop --khojaly-radius - Corner radius (default `0.5em`).
 */
export class KhojalyChart extends FiguresElement<typeof KhojalyChart.english> {
  static override styles = [baseStyles, chartStyles];

  static override properties = optionProperties(options);
  static override english = { ...en, ...chartEn };

  declare scale: PropOf<typeof options.scale>;

  private _bars: Bar[] = [];

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (this.changedAny(changed, 'group', 'figures')) {
      this._bars = this.selectFigures().map((figure) => ({ figure, parts: this.partsOf(figure) }));
    }
  }

  /**
   * The series (1–4) of each part, by what it counts, in order of first appearance: children are the same
   * colour and pattern under the 613 murdered and under the 150 missing.
   */
  private _series(): Map<string, number> {
    const series = new Map<string, number>();
    for (const part of this._bars.flatMap((b) => b.parts)) {
      if (!series.has(part.label)) series.set(part.label, (series.size % seriesCount) + 1);
    }
    return series;
  }

  /** "613 peaceful civilians …": isolated (`<bdi>`), so the statement's English keeps its order in right-to-left pages. */
  private _label(f: Figure): TemplateResult {
    return html`<span part="label" class="label"><bdi><span part="value" class="value">${this.number(f)}</span> ${f.label}</bdi></span>`;
  }

  /**
   * One bar, its length a percentage of the drawing's width (no measuring: it renders the same on a server).
   * The bars grow from the left in the SVG; the styles mirror the drawing in right-to-left text.
   */
  private _barSvg(content: SVGTemplateResult, kind: 'total' | 'part'): TemplateResult {
    return html`<svg part="bar" class="bar bar-${kind}" width="100%" focusable="false" aria-hidden="true">${content}</svg>`;
  }

  private _totalRow(f: Figure, max: number): TemplateResult {
    const width = percent(f.value, max);
    // "More than 3,410" and "almost 30" are not exact ends: the bar fades out over its last stretch.
    const fill = f.qualifier ? 'url(#open-end)' : nothing;
    return html`<div part="row" class="row total" data-figure=${f.id}>
      ${this._label(f)}
      ${this._barSvg(
        svg`<rect class=${f.qualifier ? 'fill qualified' : 'fill solid'} data-figure=${f.id} data-value=${f.value} x="0" y="0" width=${width} height="100%" fill=${fill}></rect>`,
        'total',
      )}
    </div>`;
  }

  private _partRow(part: Figure, total: Figure, max: number, series: number): TemplateResult {
    return html`<div part="row" class="row part series-${series}" data-figure=${part.id}>
      ${this._label(part)}
      ${this._barSvg(
        svg`<rect class="track" x="0" y="0" width=${percent(total.value, max)} height="100%"></rect>
          <rect class="fill" data-figure=${part.id} data-value=${part.value} x="0" y="0" width=${percent(part.value, max)} height="100%" fill="url(#series-${series})"></rect>`,
        'part',
      )}
    </div>`;
  }

  /** One fill pattern per series, so a part is told apart by its pattern as well as its colour, also in print. */
  private _defs(): TemplateResult {
    const marks = [
      svg`<path class="mark-line" d="M-2 2l4-4M0 8l8-8M6 10l4-4"></path>`,
      svg`<circle class="mark-dot" cx="4" cy="4" r="1.6"></circle>`,
      svg`<path class="mark-line" d="M2 0v8M6 0v8"></path>`,
      svg`<path class="mark-line" d="M0 0l8 8M8 0l-8 8"></path>`,
    ];
    return html`<svg class="defs" width="0" height="0" focusable="false" aria-hidden="true">
      <defs>
        ${marks.map(
          (mark, i) => svg`<pattern id="series-${i + 1}" class="pattern series-${i + 1}" patternUnits="userSpaceOnUse" width="8" height="8">
            <rect class="pattern-ground" width="8" height="8"></rect>${mark}
          </pattern>`,
        )}
        <linearGradient id="open-end" x1="0" x2="1" y1="0" y2="0">
          <stop class="stop-solid" offset="0.8"></stop>
          <stop class="stop-faded" offset="1"></stop>
        </linearGradient>
      </defs>
    </svg>`;
  }

  /** The drawn chart. Screen readers skip it: the table says the same in text. */
  private _chart(): TemplateResult {
    const shared = Math.max(0, ...this._bars.map((b) => b.figure.value));
    const series = this._series();
    return html`<div part="chart" class="chart" aria-hidden="true">
      ${this._defs()}
      ${this._bars.map(({ figure, parts }) => {
        const max = this.choice('scale') === 'shared' ? shared : figure.value;
        return html`<div part="figure" class="figure" data-figure=${figure.id}>
          ${this._totalRow(figure, max)}
          ${parts.length ? html`<div part="of-whom" class="of-whom"><span><bdi>${this.msg.ofWhom}</bdi></span></div>` : nothing}
          ${parts.map((p) => this._partRow(p, figure, max, series.get(p.label) ?? 1))}
        </div>`;
      })}
    </div>`;
  }

  /** The text alternative: every figure with its number and breakdown, exactly as the labels give them. */
  private _table(): TemplateResult {
    const t = this.msg;
    return html`<div class="visually-hidden">
      <table part="table">
        <caption>${this.headingText || t.chartCaption}</caption>
        <thead>
          <tr>
            <th scope="col">${t.chartCounted}</th>
            <th scope="col">${t.chartNumber}</th>
            <th scope="col">${t.chartOfWhom}</th>
          </tr>
        </thead>
        <tbody>
          ${this._bars.map(
            ({ figure, parts }) => html`<tr data-figure=${figure.id}>
              <th scope="row">${figure.label}</th>
              <td>${this.number(figure)}</td>
              <td>${parts.length ? formatList(parts.map((p) => `${this.number(p)} ${p.label}`), this.doc.language) : nothing}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    if (!this._bars.length) return this.nothingToShow('no figures');
    const t = this.msg;
    const scale = this.choice<ChartScale>('scale');
    const all = this._bars.flatMap(({ figure, parts }) => [figure, ...parts]);
    return this.frame(
      html`${this._chart()} ${this._table()}
        <p part="scale-note" class="scale-note"><bdi>${scale === 'shared' ? t.chartScaleShared : t.chartScaleEach}</bdi></p>
        ${this.sourceDisclosure(
          all.map((f) => f.source),
          this.msg.sources,
        )}`,
      `scale-${scale}`,
    );
  }
}
