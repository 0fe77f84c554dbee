// SPDX-License-Identifier: MIT
/** Small templates the widgets share. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Source, StatementIndex } from '../data/statement.js';
import { formatDate, timeDatetime } from './dates.js';
import type { Messages } from './messages.js';

/** A heading of the given level (clamped to 2–6): `<h2>`…`<h6>` need distinct static tags in Lit. */
export function headingTag(level: number, content: unknown, part = 'heading'): TemplateResult {
  switch (Math.max(2, Math.min(level, 6))) {
    case 2: return html`<h2 part=${part}>${content}</h2>`;
    case 3: return html`<h3 part=${part}>${content}</h3>`;
    case 4: return html`<h4 part=${part}>${content}</h4>`;
    case 5: return html`<h5 part=${part}>${content}</h5>`;
    default: return html`<h6 part=${part}>${content}</h6>`;
  }
}

/** A disclosure quoting the verbatim sentences the given items come from (each once), with their paragraph numbers. */
export function sourceDisclosure(doc: StatementIndex, sources: Source[], label: string, paragraphWord: string): TemplateResult {
  const seen = new Set<string>();
  const cited = sources
    .map((s) => ({ sentence: doc.sourceSentence(s), paragraph: doc.findParagraph(s.paragraph) }))
    .filter(({ sentence }) => !seen.has(sentence) && seen.add(sentence));
  return html`<details part="source" class="source">
    <summary part="source-summary">${label}</summary>
    ${cited.map(
      ({ sentence, paragraph }) => html`<blockquote part="source-quote">
        <p>${sentence}</p>
        ${paragraph?.number ? html`<p class="where">${paragraphWord} ${paragraph.number}</p>` : nothing}
      </blockquote>`,
    )}
  </details>`;
}

/** A statement date in `<time datetime>`, or in a `<span>` for a decade, which HTML cannot express (see `timeDatetime`). */
export function dateTag(date: string, text: string, part: string, className = ''): TemplateResult {
  const datetime = timeDatetime(date);
  return datetime
    ? html`<time part=${part} class=${className || nothing} datetime=${datetime} data-date=${date}>${text}</time>`
    : html`<span part=${part} class=${className || nothing} data-date=${date}>${text}</span>`;
}

/** "Source: <issuer>, statement of <date>": the attribution every widget carries. */
export function attributionLine(doc: StatementIndex, msg: Pick<Messages, 'sourcePrefix' | 'statementOf'>, locale: string): TemplateResult {
  const { issuer, date } = doc.statement.document;
  return html`${msg.sourcePrefix} <cite>${issuer}</cite>, ${msg.statementOf}
    <time datetime=${date}>${formatDate(date, locale)}</time>`;
}
