// A plain page with only the self-contained script tag and <session-provider data-source="in-memory">,
// driven in headless Chromium as an agent would: the streams show rows, the "More options" icon
// draws its three dots, Pick opens the conversation's session, and the page loads nothing else.
import assert from 'node:assert/strict';

const BUNDLE = '/node_modules/engagement-hub-elements/dist/engagement-hub-elements.bundle.min.js';

export default async function run({ browser, serve }) {
  const origin = await serve();
  const page = await (await browser()).newPage();
  const problems = [];
  const requests = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${origin}/script-tag/index.html`);

    // Rows show up in Open work items, in view, with only the attribute to connect the CRM.
    const openRow = 'work-item-stream[stream="open"] >>> [part="row"]';
    await page.waitForSelector(openRow, { visible: true, timeout: 10_000 });
    const rows = await page.$$eval('work-item-stream', (streams) => streams.map((stream) => stream.shadowRoot.querySelectorAll('[part="row"]').length));
    assert.ok(rows[1] > 0, `Open work items show rows (rows per stream: ${rows})`);

    // The "More options" icon draws three dots: three sibling circles, none nested.
    const dots = await page.$eval(`${openRow} [part="more"]`, (button) => {
      const svg = button.querySelector('svg');
      return { direct: svg.querySelectorAll(':scope > circle').length, all: svg.querySelectorAll('circle').length };
    });
    assert.deepEqual(dots, { direct: 3, all: 3 }, 'the More options icon has three sibling circles');

    // Pick: the conversation's session opens, takes focus, and the row moves to My work items.
    const row = await page.$(openRow);
    const { id, name } = await row.evaluate((element) => ({ id: element.dataset.id, name: element.querySelector('.name').textContent }));
    await (await row.$('[part="more"]')).click();
    const pick = await page.waitForSelector('work-item-stream[stream="open"] >>> [role="menuitem"]::-p-text(Pick)', { visible: true });
    await pick.click();
    await page.waitForFunction(
      (title) => [...document.querySelector('session-panel').shadowRoot.querySelectorAll('session-tab')].some((tab) => tab.label === title && tab.selected),
      { timeout: 5000 },
      name,
    );
    await page.waitForFunction((itemId) => document.querySelector('work-item-stream[stream="my"]').items.some((item) => item.id === itemId), { timeout: 5000 }, id);

    const loaded = [...new Set(requests)].filter((path) => !path.endsWith('.map'));
    assert.deepEqual(loaded.sort(), [BUNDLE, '/script-tag/index.html'].sort(), 'the page loads the one file and nothing else');
    assert.deepEqual(problems, [], 'no errors, warnings or CSP violations');
  } finally {
    await page.close();
  }
}
