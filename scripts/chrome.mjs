// Finds a Chrome or Chromium for the browser tests; installs Debian's chromium when it can.
// Tests never download a browser of their own.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

function findInstalled() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    fail(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there. Point it at a Chrome or Chromium binary, or unset it.`);
  }
  return CANDIDATES.find((path) => existsSync(path));
}

function fail(message) {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** The path of a Chrome/Chromium binary, installing Debian's `chromium` as root when none is found. */
export function findChrome() {
  const found = findInstalled();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && commandExists('apt-get')) {
    console.error('No Chrome or Chromium found: installing Debian\'s "chromium" package with apt-get…');
    const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    run(['update', '-qq']);
    run(['install', '-y', '-qq', 'chromium']);
    const installed = findInstalled();
    if (installed) return installed;
    fail('apt-get could not install "chromium". Install Chrome or Chromium yourself, or set CHROME_PATH to one.');
  }
  fail('No Chrome or Chromium found. Install one (Debian/Ubuntu: "sudo apt-get install chromium"; macOS: Google Chrome), or set CHROME_PATH to its binary.');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(findChrome());
