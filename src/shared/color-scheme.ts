// SPDX-License-Identifier: MIT
/**
 * Resolves `theme="auto"`: the host page's `color-scheme` first, then the reader's `prefers-color-scheme`.
 *
 * Sites switch dark mode by changing a class, attribute or style on `<html>` or `<body>`; CSS cannot tell
 * whether a page declared a scheme at all, so one shared observer re-checks every auto widget when those
 * change or when the reader's preference changes.
 */
import { isServer } from 'lit';

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
