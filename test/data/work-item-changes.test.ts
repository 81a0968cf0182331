import { expect } from '@open-wc/testing';
import { InMemoryCrm, type WorkItemChange } from '../../src/data/index.js';
import { WORK_ITEM_EVENTS, streamOf, type WorkItem, type WorkItemEvent } from '../../src/state/index.js';
import { rejection } from './rejection.helper.js';

/** Who changes conversations, and who hears about it. */
describe('InMemoryCrm: changing work items', () => {
  let crm: InMemoryCrm;
  beforeEach(() => (crm = new InMemoryCrm({ workItems: 300, seed: 11 })));
  afterEach(() => crm.dispose());

  const mine = (state: WorkItem['state'], channel?: WorkItem['channel']) =>
    crm.allWorkItems().find((i) => i.state === state && i.assignedTo === crm.agentId && (!channel || i.channel === channel))!;

  it('the agent can only apply the agent\'s own events', async () => {
    const active = mine('active');
    for (const [event, actor] of Object.entries(WORK_ITEM_EVENTS)) {
      if (actor === 'agent') continue;
      const error = await rejection(crm.changeWorkItem(active.id, event as WorkItemEvent));
      expect(error.code, event).to.equal('invalid');
      expect(error.message).to.contain('the agent can: pick');
    }
    expect((await rejection(crm.changeWorkItem(active.id, 'fly' as WorkItemEvent))).code).to.equal('invalid');
    expect(crm.workItem(active.id)).to.deep.equal(active);
  });

  it('the agent takes a conversation through the states: end, then close the session', async () => {
    const active = mine('active', 'chat');
    expect((await crm.changeWorkItem(active.id, 'end')).state).to.equal('wrap-up');
    const closed = await crm.changeWorkItem(active.id, 'close-session');
    expect(closed).to.include({ state: 'closed', handledBy: crm.agentId });
    expect((await crm.listWorkItems('closed')).map((i) => i.id)).to.include(active.id);
  });

  it('closing the session without ending: chat waits, SMS stays in progress, a record-routed item closes', async () => {
    const expected = { chat: 'waiting', voice: 'waiting', sms: 'in-progress', record: 'closed' } as const;
    for (const channel of ['chat', 'voice', 'sms', 'record'] as const) {
      const item = mine('active', channel) ?? crm.addWorkItems([{ ...mine('active'), id: `WI-${channel}`, channel }])[0]!;
      expect((await crm.changeWorkItem(item.id, 'close-session')).state, channel).to.equal(expected[channel]);
    }
  });

  it('release hands it back to the queue: out of My work items, into Open work items, unassigned', async () => {
    const active = mine('active');
    const released = await crm.changeWorkItem(active.id, 'release');
    expect(released.state).to.equal('open');
    expect(released.assignedTo).to.be.undefined;
    expect(streamOf(released, crm.agentId)).to.equal('open');
  });

  it('another agent\'s conversation is a conflict for every agent event, and stays theirs', async () => {
    const theirs = crm.allWorkItems().find((i) => i.state === 'active' && i.assignedTo && i.assignedTo !== crm.agentId)!;
    for (const event of ['end', 'set-waiting', 'release', 'close-session'] as const) {
      const error = await rejection(crm.changeWorkItem(theirs.id, event));
      expect(error.code).to.equal('conflict');
      expect(error.message).to.contain('assigned to another agent');
    }
    expect(crm.workItem(theirs.id)).to.deep.equal(theirs);
  });

  it('illegal moves are refused with the state machine\'s words and change nothing', async () => {
    const wrapUp = mine('wrap-up');
    const error = await rejection(crm.changeWorkItem(wrapUp.id, 'pick'));
    expect(error.code).to.equal('illegal-transition');
    expect(error.message).to.match(/wrap-up cannot take "pick" \(allowed: close-session\)/);
    expect(crm.workItem(wrapUp.id)).to.deep.equal(wrapUp);
  });

  it('malformed and unknown ids are told apart', async () => {
    expect((await rejection(crm.changeWorkItem('', 'pick'))).code).to.equal('invalid');
    expect((await rejection(crm.getWorkItem(42 as never))).code).to.equal('invalid');
    expect((await rejection(crm.getWorkItem('WI-404'))).code).to.equal('not-found');
    expect((await rejection(crm.linkRecord('WI-404', crm.records.contacts[0]!))).code).to.equal('not-found');
    expect((await rejection(crm.addNote('WI-404', 'hello'))).code).to.equal('not-found');
    expect((await rejection(crm.listActivities(null as never))).code).to.equal('invalid');
  });

  describe('the customer and the system', () => {
    it('customer-returned moves a Waiting item from My work items to Open work items, and every stream hears it', async () => {
      const waiting = mine('waiting');
      const heard: WorkItemChange[][] = [[], []];
      crm.subscribeWorkItems((change) => heard[0]!.push(change));
      crm.subscribeWorkItems((change) => heard[1]!.push(change));
      const returned = crm.applyEvent(waiting.id, 'customer-returned');
      expect(returned.state).to.equal('open');
      expect((await crm.listWorkItems('my')).map((i) => i.id)).to.not.include(waiting.id);
      expect((await crm.listWorkItems('open')).map((i) => i.id)).to.include(waiting.id);
      for (const changes of heard) expect(changes).to.deep.equal([{ type: 'upsert', item: returned }]);
    });

    it('timeouts close Waiting and In-progress items; the customer ending a chat wraps it up', () => {
      expect(crm.applyEvent(mine('waiting').id, 'timeout').state).to.equal('closed');
      expect(crm.applyEvent(mine('in-progress').id, 'inactivity-timeout').state).to.equal('closed');
      expect(crm.applyEvent(mine('active').id, 'customer-ended').state).to.equal('wrap-up');
    });

    it('the customer leaving an unassigned chat closes it; other channels cannot', () => {
      const open = crm.allWorkItems().filter((i) => i.state === 'open');
      const chat = open.find((i) => i.channel === 'chat')!;
      expect(crm.applyEvent(chat.id, 'customer-left').state).to.equal('closed');
      const sms = open.find((i) => i.channel === 'sms')!;
      expect(() => crm.applyEvent(sms.id, 'customer-left')).to.throw(/cannot take "customer-left"/);
    });

    it('a supervisor assigns to a named agent; without one it is refused', () => {
      const open = crm.allWorkItems().find((i) => i.state === 'open')!;
      expect(() => crm.applyEvent(open.id, 'assign')).to.throw(/say which one/);
      expect(crm.workItem(open.id)!.state).to.equal('open');
      expect(crm.applyEvent(open.id, 'assign', { agentId: crm.agentId })).to.include({ state: 'active', assignedTo: crm.agentId });
    });
  });

  it('a removed work item leaves every stream and subscribers hear remove', async () => {
    const item = mine('active');
    const heard: WorkItemChange[] = [];
    crm.subscribeWorkItems((change) => heard.push(change));
    crm.removeWorkItem(item.id);
    expect(heard).to.deep.equal([{ type: 'remove', id: item.id }]);
    expect((await crm.listWorkItems('my')).map((i) => i.id)).to.not.include(item.id);
    expect(() => crm.removeWorkItem(item.id)).to.throw(/No work item/);
  });

  it('a subscriber that throws does not stop the others nor undo the change', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const heard: string[] = [];
      crm.subscribeWorkItems(() => {
        throw new Error('broken stream');
      });
      crm.subscribeWorkItems((change) => heard.push(change.type));
      const [item] = await crm.listWorkItems('open');
      const picked = await crm.changeWorkItem(item!.id, 'pick');
      expect(picked.state).to.equal('active');
      expect(heard).to.deep.equal(['upsert']);
      expect(errors).to.have.length(1);
    } finally {
      console.error = original;
    }
  });

  it('an unsubscribed listener hears nothing more', async () => {
    let heard = 0;
    const unsubscribe = crm.subscribeWorkItems(() => heard++);
    unsubscribe();
    const [item] = await crm.listWorkItems('open');
    await crm.changeWorkItem(item!.id, 'pick');
    expect(heard).to.equal(0);
  });

  it('what subscribers hear is theirs to keep: changing it changes nothing in the CRM', async () => {
    let heard: WorkItem | undefined;
    crm.subscribeWorkItems((change) => change.type === 'upsert' && (heard = change.item));
    const [item] = await crm.listWorkItems('open');
    await crm.changeWorkItem(item!.id, 'pick');
    (heard as { state: string }).state = 'closed';
    expect(crm.workItem(item!.id)!.state).to.equal('active');
  });

  it('lists 10,000 work items in one stream quickly', async () => {
    crm.dispose();
    crm = new InMemoryCrm({ workItems: 32_000 });
    const start = performance.now();
    const open = await crm.listWorkItems('open');
    expect(open.length).to.be.above(10_000);
    // A sanity bound, not a benchmark: a virtualised stream of this size must load at once.
    expect(performance.now() - start).to.be.below(2000);
  });
});
