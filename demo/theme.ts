// SPDX-License-Identifier: MIT
/**
 * The theme playground: edit the widgets' CSS custom properties live, switch the theme and the direction,
 * and copy the CSS. The preview is styled by exactly the CSS shown, so what is copied is what was seen.
 * Colours are kept per scheme and written with light-dark(), so one rule serves light and dark pages.
 */
import '../src/define.js';
import { html, nothing, render, type TemplateResult } from 'lit';
import { elementHtml } from './embed-code.js';
import { allElements, registeredElements, type Attrs } from './registry.js';
import { findTokens, type Token } from './tokens.js';
import { copyButton, installCopyButtons, rich } from './ui.js';

type Theme = 'light' | 'dark' | 'auto';
type Scheme = 'light' | 'dark';

const tokens = findTokens();
const elements = registeredElements();
const state = {
  theme: 'light' as Theme,
  dir: 'ltr' as 'ltr' | 'rtl',
  /** Colours the reader changed, per scheme. */
  colours: { light: new Map<string, string>(), dark: new Map<string, string>() },
  /** Sizes and fonts the reader changed. */
  values: new Map<string, string>(),
  errors: new Map<string, string>(),
  /** The widgets previewed: the three short core ones to start with, the others on request. */
  shown: new Set(startShown()),
};

function startShown(): string[] {
  const core = elements.filter((e) => ['khojaly-facts', 'recognition-list', 'statement-quote'].includes(e.tag));
  return (core.length ? core : elements.slice(0, 3)).map((e) => e.tag);
}

const prefersDark = matchMedia('(prefers-color-scheme: dark)');
/** The scheme whose colours the pickers edit: the theme shown, or for auto the reader's preference. */
const editing = (): Scheme => (state.theme === 'auto' ? (prefersDark.matches ? 'dark' : 'light') : state.theme);

const id = (t: Token) => `token-${t.name.replace(/^--/, '')}`;
const fontSuggestions = ['system-ui, sans-serif', 'Georgia, serif', "'Times New Roman', serif", 'Helvetica, Arial, sans-serif', 'ui-monospace, monospace'];

/** The CSS for the current choices: only the tokens that differ from the widgets' defaults. */
export function themeCss(): string {
  const lines: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'colour') {
      const light = state.colours.light.get(t.name);
      const dark = state.colours.dark.get(t.name);
      if (light || dark) lines.push(`  ${t.name}: light-dark(${light ?? t.light}, ${dark ?? t.dark});`);
    } else {
      const value = state.values.get(t.name);
      if (value) lines.push(`  ${t.name}: ${value};`);
    }
  }
  const selector = allElements.map((e) => e.tag).join(',\n');
  return `${selector} {\n${lines.length ? lines.join('\n') : '  /* Every token has its default: change one to see it here. */'}\n}\n`;
}

// ---- controls ----

/** The slider of a size: its unit and bounds around the default; `medium` is 16px. */
function rangeOf(fallback: string) {
  const m = /^(\d*\.?\d+)(em|rem|px)$/.exec(fallback);
  if (!m) return { start: 16, min: 10, max: 28, step: 1, unit: 'px' };
  const n = Number(m[1]);
  return m[2] === 'px' ? { start: n, min: 0, max: Math.max(32, n * 2), step: 1, unit: 'px' } : { start: n, min: 0, max: Math.max(2, n * 2), step: 0.0625, unit: m[2] };
}

function hint(t: Token): TemplateResult {
  const some = t.tags.length < elements.length ? html` (${t.tags.map((tag) => `<${tag}>`).join(', ')})` : nothing;
  return html`<p class="hint" id=${`${id(t)}-hint`}>${rich(t.description)}${some}</p>`;
}

function colourControl(t: Token, scheme: Scheme): TemplateResult {
  const value = state.colours[scheme].get(t.name) ?? t[scheme]!;
  return html`<div class="colour">
    <input
      type="color"
      id=${id(t)}
      aria-describedby=${`${id(t)}-hint`}
      .value=${value}
      @input=${(e: Event) => {
        state.colours[scheme].set(t.name, (e.target as HTMLInputElement).value);
        update();
      }}
    />
    <label for=${id(t)}><code>${t.name}</code></label>
    ${hint(t)}
  </div>`;
}

function sizeControl(t: Token): TemplateResult {
  const r = rangeOf(t.fallback!);
  const current = state.values.get(t.name);
  const n = current ? Number.parseFloat(current) : r.start;
  return html`<div class="range">
    <label for=${id(t)}><code>${t.name}</code></label>
    <input
      type="range"
      id=${id(t)}
      min=${r.min}
      max=${r.max}
      step=${r.step}
      aria-describedby=${`${id(t)}-hint`}
      aria-valuetext=${current ?? t.fallback!}
      .value=${String(n)}
      @input=${(e: Event) => {
        state.values.set(t.name, `${(e.target as HTMLInputElement).value}${r.unit}`);
        update();
      }}
    />
    <output for=${id(t)}>${current ?? t.fallback}</output>
    ${hint(t)}
  </div>`;
}

function fontControl(t: Token): TemplateResult {
  const error = state.errors.get(t.name) ?? '';
  return html`<div class="field">
    <label for=${id(t)}><code>${t.name}</code></label>
    <input
      type="text"
      id=${id(t)}
      list="font-suggestions"
      spellcheck="false"
      placeholder=${t.name.endsWith('-quote') ? 'the widget’s font' : 'the page’s font'}
      aria-describedby=${`${id(t)}-hint ${id(t)}-error`}
      aria-invalid=${error ? 'true' : 'false'}
      .value=${state.values.get(t.name) ?? ''}
      @change=${(e: Event) => setFont(t, (e.target as HTMLInputElement).value)}
    />
    <p class="error" id=${`${id(t)}-error`}>${error}</p>
    ${hint(t)}
  </div>`;
}

/** A font list is applied only when the browser accepts it as one, so the CSS never carries anything else. */
function setFont(t: Token, raw: string) {
  const value = raw.trim();
  if (!value) {
    state.values.delete(t.name);
    state.errors.delete(t.name);
  } else if (CSS.supports('font-family', value)) {
    state.values.set(t.name, value);
    state.errors.delete(t.name);
  } else {
    state.errors.set(t.name, 'Not a font list the browser accepts, e.g. Georgia, serif.');
  }
  update();
}

function radios(name: string, legend: string, values: readonly string[], current: string, set: (v: string) => void): TemplateResult {
  return html`<fieldset>
    <legend>${legend}</legend>
    <div class="segmented">
      ${values.map(
        (v) => html`<label
          ><input type="radio" name=${name} id=${`${name}-${v}`} value=${v} .checked=${v === current} @change=${() => set(v)} /> ${v}</label
        >`,
      )}
    </div>
  </fieldset>`;
}

function controls(): TemplateResult {
  const scheme = editing();
  const of = (kind: Token['kind']) => tokens.filter((t) => t.kind === kind);
  return html`${radios('theme', 'Theme', ['light', 'dark', 'auto'], state.theme, (v) => ((state.theme = v as Theme), update()))}
    ${radios('dir', 'Direction', ['ltr', 'rtl'], state.dir, (v) => ((state.dir = v as 'ltr' | 'rtl'), update()))}
    <fieldset>
      <legend>Preview</legend>
      ${elements.map(
        (e) => html`<label class="check"
          ><input
            type="checkbox"
            id=${`show-${e.tag}`}
            .checked=${state.shown.has(e.tag)}
            @change=${(ev: Event) => {
              if ((ev.target as HTMLInputElement).checked) state.shown.add(e.tag);
              else state.shown.delete(e.tag);
              update();
            }}
          />
          <code>&lt;${e.tag}&gt;</code></label
        >`,
      )}
    </fieldset>
    <fieldset>
      <legend>Colours of the ${scheme} theme</legend>
      <p class="hint">Switch the theme to edit the other scheme’s colours; the CSS keeps both.</p>
      ${of('colour').map((t) => colourControl(t, scheme))}
    </fieldset>
    <fieldset>
      <legend>Sizes</legend>
      ${of('size').map(sizeControl)}
    </fieldset>
    <fieldset>
      <legend>Fonts</legend>
      ${of('font').map(fontControl)}
      <datalist id="font-suggestions">${fontSuggestions.map((f) => html`<option value=${f}></option>`)}</datalist>
    </fieldset>
    <button
      type="button"
      class="secondary"
      @click=${() => {
        state.colours.light.clear();
        state.colours.dark.clear();
        state.values.clear();
        state.errors.clear();
        update();
      }}
    >
      Reset to the defaults
    </button>`;
}

function output(): TemplateResult {
  const attrs = [state.theme !== 'auto' ? `theme="${state.theme}"` : '', state.dir === 'rtl' ? 'dir="rtl"' : ''].filter(Boolean);
  const example = elements[0] ? elementHtml(elements[0].tag, { ...(state.theme !== 'auto' ? { theme: state.theme } : {}), ...(state.dir === 'rtl' ? { dir: 'rtl' } : {}) }) : '';
  return html`<div class="code-block">
      <div class="code-head">
        <h3 id="css-label">CSS for your stylesheet</h3>
        ${copyButton('theme-css', 'CSS')}
      </div>
      <pre><code id="theme-css">${themeCss()}</code></pre>
    </div>
    ${attrs.length
      ? html`<p class="note">
          The theme and the direction are attributes, not CSS: write ${attrs.map((a, i) => html`${i ? ' and ' : ''}<code>${a}</code>`)} on each widget
          (a <code>dir</code> on the page or a container works too), e.g. <code>${example}</code>.
        </p>`
      : html`<p class="note">With <code>theme="auto"</code>, widgets follow the page’s <code>color-scheme</code>, then the reader’s preference.</p>`}`;
}

// ---- preview ----

const style = document.createElement('style');
style.id = 'playground-css';
document.head.append(style);

const previewBox = document.getElementById('theme-preview')!;
/** Short samples, so the CSS stays in view; an element not listed shows its default look. */
const samples: Record<string, Attrs> = {
  'khojaly-facts': { figures: 'killed injured hostages' },
  'recognition-list': { kind: 'genocide', body: 'international-organization' },
};
const widgets = elements.map((e) => {
  const el = document.createElement(e.tag);
  for (const [name, value] of Object.entries(samples[e.tag] ?? e.start)) el.setAttribute(name, value);
  return el;
});
previewBox.replaceChildren(...widgets);

function update() {
  style.textContent = themeCss();
  previewBox.className = `theme-preview ${state.theme === 'auto' ? '' : state.theme}`;
  previewBox.dir = state.dir;
  for (const w of widgets) {
    w.setAttribute('theme', state.theme);
    w.hidden = !state.shown.has(w.localName);
  }
  render(controls(), document.getElementById('theme-controls')!);
  render(output(), document.getElementById('theme-output')!);
}

prefersDark.addEventListener('change', () => update());
installCopyButtons();
update();
