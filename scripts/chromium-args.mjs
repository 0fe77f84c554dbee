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

/**
 * Preferences for Firefox ESR under test: no update, telemetry or remote-settings calls (the network is
 * closed) and no first-run pages.
 */
export const firefoxPrefs = {
  'app.update.disabledForTesting': true,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'services.settings.server': 'data:,',
};

/**
 * Firefox flags: system access lets the tests' media emulation reach the browser's own window (WebDriver
 * BiDi has no command for prefers-color-scheme or print; scripts/test-engines.mjs sets what DevTools sets).
 */
export const firefoxArgs = ['--remote-allow-system-access'];

/**
 * WebDriver capabilities that make WebKitWebDriver start `binary` (WebKitGTK's MiniBrowser) in automation
 * mode; classic WebDriver, because WebKitGTK's BiDi support is partial.
 */
export function webkitCapabilities(binary) {
  return {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary, args: ['--automation'] },
  };
}

/**
 * GTK style sheet for MiniBrowser's own window: its toolbar otherwise keeps the window at least ~450 px
 * wide, and the phone-width tests need a 320 px viewport. Pages are unaffected (WebKit draws them itself).
 */
export const webkitToolbarCss = '* { min-width: 0; min-height: 0; margin: 0; padding: 0; border-width: 0; font-size: 1px; }\n';
