// The browser engines the tests run in: Chromium (required), Firefox and WebKit (each when found).
// Nothing here downloads a browser: Chromium, Firefox and WebKit come from the system (Debian's
// `chromium`, `firefox-esr` and `webkit2gtk-driver`; `.ci/run` installs them on a fresh machine).
import { existsSync, readdirSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { findChrome } from './chrome.mjs';

export { findChrome };

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/** Which engines to run: `TEST_ENGINES=chromium,firefox` limits them; unset means every one found. */
export function wantedEngines() {
  const list = (process.env.TEST_ENGINES ?? 'chromium,firefox,webkit').split(',').map((e) => e.trim().toLowerCase()).filter(Boolean);
  const unknown = list.filter((e) => !['chromium', 'firefox', 'webkit'].includes(e));
  if (unknown.length) {
    console.error(`\n✖ TEST_ENGINES names unknown engines: ${unknown.join(', ')} (known: chromium, firefox, webkit)\n`);
    process.exit(1);
  }
  return new Set(list);
}

/** A path given in an environment variable must exist: a typo should not skip an engine silently. */
function fromEnv(variable) {
  const path = process.env[variable];
  if (path === undefined || path === '') return undefined;
  if (existsSync(path)) return path;
  console.error(`\n✖ ${variable} is set to ${path}, but no file is there. Fix it, or unset it.\n`);
  process.exit(1);
}

function onPath(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** A Firefox binary (FIREFOX_PATH, or a system one), or undefined. */
export function findFirefox() {
  return fromEnv('FIREFOX_PATH') ?? FIREFOX_CANDIDATES.find((path) => existsSync(path)) ?? onPath('firefox-esr') ?? onPath('firefox');
}

/** WebKitGTK's MiniBrowser, which WebKitWebDriver drives. */
function findMiniBrowser() {
  const given = fromEnv('WEBKIT_BROWSER_PATH');
  if (given) return given;
  for (const lib of ['/usr/lib', '/usr/lib64', '/usr/libexec']) {
    let entries = [];
    try {
      entries = readdirSync(lib);
    } catch {
      continue;
    }
    const dirs = [lib, ...entries.map((e) => `${lib}/${e}`)];
    for (const dir of dirs) {
      for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
        const candidate = `${dir}/${api}/MiniBrowser`;
        if (existsSync(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

/**
 * WebKitGTK's WebDriver and MiniBrowser, and how to give the MiniBrowser a display (it has no
 * headless mode: without $DISPLAY it runs inside `xvfb-run`). Undefined parts mean "not installed".
 */
export function findWebKit() {
  const driver = fromEnv('WEBKIT_WEBDRIVER_PATH') ?? onPath('WebKitWebDriver');
  const browser = findMiniBrowser();
  const xvfbRun = onPath('xvfb-run');
  return { driver, browser, xvfbRun, ok: Boolean(driver && browser && (xvfbRun || process.env.DISPLAY)) };
}

async function freePort() {
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

async function listening(port, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const up = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (up) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/**
 * Starts WebKitWebDriver on a free local port (inside a virtual X display unless one is set) and
 * stops it when this process exits. Resolves to the port.
 */
export async function startWebKitDriver({ driver, xvfbRun }) {
  const port = await freePort();
  const command = process.env.DISPLAY ? [driver, `--port=${port}`] : [xvfbRun, '-a', '-s', '-screen 0 1920x1200x24 -nolisten tcp', driver, `--port=${port}`];
  const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM'); // the whole group: xvfb-run, Xvfb, the driver and its browsers
    } catch {
      // already gone
    }
  };
  process.on('exit', stop); // the test runner exits through process.exit, also on Ctrl+C
  if (!(await listening(port, 20000))) {
    stop();
    throw new Error(`WebKitWebDriver did not start on port ${port}:\n${stderr}`);
  }
  return port;
}
