// SPDX-License-Identifier: MIT
/**
 * Shared helpers for the element tests (not a test file itself: the runner picks up only `*.test.ts`).
 * They read what a reader sees — rendered text and computed styles in the shadow root — never internals.
 */
import { fixture, nextFrame } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import '../../src/define.js';
import { widgetTags, type WidgetTag } from '../../src/registry.js';

export type Widget = LitElement;

/** Every widget's tag (from the registry), for the stories every widget shares. */
export const tags = widgetTags;
export type Tag = WidgetTag;

/** Collapses runs of white space, as a reader perceives text. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** All the text of an element's shadow root (closed `<details>` included), white space collapsed. */
export function shadowText(el: Element): string {
  return squash(el.shadowRoot?.textContent);
}

/** The first element matching `selector` in the shadow root; fails loudly when missing. */
export function $(el: Element, selector: string): HTMLElement {
  const found = el.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`<${el.localName}> renders no "${selector}"`);
  return found;
}

/** Every element matching `selector` in the shadow root. */
export function $$(el: Element, selector: string): HTMLElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
}

/** The widget's outer frame: the element that carries the theme class. */
export const rootOf = (el: Element): HTMLElement => $(el, '.root');

/** Waits for a widget to finish rendering (and a frame, so layout and media changes have settled). */
export async function settled(el: Element): Promise<void> {
  await (el as Widget).updateComplete;
  await nextFrame();
  await (el as Widget).updateComplete;
}

/**
 * Renders a template and returns the first widget of `tag` in it (the template may wrap it in a page context:
 * a `lang`, a `dir`, a `color-scheme`).
 */
export async function mount<T extends Element = Widget>(template: TemplateResult, tag: Tag): Promise<T> {
  const wrapper = await fixture<HTMLElement>(template);
  const el = (wrapper.localName === tag ? wrapper : wrapper.querySelector(tag)) as T | null;
  if (!el) throw new Error(`the template holds no <${tag}>`);
  await settled(el);
  return el;
}

/** Opens every source disclosure of a widget, as a curious reader would. */
export function openSources(el: Element): void {
  el.shadowRoot?.querySelectorAll('details').forEach((d) => (d.open = true));
}

/** Sets (or removes, with `null`) attributes on a widget and waits for it to re-render. */
export async function setAttrs(el: Element, attrs: Record<string, string | null>): Promise<void> {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }
  await settled(el);
}

/** `rgb(1, 2, 3)` / `rgba(1, 2, 3, 0.5)` → [1, 2, 3]. */
export function rgb(color: string): [number, number, number] {
  const m = color.match(/rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/);
  if (!m) throw new Error(`not an rgb() colour: ${color}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** WCAG relative luminance of a computed colour: 0 is black, 1 is white. */
export function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Replaces `console.warn` while a test runs, keeping every message. Call `restore()` in afterEach. */
export function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    /** Only the warnings that come from a widget (`<tag> …`). */
    from: (tag: string) => messages.filter((m) => m.startsWith(`<${tag}>`)),
    clear: () => void messages.splice(0),
    restore: () => {
      console.warn = original;
    },
  };
}

/** Records uncaught errors and unhandled rejections while a test runs. Call `stop()` in afterEach. */
export function watchUncaught() {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.error ?? e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * For each test of the enclosing `describe`: captures `console.warn` and watches for uncaught errors, and fails
 * the test on any uncaught error. `guard.warnings` is the current test's capture.
 */
export function guardEachTest() {
  const guard = {} as { warnings: ReturnType<typeof captureWarnings>; uncaught: ReturnType<typeof watchUncaught> };
  beforeEach(() => {
    guard.warnings = captureWarnings();
    guard.uncaught = watchUncaught();
  });
  afterEach(() => {
    guard.warnings.restore();
    guard.uncaught.stop();
    if (guard.uncaught.errors.length) throw new Error(`uncaught errors: ${guard.uncaught.errors.join('; ')}`);
  });
  return guard;
}
