// SPDX-License-Identifier: MIT
// Web Test Runner: every test runs in a real browser (Debian's Chromium) with the real data.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath } from './scripts/browsers.mjs';
import { chromiumArgs } from './scripts/chromium-args.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2021' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: ['--headless=new', ...chromiumArgs] },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
};
