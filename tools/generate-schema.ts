// SPDX-License-Identifier: MIT
/**
 * Writes `data/statement.schema.json` from the Zod schema and validates `data/statement.json` with it.
 *
 *   npx tsx tools/generate-schema.ts           write the JSON Schema (npm run schema)
 *   npx tsx tools/generate-schema.ts --check   write nothing; fail if the file is stale (npm run check:schema)
 *
 * Both modes also parse the data with `StatementSchema`, cross-checks included, so CI catches bad data
 * without a browser. Exits 1 on a stale schema file or invalid data, listing each problem.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatIssue, JSON_SCHEMA_PATH, statementJsonSchemaText } from '../src/data/json-schema.js';
import { StatementSchema } from '../src/data/schema.js';

const DATA_PATH = 'data/statement.json';

// Resolve from the package root, not the working directory, so the script works from anywhere.
const root = fileURLToPath(new URL('..', import.meta.url));
const abs = (path: string) => `${root}${path}`;

function readOrNull(path: string): string | null {
  try {
    return readFileSync(abs(path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Writes or checks the schema file; returns the problems found. */
function schemaFile(check: boolean): string[] {
  const expected = statementJsonSchemaText();
  const actual = readOrNull(JSON_SCHEMA_PATH);
  if (check) {
    if (actual === null) return [`${JSON_SCHEMA_PATH} is missing: run npm run schema`];
    if (actual !== expected) return [`${JSON_SCHEMA_PATH} is stale: run npm run schema`];
    console.log(`${JSON_SCHEMA_PATH} is up to date.`);
  } else if (actual === expected) {
    console.log(`${JSON_SCHEMA_PATH} is up to date.`);
  } else {
    writeFileSync(abs(JSON_SCHEMA_PATH), expected);
    console.log(`Wrote ${JSON_SCHEMA_PATH}.`);
  }
  return [];
}

/** Parses the data with the Zod schema; returns one line per issue. */
function dataFile(): string[] {
  const text = readOrNull(DATA_PATH);
  if (text === null) return [`${DATA_PATH} is missing`];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return [`${DATA_PATH} is not valid JSON: ${(error as Error).message}`];
  }
  const result = StatementSchema.safeParse(json);
  if (result.success) {
    console.log(`${DATA_PATH} is valid.`);
    return [];
  }
  return [`${DATA_PATH} is invalid:`, ...result.error.issues.map((issue) => `  ${formatIssue(issue)}`)];
}

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--check');
if (unknown.length > 0) {
  console.error(`Unknown argument(s): ${unknown.join(' ')}\nUsage: tsx tools/generate-schema.ts [--check]`);
  process.exit(2);
}

// Run both steps before exiting so one run reports every problem.
const problems = [...schemaFile(args.includes('--check')), ...dataFile()];
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
