// SPDX-License-Identifier: MIT
/** What the demo pages share: copy buttons with a visible confirmation, and descriptions with code spans. */
import { html, type TemplateResult } from 'lit';
import { copyText } from '../src/shared/clipboard.js';

export { copyText };

/** Says something to screen readers through the page's status region. */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  // Clear first so the same message twice is announced twice.
  region.textContent = '';
  requestAnimationFrame(() => (region.textContent = message));
}

const timers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/**
 * Makes every `<button data-copy="id">` on the page copy the text of the element with that id. The button
 * says "Copied" for a few seconds (or, when the browser refuses, selects the code and says how to copy it).
 */
export function installCopyButtons(root: Document = document): void {
  root.addEventListener('click', async (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
    if (!button) return;
    const source = root.getElementById(button.dataset.copy!);
    if (!source) return;
    const ok = await copyText(source.textContent ?? '');
    const label = button.querySelector('.label') ?? button;
    if (!button.dataset.idle) button.dataset.idle = label.textContent ?? 'Copy';
    button.dataset.state = ok ? 'copied' : 'failed';
    label.textContent = ok ? 'Copied' : 'Press Ctrl+C';
    if (!ok) getSelection()?.selectAllChildren(source);
    announce(ok ? 'Copied to the clipboard.' : 'Could not copy. The code is selected: press Ctrl+C (⌘C on a Mac).');
    clearTimeout(timers.get(button));
    timers.set(
      button,
      setTimeout(() => {
        label.textContent = button.dataset.idle ?? 'Copy';
        delete button.dataset.state;
      }, 3000),
    );
  });
}

/** A copy button for the code in the element with id `target`; `what` completes its accessible name. */
export function copyButton(target: string, what: string): TemplateResult {
  return html`<button type="button" class="copy" data-copy=${target}>
    <span class="label">Copy</span><span class="visually-hidden"> ${what}</span>
  </button>`;
}

/** Text with Markdown code spans (`like this`) as `<code>`; everything else stays text. */
export function rich(text: string): TemplateResult {
  const parts = text.split(/`([^`]+)`/);
  return html`${parts.map((part, i) => (i % 2 ? html`<code>${part}</code>` : part))}`;
}
