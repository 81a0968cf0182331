import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  CHANNELS,
  WORK_ITEM_STATES,
  WORK_ITEM_TRANSITIONS,
  WorkItemError,
  allowedEvents,
  conversationTitle,
  nextWorkItemState,
  sessionCloseEvent,
  streamAction,
  streamOf,
  validateWorkItem,
  type Channel,
  type WorkItemEvent,
  type WorkItemState,
} from '../../src/state/index.js';

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

  describe('streams', () => {
    const me = 'agent-1';
    it('My work items: assigned to me and not closed', () => {
      for (const state of ['active', 'waiting', 'in-progress', 'wrap-up'] as const) {
        expect(streamOf({ state, assignedTo: me }, me)).to.equal('my');
        expect(streamOf({ state, assignedTo: 'agent-2' }, me)).to.be.undefined;
      }
    });
    it('Open work items: unassigned Open', () => {
      expect(streamOf({ state: 'open' }, me)).to.equal('open');
      expect(streamOf({ state: 'open', assignedTo: 'agent-2' }, me)).to.be.undefined;
    });
    it('Closed work items: closed ones I handled', () => {
      expect(streamOf({ state: 'closed', handledBy: me }, me)).to.equal('closed');
      expect(streamOf({ state: 'closed', handledBy: 'agent-2' }, me)).to.be.undefined;
    });
    it('offer Pick in Open work items and Open elsewhere', () => {
      expect(streamAction('open')).to.equal('pick');
      expect(streamAction('my')).to.equal('open');
      expect(streamAction('closed')).to.equal('open');
    });
  });

  describe('conversation titles', () => {
    const visitor = { displayName: 'Visitor 4821', authenticated: false };
    it('use the linked customer, else the linked case, else the visitor', () => {
      expect(conversationTitle({ id: '1', visitor, customer: { entity: 'contact', id: 'c', name: 'Émilie Dubois' }, case: { entity: 'incident', id: 'i', name: 'Refund' } })).to.equal('Émilie Dubois');
      expect(conversationTitle({ id: '1', visitor, case: { entity: 'incident', id: 'i', name: 'Refund' } })).to.equal('Refund');
      expect(conversationTitle({ id: '1', visitor })).to.equal('Visitor 4821');
      expect(conversationTitle({ id: '1', visitor: { displayName: ' ', authenticated: false } })).to.equal('Conversation 1');
    });
  });

  describe('validateWorkItem', () => {
    const good = {
      id: 'WI-1',
      channel: 'chat',
      state: 'open',
      subject: 'Refund',
      visitor: { displayName: 'Visitor 1', authenticated: false },
      queue: { id: 'q', name: 'Billing' },
      createdAt: 1,
      updatedAt: 2,
    };
    it('accepts a well-formed item', () => {
      expect(validateWorkItem(good)).to.equal(good);
    });
    const broken: [string, unknown][] = [
      ['not an object', null],
      ['"id"', { ...good, id: '' }],
      ['"channel"', { ...good, channel: 'fax' }],
      ['"state"', { ...good, state: 'lost' }],
      ['"subject"', { ...good, subject: 7 }],
      ['"visitor" is missing', { ...good, visitor: undefined }],
      ['"visitor.displayName"', { ...good, visitor: { authenticated: true } }],
      ['"visitor.authenticated"', { ...good, visitor: { displayName: 'x', authenticated: 'yes' } }],
      ['"queue.name"', { ...good, queue: { id: 'q' } }],
      ['"createdAt"', { ...good, createdAt: 'yesterday' }],
      ['"customer"', { ...good, customer: 'Contoso' }],
    ];
    for (const [problem, data] of broken) {
      it(`names the problem: ${problem}`, () => {
        expect(() => validateWorkItem(data)).to.throw(WorkItemError).with.property('message').that.contains(problem);
      });
    }
  });
});
