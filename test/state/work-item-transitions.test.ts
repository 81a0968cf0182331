import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  CHANNELS,
  WORK_ITEM_STATES,
  WORK_ITEM_EVENTS,
  WORK_ITEM_TRANSITIONS,
  WorkItemError,
  allowedEvents,
  applyWorkItemEvent,
  isWorkItemEvent,
  stateAfterSessionClose,
  nextWorkItemState,
  sessionCloseEvent,
  streamOf,
  type Channel,
  type WorkItem,
  type WorkItemEvent,
  type WorkItemState,
} from '../../src/state/index.js';

// The state machine (work-item-transitions.ts) and who causes each event (work-item-events.ts).

// behaviour.md's table, written out independently of the code's table.
const allowed: [WorkItemState, WorkItemEvent, WorkItemState, Channel[]][] = [
  ['open', 'pick', 'active', ['chat', 'sms', 'voice', 'record']],
  ['open', 'route', 'active', ['chat', 'sms', 'voice', 'record']],
  ['open', 'assign', 'active', ['chat', 'sms', 'voice', 'record']],
  ['open', 'customer-left', 'closed', ['chat']],
  ['active', 'end', 'wrap-up', ['chat', 'sms', 'voice', 'record']],
  ['active', 'customer-ended', 'wrap-up', ['chat', 'sms', 'voice', 'record']],
  ['active', 'close-session', 'waiting', ['chat', 'voice']],
  ['active', 'set-waiting', 'waiting', ['chat', 'sms', 'voice', 'record']],
  ['active', 'close-session', 'in-progress', ['sms']],
  ['active', 'release', 'open', ['chat', 'sms', 'voice', 'record']],
  ['active', 'transfer', 'open', ['chat', 'sms', 'voice', 'record']],
  ['active', 'disconnect-timeout', 'open', ['chat', 'sms', 'voice', 'record']],
  ['active', 'close-session', 'closed', ['record']],
  ['waiting', 'reopen', 'active', ['chat', 'sms', 'voice', 'record']],
  ['waiting', 'customer-returned', 'open', ['chat', 'sms', 'voice', 'record']],
  ['waiting', 'timeout', 'closed', ['chat', 'sms', 'voice', 'record']],
  ['waiting', 'customer-ended', 'closed', ['chat', 'sms', 'voice', 'record']],
  ['in-progress', 'inactivity-timeout', 'closed', ['chat', 'sms', 'voice', 'record']],
  ['wrap-up', 'close-session', 'closed', ['chat', 'sms', 'voice', 'record']],
];
const EVENTS = [...new Set(WORK_ITEM_TRANSITIONS.map((t) => t.event))];

function isAllowed(state: WorkItemState, channel: Channel, event: WorkItemEvent): WorkItemState | undefined {
  return allowed.find(([from, e, , channels]) => from === state && e === event && channels.includes(channel))?.[2];
}

describe('conversation states', () => {
  describe('every allowed transition', () => {
    for (const [from, event, to, channels] of allowed) {
      it(`${from} --${event}--> ${to} (${channels.join(', ')})`, () => {
        for (const channel of channels) expect(nextWorkItemState(from, channel, event)).to.equal(to);
      });
    }
  });

  it('refuses every other state × channel × event with a clear error', () => {
    let refused = 0;
    for (const state of WORK_ITEM_STATES) {
      for (const channel of CHANNELS) {
        for (const event of EVENTS) {
          if (isAllowed(state, channel, event)) continue;
          refused++;
          expect(() => nextWorkItemState(state, channel, event))
            .to.throw(WorkItemError)
            .with.property('message')
            .that.contains(`cannot take "${event}"`);
        }
      }
    }
    const allowedCount = allowed.reduce((n, [, , , channels]) => n + channels.length, 0);
    expect(refused).to.equal(WORK_ITEM_STATES.length * CHANNELS.length * EVENTS.length - allowedCount);
  });

  it('Closed is final: nothing leaves it', () => {
    for (const channel of CHANNELS) {
      expect(allowedEvents('closed', channel)).to.deep.equal([]);
      expect(() => nextWorkItemState('closed', channel, 'reopen')).to.throw(/closed for good/);
    }
  });

  it('lists the allowed events of a state', () => {
    expect(allowedEvents('waiting', 'chat')).to.have.members(['reopen', 'customer-returned', 'timeout', 'customer-ended']);
    expect(allowedEvents('open', 'sms')).to.have.members(['pick', 'route', 'assign']);
  });

  it('random event sequences never leave the six states, never leave Closed, and follow the table', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CHANNELS), fc.array(fc.constantFrom(...EVENTS), { maxLength: 40 }), (channel, events) => {
        let state: WorkItemState = 'open';
        for (const event of events) {
          const expected = isAllowed(state, channel, event);
          if (expected === undefined) {
            expect(() => nextWorkItemState(state, channel, event)).to.throw(WorkItemError);
            continue;
          }
          expect(state).to.not.equal('closed');
          state = nextWorkItemState(state, channel, event);
          expect(state).to.equal(expected);
          expect(WORK_ITEM_STATES).to.include(state);
        }
      }),
      { numRuns: 300 },
    );
  });

  describe('closing a conversation\'s session', () => {
    it('chat and voice wait, SMS stays in progress, record-routed and wrapped-up close', () => {
      const after = (state: WorkItemState, channel: Channel) => {
        const event = sessionCloseEvent({ state, channel });
        return event ? nextWorkItemState(state, channel, event) : state;
      };
      expect(after('active', 'chat')).to.equal('waiting');
      expect(after('active', 'voice')).to.equal('waiting');
      expect(after('active', 'sms')).to.equal('in-progress');
      expect(after('active', 'record')).to.equal('closed');
      expect(after('wrap-up', 'chat')).to.equal('closed');
      expect(after('waiting', 'chat')).to.equal('waiting');
      expect(after('closed', 'sms')).to.equal('closed');
      expect(after('open', 'chat')).to.equal('open');
    });
  });
});

describe('conversation events', () => {
  it('every event in the table is a named event with an actor, and every named event is in the table', () => {
    const inTable = new Set(WORK_ITEM_TRANSITIONS.map((t) => t.event));
    expect([...inTable].sort()).to.deep.equal(Object.keys(WORK_ITEM_EVENTS).sort());
    for (const actor of Object.values(WORK_ITEM_EVENTS)) expect(actor).to.be.oneOf(['agent', 'customer', 'routing', 'supervisor', 'system']);
    expect(isWorkItemEvent('pick')).to.be.true;
    expect(isWorkItemEvent('toString')).to.be.false;
    expect(isWorkItemEvent(7)).to.be.false;
  });

  it('the table cannot be changed at run time', () => {
    expect(Object.isFrozen(WORK_ITEM_TRANSITIONS)).to.be.true;
    expect(() => ((WORK_ITEM_TRANSITIONS[0] as { to: string }).to = 'closed')).to.throw(TypeError);
  });

  it('an unknown event is refused as unknown, naming the events there are', () => {
    expect(() => nextWorkItemState('open', 'chat', 'fly' as WorkItemEvent))
      .to.throw(WorkItemError)
      .that.satisfies((error: WorkItemError) => error.code === 'unknown-event' && error.message.includes('"fly"') && error.message.includes('customer-returned'));
  });

  it('an illegal event names the state, the event and what is allowed', () => {
    expect(() => nextWorkItemState('waiting', 'sms', 'end'))
      .to.throw(WorkItemError)
      .that.satisfies((error: WorkItemError) => error.code === 'illegal-transition' && /sms conversation that is waiting cannot take "end" \(allowed: reopen, customer-returned, timeout, customer-ended\)/.test(error.message));
  });

  it('allowedEvents without a channel lists what some channel allows, once each', () => {
    expect(allowedEvents('active')).to.have.members(['end', 'customer-ended', 'close-session', 'set-waiting', 'release', 'transfer', 'disconnect-timeout']);
    expect(allowedEvents('active')).to.have.length(7);
    expect(allowedEvents('open')).to.include('customer-left');
    expect(allowedEvents('open', 'sms')).to.not.include('customer-left');
    expect(allowedEvents('closed')).to.deep.equal([]);
  });

  it('stateAfterSessionClose: chat and voice wait, SMS in progress, record-routed and wrapped-up close, others stay', () => {
    const after = (state: WorkItemState, channel: Channel) => stateAfterSessionClose({ state, channel });
    expect(CHANNELS.map((channel) => after('active', channel))).to.deep.equal(['waiting', 'in-progress', 'waiting', 'closed']);
    for (const channel of CHANNELS) {
      expect(after('wrap-up', channel)).to.equal('closed');
      for (const state of ['open', 'waiting', 'in-progress', 'closed'] as const) expect(after(state, channel)).to.equal(state);
    }
  });
});

describe('applyWorkItemEvent: state and who has the conversation', () => {
  const base: WorkItem = {
    id: 'WI-1',
    channel: 'chat',
    state: 'open',
    subject: 'Refund',
    visitor: { displayName: 'Visitor 4821', authenticated: false },
    queue: { id: 'q', name: 'Billing' },
    createdAt: 1000,
    updatedAt: 2000,
  };
  const me = { agentId: 'agent-1', at: 5000 };

  it('pick, route and assign give an Open item to the agent who is named', () => {
    for (const event of ['pick', 'route', 'assign'] as const) {
      const next = applyWorkItemEvent(base, event, { agentId: 'agent-7', at: 5000 });
      expect(next).to.include({ state: 'active', assignedTo: 'agent-7', handledBy: 'agent-7', updatedAt: 5000 });
    }
  });

  it('refuses to assign without an agent, and leaves the item untouched', () => {
    const before = structuredClone(base);
    expect(() => applyWorkItemEvent(base, 'assign', { at: 5000 }))
      .to.throw(WorkItemError)
      .with.property('code', 'agent-required');
    expect(base).to.deep.equal(before);
  });

  it('keeps the agent through Waiting, In-progress and Wrap-up, and back to Active', () => {
    const active = applyWorkItemEvent(base, 'pick', me);
    const waiting = applyWorkItemEvent(active, 'close-session', { at: 6000 });
    expect(waiting).to.include({ state: 'waiting', assignedTo: 'agent-1' });
    expect(applyWorkItemEvent(waiting, 'reopen', { at: 7000 })).to.include({ state: 'active', assignedTo: 'agent-1' });
    const sms = applyWorkItemEvent({ ...base, channel: 'sms' }, 'pick', me);
    expect(applyWorkItemEvent(sms, 'close-session', { at: 6000 })).to.include({ state: 'in-progress', assignedTo: 'agent-1' });
    expect(applyWorkItemEvent(active, 'end', { at: 6000 })).to.include({ state: 'wrap-up', assignedTo: 'agent-1' });
  });

  it('back to Open puts it in the queue unassigned; Closed keeps who handled it', () => {
    const active = applyWorkItemEvent(base, 'pick', me);
    for (const event of ['release', 'transfer', 'disconnect-timeout'] as const) {
      const open = applyWorkItemEvent(active, event, { at: 6000 });
      expect(open.state).to.equal('open');
      expect(open).to.not.have.property('assignedTo');
      expect(open.handledBy).to.equal('agent-1');
    }
    const closed = applyWorkItemEvent(applyWorkItemEvent(active, 'end', { at: 6000 }), 'close-session', { at: 7000 });
    expect(closed).to.include({ state: 'closed', handledBy: 'agent-1' });
    expect(closed).to.not.have.property('assignedTo');
    expect(streamOf(closed, 'agent-1')).to.equal('closed');
  });

  it('answers a new object, never moves updatedAt back, and stays plain JSON', () => {
    const next = applyWorkItemEvent(base, 'pick', { agentId: 'agent-1', at: 10 });
    expect(next).to.not.equal(base);
    expect(base.state).to.equal('open');
    expect(next.updatedAt).to.equal(2000);
    expect(JSON.parse(JSON.stringify(next))).to.deep.equal(next);
  });

  it('random events on random items: the six states, the table, Closed final, and one stream at most', () => {
    const agents = ['agent-1', 'agent-2'];
    fc.assert(
      fc.property(
        fc.constantFrom(...CHANNELS),
        fc.array(fc.record({ event: fc.constantFrom(...EVENTS), agent: fc.option(fc.constantFrom(...agents), { nil: undefined }) }), { maxLength: 40 }),
        (channel, steps) => {
          let item: WorkItem = { ...base, channel };
          let at = 3000;
          for (const { event, agent } of steps) {
            const before = structuredClone(item);
            let next: WorkItem;
            try {
              next = applyWorkItemEvent(item, event, { agentId: agent, at: at++ });
            } catch (error) {
              expect(error).to.be.instanceOf(WorkItemError);
              expect(item).to.deep.equal(before); // a refusal changes nothing
              continue;
            }
            expect(item.state).to.not.equal('closed');
            expect(WORK_ITEM_TRANSITIONS.some((t) => t.from === item.state && t.event === event && t.to === next.state && (!t.channels || t.channels.includes(channel)))).to.be.true;
            expect(WORK_ITEM_STATES).to.include(next.state);
            // Open and Closed items belong to no agent; every other state belongs to one.
            expect(next.assignedTo === undefined).to.equal(next.state === 'open' || next.state === 'closed');
            const streams = agents.map((a) => streamOf(next, a)).filter((s) => s === 'my');
            expect(streams.length).to.be.at.most(1);
            item = next;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
