// SPDX-License-Identifier: MIT
/**
 * A reactive controller that gives a widget the statement it shows: the built-in one, or another named
 * by its `src` (a URL) or `data` (an object), once loaded and validated. While another loads, or when it
 * is unreachable or invalid, the built-in statement shows and the widget warns once.
 * @module
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { loadValidator } from '../data/load-validator.js';
import { builtInStatement, StatementIndex } from '../data/statement.js';

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

  /** Loads, validates and switches to the statement named by `data` or `src`; any failure warns and keeps the current one. */
  private async _load() {
    const load = ++this._loads;
    const { data, src } = this.host;
    const url = typeof src === 'string' ? src.trim() : '';
    if ((data === undefined || data === null) && !url) return this._use(undefined);
    const attribute = data !== undefined && data !== null ? 'data' : 'src';
    const shown = attribute === 'data' ? (typeof data === 'object' ? '(object)' : data) : url;
    let raw = data;
    if (attribute === 'src') {
      try {
        raw = await fetchJson(url, this.timeout());
      } catch (error) {
        if (load === this._loads) this.host.warn('src', shown, `It could not be loaded (${(error as Error).message}). Showing the built-in statement.`);
        return;
      }
    }
    let result: import('../data/validate.js').Validation;
    try {
      result = (await loadValidator()).validateStatement(raw);
    } catch (error) {
      result = { ok: false, problems: [`the validator could not be loaded (${(error as Error).message})`] };
    }
    if (load !== this._loads) return; // a newer src or data arrived meanwhile
    if (result.ok) {
      this.host.clearWarning(attribute);
      this._use(new StatementIndex(result.statement));
    } else {
      const more = result.problems.length > 8 ? `; and ${result.problems.length - 8} more` : '';
      this.host.warn(attribute, shown, `It is not a valid statement: ${result.problems.slice(0, 8).join('; ')}${more}. Showing the built-in statement.`);
    }
  }

  private _use(doc: StatementIndex | undefined) {
    if (doc === this._external) return;
    this._external = doc;
    this.host.requestUpdate();
  }
}

/** Fetches JSON without cookies, giving up after `timeout` ms. */
async function fetchJson(url: string, timeout: number): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const response = await fetch(new URL(url, document.baseURI), { signal: controller.signal, credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.json();
  } catch (error) {
    if (controller.signal.aborted) throw new Error(`no answer within ${timeout} ms`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
