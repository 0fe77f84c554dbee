// SPDX-License-Identifier: MIT
/**
 * A reactive controller that gives a widget the statement it shows: the built-in one, or another named
 * by its `src` (a URL) or `data` (an object), once fetched and validated by the validator chunk (loaded on
 * demand). While another loads, or when it is unreachable or invalid, the built-in statement shows and the
 * widget warns once.
 * @module
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { loadValidator } from '../data/load-validator.js';
import { builtInStatement, StatementIndex } from '../data/statement.js';
import type { Loaded } from '../data/validate.js';

/** What the controller needs of its widget. */
export interface StatementHost extends ReactiveControllerHost {
  src: string | undefined;
  data: unknown;
  warn(attribute: string, value: unknown, advice: string): void;
  clearWarning(attribute: string): void;
}

export class StatementController implements ReactiveController {
  private _external: StatementIndex | undefined;
  private _loads = 0;
  private _seen: { src: unknown; data: unknown } = { src: undefined, data: undefined };

  /** `timeout`: how long `src` may take to load before the widget gives up and warns, in milliseconds. */
  constructor(
    private readonly host: StatementHost,
    private readonly timeout: () => number,
  ) {
    host.addController(this);
  }

  /** The statement the widget shows. */
  get doc(): StatementIndex {
    return this._external ?? builtInStatement;
  }

  /** Before each render: when `src` or `data` changed, load; a server render shows the built-in statement. */
  hostUpdate(): void {
    const { src, data } = this.host;
    if (isServer || (src === this._seen.src && data === this._seen.data)) return;
    this._seen = { src, data };
    void this._load();
  }

  /**
   * Switches to the statement named by `data` or `src` once the validator chunk has loaded, fetched and
   * validated it; any failure warns and keeps the current one.
   */
  private async _load() {
    const load = ++this._loads;
    const { data, src } = this.host;
    const url = typeof src === 'string' ? src.trim() : '';
    const hasData = data !== undefined && data !== null;
    if (!hasData && !url) return this._use(undefined);
    let loaded: Loaded;
    try {
      loaded = await (await loadValidator()).loadStatement(hasData ? { data } : { url }, this.timeout());
    } catch (error) {
      loaded = { ok: false, advice: `The validator could not be loaded (${(error as Error).message}). Showing the built-in statement.` };
    }
    if (load !== this._loads) return; // a newer src or data arrived meanwhile
    const attribute = hasData ? 'data' : 'src';
    if (loaded.ok) {
      this.host.clearWarning(attribute);
      this._use(new StatementIndex(loaded.statement));
    } else this.host.warn(attribute, hasData ? (typeof data === 'object' ? '(object)' : data) : url, loaded.advice);
  }

  private _use(doc: StatementIndex | undefined) {
    if (doc === this._external) return;
    this._external = doc;
    this.host.requestUpdate();
  }
}
