// SPDX-License-Identifier: MIT
// Web Test Runner: every test runs in real browsers with the real data. KHOJALY_BROWSERS picks the engines
// (chromium, firefox, webkit or all; default Chromium alone, all three when CI=true); see
// test/infra/browsers.mjs. `npm test` runs the engines one after another through test/infra/run-tests.mjs;
// `web-test-runner` alone runs the selected ones side by side. WebKit needs no wrapper: its launcher
// (test/infra/web-test-runner-launchers.mjs) starts its own Xvfb.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { selectedEngines } from './test/infra/browsers.mjs';
import { browserLaunchers, engineCommandsPlugin } from './test/infra/web-test-runner-launchers.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2021' }), engineCommandsPlugin()],
  browsers: browserLaunchers(selectedEngines()),
  concurrency: 1,
  // Firefox's first start takes ~20 s on an idle 2-core machine, longer on a busy one (the default is 30 s).
  browserStartTimeout: 120000,
  testFramework: { config: { timeout: 10000 } },
};
