#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// `npx khojaly-widgets snippet <tag> [attr=value …] [--light | --both]`: see src/ssr/cli.ts.
try {
  await import('../dist/ssr/cli.js');
} catch (error) {
  // Server rendering is optional: browser-only apps do not install @lit-labs/ssr.
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('@lit-labs/ssr')) throw error;
  console.error('khojaly-widgets snippet renders with @lit-labs/ssr, which is not installed: npm install --save-dev @lit-labs/ssr');
  process.exit(2);
}
