// SPDX-License-Identifier: MIT
import { LitElement, html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { loadValidator } from '../data/load-validator.js';
import { builtInStatement, StatementIndex, type Source } from '../data/statement.js';
import { queueSchemeRead, resolveScheme, watchColorScheme, type Scheme } from './color-scheme.js';
import { formatDate, nearestLang } from './format.js';
import { messagesFor, type Messages } from './messages.js';
import { version } from '../version.js';

export const themes = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/**
 * What every khojaly widget shares: the theme, the reader's language, one-warning-per-bad-value checks of
 * attributes, the attribution line and the source disclosures. Elements extend it and render their content
 * through `frame()`.
 */
export abstract class KhojalyElement extends LitElement {
  /** The library version, so a second copy loaded on the page can tell whether it matches. */
  static readonly version = version;

  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    messages: { attribute: false },
    src: {},
    data: { attribute: false },
    _external: { state: true },
    _scheme: { state: true },
  };

  /** Colour theme: `light`, `dark`, or `auto` (follows the page's color-scheme, then the reader's preference). */
  declare theme: Theme;
  /** An optional heading shown above the widget. */
  declare heading: string | undefined;
  /** The level of the widget's heading, 2 to 6 (default 2); group headings take the next level. */
  declare headingLevel: string | number | undefined;
  /** Overrides of interface strings for this element, e.g. `{ copy: 'Copy quote' }` (property only). */
  declare messages: Partial<Messages> | undefined;
  /**
   * URL of another statement JSON that follows `data/statement.schema.json` (a translation, a later
   * statement). It is validated; while it loads, or if it is invalid or unreachable, the built-in statement shows.
   */
  declare src: string | undefined;
  /** Another statement as an object (property only); validated like `src`, and used instead of it when set. */
  declare data: unknown;
  /** @internal The external statement in use, once loaded and valid. */
  declare private _external: StatementIndex | undefined;
  /** How long `src` may take to load before the element gives up and warns, in milliseconds. */
  static fetchTimeout = 8000;
  private _loads = 0;

  /** @internal The colour scheme in use, resolved from `theme`. */
  declare protected _scheme: Scheme;
  private _stopWatching?: () => void;
  /** The bad value last warned about, per attribute, so each bad value warns once. */
  private readonly _warned = new Map<string, string>();

  constructor() {
    super();
    this.theme = 'auto';
    this._scheme = 'light';
  }

  /**
   * A server-rendered snippet arrives with a declarative shadow root. Lit would render beside its content,
   * so empty it first (unless Lit's hydration support is loaded): the first render, in the same frame,
   * puts back the same content, so nothing flashes or moves.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (this.shadowRoot && !this.hasUpdated && !('litElementHydrateSupport' in globalThis)) this.shadowRoot.replaceChildren();
    return super.createRenderRoot();
  }

  /** `lang` on the element itself is not a reactive property, but it changes the strings and formats shown. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback() {
    super.connectedCallback();
    // Before the first render only: the widgets of a page then read the page's colour scheme in one pass.
    if (!this.hasUpdated) queueSchemeRead(this);
    // The page's colour scheme or its lang attribute may have changed: re-resolve and re-render.
    this._stopWatching = watchColorScheme(() => {
      this._updateScheme();
      this.requestUpdate();
    });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this._stopWatching?.();
    this._stopWatching = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('theme') || !this.hasUpdated) this._updateScheme();
    // A bad heading-level warns even when no heading is shown (group headings may still use it).
    if (changed.has('headingLevel') && this.headingLevel !== undefined && this.headingLevel !== null) void this.level;
    // A server render shows the built-in statement: loading and validating belong to the browser.
    if ((changed.has('src') || changed.has('data')) && !isServer) void this._loadExternal();
  }

  /** Whether the statement shown changed in this update (an external one arrived): derived state must be redone. */
  protected docChanged(changed: PropertyValues<this>): boolean {
    return (changed as Map<PropertyKey, unknown>).has('_external');
  }

  /** Loads, validates and switches to the statement named by `data` or `src`; any failure warns and keeps the current one. */
  private async _loadExternal() {
    const load = ++this._loads;
    const { data, src } = this;
    const url = typeof src === 'string' ? src.trim() : '';
    if ((data === undefined || data === null) && !url) {
      this._external = undefined;
      return;
    }
    const attribute = data !== undefined && data !== null ? 'data' : 'src';
    const shown = attribute === 'data' ? (typeof data === 'object' ? '(object)' : data) : url;
    let raw = data;
    if (attribute === 'src') {
      try {
        raw = await fetchJson(url, (this.constructor as typeof KhojalyElement).fetchTimeout);
      } catch (error) {
        if (load === this._loads) this.warn('src', shown, `It could not be loaded (${(error as Error).message}). Showing the built-in statement.`);
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
      this.clearWarning(attribute);
      this._external = new StatementIndex(result.statement);
    } else {
      const more = result.problems.length > 8 ? `; and ${result.problems.length - 8} more` : '';
      this.warn(attribute, shown, `It is not a valid statement: ${result.problems.slice(0, 8).join('; ')}${more}. Showing the built-in statement.`);
    }
  }

  private _updateScheme() {
    const theme = this.pick('theme', this.theme, themes, 'auto');
    this._scheme = theme === 'auto' ? resolveScheme(this) : theme;
  }

  /** The statement this element renders, with its look-ups. */
  protected get doc(): StatementIndex {
    return this._external ?? builtInStatement;
  }

  /** The interface strings in the reader's language, with this element's overrides. */
  protected get msg(): Messages {
    const strings = messagesFor(this.locale);
    return this.messages ? { ...strings, ...this.messages } : strings;
  }

  /** The reader's language: the nearest `lang` attribute, else the document's, else English. */
  protected get locale(): string {
    return nearestLang(this);
  }

  /**
   * Checks an enumerated attribute. An accepted value (case and surrounding space ignored) is returned;
   * anything else warns once and gives `fallback`. An absent attribute gives `fallback` silently.
   */
  protected pick<T extends string>(attribute: string, value: unknown, accepted: readonly T[], fallback: T): T {
    if (value === undefined || value === null) return this.clearWarning(attribute), fallback;
    const normalized = String(value).trim().toLowerCase();
    const match = accepted.find((a) => a === normalized);
    if (match !== undefined) return this.clearWarning(attribute), match;
    this.warn(attribute, value, `Use one of: ${accepted.join(', ')}. Showing ${attribute}="${fallback}".`);
    return fallback;
  }

  /** Warns once about a bad attribute value: `<tag> attribute="value" is not valid. <what to do>` */
  protected warn(attribute: string, value: unknown, advice: string) {
    const shown = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
    if (this._warned.get(attribute) === shown) return;
    this._warned.set(attribute, shown);
    const clipped = shown.length > 80 ? `${shown.slice(0, 77)}…` : shown;
    console.warn(`<${this.localName}> ${attribute}="${clipped}" is not valid. ${advice}`);
  }

  /** Forgets the warning of an attribute once it holds a good value again. */
  protected clearWarning(attribute: string) {
    this._warned.delete(attribute);
  }

  /** The heading's text: a string or a number as text; anything else warns once and shows no heading. */
  protected get headingText(): string {
    const raw: unknown = this.heading;
    if (raw === undefined || raw === null) return '';
    if (typeof raw === 'string' || typeof raw === 'number') return this.clearWarning('heading'), String(raw).trim();
    this.warn('heading', raw, 'Use text. Showing no heading.');
    return '';
  }

  /** The heading level in use (2–6), checking the attribute. */
  protected get level(): number {
    const raw = this.headingLevel;
    if (raw === undefined || raw === null) return 2;
    const n = Number(raw);
    if (Number.isInteger(n) && n >= 2 && n <= 6) return this.clearWarning('heading-level'), n;
    this.warn('heading-level', raw, 'Use a whole number from 2 to 6. Showing level 2.');
    return 2;
  }

  /** A heading of the given level (clamped to 6) — `<h2>`…`<h6>` need distinct static tags in Lit. */
  protected headingTemplate(level: number, content: unknown, part = 'heading'): TemplateResult {
    switch (Math.min(level, 6)) {
      case 2: return html`<h2 part=${part}>${content}</h2>`;
      case 3: return html`<h3 part=${part}>${content}</h3>`;
      case 4: return html`<h4 part=${part}>${content}</h4>`;
      case 5: return html`<h5 part=${part}>${content}</h5>`;
      default: return html`<h6 part=${part}>${content}</h6>`;
    }
  }

  /** The widget's outer frame: the theme class, the optional heading, the content and the attribution. */
  protected frame(content: unknown, className = ''): TemplateResult {
    const heading = this.headingText;
    return html`<figure part="base" class="root ${this._scheme} ${className}">
      ${heading ? this.headingTemplate(this.level, heading) : nothing} ${content}
      <figcaption part="attribution" class="attribution">${this.attribution()}</figcaption>
    </figure>`;
  }

  /** "Source: Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan, statement of 22 February 2021" */
  protected attribution(): TemplateResult {
    const doc = this.doc.statement.document;
    return html`${this.msg.sourcePrefix} <cite>${doc.issuer}</cite>, ${this.msg.statementOf}
      <time datetime=${doc.date}>${formatDate(doc.date, this.locale)}</time>`;
  }

  /** A disclosure showing the verbatim sentences the given items come from, with their paragraph numbers. */
  protected sourceDisclosure(sources: Source[], label: string = this.msg.source): TemplateResult {
    const seen = new Set<string>();
    const cited = sources
      .map((s) => ({ sentence: this.doc.sourceSentence(s), paragraph: this.doc.findParagraph(s.paragraph) }))
      .filter(({ sentence }) => !seen.has(sentence) && seen.add(sentence));
    return html`<details part="source" class="source">
      <summary part="source-summary">${label}</summary>
      ${cited.map(
        ({ sentence, paragraph }) => html`<blockquote part="source-quote">
          <p>${sentence}</p>
          ${paragraph?.number ? html`<p class="where">${this.msg.paragraph} ${paragraph.number}</p>` : nothing}
        </blockquote>`,
      )}
    </details>`;
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
