import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/components/work-item-stream/work-item-stream.js';
import type { WorkItemStream } from '../../src/components/work-item-stream/work-item-stream.js';
import { provideCrmDataSource } from '../../src/context/index.js';
import type { CrmDataSource, WorkItemChange } from '../../src/data/crm-data-source.js';
import type { WorkItem } from '../../src/state/index.js';
import { shadow, until } from '../helpers.js';

// How much a change costs the stream (issue 12): what is redone, never how long it takes.
const HOUR = 3_600_000;
function item(i: number, createdAt: number): WorkItem {
  return { id: `W${String(i).padStart(5, '0')}`, channel: 'chat', state: 'open', subject: `Subject ${i}`, visitor: { displayName: `Visitor ${i}`, authenticated: false }, queue: { id: 'q', name: 'Billing' }, createdAt, updatedAt: createdAt };
}

async function streamOf(items: WorkItem[]) {
  const listeners = new Set<(c: WorkItemChange) => void>();
  const crm = {
    agentId: 'me',
    listWorkItems: async () => items,
    subscribeWorkItems: (l: (c: WorkItemChange) => void) => (listeners.add(l), () => listeners.delete(l)),
    subscribeOffers: () => () => {},
  } as unknown as CrmDataSource;
  const host = await fixture<HTMLElement>(html`<div style="width: 40rem"><work-item-stream stream="open"></work-item-stream></div>`);
  provideCrmDataSource(host, crm);
  const stream = host.querySelector<WorkItemStream>('work-item-stream')!;
  await until(() => !!shadow(stream).querySelector('[part="row"]'), 'rows');
  return { stream, emit: (change: WorkItemChange) => listeners.forEach((l) => l(change)) };
}

function countRenders(stream: WorkItemStream): () => number {
  let renders = 0;
  const el = stream as unknown as { update(changed: Map<string, unknown>): void };
  const update = el.update.bind(el);
  el.update = (changed) => {
    renders++;
    update(changed);
  };
  return () => renders;
}

describe('<work-item-stream> work per change', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  it('puts a live update in its place without re-sorting the stream', async () => {
    const now = Date.now();
    const { stream, emit } = await streamOf(Array.from({ length: 2000 }, (_, i) => item(i, now - HOUR - i * 1000)));
    const sort = Array.prototype.sort;
    let sorts = 0;
    Array.prototype.sort = function (this: unknown[], ...args: Parameters<typeof sort>) {
      sorts++;
      return sort.apply(this, args);
    } as typeof sort;
    try {
      emit({ type: 'upsert', item: { ...item(1500, now - 10), subject: 'Moved to the top' } });
      emit({ type: 'upsert', item: item(9999, now - HOUR - 500.5) });
      emit({ type: 'remove', id: 'W00003' });
      await stream.updateComplete;
    } finally {
      Array.prototype.sort = sort;
    }
    expect(sorts, 'sorts of the whole stream').to.equal(0);
    const ids = stream.items.map((i) => i.id);
    expect(ids[0]).to.equal('W01500');
    expect(ids.indexOf('W09999')).to.equal(ids.indexOf('W00000') + 1);
    expect(ids).not.to.include('W00003');
    expect(ids.length).to.equal(2000);
    await until(() => shadow(stream).querySelector('[part="row"][data-id="W01500"] .subject')!.textContent!.includes('Moved to the top'), 'the moved row');
  });

  it('re-renders on the clock only when a shown time reads differently', async () => {
    const now = Date.now();
    // Every row hours old: "1 h 5 min" reads the same for up to a minute.
    const old = await streamOf(Array.from({ length: 50 }, (_, i) => item(i, now - HOUR - 5 * 60_000 - (i % 2) * 30_000)));
    await aTimeout(50);
    const oldRenders = countRenders(old.stream);
    await aTimeout(2200);
    expect(oldRenders(), 'renders of a stream whose times did not change').to.equal(0);
  });

  it('still counts seconds for a row that waits less than a minute', async () => {
    const fresh = await streamOf([item(1, Date.now() - 5000)]);
    const renders = countRenders(fresh.stream);
    const time = () => shadow(fresh.stream).querySelector('[part="row"] .time')!.textContent!.trim();
    const first = time();
    await aTimeout(2200);
    expect(renders()).to.be.at.least(1);
    expect(time()).not.to.equal(first);
  });
});
