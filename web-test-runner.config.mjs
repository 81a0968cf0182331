import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter } from '@web/test-runner';
import { findChrome } from './scripts/chrome.mjs';
import { memoryPlugin } from './test/memory-plugin.mjs';

const executablePath = findChrome();

/** Ends the run with one plain line, `tests: N passed, N failed, N skipped`, for CI logs. */
function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const count = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        for (const test of suite?.tests ?? []) count[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
        for (const child of suite?.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        walk(session.testResults);
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) count.failed++;
      }
      console.log(`\ntests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`);
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  plugins: [a11ySnapshotPlugin(), memoryPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  // One page at a time: keyboard focus and animation frames belong to the page in front, and
  // tests that press keys or wait a frame must not compete for them.
  concurrency: 1,
  reporters: [defaultReporter(), summaryReporter()],
  // Lit's one-line dev-mode notice is noise in every test file; everything else is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 5000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
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
    }),
  ],
};
