// SPDX-License-Identifier: MIT
/**
 * A statement that comes from outside the library (an element's `src` or `data`): fetched, validated, and
 * what to tell the page when it cannot be used. This module is the only runtime user of zod and is loaded with
 * a dynamic import, so pages that never point a widget at another statement never download it, nor this code.
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

/** A statement ready to show, or the advice of the widget's one warning. */
export type Loaded = { ok: true; statement: Statement } | { ok: false; advice: string };

/**
 * The statement a widget's `data` (an object) or `src` (a URL, fetched without cookies, given up after
 * `timeout` ms) names, validated.
 */
export async function loadStatement(from: { data: unknown } | { url: string }, timeout: number): Promise<Loaded> {
  let raw: unknown;
  if ('data' in from) raw = from.data;
  else {
    try {
      raw = await fetchJson(from.url, timeout);
    } catch (error) {
      return { ok: false, advice: `It could not be loaded (${(error as Error).message}). Showing the built-in statement.` };
    }
  }
  const result = validateStatement(raw);
  if (result.ok) return result;
  const more = result.problems.length > 8 ? `; and ${result.problems.length - 8} more` : '';
  return { ok: false, advice: `It is not a valid statement: ${result.problems.slice(0, 8).join('; ')}${more}. Showing the built-in statement.` };
}

/** Fetches JSON without cookies, giving up after `timeout` ms. */
async function fetchJson(url: string, timeout: number): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const response = await fetch(new URL(url, document.baseURI), { signal: controller.signal, credentials: 'omit' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.json();
  } catch (error) {
    if (controller.signal.aborted) throw new Error(`no answer within ${timeout} ms`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
