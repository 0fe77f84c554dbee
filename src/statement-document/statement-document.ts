// SPDX-License-Identifier: MIT
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Addressee, Paragraph } from '../data/statement.js';
import { KhojalyElement } from '../shared/base.js';
import { optionProperties } from '../shared/options.js';
import { baseStyles } from '../shared/styles.js';
import { headingTag } from '../shared/templates.js';
import { documentStyles } from './statement-document.styles.js';
import { en, documentEn } from '../shared/messages.js';

/** How many opening words of a paragraph a table-of-contents entry quotes. */
const excerptWords = 8;

/** A prefix that keeps ids and fragments plain: letters, digits, `_`, `-`, `:` and `.`. */
const prefixPattern = /^[\w:.-]*$/;

const options = {
  /** Shows a table of contents linking to each paragraph. */
  toc: { kind: 'flag' },
  /** Prefix of the paragraphs' ids and fragments (`anchor-prefix="khojaly-"` → `#khojaly-p5`); default none (`#p5`). */
  anchorPrefix: { kind: 'text' },
} as const;

/** One addressee as a slice of the addressees paragraph: joined, the slices give the paragraph back. */
interface AddresseeSlice {
  id: string;
  text: string;
}

/**
 * Splits the addressees paragraph into its lead-in ("This Statement is addressed to the ") and one verbatim
 * slice per addressee, so it can be shown as a list without changing a character: each slice is the
 * addressee's phrase with the words that join it to the previous one ("the …", "as well as to the …") and
 * the punctuation after it. Undefined when a phrase is not found in order (another statement's data):
 * the caller then shows the paragraph as it is.
 */
function addresseeSlices(text: string, addressees: readonly Addressee[]): { lead: string; items: AddresseeSlice[] } | undefined {
  const found: { id: string; start: number; end: number }[] = [];
  let at = 0;
  const inOrder = [...addressees].sort((a, b) => text.indexOf(a.source.phrase) - text.indexOf(b.source.phrase));
  for (const a of inOrder) {
    const start = text.indexOf(a.source.phrase, at);
    if (start < 0) return undefined;
    at = start + a.source.phrase.length;
    found.push({ id: a.id, start, end: at });
  }
  if (!found.length) return undefined;
  const items = found.map(({ id, start, end }) => ({ id, text: text.slice(start, end) }));
  for (let i = 1; i < found.length; i++) {
    // The gap ", as well as to the " splits after its punctuation and space: "," closes the previous item.
    const gap = text.slice(found[i - 1].end, found[i].start);
    const [, close = '', joiner = ''] = /^(\S*\s*)([\s\S]*)$/.exec(gap) ?? [];
    items[i - 1].text += close;
    items[i].text = joiner + items[i].text;
  }
  items[items.length - 1].text += text.slice(found[found.length - 1].end);
  return { lead: text.slice(0, found[0].start), items };
}

/** "This year we mark the 29th anniversary of…": the opening words, verbatim, and whether any were left out. */
function openingWords(text: string, count = excerptWords): { words: string; truncated: boolean } {
  const words = text.split(' ');
  return { words: words.slice(0, count).join(' '), truncated: words.length > count };
}

/**
 * The whole statement as a readable, printable article: its heading and title, the twelve body paragraphs
 * verbatim, the signature, the date and the addressees, with the attribution beneath.
 *
 * **Permalinks.** Each body paragraph ends with a "¶" link to `#p1`…`#p12` (with `anchor-prefix`,
 * `#<prefix>p5`). The paragraphs live in the shadow DOM, where a URL fragment cannot reach them, so the
 * element does the browser's part itself: when it connects and on every `hashchange`, a fragment naming
 * one of its paragraphs scrolls that paragraph into view, focuses it and highlights it. A fragment it does
 * not know is left to the page. Use `anchor-prefix` when the page has its own `#p5` or shows two documents.
 *
 * **Table of contents** (`toc`). One entry per body paragraph: "Paragraph 5" and the paragraph's first
 * words in quotation marks, verbatim, with an ellipsis where the quotation stops. A number alone does not
 * tell a reader where to go; the opening words do, and the quotation marks and ellipsis show they are a
 * truncated quotation of the text that follows, not a summary or an edit of it.
 *
 * **Addressees** are shown as a list whose items are verbatim slices of the addressees paragraph: read in
 * order, lead-in and items give the paragraph back, character for character.
 *
 * @summary The whole statement as an article, with paragraph permalinks and an optional table of contents.
 * @tag statement-document
 *
 * @csspart base - The outer `<figure>`.
 * @csspart heading - The optional heading.
 * @csspart toc - The table of contents (`<nav>`).
 * @csspart toc-heading - The table of contents' heading.
 * @csspart toc-link - One entry of the table of contents.
 * @csspart article - The statement (`<article>`).
 * @csspart title - The statement's heading and title (one heading element).
 * @csspart paragraph - A body paragraph (`<p id="p5">`).
 * @csspart permalink - A paragraph's "¶" link.
 * @csspart signature - The signatory's name and title.
 * @csspart date - The statement's date (`<time>`).
 * @csspart addressees - The addressees: the lead-in and the list.
 * @csspart addressee - One addressee.
 * @csspart attribution - The attribution line (issuer and date).
 *
 * @cssprop --khojaly-color-text - Text colour.
 * @cssprop --khojaly-color-muted - Secondary text (permalinks, attribution).
 * @cssprop --khojaly-color-background - Background of the widget.
 * @cssprop --khojaly-color-surface - Background of the highlighted paragraph.
 * @cssprop --khojaly-color-border - Borders and rules.
 * @cssprop --khojaly-color-accent - The highlighted paragraph's rule, links on hover and the focus ring.
 * @cssprop --khojaly-font-family - Font (default: the page's).
 * @cssprop --khojaly-font-family-quote - Font of the statement's text (default: the widget's font).
 * @cssprop --khojaly-font-size - Base font size (default: `medium`).
 * @cssprop --khojaly-space - Base spacing (default `1em`).
 * @cssprop --khojaly-radius - Corner radius (default `0.5em`).
 */
export class StatementDocument extends KhojalyElement<typeof StatementDocument.english> {
  static override styles = [baseStyles, documentStyles];

  static override properties = { ...optionProperties(options), _target: { state: true } };
  static override english = { ...en, ...documentEn };

  declare toc: boolean;
  declare anchorPrefix: string | undefined;

  /** @internal The id (`p5`) of the paragraph the URL fragment points at, highlighted. */
  declare private _target: string | undefined;
  private _prefix = '';
  /** Whether the fragment the page was opened at has been handled: moving the element must not scroll again. */
  private _openedAtFragment = false;
  private readonly _onHashChange = () => void this._revealFragment();

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('hashchange', this._onHashChange);
    // The page may have been opened at #p5: once rendered, go there as the browser would have.
    if (!this._openedAtFragment) {
      this._openedAtFragment = true;
      void this.updateComplete.then(() => this._revealFragment());
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this._onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (this.changedAny(changed, 'anchorPrefix')) this._prefix = this._checkPrefix();
  }

  private _checkPrefix(): string {
    const raw = this.anchorPrefix;
    if (raw === undefined || raw === null) return this.clearWarning('anchor-prefix'), '';
    const prefix = String(raw).trim();
    if (prefixPattern.test(prefix)) return this.clearWarning('anchor-prefix'), prefix;
    this.warn('anchor-prefix', raw, 'Use letters, digits, "_", "-", ":" or "." only (e.g. "khojaly-"). Using no prefix (#p5).');
    return '';
  }

  /** The id of a body paragraph in this element's shadow root (`p5`, or `khojaly-p5` with a prefix). */
  private _anchor(p: Paragraph): string {
    return `${this._prefix}${p.id}`;
  }

  /** The body paragraph a URL fragment names (`#p5`, with this element's prefix), if any. */
  private _paragraphOf(hash: string): Paragraph | undefined {
    let fragment = hash.replace(/^#/, '');
    try {
      fragment = decodeURIComponent(fragment);
    } catch {
      return undefined;
    }
    return this.doc.bodyParagraphs.find((p) => this._anchor(p) === fragment);
  }

  /**
   * Scrolls to, focuses and highlights the paragraph the page's URL fragment names. Any other fragment is
   * the page's: the highlight goes, as `:target` would, and nothing else happens.
   */
  private async _revealFragment(): Promise<void> {
    if (!this.isConnected) return;
    const p = this._paragraphOf(location.hash);
    this._target = p?.id;
    if (!p) return;
    await this.updateComplete;
    const el = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this._anchor(p))}`);
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  }

  /** A link to the fragment already in the URL fires no `hashchange`: reveal the paragraph anyway. */
  private _onLinkClick(p: Paragraph) {
    if (this._paragraphOf(location.hash) === p) void this._revealFragment();
  }

  private _title(paragraphs: Paragraph[], level: number): TemplateResult | typeof nothing {
    if (!paragraphs.length) return nothing;
    const lines = paragraphs.map((p, i) => html`${i ? ' ' : ''}<span class="title-line ${p.kind}" data-paragraph=${p.id}>${p.text}</span>`);
    return headingTag(level, lines, 'title');
  }

  private _toc(level: number): TemplateResult {
    const { contents } = this.msg;
    return html`<nav part="toc" class="toc" aria-label=${contents} lang=${this.locale}>
      ${headingTag(level, contents, 'toc-heading')}
      <ol class="toc-list">
        ${this.doc.bodyParagraphs.map((p) => {
          const { words, truncated } = openingWords(p.text);
          return html`<li>
            <a part="toc-link" href="#${this._anchor(p)}" data-paragraph=${p.id} @click=${() => this._onLinkClick(p)}
              ><span class="toc-number">${this.msg.paragraph} ${p.number}</span>
              <q class="excerpt" lang=${this.doc.language}>${words}${truncated ? html`<span class="truncation">…</span>` : nothing}</q></a
            >
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  private _paragraph(p: Paragraph): TemplateResult {
    const label = `${this.msg.paragraph} ${p.number}`;
    return html`<p
      part="paragraph"
      class="paragraph ${this._target === p.id ? 'target' : ''}"
      id=${this._anchor(p)}
      data-paragraph=${p.id}
      tabindex="-1"
    ><span class="text">${p.text}</span> <a
        part="permalink"
        class="permalink"
        href="#${this._anchor(p)}"
        aria-label=${label}
        lang=${this.locale}
        @click=${() => this._onLinkClick(p)}
      >¶</a></p>`;
  }

  private _addressees(p: Paragraph): TemplateResult {
    const slices = addresseeSlices(p.text, this.doc.statement.addressees);
    if (!slices) return html`<p part="addressees" class="addressees" data-paragraph=${p.id}>${p.text}</p>`;
    return html`<div part="addressees" class="addressees" data-paragraph=${p.id}>
      <p class="lead">${slices.lead}</p>
      <ul class="addressee-list">
        ${slices.items.map((a) => html`<li part="addressee" data-addressee=${a.id}>${a.text}</li>`)}
      </ul>
    </div>`;
  }

  override render() {
    const all = this.doc.statement.paragraphs;
    const of = (...kinds: Paragraph['kind'][]) => all.filter((p) => kinds.includes(p.kind));
    const level = this.level + (this.headingText ? 1 : 0);
    const signature = of('signatory-name', 'signatory-title');
    const dates = of('date');
    return this.frame(
      html`<article part="article" class="article" lang=${this.doc.language}>
        ${this._title(of('heading', 'title'), level)} ${this.toc ? this._toc(level + 1) : nothing}
        <div class="body">${this.doc.bodyParagraphs.map((p) => this._paragraph(p))}</div>
        ${signature.length
          ? html`<div part="signature" class="signature">
              ${signature.map((p) => html`<p class=${p.kind} data-paragraph=${p.id}>${p.text}</p>`)}
            </div>`
          : nothing}
        ${dates.map(
          (p) => html`<p class="date" data-paragraph=${p.id}>
            <time part="date" datetime=${this.doc.statement.document.date}>${p.text}</time>
          </p>`,
        )}
        ${of('addressees').map((p) => this._addressees(p))}
      </article>`,
      'document',
    );
  }
}
