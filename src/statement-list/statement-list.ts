// SPDX-License-Identifier: MIT
import { html, nothing, type TemplateResult } from 'lit';
import type { Instrument, Place, Source, StatementEvent, StatementIndex } from '../data/statement.js';
import { KhojalyElement } from '../shared/base.js';
import { en, listEn } from '../shared/messages.js';
import { baseStyles } from '../shared/styles.js';
import { formatStatementDate } from '../shared/dates.js';
import { choice, optionProperties, type PropOf } from '../shared/options.js';
import { dateTag, headingTag } from '../shared/templates.js';
import { listStyles } from './statement-list.styles.js';

const options = {
  /** Which list to show: `places` (default), `instruments` or `addressees`. */
  list: choice(['places', 'instruments', 'addressees'], 'places'),
};
export type StatementListKind = PropOf<typeof options.list> & string;


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
export class StatementList extends KhojalyElement<typeof StatementList.english> {
  static override styles = [baseStyles, listStyles];

  static override properties = optionProperties(options);
  static override english = { ...en, ...listEn };

  declare list: PropOf<typeof options.list>;

  private _placeItem({ place, children }: PlaceNode, strings: typeof StatementList.english): TemplateResult {
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

  private _places(groups: PlaceGroup[]): TemplateResult {
    const strings = this.msg;
    const level = this.level + (this.headingText ? 1 : 0);
    return html`<div class="groups">
      ${groups.map(
        ({ event, roots, sources }) => html`<section part="group" class="group" data-event=${event.id}>
          ${headingTag(level, event.label, 'group-heading')}
          ${event.date && event.dateText ? html`<p class="when">${dateTag(event.date, event.dateText, 'group-date')}</p>` : nothing}
          <ul part="list" class="list">
            ${roots.map((n) => this._placeItem(n, strings))}
          </ul>
          ${this.sourceDisclosure(sources, sources.length > 1 ? this.msg.sources : this.msg.source)}
        </section>`,
      )}
    </div>`;
  }

  private _instrument(ins: Instrument, strings: typeof StatementList.english): TemplateResult {
    const shown = ins.date ? formatStatementDate(ins.date, this.locale) : undefined;
    return html`<li part="item" data-instrument=${ins.id}>
      <span part="name" class="name">${ins.name}</span>
      <span class="meta"
        ><span part="kind" class="kind">${strings[instrumentKindKey[ins.kind]]}</span
        >${ins.date && shown ? html`<span class="separator" aria-hidden="true"> · </span>${dateTag(ins.date, shown, 'date')}` : nothing}</span
      >
    </li>`;
  }

  private _flat<T extends { id: string; source: Source }>(items: readonly T[], item: (x: T) => TemplateResult): TemplateResult {
    const sources = items.map((x) => x.source);
    const distinct = new Set(sources.map((s) => this.doc.sourceSentence(s))).size;
    return html`<ul part="list" class="list ${this.choice('list')}">
        ${items.map(item)}
      </ul>
      ${this.sourceDisclosure(sources, distinct > 1 ? this.msg.sources : this.msg.source)}`;
  }

  override render() {
    const strings = this.msg;
    const list = this.choice<StatementListKind>('list') ?? 'places';
    const { instruments, addressees } = this.doc.statement;
    const places = list === 'places' ? placeGroups(this.doc) : [];
    if (!(list === 'instruments' ? instruments : list === 'addressees' ? addressees : places).length) return this.nothingToShow(`no ${list}`);
    const content =
      list === 'instruments'
        ? this._flat(instruments, (ins) => this._instrument(ins, strings))
        : list === 'addressees'
          ? this._flat(addressees, (a) => html`<li part="item" data-addressee=${a.id}><span part="name" class="name">${a.name}</span></li>`)
          : this._places(places);
    return this.frame(content, `list-${list}`);
  }
}
