import { expect, fixture, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { CrmError, createHttpCrmDataSource, HttpCrmDataSource } from '../../src/data/http/index.js';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/session-panel/session-panel.js';
import '../../src/components/work-item-stream/work-item-stream.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import type { WorkItemStream } from '../../src/index.js';
import { conversationSessionId } from '../../src/state/index.js';
import { linkConversationRecord, pickWorkItem, type StartResult } from '../../src/actions/index.js';
import { accessibleText, tabs, until } from '../helpers.js';

// HttpCrmDataSource in the browser against the reference CRM service (started by the test
// runner's middleware on first use and reached same-origin at /v1/…).
const service = location.origin;

async function rejection(promise: Promise<unknown>): Promise<CrmError> {
  try {
    await promise;
  } catch (error) {
    return error as CrmError;
  }
  throw new Error('expected a rejection');
}

describe('HttpCrmDataSource against the reference service', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  before(async function () {
    // The first request starts the service (a few seconds on a busy machine).
    this.timeout(60_000);
    const health = await fetch(`${service}/health`);
    expect(health.ok, 'the CRM service is up').to.be.true;
  });
  const sources: HttpCrmDataSource[] = [];
  const connect = async (agent: string) => {
    const crm = await createHttpCrmDataSource(service, { token: `demo-${agent}`, timeoutMs: 8000 });
    sources.push(crm);
    return crm;
  };
  afterEach(() => {
    for (const crm of sources.splice(0)) crm.close();
  });

  it('signs in as the token’s agent and answers the CrmDataSource calls, with the service’s error codes', async () => {
    const crm = await connect('agent-1');
    expect(crm.agentId).to.equal('agent-1');
    const open = await crm.listWorkItems('open');
    expect(open.length).to.be.greaterThan(0);
    expect(open.every((item) => item.state === 'open' && !item.assignedTo)).to.be.true;
    expect((await crm.getWorkItem(open[0]!.id)).id).to.equal(open[0]!.id);
    expect((await rejection(crm.getWorkItem('WI-0'))).code).to.equal('not-found');
    expect((await rejection(crm.changeWorkItem(open[0]!.id, 'route'))).code).to.equal('invalid');
    const matches = await crm.searchRecords('customer', 'Contoso');
    expect(matches.length).to.be.within(1, 10);
    const controller = new AbortController();
    const pending = crm.listWorkItems('closed', { signal: controller.signal });
    controller.abort();
    expect((await rejection(pending)).code).to.equal('aborted');
  });

  it('refuses an unknown token with a clear unavailable error', async () => {
    const error = await rejection(createHttpCrmDataSource(service, { token: 'demo-nobody' }));
    expect(error).to.be.instanceOf(CrmError);
    expect(error.code).to.equal('unavailable');
    expect(error.message).to.match(/sign/i);
  });

  it('two agents pick the same conversation at once: exactly one session opens, the other gets the conflict and sees the row leave', async () => {
    const [one, two] = await Promise.all([connect('agent-1'), connect('agent-2')]);
    const page = await fixture<HTMLElement>(html`<div style="display: grid; grid-template-columns: 1fr 1fr; --ehe-stream-height: 12rem">
      <session-provider id="one"><session-panel></session-panel><work-item-stream stream="open"></work-item-stream></session-provider>
      <session-provider id="two"><session-panel></session-panel><work-item-stream stream="open"></work-item-stream></session-provider>
    </div>`);
    const [a, b] = [...page.querySelectorAll<SessionProvider>('session-provider')];
    a!.dataSource = one;
    b!.dataSource = two;
    const streamA = a!.querySelector<WorkItemStream>('work-item-stream')!;
    const streamB = b!.querySelector<WorkItemStream>('work-item-stream')!;
    await until(() => streamA.items.length > 0 && streamB.items.length > 0, 'both Open streams to load');
    await until(() => one.streamStatus === 'live' && two.streamStatus === 'live', 'both event streams to be live');
    const item = streamA.items.find((i) => streamB.items.some((j) => j.id === i.id))!;

    const results: StartResult[] = await Promise.all([pickWorkItem(a!.store, one, item), pickWorkItem(b!.store, two, item)]);

    expect(results.map((r) => r.status).sort()).to.deep.equal(['failed', 'opened']);
    const loser = results.find((r) => r.status === 'failed') as { code?: string };
    expect(loser.code).to.equal('conflict');
    const [winner, other] = results[0]!.status === 'opened' ? [a!, b!] : [b!, a!];
    expect(winner.store.findConversationSession(item.id)).to.exist;
    expect(other.store.findConversationSession(item.id)).to.equal(undefined);
    const winnerPanel = winner.querySelector('session-panel')!;
    await until(() => tabs(winnerPanel).some((tab) => tab.selected && accessibleText(tab) !== 'Home'), 'the winner’s session focused');
    expect(tabs(other.querySelector('session-panel')!).map(accessibleText)).to.deep.equal(['Home']);
    // The row moves live: it leaves both agents' Open work items.
    await until(() => !streamA.items.some((i) => i.id === item.id) && !streamB.items.some((i) => i.id === item.id), 'the row to leave Open work items on both desktops');
  });

  it('hears changes another agent makes, live, and offers arrive on the stream', async () => {
    const [one, two] = await Promise.all([connect('agent-1'), connect('agent-2')]);
    const heard: string[] = [];
    one.subscribeWorkItems((change) => heard.push(change.type === 'upsert' ? `${change.item.id}:${change.item.assignedTo ?? ''}` : change.id));
    const offers: string[][] = [];
    one.subscribeOffers((list) => offers.push(list.map((o) => o.id)));
    await until(() => one.streamStatus === 'live', 'the event stream to be live');
    const [target] = await two.listWorkItems('open');
    await two.changeWorkItem(target!.id, 'pick');
    await until(() => heard.includes(`${target!.id}:agent-2`), 'agent-1 to hear agent-2’s pick');
    const offer = await one.simulateIncoming();
    await until(() => offers.some((ids) => ids.includes(offer.id)), 'the offer to arrive on the stream');
    await one.rejectOffer(offer.id);
    await until(() => !offers.at(-1)!.includes(offer.id), 'the rejected offer to go');
  });

  it('a link made by one agent retitles the session of another agent who has the same conversation open', async () => {
    const [one, two] = await Promise.all([connect('agent-1'), connect('agent-2')]);
    const page = await fixture<HTMLElement>(html`<div>
      <session-provider id="one"><session-panel></session-panel></session-provider>
      <session-provider id="two"><session-panel></session-panel></session-provider>
    </div>`);
    const [a, b] = [...page.querySelectorAll<SessionProvider>('session-provider')];
    a!.dataSource = one;
    b!.dataSource = two;
    await until(() => one.streamStatus === 'live' && two.streamStatus === 'live', 'both event streams to be live');
    // A conversation of agent-1's with no customer linked yet; agent-2 (a supervisor's window, say) has it open too.
    const mine = (await one.listWorkItems('my')).find((item) => !item.customer && !item.case)!;
    await one.unlinkRecord(mine.id, 'customer');
    a!.store.openConversationSession({ workItemId: mine.id, title: mine.visitor.displayName });
    b!.store.openConversationSession({ workItemId: mine.id, title: mine.visitor.displayName, readOnly: true });
    const customer = (await one.searchRecords('customer', 'Contoso')).find((m) => m.entity === 'account')!;

    const linked = await linkConversationRecord(a!.store, one, mine.id, { entity: customer.entity, id: customer.id, name: customer.name });

    expect(linked.status).to.equal('linked');
    expect(a!.store.getSession(conversationSessionId(mine.id)).title).to.equal(customer.name);
    await until(() => b!.store.getSession(conversationSessionId(mine.id)).title === customer.name, 'the other agent’s session to be retitled');
    await until(() => tabs(b!.querySelector('session-panel')!).some((tab) => accessibleText(tab) === customer.name), 'the other agent’s panel to show the new title');
  });
});
