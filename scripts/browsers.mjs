// SPDX-License-Identifier: MIT
// Where the browsers the tests drive live on a Debian machine (overridable with CHROME_PATH).
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Path of a Chromium binary, or undefined when none is installed. */
export function chromiumPath() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  return candidates.find((p) => existsSync(p));
}
