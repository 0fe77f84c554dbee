#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Makes sure a browser for the tests exists. On a fresh Debian machine run as root it installs
// Debian's Chromium with apt (test tools' own browser downloads cannot work offline); otherwise it
// says exactly what to install and stops.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './browsers.mjs';

if (chromiumPath()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
const packages = ['chromium'];

if (isRoot && hasApt) {
  console.log(`[khojaly-widgets] No Chromium found: installing Debian's ${packages.join(', ')} with apt-get (about a minute)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  } catch {
    console.error('[khojaly-widgets] apt-get could not install Chromium; see the output above.');
    process.exit(1);
  }
  if (chromiumPath()) process.exit(0);
}

console.error(
  [
    '[khojaly-widgets] The tests need Chromium and none was found.',
    hasApt ? `Install it with:  sudo apt-get install -y ${packages.join(' ')}` : 'Install Chromium or Google Chrome.',
    'Or point CHROME_PATH at an existing Chromium/Chrome binary.',
  ].join('\n'),
);
process.exit(1);
