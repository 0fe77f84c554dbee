// SPDX-License-Identifier: MIT
import { themes } from './color-scheme.js';
import { choice, type Option } from './options.js';

/** The options every widget takes. */
export const commonOptions = {
  theme: choice(themes, 'auto', "Colour theme: `light`, `dark`, or `auto` (follows the page's color-scheme, then the reader's preference)."),
  heading: { kind: 'text', description: 'An optional heading shown above the widget.', example: 'Khojaly in figures' },
  headingLevel: {
    kind: 'integer',
    min: 2,
    max: 6,
    default: 2,
    fallbackText: 'level 2',
    description: "The level of the widget's heading, 2 to 6; group headings take the next level.",
  },
  src: {
    kind: 'text',
    description:
      'URL of another statement JSON that follows `statement.schema.json` (a translation, a later statement). It is validated; while it loads, or if it is invalid or unreachable, the built-in statement shows.',
  },
  data: {
    kind: 'property',
    attribute: false,
    type: 'unknown',
    description: 'Another statement as an object; validated like `src`, and used instead of it when set.',
  },
  messages: {
    kind: 'property',
    attribute: false,
    type: 'Partial<Messages>',
    description: "Overrides of interface strings for this element, e.g. `{ copy: 'Copy quote' }`.",
  },
} as const satisfies Record<string, Option>;
