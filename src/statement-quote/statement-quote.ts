// SPDX-License-Identifier: MIT
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { sentences, type Paragraph } from '../data/statement.js';
import { KhojalyElement } from '../shared/base.js';
import { copyText } from '../shared/clipboard.js';
import { formatDate } from '../shared/dates.js';
import { choice, optionProperties, type PropOf } from '../shared/options.js';
import { baseStyles } from '../shared/styles.js';
import { quoteStyles } from './statement-quote.styles.js';
import { en, quoteEn } from '../shared/messages.js';

const options = {
  /** A named pull quote of the statement: `call-to-recognize` (the default, its first), `crime-against-humanity`, `casualties`, `anniversary`, `impunity`. */
  quote: choice(
    (doc) => doc.statement.quotes.map((q) => q.id),
    (doc) => doc.statement.quotes[0]?.id,
  ),
  /** A paragraph by body number (`5`) or id (`p5`); used when `quote` is not set (with `quote`, it warns). */
  paragraph: choice(
    (doc) => doc.bodyParagraphs.flatMap((p) => [String(p.number), p.id]),
    () => undefined,
    { checkedBy: 'element' },
  ),
  /** With `paragraph`: one sentence of it, by its number (1 is the first). */
  sentence: { kind: 'integer', min: 1, checkedBy: 'element' } as const,
  /** `card` (default), `pull` (large pull quote) or `inline` (a `<q>` that sits in running text). */
  variant: choice(['card', 'pull', 'inline'], 'card', { inline: ['inline'] }),
};
export type QuoteVariant = PropOf<typeof options.variant> & string;

/** The event `<statement-quote>` fires after a copy: `detail.text` is the copied quote with its citation. */
export type KhojalyCopyEvent = CustomEvent<{ text: string }>;

/** What the element quotes: verbatim text and the paragraph it comes from. */
interface Passage {
  text: string;
  paragraph: Paragraph;
}

/**
 * A paragraph or a sentence of the statement as a quotation with its citation (signatory, office, date),
 * and a "copy with citation" button that copies the quote and its attribution as plain text.
 *
 * Choose the text with `quote` (a named pull quote), or `paragraph` (id or number) and optionally `sentence`.
 *
 * @summary A verbatim quote from the statement with its citation.
 * @tag statement-quote
 *
 * @fires {KhojalyCopyEvent} khojaly-copy - After the quote was copied; `detail.text` holds the copied text.
 *
 * @csspart base - The outer `<figure>`.
 * @csspart heading - The optional heading.
 * @csspart quote - The `<blockquote>` (or `<q>` in the inline variant).
 * @csspart attribution - The citation: signatory, office, date and paragraph.
 * @csspart copy-button - The "Copy with citation" button.
 * @csspart status - The confirmation shown after copying.
 *
 * @cssprop --khojaly-color-text - Text colour.
 * @cssprop --khojaly-color-muted - Secondary text (the citation).
 * @cssprop --khojaly-color-background - Background of the widget.
 * @cssprop --khojaly-color-surface - Background of the button.
 * @cssprop --khojaly-color-border - Borders and rules.
 * @cssprop --khojaly-color-accent - The quotation mark, the pull quote's rule and the focus ring.
 * @cssprop --khojaly-font-family - Font (default: the page's).
 * @cssprop --khojaly-font-family-quote - Font of the quoted text (default: the widget's font).
 * @cssprop --khojaly-font-size - Base font size (default: `medium`).
 * @cssprop --khojaly-space - Base spacing (default `1em`).
 * @cssprop --khojaly-radius - Corner radius (default `0.5em`).
 */
export class StatementQuote extends KhojalyElement<typeof StatementQuote.english> {
  static override styles = [baseStyles, quoteStyles];

  static override properties = { ...optionProperties(options), _status: { state: true } };
  static override english = { ...en, ...quoteEn };

  declare quote: string | undefined;
  declare paragraph: string | number | undefined;
  declare sentence: string | number | undefined;
  declare variant: PropOf<typeof options.variant>;

  /** @internal What the status line says after a copy. */
  declare private _status: '' | 'copied' | 'failed';
  private _passage: Passage | undefined;
  private _statusTimer?: ReturnType<typeof setTimeout>;
  /** Custom states (`:state(inline)`) style the host without writing an attribute on it. */
  private readonly _internals = isServer ? undefined : this.attachInternals();

  constructor() {
    super();
    this._status = '';
  }

  /**
   * A server-rendered snippet hides the copy button until the script runs. Without Lit's hydration support the
   * first render replaces the snippet; with it, the snippet's markup is kept, so show the button here.
   */
  protected override firstUpdated() {
    this.renderRoot.querySelectorAll<HTMLButtonElement>('button[hidden]').forEach((b) => (b.hidden = false));
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this._statusTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (this.changedAny(changed, 'quote', 'paragraph', 'sentence')) this._passage = this._choose();
    const states = this._internals?.states;
    if (states && this.choice('variant') === 'inline') states.add('inline');
    else states?.delete('inline');
  }

  /**
   * What shows when nothing (valid) is chosen: the statement's first named quote, else its first body
   * paragraph, else nothing; and how a warning names it.
   */
  private _fallback(): { passage: Passage | undefined; text: string } {
    const id = this.choice('quote');
    const quote = id === undefined ? undefined : this.doc.findQuote(id);
    const paragraph = quote && this.doc.findParagraph(quote.source.paragraph);
    if (quote && paragraph) return { passage: { text: quote.source.phrase, paragraph }, text: `quote="${quote.id}"` };
    const first = this.doc.bodyParagraphs[0];
    return first ? { passage: { text: first.text, paragraph: first }, text: `paragraph="${first.number}"` } : { passage: undefined, text: 'nothing' };
  }

  /** Resolves quote / paragraph / sentence to a passage, warning about and falling back from bad values. */
  private _choose(): Passage | undefined {
    const given = (v: unknown) => v !== undefined && v !== null;
    const fallback = this._fallback();
    if (given(this.quote)) {
      // quote wins over paragraph and sentence: say so, rather than ignore them silently. A bad quote has warned (the base class).
      const shown = given(this.paragraph) ? 'paragraph' : given(this.sentence) ? 'sentence' : undefined;
      for (const other of ['paragraph', 'sentence'] as const) if (other !== shown) this.clearWarning(other);
      const quoted = String(this.quote).length > 40 ? `${String(this.quote).slice(0, 37)}…` : String(this.quote);
      if (shown) this.warn(shown, this[shown], `quote="${quoted}" is set too, and quote wins: remove one of them.`);
      return fallback.passage;
    }
    if (given(this.paragraph)) {
      const p = this.doc.findParagraph(String(this.paragraph));
      if (!p || p.kind !== 'body') {
        const n = this.doc.bodyParagraphs.length;
        this.warn('paragraph', this.paragraph, `Use a paragraph number from 1 to ${n} or an id from p1 to p${n}. Showing ${fallback.text}.`);
        return fallback.passage;
      }
      this.clearWarning('paragraph');
      if (!given(this.sentence)) return this.clearWarning('sentence'), { text: p.text, paragraph: p };
      const all = sentences(p.text);
      const n = Number(String(this.sentence).trim());
      if (Number.isInteger(n) && n >= 1 && n <= all.length) return this.clearWarning('sentence'), { text: all[n - 1], paragraph: p };
      this.warn('sentence', this.sentence, `Paragraph ${p.number} has sentences 1 to ${all.length}. Showing the whole paragraph.`);
      return { text: p.text, paragraph: p };
    }
    if (given(this.sentence)) {
      this.warn('sentence', this.sentence, `It picks a sentence of paragraph, which is not set: add paragraph="…". Showing ${fallback.text}.`);
    } else {
      this.clearWarning('sentence');
    }
    return fallback.passage;
  }

  /** The plain-text citation copied with the quote. */
  get citation(): string {
    const { signatory, date } = this.doc.statement.document;
    const where = this._passage ? `, ${this.msg.citationParagraph} ${this._passage.paragraph.number}` : '';
    return `${signatory.name}, ${signatory.title}, ${this.msg.statementOf} ${formatDate(date, this.locale)}${where}`;
  }

  /** The quote and its citation as plain text, as "Copy with citation" copies it. */
  get textWithCitation(): string {
    return this._passage ? `“${this._passage.text}”\n— ${this.citation}` : '';
  }

  /** Copies the quote with its citation to the clipboard; resolves to whether it worked. */
  async copy(): Promise<boolean> {
    const text = this.textWithCitation;
    const ok = await copyText(text, this.renderRoot);
    this._status = ok ? 'copied' : 'failed';
    clearTimeout(this._statusTimer);
    this._statusTimer = setTimeout(() => (this._status = ''), 4000);
    if (ok) this.dispatchEvent(new CustomEvent<KhojalyCopyEvent['detail']>('khojaly-copy', { detail: { text }, bubbles: true, composed: true }));
    return ok;
  }

  private _caption(paragraph: Paragraph): TemplateResult {
    const { signatory, date } = this.doc.statement.document;
    return html`<span class="name">${signatory.name}</span>, <span class="office">${signatory.title}</span>,
      <cite>${this.msg.statementOf} <time datetime=${date}>${formatDate(date, this.locale)}</time></cite>,
      <span class="paragraph">${this.msg.citationParagraph} ${paragraph.number}</span>`;
  }

  override render() {
    if (!this._passage) return this.nothingToShow('no quotes and no paragraphs');
    const { text, paragraph } = this._passage;
    const variant = this.choice<QuoteVariant>('variant');
    if (variant === 'inline') {
      return html`<span part="base" class="root inline-root ${this.scheme}"
        ><q part="quote" data-paragraph=${paragraph.id}>${text}</q>
        <span part="attribution" class="attribution">(${this._caption(paragraph)})</span></span
      >`;
    }
    // `nothing`, not '': an empty text from a server render leaves hydration no text node to update (lit/lit#4937).
    const statusText = this._status === 'copied' ? this.msg.copied : this._status === 'failed' ? this.msg.copyFailed : '';
    return this.frame(
      html`<blockquote part="quote" class="quote" data-paragraph=${paragraph.id}><p>${text}</p></blockquote>`,
      `variant-${variant}`,
      html`— ${this._caption(paragraph)}`,
      html`<div class="actions">
        <button part="copy-button" type="button" @click=${() => this.copy()}>${this.msg.copy}</button>
        <span part="status" class="status ${this._status}" role="status">${statusText || nothing}</span>
      </div>`,
    );
  }
}
