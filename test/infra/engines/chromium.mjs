// SPDX-License-Identifier: MIT
// Flags for Debian's Chromium on these machines: root needs --no-sandbox, and the background-networking
// flags stop Chromium calling hosts that a closed network refuses.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
