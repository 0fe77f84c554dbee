// SPDX-License-Identifier: MIT
import { html, type PropertyValues, type TemplateResult } from 'lit';
import type { StatementEvent } from '../data/statement.js';
import { KhojalyElement } from '../shared/base.js';
import { baseStyles } from '../shared/styles.js';
import { chronologicalKey, timeDatetime, yearsOf } from '../shared/dates.js';
import { dateTag } from '../shared/templates.js';
import { choice, optionProperties, type PropOf } from '../shared/options.js';
import { timelineStyles } from './statement-timeline.styles.js';
import { en, timelineEn } from '../shared/messages.js';

const options = {
  /** `vertical` (default) or `horizontal` (a row that scrolls sideways, by keyboard too). */
  layout: choice(['vertical', 'horizontal'], 'vertical'),
  /** The first year to show (inclusive), e.g. `1992`; unset shows from the earliest event. */
  from: { kind: 'text' },
  /** The last year to show (inclusive), e.g. `2020`; unset shows up to the latest event. */
  to: { kind: 'text' },
} as const;
export type TimelineLayout = PropOf<typeof options.layout> & string;

/** An event the statement dates, with what the timeline needs to place and filter it. */
interface DatedEvent {
  event: StatementEvent & { date: string; dateText: string };
  /** The first and last year the date can fall in (`199X` → 1990–1999; an interval → its start and end). */
  years: [number, number];
  /** Sorts chronologically as a string: the date's start, a decade as its first year. */
  key: string;
  /** A valid HTML `datetime` for the date, or undefined when HTML has none (a decade). */
  datetime: string | undefined;
}

/** The events the statement dates, in chronological order (ties keep the statement's order). */
function datedEvents(events: readonly StatementEvent[]): DatedEvent[] {
  return events
    .filter((e): e is DatedEvent['event'] => e.date !== undefined && e.dateText !== undefined)
    .map((event) => ({
      event,
      years: yearsOf(event.date),
      key: chronologicalKey(event.date),
      datetime: timeDatetime(event.date),
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The events the statement dates, in chronological order: each with the date in the statement's own words
 * (and a machine-readable `<time datetime>`), what happened, and a disclosure with the verbatim sentence
 * it comes from. Events the statement gives no date for are left out.
 *
 * `from` and `to` keep the events whose date can fall within those years (inclusive): "early 1990s" is
 * kept for `from="1992"`, as nothing in the statement rules it out.
 *
 * @summary The events the statement dates, in chronological order, each with its source sentence.
 * @tag statement-timeline
 *
 * @csspart base - The outer `<figure>`.
 * @csspart heading - The optional heading.
 * @csspart scroller - The horizontal layout's scrolling region (keyboard-focusable).
 * @csspart events - The list of events (`<ol>`).
 * @csspart event - One event.
 * @csspart date - The event's date as the statement words it (`<time>`, or `<span>` for a decade).
 * @csspart label - What happened.
 * @csspart source - The source disclosure (`<details>`).
 * @csspart source-summary - The disclosure's summary ("Source").
 * @csspart source-quote - A verbatim source sentence.
 * @csspart attribution - The attribution line (issuer and date).
 *
 * @cssprop --khojaly-color-text - Text colour.
 * @cssprop --khojaly-color-muted - Secondary text (attribution, sources).
 * @cssprop --khojaly-color-background - Background of the widget.
 * @cssprop --khojaly-color-surface - Background of each event in the horizontal layout.
 * @cssprop --khojaly-color-border - The time line, borders and rules.
 * @cssprop --khojaly-color-accent - The event markers, the dates and the focus ring.
 * @cssprop --khojaly-font-family - Font (default: the page's).
 * @cssprop --khojaly-font-size - Base font size (default: `medium`).
 * @cssprop --khojaly-space - Base spacing (default `1em`).
 * @cssprop --khojaly-radius - Corner radius (default `0.5em`).
 */
export class StatementTimeline extends KhojalyElement<typeof StatementTimeline.english> {
  static override styles = [baseStyles, timelineStyles];

  static override properties = optionProperties(options);
  static override english = { ...en, ...timelineEn };

  declare layout: PropOf<typeof options.layout>;
  declare from: string | number | undefined;
  declare to: string | number | undefined;

  private _shown: DatedEvent[] = [];

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    // Only when the range changes: the checks below warn, and a re-render must not warn again.
    if (this.changedAny(changed, 'from', 'to')) this._shown = this._select();
  }

  /** A year attribute as a number, or undefined: absent, or bad (warned about, and ignored). */
  private _year(attribute: 'from' | 'to', value: unknown): number | undefined {
    if (value === undefined || value === null) return undefined;
    const text = String(value).trim();
    if (/^\d{1,4}$/.test(text)) return Number(text);
    this.warn(attribute, value, `Use a year such as ${attribute === 'from' ? 1992 : 2020}. Ignoring ${attribute}.`);
    return undefined;
  }

  /** The dated events within the range; a range that leaves nothing warns and shows every event. */
  private _select(): DatedEvent[] {
    const all = datedEvents(this.doc.statement.events);
    const from = this._year('from', this.from);
    let to = this._year('to', this.to);
    // The attributes found wrong this time; the others' warnings are forgotten, so a bad value set again warns again.
    const wrong = new Set<'from' | 'to'>();
    if (from === undefined && this.from != null) wrong.add('from');
    if (to === undefined && this.to != null) wrong.add('to');
    if (from !== undefined && to !== undefined && to < from) {
      this.warn('to', this.to, `It is before from="${from}". Ignoring to.`);
      wrong.add('to');
      to = undefined;
    }
    let shown = all.filter(({ years: [first, last] }) => (from === undefined || last >= from) && (to === undefined || first <= to));
    if (!shown.length && all.length) {
      const attribute = from !== undefined ? 'from' : 'to';
      const span = `${all[0].years[0]} to ${Math.max(...all.map((d) => d.years[1]))}`;
      this.warn(attribute, this[attribute], `The statement dates no event in that range (its events span ${span}). Showing every event.`);
      wrong.add(attribute);
      shown = all;
    }
    for (const attribute of ['from', 'to'] as const) if (!wrong.has(attribute)) this.clearWarning(attribute);
    return shown;
  }

  private _events(): TemplateResult {
    return html`<ol part="events" class="events">
      ${this._shown.map(
        (d) => html`<li part="event" class="event" data-event=${d.event.id}>
          ${dateTag(d.event.date, d.event.dateText, 'date', 'date')}
          <p part="label" class="label">${d.event.label}</p>
          ${this.sourceDisclosure([d.event.source])}
        </li>`,
      )}
    </ol>`;
  }

  override render() {
    if (!this._shown.length) return this.nothingToShow('no dated events');
    const layout = this.choice<TimelineLayout>('layout');
    // A region that scrolls must be reachable by keyboard (WCAG 2.1.1): it takes focus and has a name.
    const content =
      layout === 'horizontal'
        ? html`<div part="scroller" class="scroller" tabindex="0" role="region" aria-label=${this.headingText || this.msg.timeline}>
            ${this._events()}
          </div>`
        : this._events();
    return this.frame(content, `layout-${layout}`);
  }
}
