// End to end, as two agents in two browser contexts on one service: the demo page (built by
// `npm run build`) served in front of the reference service, signed in with ?agent=. Both pick
// the same conversation at once: exactly one session opens, the other agent is told another agent
// picked it first, and the row leaves both agents' Open work items live.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { startDevServer } from '@web/dev-server';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { serviceProxy } from '../../scripts/service-proxy.mjs';
import { openPglite, type Database } from '../src/db.js';
import { call, eventually, freePort, startService, type RunningService } from './helpers.js';

const built = existsSync('demo/build/demo.js');

describe('two agents in two browser contexts on one service', { skip: built ? false : 'the demo is not built (npm run build)' }, () => {
  let db: Database;
  let service: RunningService;
  let demo: Awaited<ReturnType<typeof startDevServer>>;
  let browser: Browser;
  let origin = '';

  before(async () => {
    db = await openPglite();
    service = await startService({ db, seed: 2026, workItems: 300, simulation: true });
    const port = await freePort();
    demo = await startDevServer({
      config: { rootDir: 'demo', port, hostname: '127.0.0.1', nodeResolve: false, watch: false, middleware: [serviceProxy(service.url)] },
      readCliArgs: false,
      readFileConfig: false,
      logStartMessage: false,
    });
    origin = `http://127.0.0.1:${port}`;
    const { findChrome } = await import('../../scripts/chrome.mjs');
    browser = await puppeteer.launch({ executablePath: findChrome(), args: ['--no-sandbox', '--headless=new', '--disable-gpu'] });
  });
  after(async () => {
    await browser?.close();
    await demo?.stop();
    await service?.close();
    await db?.close();
  });

  const openIds = (page: Page) => page.evaluate(() => (document.querySelector('work-item-stream[stream="open"]') as unknown as { items: { id: string }[] }).items.map((i) => i.id));
  const sessionTitles = (page: Page) =>
    page.evaluate(() => [...document.querySelector('session-panel')!.shadowRoot!.querySelectorAll('session-tab')].map((tab) => (tab.textContent ?? '').replace(/\s+/g, ' ').trim()));
  const notice = (page: Page) => page.evaluate(() => document.querySelector('work-item-stream[stream="open"]')!.shadowRoot!.querySelector('[part="notice"]')?.textContent ?? '');

  test('both pick the same conversation at once: one session opens, the other sees the conflict and the row leave', async () => {
    const [one, two] = await Promise.all([browser.createBrowserContext(), browser.createBrowserContext()]).then((contexts) => Promise.all(contexts.map((c) => c.newPage())));
    for (const page of [one!, two!]) {
      await page.setViewport({ width: 1400, height: 2000 });
      page.on('pageerror', (error) => console.log(`# page error: ${String(error)}`));
    }
    await one!.goto(`${origin}/?agent=agent-1`);
    await two!.goto(`${origin}/?agent=agent-2`);
    for (const [page, agent] of [[one!, 'agent-1'], [two!, 'agent-2']] as const) {
      await eventually(async () => assert.equal(await page.evaluate(() => document.querySelector('.crm-agent strong')?.textContent), agent), 60_000);
      await eventually(async () => assert.ok((await openIds(page)).length > 0), 60_000);
    }
    const renderedRow = (page: Page) => page.evaluate(() => (document.querySelector('work-item-stream[stream="open"]')!.scrollIntoView(), document.querySelector('work-item-stream[stream="open"]')!.shadowRoot!.querySelector('[part="row"]') as HTMLElement | null)?.dataset.id);
    await eventually(async () => assert.ok(await renderedRow(one!)));
    const first = (await renderedRow(one!))!;
    assert.ok((await openIds(two!)).includes(first));
    const before = [await sessionTitles(one!), await sessionTitles(two!)];
    // Each agent opens the row's menu; then both press Enter on Pick at the same moment.
    for (const page of [one!, two!]) {
      const more = await page.evaluateHandle((id) => document.querySelector('work-item-stream[stream="open"]')!.shadowRoot!.querySelector(`[part="row"][data-id="${id}"] [part="more"]`), first);
      const button = more.asElement() as import('puppeteer-core').ElementHandle<Element> | null;
      assert.ok(button, `the row ${first} and its menu button are on screen`);
      await button.click();
      await eventually(async () => assert.equal(await page.evaluate(() => {
        let active: Element | null = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.textContent?.trim();
      }), 'Pick'));
    }
    await Promise.all([one!.keyboard.press('Enter'), two!.keyboard.press('Enter')]);

    await eventually(async () => {
      const after = [await sessionTitles(one!), await sessionTitles(two!)];
      const opened = after.map((titles, n) => titles.length - before[n]!.length);
      assert.deepEqual([...opened].sort(), [0, 1], `exactly one agent got a session (${JSON.stringify(after)})`);
    }, 30_000);
    const loser = (await sessionTitles(one!)).length > before[0]!.length ? two! : one!;
    await eventually(async () => assert.match(await notice(loser), /Another agent picked/), 30_000);
    for (const page of [one!, two!]) await eventually(async () => assert.equal((await openIds(page)).includes(first), false), 30_000);
  });

  test('the event stream cut and the service restarted: the page recovers without reload, no lost and no duplicated rows', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1400, height: 2000 });
    await page.goto(`${origin}/?agent=agent-1`);
    const ids = (stream: string) => page.evaluate((name) => (document.querySelector(`work-item-stream[stream="${name}"]`) as unknown as { items: { id: string }[] }).items.map((i) => i.id), stream);
    await eventually(async () => assert.ok((await ids('open')).length > 0), 60_000);
    await page.evaluate(() => document.title = 'loaded once');
    // The service goes away; another instance on the same database carries on.
    const port = service.port;
    const otherPort = await freePort();
    await service.close();
    const other = await startService({ db, port: otherPort });
    const open = (await call(other.url, 'GET', '/v1/work-items?stream=open', { token: 'demo-agent-2' })).body.items as { id: string }[];
    for (const item of open.slice(0, 3)) await call(other.url, 'POST', `/v1/work-items/${item.id}/events`, { token: 'demo-agent-2', body: { event: 'pick' } });
    await call(other.url, 'POST', `/v1/work-items/${open[3]!.id}/events`, { token: 'demo-agent-1', body: { event: 'pick' } });
    service = await startService({ db, port });
    await other.close();
    for (const stream of ['my', 'open', 'closed']) {
      await eventually(async () => {
        const truth = ((await call(service.url, 'GET', `/v1/work-items?stream=${stream}`, { token: 'demo-agent-1' })).body.items as { id: string }[]).map((i) => i.id).sort();
        const shown = (await ids(stream)).sort();
        assert.equal(new Set(shown).size, shown.length, `no duplicated rows in ${stream}`);
        assert.deepEqual(shown, truth, `${stream} equals the database`);
      }, 60_000);
    }
    assert.equal(await page.evaluate(() => document.title), 'loaded once', 'the page was not reloaded');
    await context.close();
  });

  test('a link made by one agent retitles the same conversation’s session in another agent’s browser', async () => {
    const [one, two] = await Promise.all([browser.createBrowserContext(), browser.createBrowserContext()]).then((contexts) => Promise.all(contexts.map((c) => c.newPage())));
    for (const page of [one!, two!]) page.on('pageerror', (error) => console.log(`# page error: ${String(error)}`));
    await one!.goto(`${origin}/?agent=agent-1`);
    await two!.goto(`${origin}/?agent=agent-2`);
    for (const [page, agent] of [[one!, 'agent-1'], [two!, 'agent-2']] as const) {
      await eventually(async () => assert.equal(await page.evaluate(() => document.querySelector('.crm-agent strong')?.textContent), agent), 60_000);
    }
    // One of agent-1's conversations with no customer linked yet; agent-2 (a supervisor, say) has it open.
    const mine = (await call(service.url, 'GET', '/v1/work-items?stream=my', { token: 'demo-agent-1' })).body.items as { id: string; customer?: unknown; case?: unknown; state: string }[];
    const item = mine.find((i) => !i.customer && !i.case && i.state !== 'closed')!;
    assert.ok(item, 'agent-1 has a conversation with nothing linked');
    const opened = await two!.evaluate((id) => {
      const store = (document.querySelector('session-panel') as unknown as { store: { openConversationSession(c: { workItemId: string; title: string }): unknown } }).store;
      return JSON.stringify(store.openConversationSession({ workItemId: id, title: 'Before the link' }));
    }, item.id);
    assert.match(opened, /"status":"opened"/);
    const labels = (page: Page) => page.evaluate(() => [...document.querySelector('session-panel')!.shadowRoot!.querySelectorAll('session-tab')].map((tab) => (tab as Element & { label?: string }).label ?? ''));
    await eventually(async () => assert.ok((await labels(two!)).includes('Before the link')));
    // Agent-1 links a contact (through the service, as its own customer summary would).
    const match = ((await call(service.url, 'GET', '/v1/records/search?kind=customer&q=a', { token: 'demo-agent-1' })).body.matches as { entity: string; id: string; name: string }[]).find((m) => m.entity === 'contact')!;
    const linked = await call(service.url, 'POST', `/v1/work-items/${item.id}/links`, { token: 'demo-agent-1', body: { entity: match.entity, id: match.id, name: match.name } });
    assert.equal(linked.status, 200);
    await eventually(async () => assert.ok((await labels(two!)).includes(match.name), `agent-2's session is retitled "${match.name}" (${JSON.stringify(await labels(two!))})`), 30_000);
    // The contexts stay open, as the first test's do: the service sees every agent's streams to the end.
  });
});
