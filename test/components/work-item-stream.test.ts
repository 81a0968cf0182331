import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/session-panel/session-panel.js';
import '../../src/components/work-item-stream/work-item-stream.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import type { WorkItemStream } from '../../src/components/work-item-stream/work-item-stream.js';
import { InMemoryCrm } from '../../src/data/index.js';
import { conversationTitle, type WorkItem } from '../../src/state/index.js';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { accessibleText, deepActiveElement, realClick, shadow, tabs, until } from '../helpers.js';


async function dashboard(crm: InMemoryCrm, streams: string[] = ['my', 'open', 'closed']) {
  // Side by side and short, so every stream is in the viewport (a virtualizer renders no rows off screen).
  const root = await fixture<HTMLElement>(html`<div class="dashboard">
    <session-provider .dataSource=${crm}>
      <session-panel></session-panel>
      ${streams.map((s) => html`<work-item-stream stream=${s}></work-item-stream>`)}
    </session-provider>
  </div>`);
  root.style.cssText = 'display: grid; grid-template-columns: 10rem repeat(3, minmax(0, 1fr)); --ehe-stream-height: 12rem';
  const provider = root.querySelector('session-provider')!;
  const stream = (name: string) => provider.querySelector<WorkItemStream>(`work-item-stream[stream="${name}"]`)!;
  // Loaded: rows laid out by the virtualizer, or a message (empty, error).
  for (const name of streams) await until(() => !!shadow(stream(name)).querySelector('[part="row"], .message:not([aria-busy])'), `${name} to load`);
  return { provider, store: provider.store, stream, panel: provider.querySelector('session-panel')! };
}

const rows = (el: WorkItemStream) => [...shadow(el).querySelectorAll<HTMLElement>('[part="row"]')];
const rowFor = (el: WorkItemStream, item: WorkItem) => shadow(el).querySelector<HTMLElement>(`[part="row"][data-id="${item.id}"]`)!;
const moreButton = (el: WorkItemStream, item: WorkItem) => shadow(el).querySelector<HTMLButtonElement>(`button[aria-label="More options for ${conversationTitle(item)}"]`)!;
const menu = (el: WorkItemStream) => shadow(el).querySelector<HTMLElement>('[role="menu"]')!;
/** Scrolls the virtualized list as the agent would, until the row is in its view (rows are all one height). */
async function showRow(el: WorkItemStream, item: WorkItem): Promise<void> {
  const list = shadow(el).querySelector<HTMLElement>('[part="list"]')!;
  const pitch = shadow(el).querySelector<HTMLElement>('[part="row"]')!.offsetHeight;
  list.scrollTop = el.items.indexOf(item) * pitch - list.clientHeight / 2;
  await until(() => !!moreButton(el, item), `row ${item.id}`);
  // Let the scroll settle, so the row is where it will be clicked.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** Clicks a row's More options and waits for its menu; returns the menu's first item. */
async function openMenuFor(el: WorkItemStream, item: WorkItem): Promise<HTMLElement> {
  await showRow(el, item);
  await realClick(moreButton(el, item));
  await until(() => menu(el).matches(':popover-open') && !!menu(el).querySelector('[role="menuitem"]'), 'the menu');
  expect(moreButton(el, item).getAttribute('aria-expanded'), 'the menu opened for that row').to.equal('true');
  return menu(el).querySelector<HTMLElement>('[role="menuitem"]')!;
}
const notice = (el: WorkItemStream) => shadow(el).querySelector('[part="notice"]')!.textContent!.trim();

describe('<work-item-stream>', () => {
  // The virtualizer's ResizeObserver may report a benign "loop completed" error; mocha would fail on it.
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  let crm: InMemoryCrm;
  beforeEach(() => (crm = new InMemoryCrm({ workItems: 60, seed: 3 })));
  afterEach(() => crm.dispose());

  it('is a region named by its stream, with a count, filter, sort and refresh', async () => {
    const { stream } = await dashboard(crm, ['open']);
    const open = stream('open');
    const section = shadow(open).querySelector('section')!;
    expect(shadow(open).getElementById(section.getAttribute('aria-labelledby')!)!.textContent).to.equal('Open work items');
    const expected = (await crm.listWorkItems('open')).length;
    expect(shadow(open).querySelector('[part="count"]')!.textContent).to.equal(String(expected));
    expect(shadow(open).querySelector('[part="filter"]')!.getAttribute('aria-label')).to.equal('Filter Open work items');
    expect(shadow(open).querySelector('[part="sort"]')!.getAttribute('aria-label')).to.equal('Sort Open work items');
    expect(shadow(open).querySelector('[part="refresh"]')!.getAttribute('aria-label')).to.equal('Refresh Open work items');
    await expect(open).to.be.accessible();
  });

  it('shows each row: channel, customer or visitor, subject, queue, state, time waiting', async () => {
    const { stream } = await dashboard(crm, ['open']);
    const item = stream('open').items[0]!;
    const text = rowFor(stream('open'), item).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain(conversationTitle(item));
    expect(text).to.contain(item.subject);
    expect(text).to.contain(item.queue.name);
    expect(text).to.contain('Open');
    expect(text).to.match(/Waiting \d+/);
    expect(text).to.match(/Chat|SMS|Voice|Record/);
  });

  it('sorts newest or oldest first', async () => {
    const { stream } = await dashboard(crm, ['my']);
    const my = stream('my');
    const times = () => my.items.map((i) => i.updatedAt);
    expect(times()).to.deep.equal([...times()].sort((a, b) => b - a));
    const select = shadow(my).querySelector<HTMLSelectElement>('[part="sort"]')!;
    select.value = 'oldest';
    select.dispatchEvent(new Event('change'));
    await my.updateComplete;
    expect(times()).to.deep.equal([...times()].sort((a, b) => a - b));
    expect(my.getAttribute('sort')).to.equal('oldest');
  });

  it('filters by what the agent types', async () => {
    const { stream } = await dashboard(crm, ['open']);
    const open = stream('open');
    const queue = open.items[0]!.queue.name;
    shadow(open).querySelector<HTMLInputElement>('[part="filter"]')!.focus();
    await sendKeys({ type: queue });
    await open.updateComplete;
    expect(open.items.length).to.be.greaterThan(0);
    expect(open.items.every((i) => i.queue.name === queue || i.subject.includes(queue) || conversationTitle(i).includes(queue))).to.be.true;
    await sendKeys({ type: 'zzzz-no-such-thing' });
    await open.updateComplete;
    expect(shadow(open).textContent).to.contain('No work items match');
  });

  it('renders hostile names as text', async () => {
    crm.addWorkItems([{ ...crm.allWorkItems()[0]!, id: 'WI-evil', state: 'open', assignedTo: undefined, customer: undefined, case: undefined, visitor: { displayName: '<img src=x onerror="window.pwned=1">', authenticated: false }, createdAt: Date.now() }]);
    const { stream } = await dashboard(crm, ['open']);
    expect(shadow(stream('open')).querySelector('img')).to.be.null;
    expect(shadow(stream('open')).textContent).to.contain('<img src=x onerror="window.pwned=1">');
    expect((window as { pwned?: number }).pwned).to.be.undefined;
  });

  describe('More options', () => {
    it('Pick (mouse): the item moves from Open to My in every stream and its session opens focused', async () => {
      const { stream, store, panel } = await dashboard(crm, ['my', 'open']);
      const item = stream('open').items[0]!;
      const started = oneEvent(stream('open'), 'session-started');
      const pick = await openMenuFor(stream('open'), item);
      expect([...menu(stream('open')).querySelectorAll('[role="menuitem"]')].map((m) => m.textContent)).to.deep.equal(['Pick']);
      await realClick(pick);
      const event = await started;
      expect(event.detail.via).to.equal('pick');
      expect(store.focusedSession.id).to.equal(`conversation:${item.id}`);
      await until(() => stream('my').items.some((i) => i.id === item.id), 'the item in My work items');
      expect(stream('open').items.some((i) => i.id === item.id)).to.be.false;
      await panel.updateComplete;
      expect(tabs(panel).map(accessibleText)).to.include(conversationTitle(item));
    });

    it('Pick by keyboard: arrows to the row, Enter opens the menu, Enter picks', async () => {
      const { stream, store } = await dashboard(crm, ['open']);
      const open = stream('open');
      const second = open.items[1]!;
      rows(open)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActiveElement()?.getAttribute('data-id')).to.equal(second.id);
      await sendKeys({ press: 'Enter' });
      await until(() => menu(open).matches(':popover-open') && deepActiveElement()?.textContent === 'Pick', 'the menu');
      expect(deepActiveElement()?.textContent).to.equal('Pick');
      await sendKeys({ press: 'Enter' });
      await until(() => store.focusedSession.id === `conversation:${second.id}`, 'the session');
    });

    it('Escape closes the menu and focus returns to the row\'s button', async () => {
      const { stream } = await dashboard(crm, ['open']);
      const open = stream('open');
      const item = open.items[0]!;
      await openMenuFor(open, item);
      await sendKeys({ press: 'Escape' });
      expect(menu(open).matches(':popover-open')).to.be.false;
      expect(deepActiveElement()?.getAttribute('aria-label')).to.equal(`More options for ${conversationTitle(item)}`);
    });

    it('Open on a Waiting item revives it; Open on a Closed item opens read-only', async () => {
      const { stream, store } = await dashboard(crm, ['my', 'closed']);
      const waiting = stream('my').items.find((i) => i.state === 'waiting')!;
      const open = await openMenuFor(stream('my'), waiting);
      expect(open.textContent).to.equal('Open');
      await realClick(open);
      await until(() => crm.workItem(waiting.id)!.state === 'active', 'Waiting → Active');
      const closed = stream('closed').items[0]!;
      await realClick(await openMenuFor(stream('closed'), closed));
      await until(() => store.focusedSession.id === `conversation:${closed.id}`, 'the read-only session');
      expect(store.focusedSession.conversation?.readOnly).to.be.true;
      expect(crm.workItem(closed.id)!.state).to.equal('closed');
    });

    it('Open or Pick on an item that already has a session focuses it', async () => {
      const { stream, store } = await dashboard(crm, ['my']);
      const item = stream('my').items.find((i) => i.state === 'active')!;
      await realClick(await openMenuFor(stream('my'), item));
      await until(() => store.sessions.length === 2, 'a session');
      store.focusSession('home');
      await realClick(await openMenuFor(stream('my'), item));
      await until(() => store.focusedSession.id === `conversation:${item.id}`, 'focus');
      expect(store.sessions).to.have.length(2);
    });

    it('another agent picking first: a clear message and no session', async () => {
      const { stream, store } = await dashboard(crm, ['open']);
      const open = stream('open');
      const item = open.items[0]!;
      await openMenuFor(open, item);
      crm.simulateOtherAgentPick(item.id);
      // The row leaves live, and the menu opened for it closes with it.
      await until(() => !open.items.some((i) => i.id === item.id), 'the row to leave');
      expect(menu(open).matches(':popover-open')).to.be.false;
      // A stale row (the agent clicked before the update arrived) gets the conflict message.
      crm.addWorkItems([{ ...item, id: 'WI-stale', state: 'open', assignedTo: undefined }]);
      await until(() => open.items.some((i) => i.id === 'WI-stale'), 'the stale row');
      const stale = open.items.find((i) => i.id === 'WI-stale')!;
      const pick = await openMenuFor(open, stale);
      crm.failNext('changeWorkItem', new (await import('../../src/data/index.js')).CrmError('conflict', 'Another agent picked it first.'));
      await realClick(pick);
      await until(() => notice(open) !== '', 'the message');
      expect(notice(open)).to.contain('Another agent picked it first');
      expect(store.sessions).to.have.length(1);
    });
  });

  describe('live updates', () => {
    it('rows appear, move and leave as conversations change', async () => {
      const { stream } = await dashboard(crm, ['my', 'open']);
      const offer = crm.offerIncoming();
      await until(() => stream('open').items.some((i) => i.id === offer.workItem.id), 'the new row');
      await crm.changeWorkItem(offer.workItem.id, 'pick');
      await until(() => stream('my').items.some((i) => i.id === offer.workItem.id), 'the row in My');
      expect(stream('open').items.some((i) => i.id === offer.workItem.id)).to.be.false;
    });

    it('keeps keyboard focus on the same row when others come and go', async () => {
      const { stream } = await dashboard(crm, ['open']);
      const open = stream('open');
      const item = open.items[2]!;
      rowFor(open, item).focus();
      crm.offerIncoming();
      crm.offerIncoming();
      await until(() => open.items.length === crm.allWorkItems().filter((i) => i.state === 'open' && !i.assignedTo).length, 'the new rows');
      await open.updateComplete;
      expect(deepActiveElement()?.getAttribute('data-id')).to.equal(item.id);
    });

    it('keeps the open menu of another row open', async () => {
      const { stream } = await dashboard(crm, ['open']);
      const open = stream('open');
      const [first, second] = open.items;
      await openMenuFor(open, first!);
      crm.simulateOtherAgentPick(second!.id);
      await until(() => !open.items.some((i) => i.id === second!.id), 'the other row to leave');
      expect(menu(open).matches(':popover-open')).to.be.true;
      expect(moreButton(open, first!).getAttribute('aria-expanded')).to.equal('true');
    });

    it('survives the list shrinking under a view scrolled to its end', async () => {
      crm = new InMemoryCrm({ workItems: 600, seed: 5 });
      const { stream } = await dashboard(crm, ['open']);
      const open = stream('open');
      const list = shadow(open).querySelector<HTMLElement>('[part="list"]')!;
      list.scrollTop = list.scrollHeight;
      await aTimeout(100);
      for (const item of open.items.slice(0, -3)) crm.simulateOtherAgentPick(item.id);
      await until(() => open.items.length === 3, 'the short list');
      await aTimeout(100);
      await until(() => rows(open).length === 3, 'three rows');
    });

    it('keeps the scroll position when rows arrive above', async () => {
      crm = new InMemoryCrm({ workItems: 600, seed: 5 });
      const { stream } = await dashboard(crm, ['open']);
      const open = stream('open');
      const list = shadow(open).querySelector<HTMLElement>('[part="list"]')!;
      // Some engines size the virtualized list a little later: scroll once it can scroll that far.
      await until(() => {
        list.scrollTop = 2000;
        return list.scrollTop > 1900;
      }, 'the list scrolled down');
      await aTimeout(100);
      const firstVisible = () => {
        const top = list.getBoundingClientRect().top;
        return rows(open).filter((r) => r.getBoundingClientRect().bottom > top + 1).sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0]!.dataset.id;
      };
      const before = firstVisible();
      crm.offerIncoming(); // newest: lands at the very top
      await until(() => open.items[0]!.id.startsWith('WI-'), 'the new row');
      await aTimeout(100);
      expect(firstVisible()).to.equal(before);
    });
  });

  describe('loading, empty and error states', () => {
    it('says it is loading while the CRM is slow', async () => {
      crm.setLatency(300);
      const provider = await fixture<SessionProvider>(html`<session-provider .dataSource=${crm}><work-item-stream stream="open"></work-item-stream></session-provider>`);
      const open = provider.querySelector('work-item-stream')!;
      await open.updateComplete;
      expect(shadow(open).textContent).to.contain('Loading Open work items');
    });

    it('shows an error with Retry, and Retry loads', async () => {
      crm.failNext('listWorkItems');
      const provider = await fixture<SessionProvider>(html`<session-provider .dataSource=${crm}><work-item-stream stream="open"></work-item-stream></session-provider>`);
      const open = provider.querySelector('work-item-stream')!;
      await until(() => !!shadow(open).querySelector('[role="alert"]'), 'the error');
      expect(shadow(open).querySelector('[role="alert"]')!.textContent).to.contain('Could not load Open work items');
      await expect(open).to.be.accessible();
      await realClick([...shadow(open).querySelectorAll('button')].find((b) => b.textContent === 'Retry')!);
      await until(() => rows(open).length > 0, 'rows after retry');
    });

    it('says when a stream is empty', async () => {
      crm = new InMemoryCrm({ workItems: 0 });
      const { stream } = await dashboard(crm, ['my']);
      expect(shadow(stream('my')).textContent).to.contain('Nothing is assigned to you right now.');
    });

    it('leaves out malformed work items and says so', async () => {
      const good = (await crm.listWorkItems('open'))[0]!;
      const original = crm.listWorkItems.bind(crm);
      crm.listWorkItems = async (s) => [...(await original(s)), { ...good, id: 'WI-broken', channel: 'fax' } as unknown as WorkItem];
      const { stream } = await dashboard(crm, ['open']);
      expect(shadow(stream('open')).textContent).to.contain('1 work item could not be shown');
      expect(stream('open').items.some((i) => i.id === 'WI-broken')).to.be.false;
    });

    it('says so when no CRM is connected', async () => {
      const open = await fixture<WorkItemStream>(html`<work-item-stream stream="open"></work-item-stream>`);
      expect(shadow(open).textContent).to.contain('No CRM is connected');
    });
  });

  it('stays bounded with 10,000 rows: a few dozen rows in the DOM, keyboard still reaches the end', async () => {
    crm = new InMemoryCrm({ workItems: 0 });
    const base = { channel: 'chat', state: 'open', subject: 'Bulk', visitor: { displayName: 'Visitor', authenticated: false }, queue: { id: 'q', name: 'Bulk' } };
    crm.addWorkItems(Array.from({ length: 10_000 }, (_, i) => ({ ...base, id: `WI-B${i}`, visitor: { ...base.visitor, displayName: `Visitor ${i}` }, createdAt: i, updatedAt: i })));
    const { stream } = await dashboard(crm, ['open']);
    const open = stream('open');
    expect(open.items).to.have.length(10_000);
    expect(shadow(open).querySelector('[part="count"]')!.textContent).to.equal('10000');
    expect(rows(open).length).to.be.within(5, 80);
    rows(open)[0]!.focus();
    await sendKeys({ press: 'End' });
    await until(() => deepActiveElement()?.getAttribute('data-id') === 'WI-B0', 'the last row focused');
    expect(deepActiveElement()?.getAttribute('aria-posinset')).to.equal('10000');
    expect(rows(open).length).to.be.within(5, 80);
    await sendKeys({ press: 'Home' });
    await until(() => deepActiveElement()?.getAttribute('data-id') === 'WI-B9999', 'the first row focused');
  });
});
