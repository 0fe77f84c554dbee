// SPDX-License-Identifier: MIT
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Figure } from '../data/statement.js';
import { FiguresElement, type FigureGroupChoice } from '../shared/figures-element.js';
import { formatList, formatListParts } from '../shared/format.js';
import { choice, optionProperties, type PropOf } from '../shared/options.js';
import { baseStyles } from '../shared/styles.js';
import { factsStyles } from './khojaly-facts.styles.js';

const options = {
  /** `grid` (default), `list`, or `inline` (one compact sentence). */
  layout: choice(['grid', 'list', 'inline'], 'grid'),
};
export type FactsLayout = PropOf<typeof options.layout> & string;
export type FactsGroup = FigureGroupChoice;

/**
 * The statement's figures as a stat block: each total in large type with its label, its breakdown beneath
 * it (613 killed, of whom 63 children, 106 women and 70 elderly people), and a disclosure with the
 * sentence it comes from.
 *
 * @summary The figures of the statement, with their breakdowns and sources.
 * @tag khojaly-facts
 *
 * @csspart base - The outer `<figure>`.
 * @csspart heading - The optional heading.
 * @csspart figures - The list of figures (`<dl>` in grid and list layouts, `<p>` in the inline layout).
 * @csspart figure - One total with its label, breakdown and source.
 * @csspart value - A total's number.
 * @csspart label - A total's label.
 * @csspart breakdown - The list of the parts of a total.
 * @csspart source - The source disclosure (`<details>`).
 * @csspart source-summary - The disclosure's summary ("Source").
 * @csspart source-quote - A verbatim source sentence.
 * @csspart attribution - The attribution line (issuer and date).
 *
 * @cssprop --khojaly-color-text - Text colour.
 * @cssprop --khojaly-color-muted - Secondary text (labels, attribution).
 * @cssprop --khojaly-color-background - Background of the widget.
 * @cssprop --khojaly-color-surface - Background of each figure card.
 * @cssprop --khojaly-color-border - Borders and rules.
 * @cssprop --khojaly-color-accent - The numbers and the focus ring.
 * @cssprop --khojaly-font-family - Font (default: the page's).
 * @cssprop --khojaly-font-size - Base font size (default: `medium`).
 * @cssprop --khojaly-number-size - Size of the large numbers, relative to the base (default `2.25em`).
 * @cssprop --khojaly-space - Base spacing (default `1em`).
 * @cssprop --khojaly-radius - Corner radius (default `0.5em`).
 */
export class KhojalyFacts extends FiguresElement {
  static override styles = [baseStyles, factsStyles];

  static override properties = optionProperties(options);

  declare layout: PropOf<typeof options.layout>;

  private _selected: Figure[] = [];

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (this.changedAny(changed, 'group', 'figures')) this._selected = this.selectFigures();
  }

  /**
   * "63 children, 106 women and 70 elderly people" as list items, the numbers in bold. The words joining
   * them ("," "and") belong to the labels' language and sit inside the items, as a list allows only items.
   */
  private _breakdown(parts: Figure[]): TemplateResult[] {
    const placeholders = parts.map((_, i) => `\u0000${i}\u0000`);
    const items: { figure: Figure; after: string }[] = [];
    for (const piece of formatListParts(placeholders, this.doc.language)) {
      const i = placeholders.indexOf(piece.value);
      if (i >= 0) items.push({ figure: parts[i], after: '' });
      else if (items.length) items[items.length - 1].after += piece.value;
    }
    return items.map(
      ({ figure, after }) => html`<li data-figure=${figure.id}><strong>${this.number(figure)}</strong> ${figure.label}${after}</li>`,
    );
  }

  private _figure(f: Figure): TemplateResult {
    const parts = this.partsOf(f);
    return html`<div part="figure" class="figure" data-figure=${f.id}>
      <dt part="label" class="label">${f.label}</dt>
      <dd part="value" class="value">
        ${f.qualifier ? html`<span class="qualifier">${this.qualifier(f)}</span> ` : nothing}${this.count(f)}
      </dd>
      ${parts.length
        ? html`<dd class="parts">
            <span class="of-whom">${this.msg.ofWhom}</span>
            <ul part="breakdown" class="breakdown">
              ${this._breakdown(parts)}
            </ul>
          </dd>`
        : nothing}
      <dd class="cite">${this.sourceDisclosure([f, ...parts].map((x) => x.source))}</dd>
    </div>`;
  }

  private _inline(): TemplateResult {
    const phrase = (f: Figure) => {
      const parts = this.partsOf(f);
      const main = `${this.number(f)} ${f.label}`;
      if (!parts.length) return main;
      return `${main}, ${this.msg.including} ${formatList(parts.map((p) => `${this.number(p)} ${p.label}`), this.doc.language)}`;
    };
    const all = this._selected.flatMap((f) => [f, ...this.partsOf(f)]);
    return html`<p part="figures" class="sentence">${this._selected.map(phrase).join('; ')}.</p>
      ${this.sourceDisclosure(
        all.map((f) => f.source),
        this.msg.sources,
      )}`;
  }

  override render() {
    if (!this._selected.length) return this.nothingToShow('no figures');
    const layout = this.choice<FactsLayout>('layout');
    const content =
      layout === 'inline'
        ? this._inline()
        : html`<dl part="figures" class="figures">${this._selected.map((f) => this._figure(f))}</dl>`;
    return this.frame(content, `layout-${layout}`);
  }
}
