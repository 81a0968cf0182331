import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/session-panel/session-panel.js';
import '../../src/components/incoming-conversation/incoming-conversation.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import type { IncomingConversation } from '../../src/components/incoming-conversation/incoming-conversation.js';
import { InMemoryCrm } from '../../src/data/index.js';
import { accessibleText, deepActiveElement, realClick, shadow, tabs, until } from '../helpers.js';


async function setup(crm: InMemoryCrm, maxSessions = 10) {
  const provider = await fixture<SessionProvider>(html`<session-provider max-sessions=${maxSessions} .dataSource=${crm}>
    <session-panel></session-panel>
    <input aria-label="Reply" />
    <incoming-conversation></incoming-conversation>
  </session-provider>`);
  const incoming = provider.querySelector('incoming-conversation')!;
  await incoming.updateComplete;
  return { provider, incoming, store: provider.store, panel: provider.querySelector('session-panel')! };
}

const offers = (el: IncomingConversation) => [...shadow(el).querySelectorAll('[part="offer"]')];
const buttonIn = (offer: Element, name: string) => [...offer.querySelectorAll('button')].find((b) => b.textContent === name)!;
const live = (el: IncomingConversation) => shadow(el).querySelector('[aria-live="polite"]')!.textContent!;

describe('<incoming-conversation>', () => {
  let crm: InMemoryCrm;
  beforeEach(() => (crm = new InMemoryCrm({ workItems: 10 })));
  afterEach(() => crm.dispose());

  it('shows an offer: channel, customer or visitor, queue, time waiting, countdown, Accept and Reject', async () => {
    const { incoming } = await setup(crm);
    const offer = crm.offerIncoming({ channel: 'chat', customer: undefined, case: undefined, visitor: { displayName: 'Visitor 4821', authenticated: false } });
    await until(() => offers(incoming).length === 1, 'the offer');
    const card = offers(incoming)[0]!;
    expect(card.querySelector('h3')!.textContent).to.contain('Incoming Chat · Visitor 4821');
    expect(card.textContent).to.contain(offer.workItem.queue.name);
    expect(card.textContent).to.match(/waiting \d+ sec/);
    const timer = card.querySelector('[role="timer"]')!;
    expect(timer.textContent).to.match(/^0:(29|30)$/);
    expect(buttonIn(card, 'Accept')).to.exist;
    expect(buttonIn(card, 'Reject')).to.exist;
    await expect(incoming).to.be.accessible();
  });

  it('announces each offer in a polite live region, without taking focus', async () => {
    const { incoming, provider } = await setup(crm);
    const input = provider.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'Hello, I am' });
    crm.offerIncoming({ channel: 'sms', customer: { entity: 'contact', id: 'c', name: 'Émilie Dubois' } });
    await until(() => live(incoming).includes('Émilie Dubois'), 'the announcement');
    expect(live(incoming)).to.contain('Incoming SMS from Émilie Dubois');
    await sendKeys({ type: ' typing' });
    expect(deepActiveElement()).to.satisfy((el: Element) => el === input);
    expect(input.value).to.equal('Hello, I am typing');
  });

  it('queues several offers instead of replacing them', async () => {
    const { incoming } = await setup(crm);
    crm.offerIncoming();
    crm.offerIncoming();
    crm.offerIncoming();
    await until(() => offers(incoming).length === 3, 'three offers');
    expect(incoming.offers.map((o) => o.id)).to.deep.equal(crm.offers.map((o) => o.id));
  });

  it('Accept: Active and mine, its session opens focused, titled by the rules, and session-started tells the host', async () => {
    const { incoming, store, panel } = await setup(crm);
    const offer = crm.offerIncoming({ customer: undefined, case: undefined, visitor: { displayName: 'Visitor 4821', authenticated: false } });
    await until(() => offers(incoming).length === 1, 'the offer');
    const started = oneEvent(incoming, 'session-started');
    await realClick(buttonIn(offers(incoming)[0]!, 'Accept'));
    const event = await started;
    expect(event.detail).to.deep.include({ via: 'accept' });
    expect(event.detail.workItem.id).to.equal(offer.workItem.id);
    expect(crm.workItem(offer.workItem.id)).to.include({ state: 'active', assignedTo: crm.agentId });
    expect(store.focusedSession.title).to.equal('Visitor 4821');
    await until(() => offers(incoming).length === 0, 'the notification to go');
    await panel.updateComplete;
    expect(tabs(panel).map(accessibleText)).to.deep.equal(['Home', 'Visitor 4821']);
  });

  it('Accept by keyboard: the buttons are in the tab order', async () => {
    const { incoming, store, provider } = await setup(crm);
    crm.offerIncoming();
    await until(() => offers(incoming).length === 1, 'the offer');
    provider.querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()?.textContent).to.equal('Accept');
    await sendKeys({ press: 'Enter' });
    await until(() => store.sessions.length === 2, 'the session');
  });

  it('Reject: the conversation goes back to its queue, still Open, and the notification goes', async () => {
    const { incoming, store } = await setup(crm);
    const offer = crm.offerIncoming();
    await until(() => offers(incoming).length === 1, 'the offer');
    await realClick(buttonIn(offers(incoming)[0]!, 'Reject'));
    await until(() => offers(incoming).length === 0, 'the notification to go');
    expect(crm.workItem(offer.workItem.id)).to.include({ state: 'open' });
    expect(crm.workItem(offer.workItem.id)!.assignedTo).to.be.undefined;
    expect(store.sessions).to.have.length(1);
  });

  it('timeout: the offer returns to the queue and the notification goes', async () => {
    crm = new InMemoryCrm({ workItems: 0, offerTimeoutMs: 1500 });
    const { incoming } = await setup(crm);
    const offer = crm.offerIncoming();
    await until(() => offers(incoming).length === 1, 'the offer');
    expect(offers(incoming)[0]!.querySelector('[role="timer"]')!.textContent).to.equal('0:02');
    await until(() => offers(incoming).length === 0, 'the timeout', 4000);
    expect(crm.workItem(offer.workItem.id)!.state).to.equal('open');
  });

  it('an offer that is gone by the time of Accept gives a clear message and no session', async () => {
    const { incoming, store } = await setup(crm);
    const offer = crm.offerIncoming();
    await until(() => offers(incoming).length === 1, 'the offer');
    const accept = buttonIn(offers(incoming)[0]!, 'Accept');
    crm.failNext('acceptOffer', new (await import('../../src/data/index.js')).CrmError('expired', 'This conversation is no longer offered to you.'));
    await realClick(accept);
    await until(() => shadow(incoming).querySelector('[part="notice"]')!.textContent !== '', 'the message');
    expect(shadow(incoming).querySelector('[part="notice"]')!.textContent).to.contain('no longer offered');
    expect(store.sessions).to.have.length(1);
    expect(crm.workItem(offer.workItem.id)!.state).to.equal('open');
  });

  it('at the session limit, Accept changes nothing and says why', async () => {
    const { incoming, store } = await setup(crm, 1);
    store.openRecordSession({ entity: 'account', id: '1', name: 'Busy' });
    const offer = crm.offerIncoming();
    await until(() => offers(incoming).length === 1, 'the offer');
    await realClick(buttonIn(offers(incoming)[0]!, 'Accept'));
    await until(() => shadow(incoming).querySelector('[part="notice"]')!.textContent !== '', 'the message');
    expect(shadow(incoming).querySelector('[part="notice"]')!.textContent).to.contain('1 session open');
    expect(crm.workItem(offer.workItem.id)!.state).to.equal('open');
    expect(offers(incoming)).to.have.length(1);
  });
});
