import { expect } from '@open-wc/testing';
import { CrmError, InMemoryCrm } from '../../src/data/index.js';
import { SessionStore } from '../../src/state/index.js';
import { acceptOffer, keepConversationsInStep, openWorkItem, pickWorkItem } from '../../src/actions/index.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('starting and closing conversation sessions', () => {
  let crm: InMemoryCrm;
  beforeEach(() => (crm = new InMemoryCrm({ workItems: 200 })));
  afterEach(() => crm.dispose());

  it('Pick: the item becomes Active and mine, and its session opens titled by the rules', async () => {
    const store = new SessionStore();
    const item = (await crm.listWorkItems('open'))[0]!;
    const result = await pickWorkItem(store, crm, item);
    expect(result.status).to.equal('opened');
    expect(crm.workItem(item.id)).to.include({ state: 'active', assignedTo: crm.agentId });
    expect(store.focusedSession.id).to.equal(`conversation:${item.id}`);
    expect(store.focusedSession.title).to.equal(item.customer?.name ?? item.visitor.displayName);
  });

  it('Pick after another agent: a clear message, no session, nothing changed', async () => {
    const store = new SessionStore();
    const item = (await crm.listWorkItems('open'))[0]!;
    crm.simulateOtherAgentPick(item.id);
    const result = await pickWorkItem(store, crm, item);
    expect(result).to.deep.include({ status: 'failed', code: 'conflict' });
    expect((result as { message: string }).message).to.contain('Another agent');
    expect(store.sessions).to.have.length(1);
  });

  it('Pick at the session limit changes nothing in the CRM', async () => {
    const store = new SessionStore({ maxSessions: 1 });
    store.openRecordSession({ entity: 'account', id: '1', name: 'Busy' });
    const item = (await crm.listWorkItems('open'))[0]!;
    const notices: string[] = [];
    store.subscribe((c) => notices.push(c.type));
    expect((await pickWorkItem(store, crm, item)).status).to.equal('limit-reached');
    expect(crm.workItem(item.id)!.state).to.equal('open');
    expect(notices).to.deep.equal(['session-limit-reached']);
  });

  it('Open on a Waiting item revives it (Waiting → Active)', async () => {
    const store = new SessionStore();
    const waiting = (await crm.listWorkItems('my')).find((i) => i.state === 'waiting')!;
    expect((await openWorkItem(store, crm, waiting)).status).to.equal('opened');
    expect(crm.workItem(waiting.id)!.state).to.equal('active');
  });

  it('Open on a Closed item opens it read-only and changes nothing', async () => {
    const store = new SessionStore();
    const closed = (await crm.listWorkItems('closed'))[0]!;
    await openWorkItem(store, crm, closed);
    expect(store.focusedSession.conversation).to.deep.equal({ workItemId: closed.id, readOnly: true });
    expect(crm.workItem(closed.id)).to.deep.equal(closed);
  });

  it('Open or Pick on an item that already has a session focuses it, without calling the CRM', async () => {
    const store = new SessionStore();
    const item = (await crm.listWorkItems('open'))[0]!;
    await pickWorkItem(store, crm, item);
    store.focusSession('home');
    crm.failNext('changeWorkItem');
    const again = await pickWorkItem(store, crm, item);
    expect(again.status).to.equal('focused');
    expect(store.focusedSession.id).to.equal(`conversation:${item.id}`);
    expect(store.sessions).to.have.length(2);
  });

  it('Accept: Active and mine, a session opens; an expired offer opens nothing', async () => {
    const store = new SessionStore();
    const offer = crm.offerIncoming();
    expect((await acceptOffer(store, crm, offer)).status).to.equal('opened');
    expect(crm.workItem(offer.workItem.id)).to.include({ state: 'active', assignedTo: crm.agentId });
    const gone = crm.offerIncoming();
    await crm.rejectOffer(gone.id);
    const result = await acceptOffer(store, crm, gone);
    expect(result).to.deep.include({ status: 'failed', code: 'expired' });
    expect(store.sessions).to.have.length(2);
  });

  describe('closing a conversation session moves the conversation on by channel', () => {
    async function closeAfterPick(channel: 'chat' | 'sms' | 'record' | 'voice') {
      const store = new SessionStore();
      keepConversationsInStep(store, () => crm);
      const [item] = crm.addWorkItems([{ ...crm.allWorkItems()[0]!, id: `WI-${channel}`, channel, state: 'open', assignedTo: undefined }]);
      await pickWorkItem(store, crm, item!);
      store.closeSession(`conversation:${item!.id}`);
      await settle();
      return crm.workItem(item!.id)!.state;
    }
    it('chat → Waiting', async () => expect(await closeAfterPick('chat')).to.equal('waiting'));
    it('voice → Waiting', async () => expect(await closeAfterPick('voice')).to.equal('waiting'));
    it('SMS → In-progress', async () => expect(await closeAfterPick('sms')).to.equal('in-progress'));
    it('record-routed → Closed', async () => expect(await closeAfterPick('record')).to.equal('closed'));

    it('after End (Wrap-up) → Closed', async () => {
      const store = new SessionStore();
      keepConversationsInStep(store, () => crm);
      const item = (await crm.listWorkItems('open'))[0]!;
      await pickWorkItem(store, crm, item);
      await crm.changeWorkItem(item.id, 'end');
      store.closeSession(`conversation:${item.id}`);
      await settle();
      expect(crm.workItem(item.id)!.state).to.equal('closed');
    });

    it('a read-only (Closed) session closes without touching the CRM', async () => {
      const store = new SessionStore();
      keepConversationsInStep(store, () => crm);
      const closed = (await crm.listWorkItems('closed'))[0]!;
      await openWorkItem(store, crm, closed);
      crm.failNext('getWorkItem', new CrmError('unavailable', 'should not be called'));
      store.closeSession(`conversation:${closed.id}`);
      await settle();
      expect(crm.workItem(closed.id)).to.deep.equal(closed);
      // The queued failure is still there: nothing asked the CRM.
      const unused = await crm.getWorkItem(closed.id).then(() => 'called', (e: Error) => e.message);
      expect(unused).to.equal('should not be called');
    });
  });
});

describe('keepConversationsInStep: changes made elsewhere retitle open sessions', () => {
  it('a link made in another window (another store on the same CRM) retitles this store’s session; unsubscribing stops it', async () => {
    const crm = new InMemoryCrm({ workItems: 200 });
    const here = new SessionStore();
    const stop = keepConversationsInStep(here, () => crm);
    const item = (await crm.listWorkItems('my')).find((i) => !i.customer && !i.case)!;
    here.openConversationSession({ workItemId: item.id, title: item.visitor.displayName });
    const [account, other] = crm.records.accounts;
    // Another window: the CRM changes without this store taking part.
    await crm.linkRecord(item.id, { entity: 'account', id: account!.id, name: account!.name });
    expect(here.findConversationSession(item.id)!.title).to.equal(account!.name);
    await crm.unlinkRecord(item.id, 'customer');
    expect(here.findConversationSession(item.id)!.title).to.equal(item.visitor.displayName);
    stop();
    await crm.linkRecord(item.id, { entity: 'account', id: other!.id, name: other!.name });
    expect(here.findConversationSession(item.id)!.title).to.equal(item.visitor.displayName);
    crm.dispose();
  });
});
