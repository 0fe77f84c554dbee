// SPDX-License-Identifier: MIT
import type { Figure, FigureGroupId } from '../data/statement.js';
import { KhojalyElement } from './base.js';
import { formatNumber, formatOrdinal } from './format.js';
import type { en } from './messages.js';
import { choice, optionProperties, type TextOption } from './options.js';

export type FigureGroupChoice = FigureGroupId | 'all';

/** The options of the elements that show figures. */
export const figureOptions = {
  /** Which figures to show: a group of the statement (`khojaly-1992`, the default, `2020`, `recognition`, `years`) or `all`. */
  group: choice(
    (doc) => [...doc.figureGroups, 'all'],
    (doc) => doc.figureGroups[0] ?? 'all',
  ),
  /** Space- or comma-separated figure ids (e.g. `killed injured hostages`); overrides `group` when set. */
  figures: { kind: 'text', tokens: (doc) => doc.statement.figures.map((f) => f.id) } satisfies TextOption,
};

/**
 * What the elements that show figures (`<khojaly-facts>`, `<khojaly-chart>`) share: choosing the figures
 * by `group` or by a list of ids, with the same warnings, and writing a number the way the statement does.
 */
export abstract class FiguresElement<S extends typeof en = typeof en> extends KhojalyElement<S> {
  static override properties = optionProperties(figureOptions);

  declare group: FigureGroupChoice | undefined;
  declare figures: string | undefined;

  /**
   * The figures to show: the listed ids, in their order, if any is known (unknown ids warn); else the group's
   * totals — breakdowns are shown under their totals, so a group lists its totals only.
   */
  protected selectFigures(): Figure[] {
    const group = this.choice('group');
    if (this.figures !== undefined && this.figures !== null) {
      const ids = String(this.figures).split(/[\s,]+/).filter(Boolean);
      const found = ids.map((id) => this.doc.findFigure(id));
      const unknown = ids.filter((_, i) => !found[i]);
      if (unknown.length || ids.length === 0) {
        const known = this.doc.statement.figures.map((f) => f.id).join(', ');
        this.warn('figures', this.figures, `Unknown figure id${unknown.length === 1 ? '' : 's'}: ${unknown.join(', ') || '(none given)'}. Known ids: ${known}.`);
      } else {
        this.clearWarning('figures');
      }
      const chosen = found.filter((f): f is Figure => f !== undefined);
      if (chosen.length) return chosen;
    }
    return this.doc.statement.figures.filter((f) => (group === 'all' || f.group === group) && !f.partOf);
  }

  /** The parts a total breaks down into; a breakdown figure picked on its own is shown alone. */
  protected partsOf(f: Figure): Figure[] {
    return f.partOf ? [] : this.doc.breakdownOf(f);
  }

  /** "613", "1,275", "29th": the statement's number in the reader's digits, never rounded. */
  protected count(f: Figure): string {
    return f.ordinal ? formatOrdinal(f.value, this.locale) : formatNumber(f.value, this.locale);
  }

  /** The statement's own qualifier of a number ("more than", "almost"), or "". */
  protected qualifier(f: Figure): string {
    return f.qualifier === 'more-than' ? this.msg.moreThan : f.qualifier === 'almost' ? this.msg.almost : '';
  }

  /** The number with its qualifier: "more than 3,410", "almost 30". */
  protected number(f: Figure): string {
    const q = this.qualifier(f);
    return q ? `${q} ${this.count(f)}` : this.count(f);
  }
}
