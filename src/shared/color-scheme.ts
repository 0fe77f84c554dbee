// SPDX-License-Identifier: MIT
/**
 * Resolves `theme="auto"`: the host page's `color-scheme` first, then the reader's `prefers-color-scheme`.
 *
 * Sites switch dark mode by changing a class, attribute or style on `<html>` or `<body>`; CSS cannot tell
 * whether a page declared a scheme at all, so one shared observer re-checks every auto widget when those
 * change or when the reader's preference changes.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

export type Scheme = 'light' | 'dark';

const subscribers = new Set<() => void>();
let media: MediaQueryList | undefined;
let observer: MutationObserver | undefined;

const notify = () => subscribers.forEach((fn) => fn());

function start() {
  media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', notify);
  observer = new MutationObserver(notify);
  const watch = (node: Element | null) => node && observer!.observe(node, { attributes: true });
  watch(document.documentElement);
  watch(document.body);
}

function stop() {
  media?.removeEventListener('change', notify);
  observer?.disconnect();
  media = observer = undefined;
}

/** Calls `onChange` whenever the page's or the reader's colour scheme may have changed; returns the unsubscribe. */
export function watchColorScheme(onChange: () => void): () => void {
  // A server render (Lit SSR) has no page to watch.
  if (isServer) return () => {};
  if (subscribers.size === 0) start();
  subscribers.add(onChange);
  return () => {
    subscribers.delete(onChange);
    if (subscribers.size === 0) stop();
  };
}

/**
 * Elements connected since the last read. Reading a computed style right after another widget rendered
 * forces a style pass, so widgets upgraded together (a page of them) are read together, in one pass,
 * before the first of them renders: the cost stays linear in the number of widgets.
 */
const pending = new Set<Element>();
const declaredSchemes = new WeakMap<Element, string>();

/** Queues an element (from connectedCallback) so its page colour scheme is read with the others. */
export function queueSchemeRead(el: Element): void {
  if (!isServer) pending.add(el);
}

/** The scheme an auto-themed element should use. */
export function resolveScheme(el: Element): Scheme {
  // On the server there is no page or reader yet: render light; the browser re-resolves `auto` on upgrade.
  if (isServer) return 'light';
  if (pending.has(el)) {
    for (const p of pending) if (p.isConnected) declaredSchemes.set(p, getComputedStyle(p).colorScheme || 'normal');
    pending.clear();
  }
  const declared = declaredSchemes.get(el) ?? (getComputedStyle(el).colorScheme || 'normal');
  declaredSchemes.delete(el);
  const dark = /\bdark\b/.test(declared);
  const light = /\blight\b/.test(declared);
  if (dark !== light) return dark ? 'dark' : 'light';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The themes a widget accepts: `auto` follows the page's colour scheme, then the reader's preference. */
export const themes = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/**
 * A reactive controller that keeps a widget's colour scheme: its theme, or for `auto` the page's and the
 * reader's, re-read (and the widget re-rendered) whenever those may have changed.
 */
export class ColorSchemeController implements ReactiveController {
  /** The scheme in use. */
  scheme: Scheme = 'light';
  private _stop?: () => void;

  /** `theme`: the widget's checked theme. */
  constructor(
    private readonly host: ReactiveControllerHost & Element & { readonly hasUpdated: boolean },
    private readonly theme: () => Theme,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Before the first render only: the widgets of a page then read the page's colour scheme in one pass.
    if (!this.host.hasUpdated) queueSchemeRead(this.host);
    this._stop = watchColorScheme(() => {
      this.resolve();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this._stop?.();
    this._stop = undefined;
  }

  /** Re-resolves the scheme (call when the theme changed). */
  resolve(): void {
    const theme = this.theme();
    this.scheme = theme === 'auto' ? resolveScheme(this.host) : theme;
  }
}
