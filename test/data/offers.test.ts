import { expect } from '@open-wc/testing';
import { InMemoryCrm, type IncomingOffer } from '../../src/data/index.js';
import { rejection } from './rejection.helper.js';

/** Incoming conversations: expiry by the CRM's clock, races with the queue, and the router. */
describe('InMemoryCrm: offers', () => {
  let crm: InMemoryCrm;
  let clock: number;
  beforeEach(() => {
    clock = Date.UTC(2026, 10, 25, 9);
    crm = new InMemoryCrm({ workItems: 20, now: () => clock, offerTimeoutMs: 30_000 });
  });
  afterEach(() => crm.dispose());

  it('an offer lasts offerTimeoutMs by the CRM clock; expireOffers withdraws it then and not before', async () => {
    const seen: (readonly IncomingOffer[])[] = [];
    crm.subscribeOffers((offers) => seen.push(offers));
    const offer = crm.offerIncoming();
    expect(offer).to.include({ offeredAt: clock, expiresAt: clock + 30_000 });
    clock += 29_999;
    expect(crm.expireOffers()).to.deep.equal([]);
    clock += 1;
    expect(crm.expireOffers()).to.deep.equal([offer.id]);
    expect(seen.map((offers) => offers.length)).to.deep.equal([0, 1, 0]);
    expect(crm.workItem(offer.workItem.id)).to.include({ state: 'open' });
    expect(crm.workItem(offer.workItem.id)!.assignedTo).to.be.undefined;
    expect((await rejection(crm.acceptOffer(offer.id))).code).to.equal('expired');
    expect((await rejection(crm.rejectOffer(offer.id))).code).to.equal('expired');
  });

  it('an offered conversation is an Open work item in its queue the whole time', async () => {
    const offer = crm.offerIncoming({ channel: 'sms' });
    expect((await crm.listWorkItems('open')).map((i) => i.id)).to.include(offer.workItem.id);
    expect(offer.workItem).to.include({ channel: 'sms', state: 'open', createdAt: clock });
  });

  it('accept moves it to My work items, assigned to the agent, and withdraws only that offer', async () => {
    const first = crm.offerIncoming();
    const second = crm.offerIncoming();
    const accepted = await crm.acceptOffer(first.id);
    expect(accepted).to.include({ state: 'active', assignedTo: crm.agentId, handledBy: crm.agentId });
    expect((await crm.listWorkItems('my')).map((i) => i.id)).to.include(first.workItem.id);
    expect(crm.offers.map((o) => o.id)).to.deep.equal([second.id]);
  });

  it('an offer whose conversation another agent picked is gone: accept says expired', async () => {
    const offer = crm.offerIncoming();
    crm.simulateOtherAgentPick(offer.workItem.id);
    expect(crm.offers).to.be.empty;
    expect((await rejection(crm.acceptOffer(offer.id))).code).to.equal('expired');
    expect(crm.workItem(offer.workItem.id)!.assignedTo).to.equal('agent-2');
  });

  it('an offer whose customer left is gone', () => {
    const offer = crm.offerIncoming({ channel: 'chat' });
    crm.applyEvent(offer.workItem.id, 'customer-left');
    expect(crm.offers).to.be.empty;
  });

  it('a failed accept leaves the offer on the table', async () => {
    const offer = crm.offerIncoming();
    crm.failNext('acceptOffer');
    expect((await rejection(crm.acceptOffer(offer.id))).code).to.equal('unavailable');
    expect(crm.offers.map((o) => o.id)).to.deep.equal([offer.id]);
    expect((await crm.acceptOffer(offer.id)).state).to.equal('active');
  });

  it('offers are copies: changing one changes nothing', () => {
    const offer = crm.offerIncoming();
    (offer.workItem as { subject: string }).subject = 'tampered';
    expect(crm.offers[0]!.workItem.subject).to.not.equal('tampered');
  });

  it('an incoming conversation is always new, Open and unassigned, and its overrides are checked', () => {
    const taken = crm.allWorkItems()[0]!.id;
    expect(() => crm.offerIncoming({ id: taken })).to.throw(/already exists/);
    expect(() => crm.offerIncoming({ channel: 'fax' as never })).to.throw(/channel/);
    const offer = crm.offerIncoming({ state: 'closed', assignedTo: 'agent-9' });
    expect(offer.workItem.state).to.equal('open');
    expect(offer.workItem.assignedTo).to.be.undefined;
    expect(crm.offers).to.have.length(1);
  });

  it('new ids never collide with work items added by hand', () => {
    crm.addWorkItems([{ ...crm.allWorkItems()[0]!, id: 'WI-10021' }]);
    const offer = crm.offerIncoming();
    expect(offer.workItem.id).to.not.equal('WI-10021');
    expect(crm.allWorkItems()).to.have.length(22);
  });

  it('the router is off by default, and offers on a timer when started with {intervalMs} or the option', async () => {
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(crm.offers).to.be.empty;
    crm.startRouter({ intervalMs: 10 });
    await new Promise((resolve) => setTimeout(resolve, 45));
    crm.stopRouter();
    expect(crm.offers.length).to.be.at.least(2);
    const routed = new InMemoryCrm({ workItems: 0, routerIntervalMs: 10 });
    await new Promise((resolve) => setTimeout(resolve, 35));
    routed.dispose();
    expect(routed.offers.length).to.be.at.least(1);
  });
});
