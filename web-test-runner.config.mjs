import path from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import * as puppeteerCore from 'puppeteer-core';
import { findChrome, findFirefox, findWebKit, startWebKitDriver, wantedEngines } from './scripts/browsers.mjs';
import { engineCommands } from './scripts/engine-commands.mjs';
import { visualRegressionPlugin } from './scripts/visual-regression-plugin.mjs';
import { crmServiceMiddleware } from './scripts/wtr-crm-service.mjs';
import { memoryPlugin } from './test/memory-plugin.mjs';

// Every engine installed runs the whole suite: Chromium always (it is installed when missing),
// Firefox and WebKit when found. TEST_ENGINES=chromium,firefox,webkit picks some.
const wanted = wantedEngines();
const browsers = [];
const skipped = [];

/** Shows a launcher under the engine's name ("Chromium", "Firefox", "WebKit") in the report. */
function named(launcher, name) {
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = name;
  };
  launcher.name = name;
  return launcher;
}

if (wanted.has('chromium')) {
  browsers.push(
    named(chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }), 'Chromium'),
  );
}

if (wanted.has('firefox')) {
  const executablePath = findFirefox();
  if (executablePath) {
    // puppeteer-core drives an installed Firefox over WebDriver BiDi (nothing is downloaded).
    browsers.push(named(chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { browser: 'firefox', executablePath, headless: true } }), 'Firefox'));
  } else {
    skipped.push({ engine: 'Firefox', install: 'sudo apt-get install firefox-esr (or set FIREFOX_PATH)' });
  }
}

if (wanted.has('webkit')) {
  const webkit = findWebKit();
  if (webkit.ok) {
    const port = await startWebKitDriver(webkit);
    browsers.push(
      named(webdriverLauncher({
        hostname: '127.0.0.1',
        port,
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          // WebKitWebDriver speaks classic WebDriver; do not ask it for a BiDi socket.
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: webkit.browser, args: ['--automation'] },
        },
      }), 'WebKit'),
    );
  } else {
    const missing = [!webkit.driver && 'WebKitWebDriver', !webkit.browser && 'MiniBrowser', !webkit.xvfbRun && !process.env.DISPLAY && 'xvfb-run'].filter(Boolean);
    skipped.push({ engine: 'WebKit', install: `sudo apt-get install webkit2gtk-driver xvfb xauth (missing: ${missing.join(', ')})` });
  }
}

if (!browsers.length) {
  console.error('\n✖ TEST_ENGINES selects no engine that is installed.\n');
  process.exit(1);
}
const skippedNote = skipped.map(({ engine, install }) => `${engine} is not installed: its run was skipped. To include it: ${install}.`);
for (const line of skippedNote) console.warn(`⚠ ${line}`);

const engine = engineCommands();

/**
 * Ends the run with one plain line across all engines, `tests: N passed, N failed, N skipped`, for
 * CI logs, after a line per engine and a reminder of the engines that were not installed.
 */
function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const total = { passed: 0, failed: 0, skipped: 0 };
      const failures = [];
      const perEngine = new Map();
      for (const session of sessions) {
        const count = perEngine.get(session.browser.name) ?? { passed: 0, failed: 0, skipped: 0 };
        perEngine.set(session.browser.name, count);
        const add = (kind) => {
          count[kind]++;
          total[kind]++;
        };
        const walk = (suite, path) => {
          for (const test of suite?.tests ?? []) {
            add(test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed');
            if (!test.skipped && !test.passed) failures.push({ session, name: [...path, test.name].join(' › '), error: test.error });
          }
          for (const child of suite?.suites ?? []) walk(child, [...path, child.name]);
        };
        walk(session.testResults, []);
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          add('failed');
          failures.push({ session, name: '(the file did not run)', error: session.errors?.[0] });
        }
      }
      console.log('');
      // The failures again, last, where a CI log cut to its tail still shows them.
      for (const { session, name, error } of failures) {
        console.log(`✖ ${session.browser.name} ${path.relative(process.cwd(), session.testFile)}: ${name}`);
        if (error?.message) console.log(`    ${String(error.message).split('\n').slice(0, 6).join('\n    ')}`);
        if (error?.stack) console.log(`    ${String(error.stack).split('\n').filter((line) => line.includes('.ts')).slice(0, 3).map((line) => line.trim()).join('\n    ')}`);
      }
      for (const [name, c] of perEngine) console.log(`${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
      for (const line of skippedNote) console.log(line);
      console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
    },
  };
}

export default {
  // The leak tests (*.memory.test.ts) measure heap growth per cycle: they run in a pass of their
  // own after the others (`MEMORY_TESTS=only`, as `npm test` does), so that two other browsers
  // busy on the same cores don't show up as growth. `MEMORY_TESTS=with` runs everything at once.
  files:
    process.env.MEMORY_TESTS === 'only'
      ? ['test/**/*.memory.test.ts']
      : process.env.MEMORY_TESTS === 'with'
        ? ['test/**/*.test.ts']
        : ['test/**/*.test.ts', '!test/**/*.memory.test.ts'],
  nodeResolve: true,
  // The reference CRM service, started on first use by the HTTP data source tests (same origin).
  middleware: [crmServiceMiddleware()],
  plugins: [engine.plugin, visualRegressionPlugin(), memoryPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  // One page at a time per engine: keyboard focus and animation frames belong to the page in
  // front, and tests that press keys or wait a frame must not compete for them. The engines are
  // separate browsers (WebKit in its own virtual display), so they run side by side.
  concurrency: 1,
  concurrentBrowsers: 3,
  reporters: [engine.reporter, defaultReporter(), summaryReporter()],
  // Lit's one-line dev-mode notice is noise in every test file; everything else is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  // A guard against a hung test, not a speed check: with three engines sharing two cores, a test
  // that takes 1 s alone can take several.
  testFramework: { config: { timeout: 10000 } },
  browsers,
};
