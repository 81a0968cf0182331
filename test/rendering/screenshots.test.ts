import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';

// Screenshots of every visible element of the built kit (dist/), in light, dark, right-to-left
// and forced colours, compared with the baselines in ./baselines (fonts pinned to Noto in the
// gallery; a small tolerance for anti-aliasing). Chromium only: other engines skip.
// After an intended visual change: `npm run test:baselines`, look at the PNGs, commit them.

const ELEMENTS = ['session-panel', 'app-tab-panel', 'work-item-stream', 'incoming-conversation', 'customer-summary'] as const;
const MODES = [
  { mode: 'light', dir: 'ltr' },
  { mode: 'dark', dir: 'ltr', colorScheme: 'dark' },
  { mode: 'rtl', dir: 'rtl' },
  { mode: 'forced-colors', dir: 'ltr', forcedColors: true },
] as const;

interface Result {
  passed?: boolean;
  skipped?: string;
  reason?: string;
  written?: string;
}

/** Icon buttons, close up: a missing or merged shape is a large share of so few pixels. */
const ICONS = [
  { name: 'icon-more-options', label: /^More options for / },
  { name: 'icon-refresh', label: /^Refresh Open work items$/ },
  { name: 'icon-panel-toggle', label: /^Collapse session panel$/ },
  { name: 'icon-close-session', label: /^Close session / },
  { name: 'icon-close-tab', label: /^Close tab / },
  { name: 'icon-open-application', label: /^Open application$/ },
] as const;

function* deepElements(root: Document | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

function clipOf(element: Element) {
  const box = element.getBoundingClientRect();
  const x = Math.floor(box.x);
  const y = Math.floor(box.y);
  return { x, y, width: Math.ceil(Math.min(box.right, 1280) - x), height: Math.ceil(Math.min(box.bottom, 800) - y) };
}

async function compare(context: Mocha.Context, name: string, clip: ReturnType<typeof clipOf>, options: { scale?: number; maxMismatchRatio?: number } = {}): Promise<void> {
  expect(clip.width * clip.height, `${name} is on screen`).to.be.above(0);
  const result = (await executeServerCommand('compare-screenshot', { name, clip, ...options })) as Result;
  if (result.skipped) context.skip();
  if (result.written) console.info(`baseline written: ${result.written}`);
  expect(result.passed, result.reason).to.be.true;
}

/** Whether a font is installed: text set in it measures differently from the monospace fallback. */
function hasFont(family: string): boolean {
  const context = document.createElement('canvas').getContext('2d')!;
  const width = (font: string) => ((context.font = font), context.measureText('Agent desktop 0123').width);
  return width(`16px "${family}", monospace`) !== width('16px monospace');
}

async function openGallery(dir: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = new URL(`./kit-gallery.html?kit=dist&dir=${dir}`, import.meta.url).href;
  frame.style.cssText = 'position: absolute; inset: 0 auto auto 0; width: 1280px; height: 800px; border: 0';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  await (frame.contentWindow as Window & { galleryReady: Promise<unknown> }).galleryReady;
  return frame;
}

describe('screenshots of the built kit', function () {
  this.timeout(30000);
  before(async function () {
    const support = (await executeServerCommand('screenshots-supported')) as { supported: boolean; reason?: string };
    if (!support.supported) {
      console.info(`screenshots skipped: ${support.reason}`);
      this.skip();
    }
    await setViewport({ width: 1280, height: 800 });
  });
  const emulate = (colorScheme: string, forcedColors: string) =>
    executeServerCommand('emulate-media-features', [
      { name: 'prefers-color-scheme', value: colorScheme },
      { name: 'forced-colors', value: forcedColors },
    ]);
  after(() => emulate('', ''));

  for (const { mode, dir, ...media } of MODES) {
    describe(mode, () => {
      let frame: HTMLIFrameElement;
      before(async () => {
        await emulate('colorScheme' in media ? media.colorScheme : 'light', 'forcedColors' in media ? 'active' : 'none');
        frame = await openGallery(dir);
        if (!hasFont('Noto Sans')) throw new Error('The screenshots need the Noto fonts (Debian: apt-get install fonts-noto-core fonts-noto-color-emoji; .ci/run does it).');
      });
      after(() => frame.remove());

      for (const tag of ELEMENTS) {
        it(`<${tag}>`, async function () {
          await compare(this, `${tag}-${mode}`, clipOf(frame.contentDocument!.querySelector(tag)!));
        });
      }

      for (const { name, label } of ICONS) {
        it(name, async function () {
          const button = [...deepElements(frame.contentDocument!)].find((e) => label.test(e.getAttribute('aria-label') ?? ''));
          expect(button, `a control named ${label}`).to.exist;
          // Rendered at 4× and compared closely: the minified build's single dot differed by 1 %.
          await compare(this, `${name}-${mode}`, clipOf(button!), { scale: 4, maxMismatchRatio: 0.002 });
        });
      }
    });
  }
});
