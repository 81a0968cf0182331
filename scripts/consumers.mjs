// Installs the packed package (`npm pack`) the way a user does, then runs every consumer project
// in test-consumers/ against it: TypeScript (node16 and bundler resolution), Node, a bundler, a
// plain page with one script tag in Chromium… Run after `npm run build` (`npm test` does both).
//
// Each folder test-consumers/<name>/ is one consumer: a `consumer.mjs` whose default export
// `run(context)` throws when the consumer fails, and optionally a `package.json` whose
// `dependencies` are installed too. Every consumer shares one install directory (outside the
// repository, so nothing resolves from our own node_modules), kept between runs: only the
// tarball is reinstalled, everything else comes from npm's cache (`--prefer-offline`).
//
// `node scripts/consumers.mjs [name…]` runs only the named consumers.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findChrome } from './chrome.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const consumersDir = join(repo, 'test-consumers');
const installDir = process.env.CONSUMERS_DIR ?? join(tmpdir(), `engagement-hub-consumers-${createHash('sha1').update(repo).digest('hex').slice(0, 8)}`);
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));

function fail(message) {
  console.error(`\n✖ ${message}\n`);
  process.exit(1);
}

/** Runs a command, streaming nothing unless it fails; returns its output. */
function exec(command, args, { cwd = installDir, allowFailure = false } = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' } });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.error) throw result.error;
  if (result.status !== 0 && !allowFailure) throw new Error(`\`${command} ${args.join(' ')}\` failed in ${cwd}:\n${output}`);
  return { status: result.status, stdout: result.stdout, output };
}

const consumers = readdirSync(consumersDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(consumersDir, entry.name, 'consumer.mjs')))
  .map((entry) => entry.name)
  .sort();
const only = process.argv.slice(2);
for (const name of only) if (!consumers.includes(name)) fail(`No consumer "${name}" in test-consumers/ (have: ${consumers.join(', ')}).`);
const selected = only.length ? consumers.filter((name) => only.includes(name)) : consumers;

if (!existsSync(join(repo, pkg.exports['.'].default)) || !existsSync(join(repo, 'dist/types/index.d.ts'))) fail('dist/ is missing: run `npm run build` first.');

// ——— Pack and install ———
mkdirSync(installDir, { recursive: true });
const started = Date.now();
const packed = JSON.parse(exec('npm', ['pack', '--json', '--silent', '--pack-destination', installDir], { cwd: repo }).stdout)[0];
const tarball = `./${packed.filename}`;

const dependencies = { [pkg.name]: `file:${tarball}` };
for (const name of consumers) {
  const file = join(consumersDir, name, 'package.json');
  if (existsSync(file)) Object.assign(dependencies, JSON.parse(readFileSync(file, 'utf8')).dependencies);
}
writeFileSync(join(installDir, 'package.json'), `${JSON.stringify({ name: 'engagement-hub-consumers', private: true, type: 'module', dependencies }, null, 2)}\n`);
// The tarball keeps its name between builds: make npm take the new one.
rmSync(join(installDir, 'node_modules', pkg.name), { recursive: true, force: true });
rmSync(join(installDir, 'package-lock.json'), { force: true });
exec('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error']);
console.log(`Installed ${packed.filename} (${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KB) in ${installDir} (${((Date.now() - started) / 1000).toFixed(1)} s).`);

// ——— What consumers get ———
let browser;
const servers = [];

/** One headless Chromium for every consumer that needs a page. */
async function launchBrowser() {
  if (!browser) {
    const { default: puppeteer } = await import('puppeteer-core');
    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  }
  return browser;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml' };

/** Serves the install directory over HTTP (port $CONSUMERS_PORT, else any free one); resolves to its origin. */
async function serve() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    const file = join(installDir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(installDir) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  servers.push(server);
  await new Promise((done) => server.listen(Number(process.env.CONSUMERS_PORT ?? 0), '127.0.0.1', done));
  return `http://127.0.0.1:${server.address().port}`;
}

// ——— Run ———
let failed = 0;
for (const name of selected) {
  const dir = join(installDir, name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(consumersDir, name), dir, { recursive: true, filter: (source) => !source.includes('node_modules') });
  const begin = Date.now();
  try {
    const { default: run } = await import(pathToFileURL(join(dir, 'consumer.mjs')).href);
    await run({ dir, installDir, repo, packageName: pkg.name, exec: (command, args, options) => exec(command, args, { cwd: dir, ...options }), browser: launchBrowser, serve });
    console.log(`✔ consumer ${name} (${((Date.now() - begin) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed++;
    console.error(`✖ consumer ${name}: ${error?.stack ?? error}`);
  }
}
await browser?.close();
for (const server of servers) server.close();
console.log(`\nconsumers: ${selected.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
