// SPDX-License-Identifier: MIT
// A WordPress site for the plugin's tests, from Debian's packages and started here (no systemd): MariaDB in
// the background on a private data folder and socket, PHP's built-in server on a free port, Debian's
// WordPress 6.1 reading its host config from /etc/wordpress/config-127.0.0.1.php (written here, removed by
// stop()), a wp-content folder of its own with the plugin unzipped from dist/wordpress/khojaly-widgets.zip,
// Twenty Twenty-Three and a minimal classic theme. Missing packages are installed with apt when run as root.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { unzipSync } from 'fflate';

const here = new URL('.', import.meta.url).pathname;
const root = new URL('../..', import.meta.url).pathname;
export const zipPath = join(root, 'dist/wordpress/khojaly-widgets.zip');
const config = '/etc/wordpress/config-127.0.0.1.php';
const marker = '// khojaly-widgets test site';
const packages = ['wordpress', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'php-cli', 'php-mysql'];
const say = (line) => console.log(`[khojaly-widgets] ${line}`);

/** Installs Debian's WordPress, MariaDB and PHP when one is missing (as root), else says what to install. */
export function ensurePackages() {
  const missing = () =>
    [
      ['/usr/share/wordpress/wp-load.php', 'wordpress'],
      ['/usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json', 'wordpress-theme-twentytwentythree'],
      ['/usr/sbin/mariadbd', 'mariadb-server'],
      ['/usr/bin/php', 'php-cli'],
    ].filter(([path]) => !existsSync(path));
  if (missing().length === 0 && phpHasMysql()) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`WordPress's tests need Debian's ${packages.join(' ')}. Install with:  sudo apt-get install -y ${packages.join(' ')}`);
  }
  say(`Installing Debian's ${packages.join(' ')} for the WordPress tests (a few minutes)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}

function phpHasMysql() {
  try {
    return execFileSync('php', ['-r', 'echo extension_loaded("mysqli") ? "yes" : "no";'], { encoding: 'utf8' }) === 'yes';
  } catch {
    return false;
  }
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what, check, timeout = 60_000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > end) throw new Error(`${what} did not start in ${timeout / 1000} s`);
    await sleep(200);
  }
}

/**
 * Starts the site. Returns `{ url, author, contributor, admin, php(args), debugLog(), stop() }`: the users are
 * `{ user, password, unfilteredHtml }`, with an application password for the REST API; `php` runs
 * test/wordpress/wp.php tasks.
 */
export async function startSite() {
  ensurePackages();
  if (!existsSync(zipPath)) throw new Error(`${zipPath} is missing: run npm run build first`);
  if (existsSync(config) && !readFileSync(config, 'utf8').includes(marker)) {
    throw new Error(`${config} exists and is not this test's: the test will not overwrite a real site's configuration.`);
  }
  const dir = mkdtempSync('/tmp/khojaly-wp-');
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      // The PHP server's workers are its children: end the whole process group, or they outlive the test.
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
    }
    rmSync(config, { force: true });
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // MariaDB on a private socket, no TCP.
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    const socket = join(dir, 'mysqld.sock');
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${dir}/db`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot], { stdio: 'pipe' });
    const db = spawn('mariadbd', ['--no-defaults', `--datadir=${dir}/db`, `--socket=${socket}`, '--skip-networking', `--pid-file=${dir}/mysqld.pid`, `--log-error=${dir}/mysqld.log`, ...asRoot], { stdio: 'ignore' });
    children.push(db);
    const sql = (statement) => execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', statement], { stdio: 'pipe' });
    await waitFor('MariaDB', () => (sql('SELECT 1'), true));
    sql('CREATE DATABASE wordpress CHARACTER SET utf8mb4');

    // wp-content: the plugin from the built zip, the block theme from Debian, the classic test theme.
    const content = join(dir, 'wp-content');
    for (const [name, data] of Object.entries(unzipSync(readFileSync(zipPath)))) {
      if (name.endsWith('/')) continue;
      const path = join(content, 'plugins', name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, data);
    }
    mkdirSync(join(content, 'themes'), { recursive: true });
    mkdirSync(join(content, 'uploads'), { recursive: true });
    symlinkSync('/usr/share/wordpress/wp-content/themes/twentytwentythree', join(content, 'themes', 'twentytwentythree'));
    cpSync(join(here, 'classic-theme'), join(content, 'themes', 'khojaly-classic'), { recursive: true });

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const salt = () => randomBytes(24).toString('hex');
    const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
    mkdirSync('/etc/wordpress', { recursive: true });
    writeFileSync(
      config,
      `<?php
${marker} (written by test/wordpress/site.mjs, removed when it stops)
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${url}/wp-content');
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${dir}/debug.log');
${keys.map((k) => `define('${k}', '${salt()}');`).join('\n')}
`,
    );

    const php = (...args) => execFileSync('php', [join(here, 'wp.php'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const installed = JSON.parse(php('install'));

    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', '/usr/share/wordpress', join(here, 'router.php')], {
      env: { ...process.env, KHOJALY_WP_CONTENT: content, PHP_CLI_SERVER_WORKERS: '8' },
      stdio: 'ignore',
      detached: true,
    });
    children.push(server);
    // Its process group does not get the terminal's Ctrl-C: end it when this process ends, however it ends.
    const endServer = () => {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already ended
      }
    };
    process.once('exit', endServer);
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (endServer(), process.exit(130)));
    await waitFor('PHP server', async () => (await fetch(`${url}/wp-login.php`)).ok);
    const debugLog = () => (existsSync(join(dir, 'debug.log')) ? readFileSync(join(dir, 'debug.log'), 'utf8') : '');
    return { url, author: installed.author, contributor: installed.contributor, admin: installed.admin, php, debugLog, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
