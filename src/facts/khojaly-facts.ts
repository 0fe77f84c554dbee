// SPDX-License-Identifier: MIT
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { builtInStatement, type Figure, type FigureGroupId } from '../data/statement.js';
import { KhojalyElement } from '../shared/base.js';
import { formatList, formatListParts, formatNumber, formatOrdinal } from '../shared/format.js';
import { baseStyles } from '../shared/styles.js';
import { factsStyles } from './khojaly-facts.styles.js';

export const factsLayouts = ['grid', 'list', 'inline'] as const;
export type FactsLayout = (typeof factsLayouts)[number];
export const factsGroups = [...builtInStatement.figureGroups, 'all'] as const;
export type FactsGroup = FigureGroupId | 'all';


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
export class KhojalyFacts extends KhojalyElement {
  static override styles = [baseStyles, factsStyles];

  static override properties: PropertyDeclarations = {
    group: { reflect: true },
    figures: {},
    layout: { reflect: true },
  };

  /** Which figures to show: `khojaly-1992` (default), `2020`, `recognition`, `years` or `all`. */
  declare group: FactsGroup;
  /** Space- or comma-separated figure ids (e.g. `killed injured hostages`); overrides `group` when set. */
  declare figures: string | undefined;
  /** `grid` (default), `list`, or `inline` (one compact sentence). */
  declare layout: FactsLayout;

  private _selected: Figure[] = [];
  private _layout: FactsLayout = 'grid';

  constructor() {
    super();
    this.group = 'khojaly-1992';
    this.layout = 'grid';
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    this._layout = this.pick('layout', this.layout, factsLayouts, 'grid');
    if (changed.has('group') || changed.has('figures') || !this.hasUpdated) this._selected = this._select();
  }

  /** The figures to show: the listed ids if any is known, else the group's totals. */
  private _select(): Figure[] {
    const group = this.pick('group', this.group, factsGroups, 'khojaly-1992');
    if (this.figures !== undefined && this.figures !== null) {
      const ids = String(this.figures).split(/[\s,]+/).filter(Boolean);
      const found = ids.map((id) => this.doc.findFigure(id));
      const unknown = ids.filter((_, i) => !found[i]);
      if (unknown.length || ids.length === 0) {
        this.warn(
          'figures',
          this.figures,
          `Unknown figure id${unknown.length === 1 ? '' : 's'}: ${unknown.join(', ') || '(none given)'}. Known ids: ${this.doc.statement.figures.map((f) => f.id).join(', ')}.`,
        );
      } else {
        this.clearWarning('figures');
      }
      const chosen = found.filter((f): f is Figure => f !== undefined);
      if (chosen.length) return chosen;
    }
    // Breakdowns are shown under their totals, so a group lists its totals only.
    return this.doc.statement.figures.filter((f) => (group === 'all' || f.group === group) && !f.partOf);
  }

  /** "613", "1,275", "29th": the statement's number in the reader's digits, never rounded. */
  private _count(f: Figure): string {
    return f.ordinal ? formatOrdinal(f.value, this.locale) : formatNumber(f.value, this.locale);
  }

  private _qualifier(f: Figure): string {
    return f.qualifier === 'more-than' ? this.msg.moreThan : f.qualifier === 'almost' ? this.msg.almost : '';
  }

  /** The number with the statement's own qualifier: "more than 3,410", "almost 30". */
  private _number(f: Figure): string {
    return f.qualifier ? `${this._qualifier(f)} ${this._count(f)}` : this._count(f);
  }

  /** The parts a total breaks down into; a breakdown figure picked on its own is shown alone. */
  private _parts(f: Figure): Figure[] {
    return f.partOf ? [] : this.doc.breakdownOf(f);
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
      ({ figure, after }) => html`<li data-figure=${figure.id}><strong>${this._number(figure)}</strong> ${figure.label}${after}</li>`,
    );
  }

  private _figure(f: Figure): TemplateResult {
    const parts = this._parts(f);
    return html`<div part="figure" class="figure" data-figure=${f.id}>
      <dt part="label" class="label">${f.label}</dt>
      <dd part="value" class="value">
        ${f.qualifier ? html`<span class="qualifier">${this._qualifier(f)}</span> ` : nothing}${this._count(f)}
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
      const parts = this._parts(f);
      const main = `${this._number(f)} ${f.label}`;
      if (!parts.length) return main;
      return `${main}, ${this.msg.including} ${formatList(parts.map((p) => `${this._number(p)} ${p.label}`), this.doc.language)}`;
    };
    const all = this._selected.flatMap((f) => [f, ...this._parts(f)]);
    return html`<p part="figures" class="sentence">${this._selected.map(phrase).join('; ')}.</p>
      ${this.sourceDisclosure(
        all.map((f) => f.source),
        this.msg.sources,
      )}`;
  }

  override render() {
    const content =
      this._layout === 'inline'
        ? this._inline()
        : html`<dl part="figures" class="figures">${this._selected.map((f) => this._figure(f))}</dl>`;
    return this.frame(content, `layout-${this._layout}`);
  }
}
