#!/usr/bin/env node
// SPDX-License-Identifier: MIT
// Makes sure the browsers the tests will use exist: the engines named on the command line
// (`node test/infra/ensure-browser.mjs chromium firefox`), else those KHOJALY_BROWSERS selects (Chromium alone
// by default, all three when CI=true; see browsers.mjs). On a Debian machine run as root it installs
// the missing ones with apt (test tools' own browser downloads cannot work offline); otherwise it says
// exactly what to install and stops.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { aptPackages, engines, isInstalled, selectedEngines } from './browsers.mjs';

const say = (line) => console.log(`[khojaly-widgets] ${line}`);
const fail = (lines) => {
  console.error(lines.map((l) => `[khojaly-widgets] ${l}`).join('\n'));
  process.exit(1);
};

const named = process.argv.slice(2);
let wanted;
try {
  wanted = named.length > 0 ? selectedEngines({ KHOJALY_BROWSERS: named.join(',') }) : selectedEngines();
} catch (error) {
  fail([named.length > 0 ? `Unknown engine in "${named.join(' ')}": the engines are ${engines.join(', ')}.` : error.message]);
}

const missing = () => wanted.filter((engine) => !isInstalled(engine));
if (missing().length === 0) process.exit(0);

const packages = [...new Set(missing().flatMap((engine) => aptPackages[engine]))];
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

if (isRoot && hasApt) {
  say(`Missing ${missing().join(', ')}: installing Debian's ${packages.join(' ')} with apt-get (a minute or more)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  } catch {
    fail([`apt-get could not install ${packages.join(' ')}; see the output above.`]);
  }
  if (missing().length === 0) process.exit(0);
  fail([`apt-get finished but ${missing().join(', ')} still cannot be found.`]);
}

fail([
  `The tests are set to run in ${wanted.join(', ')}; not installed: ${missing().join(', ')}.`,
  hasApt ? `Install with:  sudo apt-get install -y ${packages.join(' ')}` : `Install the browsers (Debian packages: ${packages.join(' ')}).`,
  'Or point CHROME_PATH / FIREFOX_PATH at an installed binary,',
  `or choose fewer engines, e.g.  KHOJALY_BROWSERS=chromium npm test  (engines: ${engines.join(', ')}).`,
]);
