// SPDX-License-Identifier: MIT
/**
 * Validation of a statement that comes from outside the library (an element's `src` or `data`). This module
 * is the only runtime user of zod and is loaded with a dynamic import, so pages that never point a widget
 * at another statement never download it.
 * @module
 */
import type { Statement } from './schema.js';
import { StatementSchema } from './schema.js';

export type Validation = { ok: true; statement: Statement } | { ok: false; problems: string[] };

/** Checks data against the statement schema; problems read `path.to.value: message`. */
export function validateStatement(data: unknown): Validation {
  const result = StatementSchema.safeParse(data);
  if (result.success) return { ok: true, statement: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`),
  };
}
