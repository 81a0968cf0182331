// Prints how fast the kit is in a real Chromium: the model alone and the session panel's renders,
// measured on the built bundle (`npm run build` first). Numbers, not pass/fail.
import { existsSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';
import { findChrome } from './chrome.mjs';

if (!existsSync('dist/engagement-hub-elements.js')) {
  console.error('✖ dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
// The published modules import Lit by name: resolve it as a host's bundler would, in its production build.
const server = await startDevServer({ config: { rootDir: '.', port: 0, hostname: '127.0.0.1', nodeResolve: { exportConditions: ['production'] } }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
const { port } = server.server.address();
const browser = await puppeteer.launch({
  executablePath: findChrome(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${port}/bench/index.html`);
  await page.waitForFunction('window.benchReady === true');
  const names = await page.evaluate(() => Object.keys(window.benchmarks));
  const stat = (samples, q) => [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  console.log(`Chromium ${await browser.version()} · ${new Date().toISOString()}\n`);
  console.log(`${'case'.padEnd(62)} ${'runs'.padStart(5)} ${'median'.padStart(10)} ${'p95'.padStart(10)}`);
  for (const name of names) {
    const samples = await page.evaluate((n) => window.benchmarks[n](), name);
    const ms = (v) => `${v.toFixed(2)} ms`.padStart(10);
    console.log(`${name.padEnd(62)} ${String(samples.length).padStart(5)} ${ms(stat(samples, 0.5))} ${ms(stat(samples, 0.95))}`);
  }
} finally {
  await browser.close();
  await server.stop();
}
