// SPDX-License-Identifier: MIT
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { sentences, type Paragraph } from '../data/statement.js';
import { KhojalyElement } from '../shared/base.js';
import { formatDate } from '../shared/format.js';
import { baseStyles } from '../shared/styles.js';
import { quoteStyles } from './statement-quote.styles.js';

export const quoteVariants = ['card', 'pull', 'inline'] as const;
export type QuoteVariant = (typeof quoteVariants)[number];
const defaultQuote = 'call-to-recognize';

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
 * @fires khojaly-copy - After the quote was copied; `detail.text` holds the copied text.
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
export class StatementQuote extends KhojalyElement {
  static override styles = [baseStyles, quoteStyles];

  static override properties: PropertyDeclarations = {
    quote: { reflect: true },
    paragraph: { reflect: true },
    sentence: { reflect: true },
    variant: { reflect: true },
    _status: { state: true },
  };

  /** A named pull quote: `call-to-recognize` (default), `crime-against-humanity`, `casualties`, `anniversary`, `impunity`. */
  declare quote: string | undefined;
  /** A paragraph by id (`p5`) or body number (`5`); used when `quote` is not set (with `quote`, it warns). */
  declare paragraph: string | undefined;
  /** With `paragraph`: one sentence of it, by its number (1 is the first). */
  declare sentence: string | number | undefined;
  /** `card` (default), `pull` (large pull quote) or `inline` (a `<q>` that sits in running text). */
  declare variant: QuoteVariant;

  /** @internal What the status line says after a copy. */
  declare private _status: '' | 'copied' | 'failed';
  private _passage!: Passage;
  private _variant: QuoteVariant = 'card';
  private _statusTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    this.variant = 'card';
    this._status = '';
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this._statusTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    this._variant = this.pick('variant', this.variant, quoteVariants, 'card');
    if (changed.has('quote') || changed.has('paragraph') || changed.has('sentence') || !this.hasUpdated || this.docChanged(changed)) {
      this._passage = this._choose();
    }
  }

  /** Resolves quote / paragraph / sentence to a passage, warning about and falling back from bad values. */
  private _choose(): Passage {
    const named = (id: string): Passage => {
      const q = this.doc.findQuote(id)!;
      return { text: q.source.phrase, paragraph: this.doc.findParagraph(q.source.paragraph)! };
    };
    const given = (v: unknown) => v !== undefined && v !== null;
    if (given(this.quote)) {
      // quote wins over paragraph and sentence: say so, rather than ignore them silently.
      const shown = given(this.paragraph) ? 'paragraph' : given(this.sentence) ? 'sentence' : undefined;
      for (const other of ['paragraph', 'sentence'] as const) if (other !== shown) this.clearWarning(other);
      const quoted = String(this.quote).length > 40 ? `${String(this.quote).slice(0, 37)}…` : String(this.quote);
      if (shown) this.warn(shown, this[shown], `quote="${quoted}" is set too, and quote wins: remove one of them.`);
      const id = String(this.quote).trim();
      if (this.doc.findQuote(id)) return this.clearWarning('quote'), named(id);
      this.warn('quote', this.quote, `Use one of: ${this.doc.statement.quotes.map((q) => q.id).join(', ')}. Showing quote="${defaultQuote}".`);
      return named(defaultQuote);
    }
    if (this.paragraph !== undefined && this.paragraph !== null) {
      const p = this.doc.findParagraph(String(this.paragraph));
      if (!p || p.kind !== 'body') {
        this.warn(
          'paragraph',
          this.paragraph,
          `Use a paragraph number from 1 to ${this.doc.bodyParagraphs.length} or an id from p1 to p${this.doc.bodyParagraphs.length}. Showing quote="${defaultQuote}".`,
        );
        return named(defaultQuote);
      }
      this.clearWarning('paragraph');
      if (this.sentence === undefined || this.sentence === null) return this.clearWarning('sentence'), { text: p.text, paragraph: p };
      const all = sentences(p.text);
      const n = Number(String(this.sentence).trim());
      if (Number.isInteger(n) && n >= 1 && n <= all.length) return this.clearWarning('sentence'), { text: all[n - 1], paragraph: p };
      this.warn('sentence', this.sentence, `Paragraph ${p.number} has sentences 1 to ${all.length}. Showing the whole paragraph.`);
      return { text: p.text, paragraph: p };
    }
    if (given(this.sentence)) {
      this.warn('sentence', this.sentence, `It picks a sentence of paragraph, which is not set: add paragraph="…". Showing quote="${defaultQuote}".`);
    } else {
      this.clearWarning('sentence');
    }
    return named(defaultQuote);
  }

  /** The plain-text citation copied with the quote. */
  get citation(): string {
    const { signatory, date } = this.doc.statement.document;
    return `${signatory.name}, ${signatory.title}, ${this.msg.statementOf} ${formatDate(date, this.locale)}, ${this.msg.citationParagraph} ${this._passage.paragraph.number}`;
  }

  /** The quote and its citation as plain text, as "Copy with citation" copies it. */
  get textWithCitation(): string {
    return `“${this._passage.text}”\n— ${this.citation}`;
  }

  /** Copies the quote with its citation to the clipboard; resolves to whether it worked. */
  async copy(): Promise<boolean> {
    const text = this.textWithCitation;
    let ok = false;
    try {
      await navigator.clipboard.writeText(text);
      ok = true;
    } catch {
      ok = copyWithSelection(text, this.renderRoot);
    }
    this._status = ok ? 'copied' : 'failed';
    clearTimeout(this._statusTimer);
    this._statusTimer = setTimeout(() => (this._status = ''), 4000);
    if (ok) this.dispatchEvent(new CustomEvent('khojaly-copy', { detail: { text }, bubbles: true, composed: true }));
    return ok;
  }

  private _caption(): TemplateResult {
    const { signatory, date } = this.doc.statement.document;
    return html`<span class="name">${signatory.name}</span>, <span class="office">${signatory.title}</span>,
      <cite>${this.msg.statementOf} <time datetime=${date}>${formatDate(date, this.locale)}</time></cite>,
      <span class="paragraph">${this.msg.citationParagraph} ${this._passage.paragraph.number}</span>`;
  }

  override render() {
    const { text, paragraph } = this._passage;
    if (this._variant === 'inline') {
      return html`<span part="base" class="root inline-root ${this._scheme}"
        ><q part="quote" data-paragraph=${paragraph.id}>${text}</q>
        <span part="attribution" class="attribution">(${this._caption()})</span></span
      >`;
    }
    const statusText = this._status === 'copied' ? this.msg.copied : this._status === 'failed' ? this.msg.copyFailed : '';
    const heading = this.headingText;
    return html`<figure part="base" class="root ${this._scheme} variant-${this._variant}">
      ${heading ? this.headingTemplate(this.level, heading) : nothing}
      <blockquote part="quote" class="quote" data-paragraph=${paragraph.id}><p>${text}</p></blockquote>
      <figcaption part="attribution" class="attribution">— ${this._caption()}</figcaption>
      <div class="actions">
        <button part="copy-button" type="button" @click=${() => this.copy()}>${this.msg.copy}</button>
        <span part="status" class="status ${this._status}" role="status">${statusText}</span>
      </div>
    </figure>`;
  }
}

/** Clipboard fallback for pages where the async clipboard API is unavailable (no secure context, old engines). */
function copyWithSelection(text: string, root: Node): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  (root as ShadowRoot | HTMLElement).append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}
