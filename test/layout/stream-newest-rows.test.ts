import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/session-view/session-view.js';
import '../../src/components/work-item-stream/work-item-stream.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import type { WorkItemStream } from '../../src/components/work-item-stream/work-item-stream.js';
import { InMemoryCrm } from '../../src/data/index.js';
import type { WorkItem } from '../../src/state/index.js';
import { realClick, shadow, until } from '../helpers.js';

// The rule: a list at its top stays at its top and shows new rows; a list scrolled down keeps
// its place, and says how many new rows are above it.

const settle = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 30))));

function list(stream: WorkItemStream): HTMLElement {
  return shadow(stream).querySelector<HTMLElement>('[part="list"]')!;
}

/** The row the agent sees first, at the top edge of the list. */
function firstVisibleId(stream: WorkItemStream): string | undefined {
  const top = list(stream).getBoundingClientRect().top;
  return [...shadow(stream).querySelectorAll<HTMLElement>('[part="row"]')]
    .filter((row) => row.getBoundingClientRect().bottom > top + 1)
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0]?.dataset.id;
}

function newRowsButton(stream: WorkItemStream): HTMLButtonElement | null {
  return shadow(stream).querySelector<HTMLButtonElement>('button[part="new-rows"]');
}

/** Work items assigned to this agent, updated now: they arrive at the top of My work items (newest first). */
function arriveInMy(crm: InMemoryCrm, template: WorkItem, count: number, tag: string): string[] {
  const now = Date.now();
  const ids = Array.from({ length: count }, (_, i) => `WI-${tag}${i}`);
  crm.addWorkItems(ids.map((id, i) => ({ ...template, id, updatedAt: now + i })));
  return ids;
}

/** The demo's shape: Home's dashboard inside a <session-view>, hidden while a session is focused. */
async function desk(crm: InMemoryCrm) {
  const provider = await fixture<SessionProvider>(html`<session-provider .dataSource=${crm}>
    <session-view><div class="home"><work-item-stream stream="my" style="--ehe-stream-height: 20rem"></work-item-stream></div></session-view>
  </session-provider>`);
  const my = provider.querySelector<WorkItemStream>('work-item-stream')!;
  await until(() => !!firstVisibleId(my), 'rows in My work items');
  await settle();
  return { provider, store: provider.store, my };
}

describe('<work-item-stream>: new rows and the agent\'s place', () => {
  setupIgnoreWindowResizeObserverLoopErrors(before, after);
  let crm: InMemoryCrm;
  beforeEach(() => (crm = new InMemoryCrm({ workItems: 400, seed: 21 })));
  afterEach(() => crm.dispose());

  it('at its top, it stays at its top and shows rows that arrive', async () => {
    const { my } = await desk(crm);
    const ids = arriveInMy(crm, my.items[3]!, 3, 'A');
    await until(() => my.items[0]!.id === ids[2], 'the new rows');
    await settle();
    expect(list(my).scrollTop).to.equal(0);
    expect(firstVisibleId(my)).to.equal(ids[2]);
    expect(newRowsButton(my), 'no "new" button at the top').to.be.null;
  });

  it('at its top while Home is hidden (a session focused), it is still at its top with the new rows on return', async () => {
    const { store, my } = await desk(crm);
    store.openRecordSession({ entity: 'account', id: 'A-1', name: 'Contoso' });
    await settle();
    const ids = arriveInMy(crm, my.items[3]!, 24, 'B');
    await until(() => my.items[0]!.id === ids.at(-1), 'the new rows');
    await settle();
    store.focusSession('home');
    await until(() => !!firstVisibleId(my), 'rows again');
    await settle();
    expect(list(my).scrollTop).to.equal(0);
    expect(firstVisibleId(my)).to.equal(ids.at(-1));
  });

  it('scrolled down, it keeps its place and offers "N new", which goes to the top', async () => {
    const { my } = await desk(crm);
    list(my).scrollTop = 56 * 20;
    await settle();
    const place = firstVisibleId(my);
    expect(place).to.equal(my.items[20]!.id);
    const ids = arriveInMy(crm, my.items[30]!, 4, 'D');
    await until(() => my.items[0]!.id === ids[3], 'the new rows');
    await settle();
    expect(firstVisibleId(my), 'the same row at the top edge').to.equal(place);
    const button = newRowsButton(my)!;
    expect(button, 'a "new rows" button').to.exist;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.contain('4 new');
    expect(button.getAttribute('aria-label')).to.equal('4 new work items above: go to the top of My work items');
    await expect(my).to.be.accessible();
    await realClick(button);
    await until(() => list(my).scrollTop === 0, 'the top');
    await settle();
    expect(firstVisibleId(my)).to.equal(ids[3]);
    expect(newRowsButton(my), 'the button goes once the agent is at the top').to.be.null;
  });

  it('scrolled down while Home is hidden, it keeps its place on return and counts what arrived', async () => {
    const { store, my } = await desk(crm);
    list(my).scrollTop = 56 * 10;
    await settle();
    const place = firstVisibleId(my);
    store.openRecordSession({ entity: 'account', id: 'A-1', name: 'Contoso' });
    await settle();
    arriveInMy(crm, my.items[30]!, 5, 'E');
    await until(() => my.items[0]!.id === 'WI-E4', 'the new rows');
    await settle();
    store.focusSession('home');
    await until(() => !!firstVisibleId(my), 'rows again');
    await settle();
    expect(firstVisibleId(my)).to.equal(place);
    expect(newRowsButton(my)?.getAttribute('aria-label')).to.equal('5 new work items above: go to the top of My work items');
  });

  it('the count drops as the agent scrolls up to the new rows', async () => {
    const { my } = await desk(crm);
    list(my).scrollTop = 56 * 10;
    await settle();
    arriveInMy(crm, my.items[30]!, 3, 'F');
    await until(() => newRowsButton(my) !== null, 'the button');
    list(my).scrollTop = 0;
    await until(() => newRowsButton(my) === null, 'no button at the top');
    await aTimeout(0);
  });
});
