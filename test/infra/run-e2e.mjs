#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Runs the end-to-end tests (test/e2e, node:test against the built files) once per selected engine —
// KHOJALY_BROWSERS, as for the browser tests: Chromium alone by default, all three when CI=true — one
// engine after another, each with KHOJALY_ENGINE set for the harness. Extra arguments name test files
// (`node test/infra/run-e2e.mjs test/e2e/csp.test.mjs`). Prints each engine's time and fails if any failed.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, runPerEngine } from './run-per-engine.mjs';

const files = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(join(root, 'test/e2e')).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => `test/e2e/${f}`);

runPerEngine('End-to-end tests', process.execPath, ['--test', ...files]);
