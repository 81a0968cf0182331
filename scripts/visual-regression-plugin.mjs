// A web-test-runner plugin for screenshot checks in Chromium: the browser side asks for a
// screenshot of a box of the page, compared with a committed baseline PNG within a tolerance.
//
//   await executeServerCommand('compare-screenshot', { name, clip: {x, y, width, height}, scale?, maxMismatchRatio? })
//     → { passed, mismatch, baseline, ... } or { skipped: reason } in other engines
//   await executeServerCommand('screenshots-supported') → { supported, reason? }
//   await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }, …])
//     (Chromium; replaces every emulated feature at once; false elsewhere)
//
// A missing baseline is written (and the check passes, saying so); UPDATE_BASELINES=1 rewrites
// them all (`npm run test:baselines`). A failed comparison writes the new screenshot and a diff
// image beside the baselines, in `failed/` (ignored by git).
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export function visualRegressionPlugin({ baselineDir = 'test/rendering/baselines', update = process.env.UPDATE_BASELINES === '1' } = {}) {
  const failedDir = join(baselineDir, '..', 'failed');
  // One DevTools session per page, kept open: emulation ends when the session that set it detaches.
  const cdpSessions = new WeakMap();
  const cdpFor = async (session) => {
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    return cdpSessions.get(page);
  };
  const chromium = (session) => session.browser.type === 'puppeteer' && /^Chrom/.test(session.browser.name ?? '');
  return {
    name: 'visual-regression',
    async executeCommand({ command, payload, session }) {
      if (command === 'emulate-media-features') {
        if (!chromium(session)) return false;
        // Through the DevTools protocol: puppeteer's own helper refuses forced-colors. Sets all at once.
        await (await cdpFor(session)).send('Emulation.setEmulatedMedia', { features: payload });
        return true;
      }
      if (command === 'screenshots-supported') return chromium(session) ? { supported: true } : { supported: false, reason: `screenshots are compared in Chromium only (this is ${session.browser.name})` };
      if (command !== 'compare-screenshot') return undefined;
      if (!chromium(session)) return { skipped: `screenshots are compared in Chromium only (this is ${session.browser.name})` };
      // scale > 1 renders the box at a higher resolution (not an upscale): small icons get pixels enough to compare.
      const { name, clip, scale = 1, threshold = 0.1, maxMismatchRatio = 0.005 } = payload;
      if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`compare-screenshot: name "${name}" must be lower-case letters, digits and dashes`);
      // Straight through the DevTools protocol: puppeteer's screenshot() drops clip.scale.
      const { data } = await (await cdpFor(session)).send('Page.captureScreenshot', { format: 'png', clip: { ...clip, scale } });
      const actual = PNG.sync.read(Buffer.from(data, 'base64'));
      const baselinePath = join(baselineDir, `${name}.png`);
      if (update || !existsSync(baselinePath)) {
        mkdirSync(dirname(baselinePath), { recursive: true });
        writeFileSync(baselinePath, PNG.sync.write(actual));
        return { passed: true, written: baselinePath };
      }
      const baseline = PNG.sync.read(readFileSync(baselinePath));
      if (baseline.width !== actual.width || baseline.height !== actual.height) {
        mkdirSync(failedDir, { recursive: true });
        writeFileSync(join(failedDir, `${name}.png`), PNG.sync.write(actual));
        return { passed: false, reason: `size ${actual.width}×${actual.height}, baseline ${baseline.width}×${baseline.height}`, baseline: baselinePath };
      }
      const diff = new PNG({ width: actual.width, height: actual.height });
      const mismatched = pixelmatch(baseline.data, actual.data, diff.data, actual.width, actual.height, { threshold });
      const mismatch = mismatched / (actual.width * actual.height);
      if (mismatch <= maxMismatchRatio) return { passed: true, mismatch };
      mkdirSync(failedDir, { recursive: true });
      writeFileSync(join(failedDir, `${name}.png`), PNG.sync.write(actual));
      writeFileSync(join(failedDir, `${name}.diff.png`), PNG.sync.write(diff));
      return { passed: false, mismatch, reason: `${(mismatch * 100).toFixed(2)} % of pixels differ (tolerance ${(maxMismatchRatio * 100).toFixed(2)} %); see ${join(failedDir, name)}.png and .diff.png`, baseline: baselinePath };
    },
  };
}
