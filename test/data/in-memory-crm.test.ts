import { expect } from '@open-wc/testing';
import { InMemoryCrm, type IncomingOffer, type WorkItemChange } from '../../src/data/index.js';
import { streamOf } from '../../src/state/index.js';

import { rejection } from './rejection.helper.js';

describe('InMemoryCrm', () => {
  let crm: InMemoryCrm;
  afterEach(() => crm?.dispose());

  it('is deterministic: the same seed gives the same CRM', () => {
    const now = () => Date.UTC(2026, 10, 25);
    crm = new InMemoryCrm({ seed: 7, now });
    const again = new InMemoryCrm({ seed: 7, now });
    const other = new InMemoryCrm({ seed: 8, now });
    expect(crm.allWorkItems()).to.deep.equal(again.allWorkItems());
    expect(crm.allWorkItems()).to.not.deep.equal(other.allWorkItems());
  });

  it('seeds every channel, every state, authenticated and anonymous visitors, many scripts and hostile names', () => {
    crm = new InMemoryCrm({ workItems: 400 });
    const items = crm.allWorkItems();
    expect(new Set(items.map((i) => i.channel))).to.have.keys('chat', 'sms', 'voice', 'record');
    expect(new Set(items.map((i) => i.state))).to.have.keys('open', 'active', 'waiting', 'in-progress', 'wrap-up', 'closed');
    expect(items.some((i) => i.visitor.authenticated)).to.be.true;
    expect(items.some((i) => !i.visitor.authenticated && /^Visitor \d+$/.test(i.visitor.displayName))).to.be.true;
    const names = crm.records.contacts.map((c) => c.name).join(' ');
    expect(names).to.match(/\p{Script=Cyrillic}/u).and.match(/\p{Script=Arabic}/u).and.match(/\p{Script=Han}/u);
    expect(names).to.contain('<img src=x onerror=alert(1)>');
  });

  it('lists each stream with exactly the items that belong to it', async () => {
    crm = new InMemoryCrm({ workItems: 200 });
    for (const stream of ['my', 'open', 'closed'] as const) {
      const listed = await crm.listWorkItems(stream);
      expect(listed.length).to.be.greaterThan(0);
      expect(listed.every((item) => streamOf(item, crm.agentId) === stream)).to.be.true;
    }
    expect((await rejection(crm.listWorkItems('nope' as never))).code).to.equal('invalid');
  });

  it('pick: Open → Active, assigned to the agent, moves from Open to My, and subscribers hear it', async () => {
    crm = new InMemoryCrm();
    const [item] = await crm.listWorkItems('open');
    const changes: WorkItemChange[] = [];
    crm.subscribeWorkItems((change) => changes.push(change));
    const picked = await crm.changeWorkItem(item!.id, 'pick');
    expect(picked).to.include({ state: 'active', assignedTo: crm.agentId });
    expect((await crm.listWorkItems('my')).map((i) => i.id)).to.include(item!.id);
    expect((await crm.listWorkItems('open')).map((i) => i.id)).to.not.include(item!.id);
    expect(changes).to.have.length(1);
    expect(changes[0]).to.deep.include({ type: 'upsert' });
  });

  it('a pick after another agent picked is a conflict, and changes nothing', async () => {
    crm = new InMemoryCrm();
    const [item] = await crm.listWorkItems('open');
    crm.simulateOtherAgentPick(item!.id);
    const before = crm.workItem(item!.id);
    const error = await rejection(crm.changeWorkItem(item!.id, 'pick'));
    expect(error.code).to.equal('conflict');
    expect(error.message).to.contain('Another agent');
    expect(crm.workItem(item!.id)).to.deep.equal(before);
  });

  it('reopen revives a Waiting item; illegal events are refused and change nothing', async () => {
    crm = new InMemoryCrm({ workItems: 200 });
    const waiting = (await crm.listWorkItems('my')).find((i) => i.state === 'waiting')!;
    expect((await crm.changeWorkItem(waiting.id, 'reopen')).state).to.equal('active');
    const closed = (await crm.listWorkItems('closed'))[0]!;
    const error = await rejection(crm.changeWorkItem(closed.id, 'reopen'));
    expect(error.code).to.equal('illegal-transition');
    expect(crm.workItem(closed.id)!.state).to.equal('closed');
  });

  it('unknown ids are not-found errors', async () => {
    crm = new InMemoryCrm();
    expect((await rejection(crm.changeWorkItem('WI-nope', 'pick'))).code).to.equal('not-found');
    expect((await rejection(crm.acceptOffer('offer-nope'))).code).to.equal('expired');
  });

  it('answers copies: callers cannot change the CRM by mutating what they got', async () => {
    crm = new InMemoryCrm();
    const [item] = await crm.listWorkItems('open');
    (item as { subject: string }).subject = 'tampered';
    expect(crm.workItem(item!.id)!.subject).to.not.equal('tampered');
  });

  it('failNext makes the next call fail once, with a message for the agent', async () => {
    crm = new InMemoryCrm();
    crm.failNext('listWorkItems');
    const error = await rejection(crm.listWorkItems('open'));
    expect(error.code).to.equal('unavailable');
    expect(await crm.listWorkItems('open')).to.not.be.empty;
  });

  it('answers after the configured latency', async () => {
    crm = new InMemoryCrm({ latencyMs: 60 });
    const start = performance.now();
    await crm.listWorkItems('open');
    expect(performance.now() - start).to.be.at.least(55);
  });

  describe('offers', () => {
    it('offerIncoming offers a new Open conversation to every offer subscriber', () => {
      crm = new InMemoryCrm();
      const seen: (readonly IncomingOffer[])[] = [];
      crm.subscribeOffers((offers) => seen.push(offers));
      const offer = crm.offerIncoming({ channel: 'chat' });
      expect(seen.at(-1)!.map((o) => o.id)).to.deep.equal([offer.id]);
      expect(offer.workItem.state).to.equal('open');
      expect(offer.expiresAt - offer.offeredAt).to.equal(30_000);
    });

    it('accept: the conversation becomes Active and mine, and the offer goes', async () => {
      crm = new InMemoryCrm();
      const offer = crm.offerIncoming();
      const item = await crm.acceptOffer(offer.id);
      expect(item).to.include({ state: 'active', assignedTo: crm.agentId });
      expect(crm.offers).to.be.empty;
      expect((await rejection(crm.acceptOffer(offer.id))).code).to.equal('expired');
    });

    it('reject: the offer goes and the conversation stays Open in its queue', async () => {
      crm = new InMemoryCrm();
      const offer = crm.offerIncoming();
      await crm.rejectOffer(offer.id);
      expect(crm.offers).to.be.empty;
      expect(crm.workItem(offer.workItem.id)).to.include({ state: 'open' });
      expect(crm.workItem(offer.workItem.id)!.assignedTo).to.be.undefined;
    });

    it('an offer nobody answers expires back to the queue', async () => {
      crm = new InMemoryCrm({ offerTimeoutMs: 40 });
      const offer = crm.offerIncoming();
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect(crm.offers).to.be.empty;
      expect(crm.workItem(offer.workItem.id)!.state).to.equal('open');
    });

    it('an offered conversation picked from the Open stream is no longer on offer', async () => {
      crm = new InMemoryCrm();
      const offer = crm.offerIncoming();
      await crm.changeWorkItem(offer.workItem.id, 'pick');
      expect(crm.offers).to.be.empty;
    });

    it('the simulated router offers on a timer until stopped', async () => {
      crm = new InMemoryCrm();
      crm.startRouter(20);
      await new Promise((resolve) => setTimeout(resolve, 70));
      crm.stopRouter();
      const count = crm.offers.length;
      expect(count).to.be.at.least(2);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(crm.offers.length).to.equal(count);
    });
  });

  it('refuses malformed work items with a clear error', () => {
    crm = new InMemoryCrm();
    expect(() => crm.addWorkItems([{ id: 'x', channel: 'fax' }])).to.throw(/channel/);
  });

  it('seeds 10,000 work items quickly', () => {
    const start = performance.now();
    crm = new InMemoryCrm({ workItems: 10_000 });
    expect(crm.allWorkItems()).to.have.length(10_000);
    // Not a speed assertion, a sanity bound: the demo and the virtualization test depend on it.
    expect(performance.now() - start).to.be.below(4000);
  });
});
