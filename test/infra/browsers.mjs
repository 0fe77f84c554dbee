// SPDX-License-Identifier: MIT
// Which browser engines the tests run in, and where their Debian binaries live (CHROME_PATH and
// FIREFOX_PATH override). Test tools' own browser downloads cannot work offline, so every engine is a
// Debian package; `aptPackages` says which.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

/** The engines the suite knows, in the order they run. */
export const engines = ['chromium', 'firefox', 'webkit'];

/** Debian packages that provide each engine (MiniBrowser comes with webkit2gtk-driver's libwebkit2gtk). */
export const aptPackages = {
  chromium: ['chromium', 'fonts-liberation'],
  firefox: ['firefox-esr', 'fonts-liberation'],
  webkit: ['webkit2gtk-driver', 'xvfb', 'fonts-liberation'],
};

/**
 * The test pages set their text in Arial, which fontconfig gives as Liberation Sans (the same metrics), and
 * the page stylesheet's reservations are measured with it. A machine with only DejaVu (Debian's default)
 * lays the widgets out taller, and the layout-shift tests would fail for want of a font.
 */
export function fontsInstalled() {
  if (existsSync('/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf')) return true;
  try {
    // Elsewhere than Debian's path: ask fontconfig; a machine without fc-list is not one we can judge.
    return execFileSync('fc-list', [':family=Liberation Sans'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return true;
  }
}

/**
 * The engines this run uses: KHOJALY_BROWSERS (a comma list, or `all`), else all three in CI
 * (CI=true) and Chromium alone on a developer's machine. Throws on an unknown name.
 */
export function selectedEngines(env = process.env) {
  const raw = env.KHOJALY_BROWSERS?.trim();
  if (!raw) return env.CI === 'true' || env.CI === '1' ? [...engines] : ['chromium'];
  if (raw === 'all') return [...engines];
  const names = raw.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = names.filter((n) => !engines.includes(n));
  if (unknown.length > 0 || names.length === 0) {
    throw new Error(`KHOJALY_BROWSERS="${raw}": expected a comma list of ${engines.join(', ')} (or "all")`);
  }
  return engines.filter((e) => names.includes(e));
}

const firstExisting = (paths) => paths.find((p) => p && existsSync(p));

/** Path of a Chromium binary, or undefined when none is installed. */
export function chromiumPath() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  return firstExisting(['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);
}

/** Path of a Firefox binary (ESR first: it is what Debian ships), or undefined. */
export function firefoxPath() {
  if (process.env.FIREFOX_PATH && existsSync(process.env.FIREFOX_PATH)) return process.env.FIREFOX_PATH;
  return firstExisting(['/usr/bin/firefox-esr', '/usr/bin/firefox']);
}

/** Library folders that may hold WebKitGTK's MiniBrowser: /usr/lib and its multiarch subfolders. */
function libDirs() {
  let entries = [];
  try {
    entries = readdirSync('/usr/lib').filter((d) => /-linux-gnu/.test(d));
  } catch {
    // no /usr/lib: not a Debian-like system
  }
  return ['/usr/lib', ...entries.map((d) => `/usr/lib/${d}`)];
}

/**
 * What WebKit needs: the WebDriver server, the MiniBrowser it drives and an X server for it (MiniBrowser
 * has no headless mode). Each is a path, or undefined when missing.
 */
export function webkitPaths() {
  const browsers = libDirs().flatMap((dir) =>
    ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0'].map((api) => `${dir}/${api}/MiniBrowser`),
  );
  return {
    driver: firstExisting(['/usr/bin/WebKitWebDriver']),
    browser: firstExisting(browsers),
    xvfb: firstExisting(['/usr/bin/Xvfb']),
  };
}

/** True when everything `engine` needs is installed, the fonts of the test pages included. */
export function isInstalled(engine) {
  if (!fontsInstalled()) return false;
  if (engine === 'chromium') return Boolean(chromiumPath());
  if (engine === 'firefox') return Boolean(firefoxPath());
  const { driver, browser, xvfb } = webkitPaths();
  return Boolean(driver && browser && xvfb);
}
