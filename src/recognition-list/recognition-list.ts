// SPDX-License-Identifier: MIT
import { html, type PropertyValues, type TemplateResult } from 'lit';
import type { BodyKindId, Recognition, RecognitionKindId } from '../data/statement.js';
import { KhojalyElement } from '../shared/base.js';
import { formatList, formatNumber } from '../shared/format.js';
import { choice, optionProperties, type PropOf } from '../shared/options.js';
import { headingTag } from '../shared/templates.js';
import { baseStyles } from '../shared/styles.js';
import { recognitionStyles } from './recognition-list.styles.js';
import { en, recognitionEn } from '../shared/messages.js';

const options = {
  /** `all` (default), `genocide` (recognized as genocide) or `massacre` (condemned as a massacre). */
  kind: choice(['all', 'genocide', 'massacre'], 'all'),
  /** `all` (default), `parliament`, `state-bodies` or `international-organization`. */
  body: choice(['all', 'parliament', 'state-bodies', 'international-organization'], 'all'),
  /** `list` (default), `columns` (the kinds side by side on wide screens) or `inline` (one sentence per kind). */
  layout: choice(['list', 'columns', 'inline'], 'list'),
};
export type RecognitionLayout = PropOf<typeof options.layout> & string;

/** The recognitions of one kind by one kind of body, as the statement lists them. */
interface BodyGroup {
  body: BodyKindId;
  items: Recognition[];
  /** How many bodies the group stands for: the items, or the statement's own count ("22 states"). */
  count: number;
}
interface KindGroup {
  kind: RecognitionKindId;
  bodies: BodyGroup[];
}

/** Shown name of an item: the country for a national parliament, else the body as the statement names it. */
const itemName = (r: Recognition) => (r.body === 'parliament' && r.country ? r.country : r.name);

/** A body's name inside an English sentence, as the statement writes it: "the executive and legislative bodies of …". */
const runningName = (r: Recognition) => `the ${r.body === 'state-bodies' ? r.name[0].toLowerCase() + r.name.slice(1) : r.name}`;

/**
 * The parliaments, state bodies and international organizations the statement names as having recognized
 * the Khojaly massacre as genocide or condemned it as a massacre, grouped by kind and body with counts.
 *
 * @summary Who recognized Khojaly as genocide or condemned it as a massacre, per the statement.
 * @tag recognition-list
 *
 * @csspart base - The outer `<figure>`.
 * @csspart heading - The optional heading.
 * @csspart group - One kind of recognition (genocide or massacre).
 * @csspart group-heading - The heading of a kind.
 * @csspart body - One kind of body within a kind (parliaments, state bodies, organizations).
 * @csspart body-heading - The heading of a kind of body, with its count.
 * @csspart count - A count.
 * @csspart list - A list of bodies (`<ul>`).
 * @csspart item - One body.
 * @csspart sentence - The sentence of the inline layout.
 * @csspart source - A source disclosure (`<details>`).
 * @csspart source-summary - The disclosure's summary ("Source").
 * @csspart source-quote - A verbatim source sentence.
 * @csspart attribution - The attribution line (issuer and date).
 *
 * @cssprop --khojaly-color-text - Text colour.
 * @cssprop --khojaly-color-muted - Secondary text (counts, attribution).
 * @cssprop --khojaly-color-background - Background of the widget.
 * @cssprop --khojaly-color-surface - Background of the count badges.
 * @cssprop --khojaly-color-border - Borders and rules.
 * @cssprop --khojaly-color-accent - Group markers and the focus ring.
 * @cssprop --khojaly-font-family - Font (default: the page's).
 * @cssprop --khojaly-font-size - Base font size (default: `medium`).
 * @cssprop --khojaly-space - Base spacing (default `1em`).
 * @cssprop --khojaly-radius - Corner radius (default `0.5em`).
 */
export class RecognitionList extends KhojalyElement<typeof RecognitionList.english> {
  static override styles = [baseStyles, recognitionStyles];

  static override properties = optionProperties(options);
  static override english = { ...en, ...recognitionEn };

  declare kind: PropOf<typeof options.kind>;
  declare body: PropOf<typeof options.body>;
  declare layout: PropOf<typeof options.layout>;

  private _groups: KindGroup[] = [];

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (this.changedAny(changed, 'kind', 'body')) {
      const kind = this.choice('kind');
      const body = this.choice('body');
      this._groups = group(this.doc.statement.recognitions.filter((r) => (kind === 'all' || r.kind === kind) && (body === 'all' || r.body === body)));
      // Filters that leave nothing (massacre + international-organization) would give an empty box: show the kind.
      if (!this._groups.length && this.doc.statement.recognitions.length) {
        this.warn('body', this.body, `No ${kind} recognition by a body of kind "${body}" is named in the statement. Showing all bodies.`);
        this._groups = group(this.doc.statement.recognitions.filter((r) => kind === 'all' || r.kind === kind));
      }
    }
  }

  private _count(n: number): TemplateResult {
    return html`<span part="count" class="count">${formatNumber(n, this.locale)}</span>`;
  }

  private _list(groups: KindGroup[]): TemplateResult {
    const level = this.level + (this.headingText ? 1 : 0);
    return html`<div class="groups">
      ${groups.map(
        (g) => html`<section part="group" class="group ${g.kind}" data-kind=${g.kind}>
          ${headingTag(level, this.msg[g.kind], 'group-heading')}
          ${g.bodies.map(
            (b) => html`<div part="body" class="body" data-body=${b.body}>
              ${headingTag(level + 1, html`${this.msg[b.body]} ${this._count(b.count)}`, 'body-heading')}
              <ul part="list" class="list">
                ${b.items.map((r) => html`<li part="item" data-recognition=${r.id}>${itemName(r)}</li>`)}
              </ul>
              ${this.sourceDisclosure(b.items.map((r) => r.source))}
            </div>`,
          )}
        </section>`,
      )}
    </div>`;
  }

  /** "Recognized as genocide: the parliaments of Mexico, …, Djibouti (10) and the Organization of Islamic Cooperation." */
  private _inline(groups: KindGroup[]): TemplateResult {
    const phrase = (b: BodyGroup) =>
      b.body === 'parliament'
        ? `${this.msg.theParliamentsOf} ${formatList(b.items.map(itemName), this.doc.language)} (${formatNumber(b.count, this.locale)})`
        : formatList(b.items.map(runningName), this.doc.language);
    return html`${groups.map(
        (g) => html`<p part="sentence" class="sentence" data-kind=${g.kind}>
          <strong>${this.msg[g.kind]}:</strong> ${formatList(g.bodies.map(phrase), this.doc.language)}.
        </p>`,
      )}
      ${this.sourceDisclosure(
        groups.flatMap((g) => g.bodies.flatMap((b) => b.items.map((r) => r.source))),
        this.msg.sources,
      )}`;
  }

  override render() {
    if (!this._groups.length) return this.nothingToShow('no recognitions');
    const layout = this.choice<RecognitionLayout>('layout');
    const content = layout === 'inline' ? this._inline(this._groups) : this._list(this._groups);
    return this.frame(content, `layout-${layout}`);
  }
}

/** Groups recognitions by kind, then body, keeping the statement's order. */
function group(items: Recognition[]): KindGroup[] {
  const kinds: KindGroup[] = [];
  for (const r of items) {
    let k = kinds.find((g) => g.kind === r.kind);
    if (!k) kinds.push((k = { kind: r.kind, bodies: [] }));
    let b = k.bodies.find((g) => g.body === r.body);
    if (!b) k.bodies.push((b = { body: r.body, items: [], count: 0 }));
    b.items.push(r);
    b.count += r.count ?? 1;
  }
  return kinds;
}
