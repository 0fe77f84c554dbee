// SPDX-License-Identifier: MIT
/**
 * The embed builder: pick a widget and its options, see it live, copy the code for your site. The form
 * is generated from the registry (the manifest), so it offers whatever elements and attributes exist.
 * The state lives in the query string, so a gallery link or a shared URL opens the same choices.
 */
import '../src/define.js';
import { html, nothing, render, type TemplateResult } from 'lit';
import { version } from '../src/version.js';
import { findWidget } from '../src/registry.js';
import { isVersionedCdn, platforms, type EmbedContext } from './embed-code.js';
import { effectiveAttrs, registeredElements, type AttributeSpec, type Attrs, type ElementSpec } from './registry.js';
import { copyButton, installCopyButtons, rich } from './ui.js';

/** The demo's own copy of the built files: /dist/ beside /demo/, in the dev server and in the demo build alike. */
const defaultBase = new URL('../dist/', location.href).href;
const jsDelivrBase = `https://cdn.jsdelivr.net/npm/khojaly-widgets@${version}/dist/`;
/**
 * The built files' Subresource Integrity (written by the build as cdn/integrity.json): the code for a public
 * CDN's address of this version carries it. Read from the demo's own copy, which is the same build.
 */
let integrity: Record<string, string> | undefined;
fetch(new URL('cdn/integrity.json', defaultBase))
  .then((r) => (r.ok ? r.json() : undefined))
  .then((json: Record<string, string> | undefined) => {
    integrity = json;
    if (elements.length) update();
  })
  .catch(() => undefined);
const reserved = new Set(['tag', 'platform', 'base']);

interface State {
  tag: string;
  /** What the editor chose, per element, so switching elements and back keeps the choices. */
  attrs: Record<string, Attrs>;
  platform: string;
  base: string;
  baseError: string;
  /** The preview's height, the iframe's starting height. */
  height: number;
  warnings: string[];
}

const elements = registeredElements();
const state = readUrl();

function readUrl(): State {
  const params = new URLSearchParams(location.search);
  const tag = elements.find((e) => e.tag === params.get('tag'))?.tag ?? elements[0]?.tag ?? '';
  const attrs: Attrs = { ...elements.find((e) => e.tag === tag)?.start };
  for (const [name, value] of params) if (!reserved.has(name)) attrs[name] = value;
  const platform = platforms.find((p) => p.id === params.get('platform'))?.id ?? platforms[0].id;
  const raw = params.get('base');
  const base = (raw && checkedBase(raw)) || defaultBase;
  return { tag, attrs: { [tag]: attrs }, platform, base, baseError: '', height: 400, warnings: [] };
}

function writeUrl() {
  const params = new URLSearchParams({ tag: state.tag });
  for (const [name, value] of Object.entries(currentAttrs())) params.set(name, value);
  if (state.platform !== platforms[0].id) params.set('platform', state.platform);
  if (state.base !== defaultBase) params.set('base', state.base);
  history.replaceState(null, '', `?${params}`);
}

const spec = (): ElementSpec => elements.find((e) => e.tag === state.tag)!;
function currentAttrs(): Attrs {
  state.attrs[state.tag] ??= { ...spec().start };
  return state.attrs[state.tag];
}

/** Sets an attribute; undefined (an emptied field, a menu back at its default) removes it. */
function setAttr(name: string, value: string | undefined) {
  if (value === undefined) delete currentAttrs()[name];
  else currentAttrs()[name] = value;
  update();
}

/** A base URL as typed, made absolute (against this page) and ending in a slash; undefined unless http(s). */
function checkedBase(value: string): string | undefined {
  if (!value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), location.href);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    return undefined;
  }
}

function setBase(value: string) {
  const base = checkedBase(value);
  if (base) state.base = base;
  state.baseError = base ? '' : 'Enter a web address starting with https:// (or http://).';
  update();
}

// ---- the form ----

const id = (a: AttributeSpec) => `attr-${a.name}`;

function control(a: AttributeSpec, attrs: Attrs): TemplateResult {
  const value = attrs[a.name] ?? '';
  const set = (v: string) => setAttr(a.name, v === '' ? undefined : v);
  const applies = !a.applies || a.applies(attrs);
  const hint = html`<p class="hint" id=${`${id(a)}-hint`}>
    ${rich(a.description)}${applies ? nothing : html` <em>No effect with the options above.</em>`}
  </p>`;
  const label = html`<label for=${id(a)}><code>${a.name}</code></label>`;
  const c = a.control;
  if (c.kind === 'boolean') {
    return html`<div class="field">
      <label class="check"
        ><input
          type="checkbox"
          id=${id(a)}
          aria-describedby=${`${id(a)}-hint`}
          .checked=${a.name in attrs}
          ?disabled=${!applies}
          @change=${(e: Event) => setAttr(a.name, (e.target as HTMLInputElement).checked ? '' : undefined)}
        />
        <code>${a.name}</code></label
      >
      ${hint}
    </div>`;
  }
  if (c.kind === 'enum') {
    const choices = c.choices(attrs).filter((x) => x.value !== a.default);
    const unset = a.default ? `${a.default} (default)` : 'not set';
    return html`<div class="field">
      ${label}
      <select
        id=${id(a)}
        aria-describedby=${`${id(a)}-hint`}
        ?disabled=${!applies || choices.length === 0}
        @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}
      >
        <option value="" .selected=${value === ''}>${unset}</option>
        ${choices.map((x) => html`<option value=${x.value} .selected=${x.value === value}>${x.label ?? x.value}</option>`)}
      </select>
      ${hint}
    </div>`;
  }
  const input = (list?: string) => html`<input
    id=${id(a)}
    type="text"
    autocomplete="off"
    spellcheck="false"
    list=${list ?? nothing}
    aria-describedby=${`${id(a)}-hint`}
    .value=${value}
    ?disabled=${!applies}
    @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
  />`;
  if (c.kind === 'tokens') {
    const chosen = value.split(/[\s,]+/).filter(Boolean);
    const toggle = (token: string, on: boolean) =>
      set((on ? [...chosen.filter((t) => t !== token), token] : chosen.filter((t) => t !== token)).join(' '));
    return html`<div class="field">
      ${label} ${input()} ${hint}
      <details class="picker">
        <summary>Pick <code>${a.name}</code> from the list</summary>
        <fieldset>
          <legend class="visually-hidden">${a.name}</legend>
          ${c.choices.map(
            (x) => html`<label class="check"
              ><input
                type="checkbox"
                .checked=${chosen.includes(x.value)}
                @change=${(e: Event) => toggle(x.value, (e.target as HTMLInputElement).checked)}
              />
              ${x.label ?? x.value}</label
            >`,
          )}
        </fieldset>
      </details>
    </div>`;
  }
  const listId = c.suggestions?.length ? `${id(a)}-values` : undefined;
  return html`<div class="field">
    ${label} ${input(listId)}
    ${listId ? html`<datalist id=${listId}>${c.suggestions!.map((s) => html`<option value=${s}></option>`)}</datalist>` : nothing} ${hint}
  </div>`;
}

function optionsForm(): TemplateResult {
  const s = spec();
  const attrs = currentAttrs();
  return html`<div class="field">
      <label for="tag">Widget</label>
      <select
        id="tag"
        aria-describedby="tag-hint"
        @change=${(e: Event) => {
          state.tag = (e.target as HTMLSelectElement).value;
          update();
        }}
      >
        ${elements.map((e) => html`<option value=${e.tag} .selected=${e.tag === state.tag}>&lt;${e.tag}&gt;</option>`)}
      </select>
      <p class="hint" id="tag-hint">${s.summary}</p>
    </div>
    <fieldset class="options">
      <legend>Options</legend>
      ${s.attributes.map((a) => control(a, attrs))}
      <button type="button" class="secondary" @click=${() => ((state.attrs[state.tag] = { ...s.start }), update())}>Reset options</button>
    </fieldset>`;
}

// ---- the code ----

function context(): EmbedContext {
  const s = spec();
  const attrs = effectiveAttrs(s, currentAttrs());
  const title = attrs.heading?.trim() || s.summary.replace(/\.$/, '');
  return {
    tag: s.tag,
    attrs,
    base: state.base,
    title,
    height: state.height,
    tags: elements.map((e) => e.tag),
    name: findWidget(s.tag)?.name,
    numeric: s.attributes.filter((a) => a.numeric).map((a) => a.name),
    ...(integrity && isVersionedCdn(state.base, version) ? { integrity } : {}),
  };
}

function codePane(): TemplateResult {
  const platform = platforms.find((p) => p.id === state.platform)!;
  const blocks = platform.blocks(context());
  return html`<fieldset class="platforms">
      <legend>Your site</legend>
      ${platforms.map(
        (p) => html`<label class="chip"
          ><input
            type="radio"
            name="platform"
            value=${p.id}
            .checked=${p.id === state.platform}
            @change=${() => ((state.platform = p.id), update())}
          />
          ${p.label}</label
        >`,
      )}
    </fieldset>
    <p class="note" id="platform-note">${rich(platform.note)}</p>
    ${blocks.map(
      (b, i) => html`<div class="code-block">
        <div class="code-head">
          <h3 id=${`code-${i}-label`}>${b.label}</h3>
          ${copyButton(`code-${i}`, b.label)}
        </div>
        <pre><code id=${`code-${i}`} data-platform=${platform.id}>${b.code}</code></pre>
      </div>`,
    )}
    <div class="field base">
      <label for="base">Where the widget files are hosted</label>
      <input
        id="base"
        type="url"
        inputmode="url"
        spellcheck="false"
        aria-describedby="base-hint base-error"
        aria-invalid=${state.baseError ? 'true' : 'false'}
        .value=${state.base}
        @change=${(e: Event) => setBase((e.target as HTMLInputElement).value)}
      />
      <p class="error" id="base-error">${state.baseError}</p>
      <p class="hint" id="base-hint">
        The address of the package’s <code>dist/</code> folder, which holds <code>cdn/</code> and <code>embed/</code>. It starts as this
        demo’s own copy; for your site, use your own server or a CDN.
      </p>
      <div class="buttons">
        <button type="button" class="secondary" @click=${() => setBase(jsDelivrBase)}>Use jsDelivr</button>
        <button type="button" class="secondary" @click=${() => setBase(defaultBase)}>Use this demo’s copy</button>
      </div>
    </div>`;
}

// ---- the preview ----

let shown = '';
let widget: HTMLElement | undefined;
const preview = document.getElementById('preview')!;
const sizes = new ResizeObserver(() => {
  if (!widget) return;
  const height = Math.ceil(widget.getBoundingClientRect().height);
  if (height > 0 && height !== state.height) {
    state.height = height;
    renderPanels();
  }
});

/** Replaces the previewed widget when the element or its options change (a new element, like a pasted one). */
function updatePreview() {
  const { tag, attrs } = context();
  const key = `${tag} ${JSON.stringify(attrs)}`;
  if (key === shown) return;
  shown = key;
  state.warnings = [];
  if (widget) sizes.unobserve(widget);
  widget = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) widget.setAttribute(name, value);
  preview.replaceChildren(widget);
  sizes.observe(widget);
}

// A value the widget does not accept (a typo in `figures`) shows its console warning here too.
const consoleWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  consoleWarn(...args);
  const message = String(args[0]);
  if (message.startsWith(`<${state.tag}>`)) {
    state.warnings = [...state.warnings, message];
    renderPanels();
  }
};

function renderPanels() {
  render(optionsForm(), document.getElementById('options')!);
  render(codePane(), document.getElementById('code')!);
  render(
    state.warnings.length ? html`<p><strong>The widget says:</strong></p><ul>${state.warnings.map((w) => html`<li>${w}</li>`)}</ul>` : nothing,
    document.getElementById('widget-warnings')!,
  );
}

function update() {
  updatePreview();
  renderPanels();
  writeUrl();
}

installCopyButtons();
document.getElementById('options')!.addEventListener('submit', (e) => e.preventDefault());
if (elements.length) update();
else render(html`<p>No widget is registered: check that this page loads <code>/src/define.ts</code>.</p>`, preview);
