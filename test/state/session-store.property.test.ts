import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { HOME_SESSION_ID, SessionStore, SessionStoreError, focusedTab, sessionTabs, type SessionState } from '../../src/state/index.js';

// Random sequences of everything an agent or host can do, including bad calls, checked against
// the invariants the rest of the kit relies on.

const recordArb = fc.record({
  entity: fc.constantFrom('account', 'contact', 'incident', 'Account', ' contact '),
  id: fc.constantFrom('1', '2', '3', '4', '5', '6', ' 1 '),
  name: fc.oneof(fc.string(), fc.constantFrom('Émilie', '東京', '<b>x</b>', '')),
});
const idArb = fc.oneof(
  fc.constant(HOME_SESSION_ID),
  fc.constant('record:account:nope'),
  fc.constantFrom('conversation:W1', 'conversation:W2', 'conversation:W3'),
  fc.tuple(fc.constantFrom('account', 'contact', 'incident'), fc.constantFrom('1', '2', '3', '4', '5', '6')).map(([e, i]) => `record:${e}:${i}`),
);
const opArb = fc.oneof(
  fc.record({ op: fc.constant('open' as const), record: recordArb }),
  fc.record({ op: fc.constant('open-malformed' as const), record: fc.anything() }),
  fc.record({ op: fc.constant('open-conversation' as const), workItemId: fc.constantFrom('W1', 'W2', ' W1', 'W3'), title: fc.string() }),
  fc.record({ op: fc.constant('focus' as const), id: idArb }),
  fc.record({ op: fc.constant('close' as const), id: idArb }),
  fc.record({ op: fc.constant('title' as const), id: idArb, title: fc.string() }),
  fc.record({ op: fc.constant('max' as const), max: fc.integer({ min: -1, max: 6 }) }),
  fc.record({ op: fc.constant('toggle' as const) }),
  fc.record({ op: fc.constant('open-tab' as const), record: recordArb, app: fc.boolean() }),
  fc.record({ op: fc.constant('close-tab' as const), tab: fc.constantFrom('anchor', 'app:kb:1', 'app:kb:2', 'record:account:1', 'record:contact:2', 'nope') }),
  fc.record({ op: fc.constant('focus-tab' as const), tab: fc.constantFrom('anchor', 'app:kb:1', 'record:account:1', 'nope') }),
  fc.record({ op: fc.constant('max-tabs' as const), max: fc.integer({ min: 0, max: 4 }) }),
  fc.record({ op: fc.constant('round-trip' as const) }),
);
type Op = typeof opArb extends fc.Arbitrary<infer T> ? T : never;

function apply(store: SessionStore, step: Op): void {
  switch (step.op) {
    case 'open':
      return void store.openRecordSession(step.record);
    case 'open-conversation':
      return void store.openConversationSession({ workItemId: step.workItemId, title: step.title });
    case 'open-malformed':
      return void store.openRecordSession(step.record as never);
    case 'focus':
      return void store.focusSession(step.id);
    case 'close':
      return void store.closeSession(step.id);
    case 'title':
      return void store.setSessionTitle(step.id, step.title);
    case 'max':
      return store.setMaxSessions(step.max);
    case 'open-tab':
      return void store.openTab(step.app ? { app: { id: 'kb', title: 'Knowledge' } } : { record: step.record });
    case 'close-tab':
      return void store.closeTab(store.state.focusedId, step.tab);
    case 'focus-tab':
      return void store.focusTab(store.state.focusedId, step.tab);
    case 'max-tabs':
      return store.setMaxTabs(step.max);
    case 'toggle':
      return void store.togglePanelMode();
    case 'round-trip':
      return store.restore(JSON.parse(JSON.stringify(store)));
  }
}

function checkInvariants(state: SessionState): void {
  const ids = state.sessions.map((s) => s.id);
  expect(ids[0], 'Home is first').to.equal(HOME_SESSION_ID);
  expect(ids.filter((id) => id === HOME_SESSION_ID), 'Home exactly once').to.have.length(1);
  expect(new Set(ids).size, 'no duplicate sessions').to.equal(ids.length);
  expect(ids.filter((id) => id === state.focusedId), 'exactly one focused session').to.have.length(1);
  for (const session of state.sessions) {
    expect(session.title.trim(), 'titles are never blank').to.not.equal('');
    if (session.kind === 'record') expect(session.id).to.equal(`record:${session.record!.entity}:${session.record!.id}`);
    if (session.kind === 'conversation') expect(session.id).to.equal(`conversation:${session.conversation!.workItemId}`);
    const tabs = sessionTabs(session);
    expect(tabs.filter((t) => t.kind === 'anchor'), 'one anchor tab').to.have.length(1);
    expect(tabs[0]!.kind, 'the anchor first').to.equal('anchor');
    expect(new Set(tabs.map((t) => t.id)).size, 'no duplicate tabs').to.equal(tabs.length);
    expect(tabs.map((t) => t.id), 'the shown tab is open').to.include(focusedTab(session).id);
    expect(session.focusedTabId === undefined || tabs.some((t) => t.id === session.focusedTabId)).to.be.true;
  }
}

describe('SessionStore under random operation sequences', () => {
  it('keeps Home first and present, one focused session, no duplicates, and the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(opArb, { maxLength: 60 }), (max, ops) => {
        const store = new SessionStore({ maxSessions: max });
        for (const step of ops) {
          const before = store.state;
          try {
            apply(store, step);
          } catch (error) {
            expect(error, 'only store errors are thrown').to.be.instanceOf(SessionStoreError);
            expect(store.state, 'a refused call changes nothing').to.equal(before);
          }
          checkInvariants(store.state);
          const open = store.state.sessions.length - 1;
          const openBefore = before.sessions.length - 1;
          // The limits: a session (a tab) is only ever added while there is room for it.
          if (open > openBefore) expect(openBefore).to.be.lessThan(store.state.maxSessions);
          for (const session of store.state.sessions) {
            const was = before.sessions.find((s) => s.id === session.id);
            if (was && sessionTabs(session).length > sessionTabs(was).length) expect(sessionTabs(was).length).to.be.lessThan(store.state.maxTabs);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a snapshot restores the same desktop in another store, whatever happened before it was taken', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(opArb, { maxLength: 40 }), (max, ops) => {
        const store = new SessionStore({ maxSessions: max });
        for (const step of ops) {
          try {
            apply(store, step);
          } catch {
            // refusals are checked above
          }
        }
        const snapshot = JSON.parse(JSON.stringify(store));
        const copy = new SessionStore();
        copy.restore(snapshot);
        // Home's title and icon are each store's own (a host's retitle of Home is not saved);
        // its tabs are restored like every other session's.
        const ownHome = new SessionStore().state.sessions[0]!;
        const asRestored = store.state.sessions.map((s) => (s.kind === 'home' ? { ...s, title: ownHome.title, icon: undefined } : s));
        const { focusedId, panelMode } = store.state;
        expect(JSON.parse(JSON.stringify({ sessions: copy.state.sessions, focusedId: copy.state.focusedId, panelMode: copy.state.panelMode }))).to.deep.equal(
          JSON.parse(JSON.stringify({ sessions: asRestored, focusedId, panelMode })),
        );
        const again = JSON.parse(JSON.stringify(copy));
        copy.restore(again);
        expect(copy.toJSON(), 'a restored desktop saves and restores unchanged').to.deep.equal(again);
        checkInvariants(copy.state);
      }),
      { numRuns: 200 },
    );
  });

  it('opening a record twice never makes two sessions, whatever happened in between', () => {
    fc.assert(
      fc.property(recordArb, fc.array(opArb, { maxLength: 20 }), (record, ops) => {
        const store = new SessionStore({ maxSessions: 10 });
        store.openRecordSession(record);
        for (const step of ops) {
          try {
            apply(store, step);
          } catch {
            // refusals are checked above
          }
        }
        const result = store.openRecordSession(record);
        const id = `record:${record.entity.trim().toLowerCase()}:${record.id.trim()}`;
        expect(store.state.sessions.filter((s) => s.id === id).length).to.be.at.most(1);
        if (result.status !== 'limit-reached') expect(store.state.focusedId).to.equal(id);
      }),
      { numRuns: 200 },
    );
  });
});
