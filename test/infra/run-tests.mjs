#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Runs the browser test suite once per selected engine (KHOJALY_BROWSERS; Chromium alone by default, all
// three when CI=true), one engine after another: on a small machine three browsers at once are slower
// than three runs in a row, and Firefox's cold start then misses the runner's deadlines. Extra arguments go
// to web-test-runner (`node test/infra/run-tests.mjs test/elements/khojaly-chart.test.ts`). Prints each
// engine's time and fails if any engine failed.
import { join } from 'node:path';
import { root, runPerEngine } from './run-per-engine.mjs';

runPerEngine('Browser tests', join(root, 'node_modules', '.bin', 'web-test-runner'), process.argv.slice(2));
