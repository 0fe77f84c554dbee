// SPDX-License-Identifier: MIT
/**
 * The gallery: every registered element in every variant the registry lists (its default look, then each
 * layout, variant and other choice), each in the light and the dark theme side by side.
 */
import '../src/define.js';
import { html, render, type TemplateResult } from 'lit';
import { elementHtml } from './embed-code.js';
import { registeredElements, type Attrs, type ElementSpec } from './registry.js';

/** A widget as the gallery shows it; heading-level 3 nests its headings under the element's h2. */
function widget(tag: string, attrs: Attrs, theme: 'light' | 'dark'): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.setAttribute('theme', theme);
  if (!el.hasAttribute('heading-level')) el.setAttribute('heading-level', '3');
  return el;
}

function variant(spec: ElementSpec, attrs: Attrs, index: number): TemplateResult {
  const id = `${spec.tag}-${index}`;
  const query = new URLSearchParams({ tag: spec.tag, ...attrs });
  return html`<article class="variant" id=${id} aria-labelledby=${`${id}-code`}>
    <div class="variant-head">
      <p id=${`${id}-code`}><code>${elementHtml(spec.tag, attrs)}</code></p>
      <a href=${`index.html?${query}`}>Embed this<span class="visually-hidden">: ${elementHtml(spec.tag, attrs)}</span></a>
    </div>
    <div class="pair">
      ${(['light', 'dark'] as const).map(
        (theme) => html`<div class=${`cell ${theme}`} data-theme=${theme}>
          <p class="cell-label"><code>theme="${theme}"</code></p>
          ${widget(spec.tag, attrs, theme)}
        </div>`,
      )}
    </div>
  </article>`;
}

const elements = registeredElements();
render(
  html`<nav class="gallery-nav" aria-label="Elements">
      <ul>
        ${elements.map((e) => html`<li><a href=${`#${e.tag}`}><code>&lt;${e.tag}&gt;</code></a> (${e.gallery.length})</li>`)}
      </ul>
    </nav>
    ${elements.map(
      (e) => html`<section class="element" id=${e.tag} aria-labelledby=${`${e.tag}-heading`}>
        <h2 id=${`${e.tag}-heading`}><code>&lt;${e.tag}&gt;</code></h2>
        <p>${e.summary}</p>
        ${e.gallery.map((attrs, i) => variant(e, attrs, i))}
      </section>`,
    )}`,
  document.getElementById('gallery')!,
);
