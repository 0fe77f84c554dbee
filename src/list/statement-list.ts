// SPDX-License-Identifier: MIT
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Instrument, Place, Source, StatementEvent, StatementIndex } from '../data/statement.js';
import { KhojalyElement } from '../shared/base.js';
import type { Messages } from '../shared/messages.js';
import { baseStyles } from '../shared/styles.js';
import { formatStatementDate, timeDatetime } from '../timeline/dates.js';
import { listStyles } from './statement-list.styles.js';

export const statementLists = ['places', 'instruments', 'addressees'] as const;
export type StatementListKind = (typeof statementLists)[number];


const placeKindKey = { town: 'placeTown', village: 'placeVillage', district: 'placeDistrict', region: 'placeRegion' } as const;
const instrumentKindKey = {
  convention: 'instrumentConvention',
  covenant: 'instrumentCovenant',
  resolution: 'instrumentResolution',
  statement: 'instrumentStatement',
} as const;

/** A place and the places the statement puts within it. */
interface PlaceNode {
  place: Place;
  children: PlaceNode[];
}
/** The places named for one event, as a tree of districts and regions. */
interface PlaceGroup {
  event: StatementEvent;
  roots: PlaceNode[];
  sources: Source[];
}

/**
 * The places of each event, grouped by the district or region the statement puts them in. A place named
 * for several events is listed under each; a district or region is shown when a place of the event lies
 * in it, even if the statement does not name it for that event. Everything keeps the statement's order.
 */
function placeGroups(doc: StatementIndex): PlaceGroup[] {
  const { places, events } = doc.statement;
  const byId = new Map(places.map((p) => [p.id, p]));
  return events
    .filter((e) => places.some((p) => p.events.includes(e.id)))
    .map((event) => {
      const named = places.filter((p) => p.events.includes(event.id));
      const members = new Set(named.map((p) => p.id));
      for (const p of named) {
        for (let up = p.within; up && !members.has(up) && byId.has(up); up = byId.get(up)!.within) members.add(up);
      }
      const inGroup = places.filter((p) => members.has(p.id));
      const node = (place: Place): PlaceNode => ({ place, children: inGroup.filter((c) => c.within === place.id && c !== place).map(node) });
      const roots = inGroup.filter((p) => !p.within || !members.has(p.within)).map(node);
      return { event, roots, sources: [event.source, ...named.map((p) => p.source)] };
    });
}

/**
 * The places, legal instruments or addressees the statement names, each list with the verbatim sentences
 * it comes from.
 *
 * - `places` (default): per event, the places named for it, grouped under the district or region the
 *   statement puts them in ("Baganis Ayrim village of Gazakh district").
 * - `instruments`: the conventions, covenants, resolutions and statements, with the date where the
 *   statement gives one, formatted for the reader's language at the precision given ("1949").
 * - `addressees`: everyone the statement is addressed to, one item each.
 *
 * One element with a `list` attribute rather than three: the lists share everything but their data
 * (the frame, the list markup, the source disclosures, the attributes), as `<khojaly-facts group>` does
 * for figures; one tag is one thing to register, document and theme, and a page switches lists by
 * changing one attribute.
 *
 * @summary The places, legal instruments or addressees the statement names, with their sources.
 * @tag statement-list
 *
 * @csspart base - The outer `<figure>`.
 * @csspart heading - The optional heading.
 * @csspart group - The places of one event.
 * @csspart group-heading - The event a group of places is named for.
 * @csspart group-date - The event's date as the statement words it.
 * @csspart list - A list (`<ul>`); places within a district or region are a nested list.
 * @csspart item - One place, instrument or addressee.
 * @csspart name - The item's name as the statement gives it.
 * @csspart kind - The kind of place or instrument.
 * @csspart date - An instrument's date (`<time>`).
 * @csspart source - A source disclosure (`<details>`).
 * @csspart source-summary - The disclosure's summary ("Source" or "Sources").
 * @csspart source-quote - A verbatim source sentence.
 * @csspart attribution - The attribution line (issuer and date).
 *
 * @cssprop --khojaly-color-text - Text colour.
 * @cssprop --khojaly-color-muted - Secondary text (kinds, dates, attribution).
 * @cssprop --khojaly-color-background - Background of the widget.
 * @cssprop --khojaly-color-surface - Background of the groups of places.
 * @cssprop --khojaly-color-border - Borders and rules.
 * @cssprop --khojaly-color-accent - The bullets, group markers and the focus ring.
 * @cssprop --khojaly-font-family - Font (default: the page's).
 * @cssprop --khojaly-font-size - Base font size (default: `medium`).
 * @cssprop --khojaly-space - Base spacing (default `1em`).
 * @cssprop --khojaly-radius - Corner radius (default `0.5em`).
 */
export class StatementList extends KhojalyElement {
  static override styles = [baseStyles, listStyles];

  static override properties: PropertyDeclarations = {
    list: { reflect: true },
  };

  /** Which list to show: `places` (default), `instruments` or `addressees`. */
  declare list: StatementListKind;

  private _list: StatementListKind = 'places';

  constructor() {
    super();
    this.list = 'places';
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    this._list = this.pick('list', this.list, statementLists, 'places');
  }

  private _placeItem({ place, children }: PlaceNode, strings: Messages): TemplateResult {
    return html`<li part="item" data-place=${place.id}>
      <span part="name" class="name">${place.name}</span>
      <span part="kind" class="kind">(${strings[placeKindKey[place.kind]]})</span>
      ${children.length
        ? html`<ul part="list" class="list nested">
            ${children.map((c) => this._placeItem(c, strings))}
          </ul>`
        : nothing}
    </li>`;
  }

  private _places(): TemplateResult {
    const strings = this.msg;
    const level = this.level + (this.headingText ? 1 : 0);
    return html`<div class="groups">
      ${placeGroups(this.doc).map(
        ({ event, roots, sources }) => html`<section part="group" class="group" data-event=${event.id}>
          ${this.headingTemplate(level, event.label, 'group-heading')}
          ${event.date && event.dateText ? html`<p class="when">${this._date(event.date, event.dateText, 'group-date')}</p>` : nothing}
          <ul part="list" class="list">
            ${roots.map((n) => this._placeItem(n, strings))}
          </ul>
          ${this.sourceDisclosure(sources, sources.length > 1 ? this.msg.sources : this.msg.source)}
        </section>`,
      )}
    </div>`;
  }

  /** A date in `<time>` (or a `<span>` for a decade, which HTML cannot express; see `timeDatetime`). */
  private _date(date: string, text: string, part: string): TemplateResult {
    const datetime = timeDatetime(date);
    return datetime
      ? html`<time part=${part} datetime=${datetime} data-date=${date}>${text}</time>`
      : html`<span part=${part} data-date=${date}>${text}</span>`;
  }

  private _instrument(ins: Instrument, strings: Messages): TemplateResult {
    const shown = ins.date ? formatStatementDate(ins.date, this.locale) : undefined;
    return html`<li part="item" data-instrument=${ins.id}>
      <span part="name" class="name">${ins.name}</span>
      <span class="meta"
        ><span part="kind" class="kind">${strings[instrumentKindKey[ins.kind]]}</span
        >${ins.date && shown ? html`<span class="separator" aria-hidden="true"> · </span>${this._date(ins.date, shown, 'date')}` : nothing}</span
      >
    </li>`;
  }

  private _flat<T extends { id: string; source: Source }>(items: readonly T[], item: (x: T) => TemplateResult): TemplateResult {
    const sources = items.map((x) => x.source);
    const distinct = new Set(sources.map((s) => this.doc.sourceSentence(s))).size;
    return html`<ul part="list" class="list ${this._list}">
        ${items.map(item)}
      </ul>
      ${this.sourceDisclosure(sources, distinct > 1 ? this.msg.sources : this.msg.source)}`;
  }

  override render() {
    const strings = this.msg;
    const { instruments, addressees } = this.doc.statement;
    const content =
      this._list === 'instruments'
        ? this._flat(instruments, (ins) => this._instrument(ins, strings))
        : this._list === 'addressees'
          ? this._flat(addressees, (a) => html`<li part="item" data-addressee=${a.id}><span part="name" class="name">${a.name}</span></li>`)
          : this._places();
    return this.frame(content, `list-${this._list}`);
  }
}
