// SPDX-License-Identifier: MIT
// WebKitGTK under test: the WebDriver capabilities that start MiniBrowser, and the private X server and
// WebKitWebDriver it runs with (MiniBrowser has no headless mode), shared by the browser tests' launcher
// (web-test-runner-launchers.mjs) and the end-to-end tests' WebKit page (webkit-page.mjs).
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
const webkitToolbarCss = '* { min-width: 0; min-height: 0; margin: 0; padding: 0; border-width: 0; font-size: 1px; }\n';

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls WebKitWebDriver's /status until it answers (it takes a moment to bind its port). */
async function waitForDriver(port, child, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs} ms`);
}

/**
 * The private X screen: large, because with no window manager X gives keyboard focus to the window under
 * the pointer, and the pointer rests at the screen's centre; setViewport() keeps the window over it.
 */
const screen = { width: 3200, height: 2400 };

/** Starts Xvfb on a display it picks itself (-displayfd) and resolves with `:N`. */
function startXvfb(xvfb) {
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', `${screen.width}x${screen.height}x24`, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const display = new Promise((resolve, reject) => {
    let out = '';
    child.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.on('exit', (code) => reject(new Error(`Xvfb exited with code ${code}: ${stderr.trim()}`)));
  });
  return { child, display };
}

/**
 * Starts what WebKitGTK needs: a private Xvfb and WebKitWebDriver on a free port, with MiniBrowser's
 * narrow-toolbar style sheet. Resolves with the driver's port and `stop()` (also called if the process
 * exits or is killed first, so no Xvfb or driver is left behind).
 */
export async function startWebKitService(paths) {
  const tmp = mkdtempSync(join(tmpdir(), 'khojaly-webkit-'));
  mkdirSync(join(tmp, 'gtk-3.0'));
  writeFileSync(join(tmp, 'gtk-3.0', 'gtk.css'), webkitToolbarCss);
  const children = [];
  const killNow = () => {
    for (const child of children) child.kill('SIGKILL');
  };
  // Node runs no 'exit' handlers when killed by a signal, and test runners do not always stop their browsers.
  process.once('exit', killNow);
  for (const signal of ['SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      killNow();
      process.exit(1);
    });
  }
  const stop = () => {
    for (const child of children.splice(0)) child.kill();
    rmSync(tmp, { recursive: true, force: true });
  };
  try {
    const xvfb = startXvfb(paths.xvfb);
    children.push(xvfb.child);
    const display = await xvfb.display;
    const port = await freePort();
    // X11 on our private display even inside a desktop session, with the narrow-toolbar style sheet.
    const env = { ...process.env, DISPLAY: display, GDK_BACKEND: 'x11', XDG_CONFIG_HOME: tmp };
    delete env.WAYLAND_DISPLAY;
    const driver = spawn(paths.driver, [`--port=${port}`], { env, stdio: 'ignore' });
    children.push(driver);
    await waitForDriver(port, driver);
    return { port, stop, killNow };
  } catch (error) {
    stop();
    throw error;
  }
}

/**
 * Sizes MiniBrowser's window (driven by `driver`, a webdriverio session) so the page's viewport is
 * `width`×`height`: the window also holds MiniBrowser's toolbar, whose size is measured rather than
 * assumed. The window is placed with its toolbar under the pointer, so it keeps keyboard focus
 * (:focus-visible needs a focused window) and no page content is hovered. Resolves false when MiniBrowser
 * cannot get that small (about 290 px wide).
 */
export async function fitWebKitWindow(driver, { width, height }) {
  const inner = () => driver.execute('return [window.innerWidth, window.innerHeight]');
  for (let attempt = 0; attempt < 6; attempt++) {
    // X applies a new size a moment after the driver asks: look again before asking again.
    if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * attempt));
    const got = await inner();
    const rect = await driver.getWindowRect();
    const [chromeWidth, chromeHeight] = [rect.width - got[0], rect.height - got[1]];
    const [w, h] = [width + chromeWidth, height + chromeHeight];
    const [x, y] = [Math.round(screen.width / 2 - w / 2), Math.round(screen.height / 2 - chromeHeight / 2)];
    if (got[0] === width && got[1] === height && rect.x === x && rect.y === y) return true;
    await driver.setWindowRect(x, y, w, h);
  }
  return false;
}
