// SPDX-License-Identifier: MIT
// Firefox ESR under test: its preferences and flags, and the one way into its privileged (browser-window)
// scope that those flags open, shared by the browser tests' commands and the end-to-end harness.

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
 * Firefox flags: system access lets the tests reach the browser's own window (inFirefoxChrome), for what
 * WebDriver BiDi has no command for: prefers-color-scheme, print media, garbage collection.
 */
export const firefoxArgs = ['--remote-allow-system-access'];

/**
 * Runs `source` (a function's text) in Firefox's own browser window, the privileged "chrome" scope, over
 * the WebDriver BiDi connection of puppeteer's `page`, with `args` (strings; anything else is passed as
 * null) and awaiting what it returns. `everyWindow` runs it in each browser window rather than the first
 * (settings held per tab must reach every tab). Resolves with each window's result (a BiDi remote value).
 */
export async function inFirefoxChrome(page, source, { args = [], everyWindow = false } = {}) {
  const connection = page.browser().connection;
  const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const windows = everyWindow ? result.contexts : result.contexts.slice(0, 1);
  const values = args.map((value) => (typeof value === 'string' ? { type: 'string', value } : { type: 'null' }));
  const results = [];
  for (const { context } of windows) {
    const { result: outcome } = await connection.send('script.callFunction', {
      functionDeclaration: source,
      awaitPromise: true,
      target: { context },
      arguments: values,
    });
    if (outcome.type !== 'success') throw new Error(`Firefox: script in the browser window failed: ${JSON.stringify(outcome.exceptionDetails)}`);
    results.push(outcome.result);
  }
  return results;
}

/**
 * Sets the same per-tab overrides as DevTools' colour-scheme and print simulation (WebDriver BiDi has no
 * command for either).
 */
export async function emulateMediaInFirefox(page, { colorScheme, media }) {
  await inFirefoxChrome(
    page,
    `(scheme, medium) => {
      for (const tab of globalThis.gBrowser?.browsers ?? []) {
        if (scheme) tab.browsingContext.prefersColorSchemeOverride = scheme;
        if (medium) tab.browsingContext.mediumOverride = medium === 'screen' ? '' : medium;
      }
    }`,
    { args: [colorScheme, media], everyWindow: true },
  );
}
