// Framework consumers: installs the packed tarball (`npm pack`) into a React 19 app and a Vue 3 app
// (test-consumers/react, test-consumers/vue) as a user would, type-checks them (tsc strict; vue-tsc
// --strictTemplates), checks that wrong props and listeners are type errors, builds them (esbuild;
// Vite) and uses them in headless Chromium: clicks that fire onSession… props / @session-… listeners,
// properties set (store, dataSource), re-render and unmount/remount keeping the sessions.
//
//   node scripts/consumers-frameworks.mjs            (after `npm run build`; PORT defaults to any free port)
//
// Prints one line per check and ends with `consumers-frameworks: N passed, N failed`; exits 1 on a failure.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync, renameSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { findChrome } from './chrome.mjs';

const root = resolve(import.meta.dirname, '..');
// A directory and a port of this run's own, so that two checkouts can run their tests at once.
const work = mkdtempSync(join(tmpdir(), 'ehe-consumers-frameworks-'));
let port = Number(process.env.PORT ?? 0);
const results = { passed: 0, failed: 0 };

function check(name, ok, detail = '') {
  results[ok ? 'passed' : 'failed']++;
  console.log(`${ok ? '✔' : '✖'} ${name}${!ok && detail ? `\n    ${String(detail).replaceAll('\n', '\n    ')}` : ''}`);
  return ok;
}

function run(command, args, cwd, { expectFailure = false } = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', shell: false, env: { ...process.env, NODE_OPTIONS: '' } });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (!expectFailure && result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${output}`);
  return { status: result.status, output, stdout: result.stdout ?? '' };
}

// 1. The tarball, as `npm publish` would ship it.
if (!existsSync(join(root, 'dist/engagement-hub-elements.js'))) {
  console.error('✖ dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root).stdout).at(0).filename;
renameSync(join(work, packed), join(work, 'engagement-hub-elements.tgz'));

// 2. Each app in a folder of its own, next to the tarball, installed from the registry.
for (const app of ['react', 'vue']) {
  cpSync(join(root, 'test-consumers', app), join(work, app), { recursive: true, filter: (path) => !/node_modules|[\\/]build$|package-lock\.json$/.test(path) });
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], join(work, app));
}

// 3. Types: the apps type-check; wrong uses are errors (so the types are real, not `any`).
const reactDir = join(work, 'react');
const tsc = run(join(reactDir, 'node_modules/.bin/tsc'), ['-p', '.'], reactDir, { expectFailure: true });
check('React app type-checks (strict, JSX types for the raw tags, typed wrappers)', tsc.status === 0, tsc.output);
writeFileSync(
  join(reactDir, 'src/wrong.tsx'),
  `import { SessionPanelElement } from 'engagement-hub-elements/react';
export const a = <session-panel store={42} />;
export const b = <work-item-stream stream="StreamName" />;
export const c = <SessionPanelElement onSessionFocused={(event: CustomEvent<number>) => event} />;
export const d = <session-panel onsession-focused={(event) => event.detail.nope} />;
`,
);
const wrongReact = run(join(reactDir, 'node_modules/.bin/tsc'), ['-p', '.'], reactDir, { expectFailure: true });
const reactErrors = wrongReact.output.match(/src\/wrong\.tsx\(\d+/g) ?? [];
check('React: a wrong store, stream value, event type and detail are type errors', new Set(reactErrors).size === 4, wrongReact.output);
if (process.env.VERBOSE) console.log(wrongReact.output);
rmSync(join(reactDir, 'src/wrong.tsx'));

const vueDir = join(work, 'vue');
const vueTsc = run(join(vueDir, 'node_modules/.bin/vue-tsc'), ['--noEmit', '-p', 'tsconfig.json'], vueDir, { expectFailure: true });
check('Vue app type-checks with vue-tsc --strictTemplates', vueTsc.status === 0, vueTsc.output);
writeFileSync(
  join(vueDir, 'src/Wrong.vue'),
  `<script setup lang="ts">
function onFocused(event: CustomEvent<number>) { return event; }
</script>
<template>
  <session-panel :store="42" />
  <work-item-stream stream="StreamName" />
  <session-panel @session-focused="onFocused" />
  <session-panel :nope="1" />
</template>
`,
);
const wrongVue = run(join(vueDir, 'node_modules/.bin/vue-tsc'), ['--noEmit', '-p', 'tsconfig.json'], vueDir, { expectFailure: true });
const vueErrors = wrongVue.output.match(/src\/Wrong\.vue\(\d+/g) ?? [];
check('Vue: a wrong store, stream value, listener and unknown prop are template type errors', new Set(vueErrors).size === 4, wrongVue.output);
if (process.env.VERBOSE) console.log(wrongVue.output);
rmSync(join(vueDir, 'src/Wrong.vue'));

// 4. Builds, as the apps' own tools do it.
run(join(reactDir, 'node_modules/.bin/esbuild'), ['src/app.tsx', '--bundle', '--format=esm', '--outfile=build/app.js', '--log-level=warning'], reactDir);
run(join(vueDir, 'node_modules/.bin/vite'), ['build'], vueDir);

// 5. In the browser.
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
let servedDir = reactDir;
const server = createServer((request, response) => {
  const path = join(servedDir, decodeURIComponent(new URL(request.url, 'http://x').pathname).replace(/\/$/, '/index.html'));
  if (!path.startsWith(servedDir) || !existsSync(path)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
});
await new Promise((done) => server.listen(port, '127.0.0.1', done));
port = server.address().port;
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });

/** The text of the session tabs of a panel, as shown. */
const tabTitles = (page, panel) =>
  page.evaluate((selector) => [...(document.querySelector(selector)?.shadowRoot?.querySelectorAll('session-tab') ?? [])].map((tab) => tab.label), panel);

/** Clicks, with the mouse, an element found inside shadow roots by `find` (run in the page). */
async function click(page, find, ...args) {
  const handle = await page.waitForFunction(find, { timeout: 5000 }, ...args);
  const element = handle.asElement();
  if (!element) throw new Error(`nothing to click for ${find}`);
  await element.click();
}
const tabNamed = (panel, title) => [...(document.querySelector(panel)?.shadowRoot?.querySelectorAll('session-tab') ?? [])].find((tab) => tab.label === title);
const firstMore = () => document.querySelector('work-item-stream')?.shadowRoot?.querySelector('[part="row"] [part="more"]');
const pickItem = () => [...(document.querySelector('work-item-stream')?.shadowRoot?.querySelectorAll('[part="menu-item"]') ?? [])].find((item) => item.textContent.trim() === 'Pick');

async function openPage(dir, logName) {
  servedDir = dir;
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && !/ResizeObserver loop/.test(message.text()) && errors.push(`console error: ${message.text()}`));
  await page.goto(`http://127.0.0.1:${port}/index.html`);
  const logOf = () => page.evaluate((name) => window[name] ?? [], logName);
  const waitLog = (pattern) => page.waitForFunction((name, source) => (window[name] ?? []).some((entry) => new RegExp(source).test(entry)), { timeout: 5000 }, logName, pattern.source).then(() => true, () => false);
  return { page, errors, logOf, waitLog };
}

async function scenario(name, body) {
  try {
    await body();
  } catch (error) {
    check(`${name}: ran to the end`, false, error.stack);
  }
}

await scenario('React', async () => {
  const { page, errors, logOf, waitLog } = await openPage(reactDir, 'reactLog');
  await page.waitForFunction(() => document.querySelector('#raw-panel')?.shadowRoot?.querySelectorAll('session-tab').length === 2, { timeout: 5000 }).catch(() => {});
  check('React: the wrapper panel shows the store handed to the provider (store property)', JSON.stringify(await tabTitles(page, '#wrapped-panel')) === '["Home","Ada Lovelace"]', await tabTitles(page, '#wrapped-panel'));
  check('React: the raw <session-panel store={store}> renders the store (no "only a getter" error)', JSON.stringify(await tabTitles(page, '#raw-panel')) === '["Home","Ada Lovelace"]', JSON.stringify(await tabTitles(page, '#raw-panel')) + errors.join('\n'));

  await click(page, tabNamed, '#wrapped-panel', 'Ada Lovelace');
  check('React: onSessionFocused on the wrapper fires when the agent clicks a session', await waitLog(/^wrapper session-focused: Ada Lovelace$/), await logOf());
  // Events fire from the panel the agent used, once: the other panel on the store stays silent.
  await click(page, tabNamed, '#raw-panel', 'Home');
  check('React: onsession-focused on the raw tag fires for a click in it, and not for one in the other panel', (await waitLog(/^raw session-focused: Home$/)) && !(await logOf()).includes('raw session-focused: Ada Lovelace'), await logOf());

  await click(page, firstMore);
  await click(page, pickItem);
  check('React: the stream got the CRM from the dataSource property, and onSessionStarted fires on Pick', await waitLog(/^wrapper session-started: pick /), await logOf());
  check('React: onSessionOpened on the stream fires for the picked conversation', await waitLog(/^wrapper session-opened: /), await logOf());
  const sessions = await tabTitles(page, '#wrapped-panel');

  await page.click('#rerender');
  await page.click('#rerender');
  check('React: re-rendering keeps the sessions', JSON.stringify(await tabTitles(page, '#wrapped-panel')) === JSON.stringify(sessions), await tabTitles(page, '#wrapped-panel'));

  await page.click('#toggle');
  const gone = await page.evaluate(() => !document.querySelector('session-panel'));
  await page.click('#toggle');
  await page.waitForFunction((n) => document.querySelector('#wrapped-panel')?.shadowRoot?.querySelectorAll('session-tab').length === n, { timeout: 5000 }, sessions.length).catch(() => {});
  check('React: unmount then remount keeps the sessions', gone && JSON.stringify(await tabTitles(page, '#wrapped-panel')) === JSON.stringify(sessions), `${gone} ${await tabTitles(page, '#wrapped-panel')} vs ${sessions}`);
  await click(page, tabNamed, '#wrapped-panel', 'Home');
  check('React: after remounting, onSessionFocused fires again', await waitLog(/^wrapper session-focused: Home$/), await logOf());
  check('React: no page or console errors', errors.length === 0, errors.join('\n'));
  await page.close();
});

await scenario('Vue', async () => {
  const { page, errors, logOf, waitLog } = await openPage(join(vueDir, 'build'), 'vueLog');
  await page.waitForFunction(() => document.querySelector('#panel')?.shadowRoot?.querySelectorAll('session-tab').length === 2, { timeout: 5000 }).catch(() => {});
  check('Vue: the panel shows the markRaw store bound with :store', JSON.stringify(await tabTitles(page, '#panel')) === '["Home","Ada Lovelace"]', await tabTitles(page, '#panel'));
  check('Vue: :maxSessions sets the provider property', (await page.evaluate(() => document.querySelector('session-provider')?.maxSessions)) === 5);
  check('Vue: ref(new InMemoryCrm()) fails with a TypeError (why the README says markRaw)', await waitLog(/^ref crm: TypeError$/), await logOf());
  check('Vue: shallowRef(new InMemoryCrm()) works', await waitLog(/^shallowRef crm: worked$/), await logOf());

  await click(page, tabNamed, '#panel', 'Ada Lovelace');
  check('Vue: @session-focused fires when the agent clicks a session', await waitLog(/^session-focused: Ada Lovelace$/), await logOf());
  await click(page, firstMore);
  await click(page, pickItem);
  check('Vue: the markRaw CRM works through :dataSource, and @session-started fires on Pick', await waitLog(/^session-started: pick /), await logOf());
  const sessions = await tabTitles(page, '#panel');
  await page.click('#toggle');
  await page.click('#toggle');
  await page.waitForFunction((n) => document.querySelector('#panel')?.shadowRoot?.querySelectorAll('session-tab').length === n, { timeout: 5000 }, sessions.length).catch(() => {});
  check('Vue: unmount then remount (v-if) keeps the sessions', sessions.length === 3 && JSON.stringify(await tabTitles(page, '#panel')) === JSON.stringify(sessions), `${await tabTitles(page, '#panel')} vs ${sessions}`);
  check('Vue: no page or console errors', errors.length === 0, errors.join('\n'));
  await page.close();
});

await browser.close();
server.close();
if (!results.failed) rmSync(work, { recursive: true, force: true }); // kept to look into when a check failed
console.log(`\nconsumers-frameworks: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed ? 1 : 0);
