import { expect } from '@open-wc/testing';
import { CrmError, InMemoryCrm } from '../../src/data/index.js';
import { rejection } from './rejection.helper.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Whether a promise has settled yet, without waiting for it. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await tick();
  return done;
}

describe('InMemoryCrm as a slow, failing network', () => {
  let crm: InMemoryCrm;
  afterEach(() => crm?.dispose());

  it('pause holds every call until resume, which answers them in order', async () => {
    crm = new InMemoryCrm({ workItems: 20 });
    crm.pause();
    const order: string[] = [];
    const list = crm.listWorkItems('open').then(() => order.push('list'));
    const search = crm.searchRecords('case', 'CAS').then(() => order.push('search'));
    expect(await settled(list)).to.be.false;
    expect(await settled(search)).to.be.false;
    crm.resume();
    await Promise.all([list, search]);
    expect(order).to.deep.equal(['list', 'search']);
  });

  it('a change held by pause has not happened yet, and happens on resume', async () => {
    crm = new InMemoryCrm({ workItems: 20 });
    const [item] = await crm.listWorkItems('open');
    crm.pause();
    const pick = crm.changeWorkItem(item!.id, 'pick');
    await tick();
    expect(crm.workItem(item!.id)!.state).to.equal('open');
    crm.resume();
    expect((await pick).state).to.equal('active');
  });

  it('an aborted call rejects at once as aborted, even while it waits', async () => {
    crm = new InMemoryCrm({ workItems: 20, latencyMs: 10_000 });
    const controller = new AbortController();
    const start = performance.now();
    const call = crm.listWorkItems('open', { signal: controller.signal });
    controller.abort();
    expect((await rejection(call)).code).to.equal('aborted');
    expect(performance.now() - start).to.be.below(1000);
  });

  it('an aborted change changes nothing', async () => {
    crm = new InMemoryCrm({ workItems: 20 });
    const [item] = await crm.listWorkItems('open');
    crm.pause();
    const controller = new AbortController();
    const pick = crm.changeWorkItem(item!.id, 'pick', { signal: controller.signal });
    controller.abort();
    expect((await rejection(pick)).code).to.equal('aborted');
    crm.resume();
    await tick();
    expect(crm.workItem(item!.id)!.state).to.equal('open');
  });

  it('a signal that is already aborted fails the call', async () => {
    crm = new InMemoryCrm({ workItems: 5 });
    expect((await rejection(crm.searchRecords('customer', 'a', { signal: AbortSignal.abort() }))).code).to.equal('aborted');
  });

  it('failNext fails only the named method, as many times as asked, with the given error', async () => {
    crm = new InMemoryCrm({ workItems: 20 });
    crm.failNext('getCase', new CrmError('not-found', 'Gone.'), 2);
    const kase = crm.records.cases[0]!;
    expect(await crm.getCustomer(crm.records.contacts[5]!)).to.exist;
    expect((await rejection(crm.getCase(kase))).message).to.equal('Gone.');
    expect((await rejection(crm.getCase(kase))).code).to.equal('not-found');
    expect((await crm.getCase(kase)).id).to.equal(kase.id);
  });

  it('a failed change changes nothing and tells no subscriber', async () => {
    crm = new InMemoryCrm({ workItems: 20 });
    const [item] = await crm.listWorkItems('open');
    let heard = 0;
    crm.subscribeWorkItems(() => heard++);
    crm.failNext('changeWorkItem');
    expect((await rejection(crm.changeWorkItem(item!.id, 'pick'))).code).to.equal('unavailable');
    expect(crm.workItem(item!.id)!.state).to.equal('open');
    expect(heard).to.equal(0);
  });

  it('a latency range answers within the range', async () => {
    crm = new InMemoryCrm({ workItems: 5, latencyMs: [20, 40] });
    const start = performance.now();
    await crm.getWorkItem(crm.allWorkItems()[0]!.id);
    expect(performance.now() - start).to.be.at.least(15);
  });

  it('failureRate fails that share of calls, the same ones for the same seed, and leaves the data alone', async () => {
    const now = () => Date.UTC(2026, 10, 25);
    const outcomes = async (seed: number) => {
      const crm = new InMemoryCrm({ seed, now, workItems: 10, failureRate: 0.3 });
      const results: boolean[] = [];
      for (let i = 0; i < 200; i++) results.push(await crm.listWorkItems('open').then(() => true, (error: CrmError) => (expect(error.code).to.equal('unavailable'), false)));
      return { results, items: crm.allWorkItems() };
    };
    const a = await outcomes(3);
    const b = await outcomes(3);
    expect(a.results).to.deep.equal(b.results);
    const failures = a.results.filter((ok) => !ok).length;
    expect(failures).to.be.within(30, 90);
    crm = new InMemoryCrm({ seed: 3, now, workItems: 10 });
    expect(crm.allWorkItems()).to.deep.equal(a.items);
  });

  it('refuses nonsense settings with a clear error', () => {
    expect(() => new InMemoryCrm({ latencyMs: -5 })).to.throw(CrmError, /Latency/);
    expect(() => new InMemoryCrm({ latencyMs: [50, 10] })).to.throw(CrmError, /Latency/);
    expect(() => new InMemoryCrm({ failureRate: 2 })).to.throw(CrmError, /failure rate/);
    expect(() => new InMemoryCrm({ workItems: -1 })).to.throw(CrmError, /workItems/);
    expect(() => new InMemoryCrm({ offerTimeoutMs: 0 })).to.throw(CrmError, /offerTimeoutMs/);
    crm = new InMemoryCrm({ workItems: 1 });
    expect(() => crm.failNext('getCase', undefined, 0)).to.throw(CrmError, /failNext/);
    expect(() => crm.startRouter(0)).to.throw(CrmError, /router interval/);
  });
});
