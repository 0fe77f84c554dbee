// SPDX-License-Identifier: MIT
import { themes } from './color-scheme.js';
import { choice, type Option } from './options.js';

/** The options every widget takes. */
export const commonOptions = {
  /** Colour theme: `light`, `dark`, or `auto` (follows the page's color-scheme, then the reader's preference). */
  theme: choice(themes, 'auto'),
  /** An optional heading shown above the widget. */
  heading: { kind: 'text' },
  /** The level of the widget's heading, 2 to 6; group headings take the next level. */
  headingLevel: { kind: 'integer', min: 2, max: 6, default: 2, fallbackText: 'level 2' },
  /**
   * URL of another statement JSON that follows `statement.schema.json` (a translation, a later statement). It
   * is validated; while it loads, or if it is invalid or unreachable, the built-in statement shows.
   */
  src: { kind: 'text' },
  /** Another statement as an object; validated like `src`, and used instead of it when set. */
  data: { kind: 'property', attribute: false, type: 'unknown' },
  /** Overrides of interface strings for this element, e.g. `{ copy: 'Copy quote' }`. */
  messages: { kind: 'property', attribute: false, type: 'Partial<Messages>' },
} as const satisfies Record<string, Option>;
