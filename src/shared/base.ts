// SPDX-License-Identifier: MIT
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Source, StatementIndex } from '../data/statement.js';
import { version } from '../version.js';
import { ColorSchemeController, type Theme } from './color-scheme.js';
import { nearestLang } from './format.js';
import { en, stringsFor, type Messages } from './messages.js';
import { commonOptions } from './common-options.js';
import { checkOption, optionProperties, optionsOf, type PropOf } from './options.js';
import { StatementController } from './statement-controller.js';
import { attributionLine, headingTag, sourceDisclosure } from './templates.js';
import { warnEmpty, warnOnce, type Warnings } from './warnings.js';

/**
 * What every khojaly widget renders and checks: the frame with its optional heading, the attribution and
 * the source disclosures, and one warning per bad option value. The statement shown and the colour scheme
 * come from controllers. Elements declare their options (`optionProperties`) and render through `frame()`;
 * `S` is the type of their `english` strings, which `msg` has.
 */
export abstract class KhojalyElement<S extends typeof en = typeof en> extends LitElement implements Warnings {
  /** The library version, so a second copy loaded on the page can tell whether it matches. */
  static readonly version = version;
  /** How long `src` may take to load before the element gives up and warns, in milliseconds. */
  static fetchTimeout = 8000;
  static override properties = optionProperties(commonOptions);
  /** The English interface strings the element shows: the shared ones, and an element's own beside them. */
  static english: typeof en = en;

  declare theme: PropOf<typeof commonOptions.theme>;
  declare heading: string | undefined;
  declare headingLevel: PropOf<typeof commonOptions.headingLevel>;
  declare src: string | undefined;
  declare data: unknown;
  declare messages: Partial<Messages> | undefined;

  readonly warned = new Map<string, string>(); // the bad value last warned about, per attribute
  private readonly _statement = new StatementController(this, () => (this.constructor as typeof KhojalyElement).fetchTimeout);
  private readonly _scheme = new ColorSchemeController(this, () => this.choice<Theme>('theme') ?? 'auto');
  private readonly _checked = new Map<string, unknown>(); // each choice and integer option's checked value
  private _shownDoc?: StatementIndex;
  protected docChanged = false; // whether another statement arrived in this update: derived state must be redone

  constructor() {
    super();
    // Flags start false, not undefined: Vue sets a bare attribute's '' as the property, and reads '' as true only for a boolean.
    for (const [name, option] of optionsOf(this.constructor as CustomElementConstructor)) if (option.kind === 'flag') (this as Record<string, unknown>)[name] = false;
  }

  /** A snippet's declarative shadow root is emptied (unless Lit hydrates): the first render, in the same frame, puts it back. */
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

  protected override willUpdate(changed: PropertyValues<this>) {
    this.docChanged = this._shownDoc !== undefined && this._shownDoc !== this.doc;
    this._shownDoc = this.doc;
    for (const [name, option] of optionsOf(this.constructor as CustomElementConstructor)) {
      if ((option.kind !== 'choice' && option.kind !== 'integer') || option.checkedBy || !this.changedAny(changed, name)) continue;
      this._checked.set(name, checkOption(this, name, option, this[name as keyof this], this.doc));
    }
    if (this.changedAny(changed, 'theme')) this._scheme.resolve();
  }

  /** Whether any of the named properties changed, or this is the first update, or another statement arrived. */
  protected changedAny(changed: PropertyValues<this>, ...names: string[]): boolean {
    return !this.hasUpdated || this.docChanged || names.some((n) => (changed as Map<PropertyKey, unknown>).has(n));
  }

  /** The checked value of a choice option: an accepted value, or its default (undefined: the statement has none). */
  protected choice<V extends string>(name: string): V | undefined {
    return this._checked.get(name) as V | undefined;
  }

  /** The statement this element renders, with its look-ups, and the colour scheme in use. */
  protected get doc(): StatementIndex { return this._statement.doc; }
  protected get scheme(): 'light' | 'dark' { return this._scheme.scheme; }

  /** The interface strings in the reader's language, with this element's overrides. */
  protected get msg(): S {
    const strings = stringsFor(this.locale, (this.constructor as typeof KhojalyElement).english as S);
    return this.messages ? { ...strings, ...this.messages } : strings;
  }

  /** The reader's language: the nearest `lang` attribute, else the document's, else English. */
  protected get locale(): string {
    return nearestLang(this);
  }

  /** Warns once about a bad attribute value: `<tag> attribute="value" is not valid. <what to do>` */
  warn(attribute: string, value: unknown, advice: string): void {
    warnOnce(this, attribute, value, advice);
  }

  /** Forgets the warning of an attribute once it holds a good value again. */
  clearWarning(attribute: string): void {
    this.warned.delete(attribute);
  }

  /** The heading's text: a string or a number as text; anything else warns once and shows no heading. */
  protected get headingText(): string {
    const raw: unknown = this.heading;
    if (typeof raw === 'string' || typeof raw === 'number') return this.clearWarning('heading'), String(raw).trim();
    if (raw !== undefined && raw !== null) this.warn('heading', raw, 'Use text. Showing no heading.');
    return '';
  }

  /** The heading level in use (2–6). */
  protected get level(): number {
    return Number(this._checked.get('headingLevel') ?? 2);
  }

  /** The widget's outer frame: the theme class, the optional heading, the content, the caption (the attribution by default) and what follows it. */
  protected frame(content: unknown, className = '', caption: unknown = this.attribution(), after: unknown = nothing): TemplateResult {
    const heading = this.headingText;
    return html`<figure part="base" class="root ${this.scheme} ${className}">
      ${heading ? headingTag(this.level, heading) : nothing} ${content}
      <figcaption part="attribution" class="attribution">${caption}</figcaption>${after}
    </figure>`;
  }

  /** When the statement shown has nothing for the widget (`what`: "no figures"): one warning, and a short line. */
  protected nothingToShow(what: string): TemplateResult {
    warnEmpty(this, this.data != null ? 'data' : 'src', this.data != null ? this.data : this.src, what);
    return this.frame(html`<p part="empty" class="empty">${this.msg.nothingToShow}</p>`);
  }

  /** "Source: Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan, statement of 22 February 2021" */
  protected attribution(): TemplateResult {
    return attributionLine(this.doc, this.msg, this.locale);
  }

  /** A disclosure showing the verbatim sentences the given items come from, with their paragraph numbers. */
  protected sourceDisclosure(sources: Source[], label: string = this.msg.source): TemplateResult {
    return sourceDisclosure(this.doc, sources, label, this.msg.paragraph);
  }
}
