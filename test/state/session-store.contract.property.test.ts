import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { HOME_SESSION_ID, SESSION_STORE_ERROR_CODES, SessionStore, SessionStoreError, sessionTabs, type SessionState } from '../../src/state/index.js';
import { hostileValues, trapProxy } from '../fixtures/hostile-corpus.js';

// The store's contract, fuzzed over its whole public API with arbitrary (also ill-typed)
// arguments: every refusal is a SessionStoreError and changes nothing; the state is always
// deeply frozen, well formed and within its limits; Home belongs to no one else.

const METHODS = [
  'getSession',
  'findSession',
  'findRecordSession',
  'openRecordSession',
  'openConversationSession',
  'findConversationSession',
  'hasRoomForSession',
  'focusSession',
  'closeSession',
  'setSessionTitle',
  'setSessionIcon',
  'setPanelMode',
  'togglePanelMode',
  'setMaxSessions',
  'openTab',
  'focusTab',
  'closeTab',
  'setTabTitle',
  'setMaxTabs',
  'subscribe',
  'toJSON',
  'restore',
] as const;

const wellTyped = fc.oneof(
  fc.constantFrom(HOME_SESSION_ID, 'record:account:1', 'record:contact:2', 'conversation:W1', 'anchor', 'app:kb:1', 'record:incident:3', 'expanded', 'collapsed'),
  fc.constantFrom({ entity: 'account', id: '1', name: 'Contoso' }, { entity: 'contact', id: '2', name: 'Émilie' }, { workItemId: 'W1', title: 'Chat' }),
  fc.constantFrom({ record: { entity: 'incident', id: '3', name: 'Printer' } }, { app: { id: 'kb', title: 'Knowledge' } }, { app: { id: 'constructor', title: 'x', url: 'https://a.example/' } }),
  fc.integer({ min: -2, max: 6 }),
  // Snapshots: a valid one, one over its session limit, one with a tab twice.
  fc.constantFrom(
    { version: 1, sessions: [{ id: 'home', kind: 'home', title: 'Home' }, { id: 'record:account:1', kind: 'record', title: 'Contoso', record: { entity: 'account', id: '1' }, tabs: [{ id: 'app:kb:1', kind: 'app', title: 'KB', app: { id: 'kb' } }], focusedTabId: 'app:kb:1' }], focusedId: 'record:account:1', panelMode: 'collapsed', maxSessions: 2, maxTabs: 3 },
    { version: 1, sessions: [{ id: 'home', kind: 'home', title: 'Home' }, ...['1', '2', '3'].map((id) => ({ id: `record:account:${id}`, kind: 'record', title: id, record: { entity: 'account', id } }))], focusedId: 'home', panelMode: 'expanded', maxSessions: 2, maxTabs: 3 },
    { version: 1, sessions: [{ id: 'home', kind: 'home', title: 'Home', tabs: [1, 2].map(() => ({ id: 'record:incident:9', kind: 'record', title: 'Case', record: { entity: 'incident', id: '9' } })) }], focusedId: 'home', panelMode: 'expanded', maxSessions: 2, maxTabs: 5 },
  ),
  fc.constant(() => {
    throw new Error('a listener that throws');
  }),
);
const illTyped = fc.oneof(
  fc.anything({ withBigInt: true, withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withObjectString: true }),
  fc.constantFrom(...hostileValues),
);
const argsArb = fc.array(fc.oneof({ weight: 3, arbitrary: wellTyped }, { weight: 2, arbitrary: illTyped }), { maxLength: 3 });
const callArb = fc.tuple(fc.constantFrom(...METHODS), argsArb);

function expectDeepFrozen(value: unknown, path = 'state'): void {
  if (typeof value !== 'object' || value === null) return;
  expect(Object.isFrozen(value), `${path} is frozen`).to.be.true;
  for (const [key, child] of Object.entries(value)) expectDeepFrozen(child, `${path}.${key}`);
}

function checkState(state: SessionState): void {
  expectDeepFrozen(state);
  const ids = state.sessions.map((s) => s.id);
  expect(ids[0]).to.equal(HOME_SESSION_ID);
  // A host may retitle Home (setSessionTitle('home', …)); it stays Home, first and once.
  expect(state.sessions[0]).to.deep.include({ id: HOME_SESSION_ID, kind: 'home' });
  expect(new Set(ids).size, 'no duplicate sessions').to.equal(ids.length);
  expect(ids).to.include(state.focusedId);
  for (const session of state.sessions) {
    const tabIds = sessionTabs(session).map((t) => t.id);
    expect(new Set(tabIds).size, 'no duplicate tabs').to.equal(tabIds.length);
  }
}

describe('SessionStore contract under fuzzed calls to its whole public API', () => {
  it('fuzzes every public method (a new method cannot escape the fuzz)', () => {
    const methods = Object.getOwnPropertyNames(SessionStore.prototype).filter((name) => name !== 'constructor' && typeof Object.getOwnPropertyDescriptor(SessionStore.prototype, name)!.value === 'function');
    expect([...methods].sort()).to.deep.equal([...METHODS].sort());
  });

  // The fuzz subscribes listeners that throw; the store reports them on the console, by design.
  const consoleError = console.error;
  before(() => (console.error = () => {}));
  after(() => (console.error = consoleError));

  it('refuses only with SessionStoreError, changes nothing when it refuses, and keeps its state frozen and well formed', () => {
    fc.assert(
      fc.property(fc.array(callArb, { minLength: 1, maxLength: 40 }), (calls) => {
        const store = new SessionStore({ maxSessions: 3, maxTabs: 3 });
        const other = new SessionStore();
        checkState(store.state);
        for (const [method, args] of calls) {
          const before = store.state;
          try {
            (store[method] as (...a: unknown[]) => unknown)(...args);
          } catch (error) {
            expect(error, `${method}(${args.map((a) => typeof a).join(', ')}) threw ${String((error as Error)?.name)}: ${String((error as Error)?.message)}`).to.be.instanceOf(SessionStoreError);
            expect(SESSION_STORE_ERROR_CODES, `${method} refused with a documented code`).to.include((error as SessionStoreError).code);
            expect(store.state, `a refused ${method} changes nothing`).to.equal(before);
          }
          checkState(store.state);
          if (method === 'restore' && store.state !== before) {
            expect(store.state.sessions.length - 1, 'restore honours maxSessions').to.be.at.most(store.state.maxSessions);
            for (const s of store.state.sessions) expect(sessionTabs(s).length, 'restore honours maxTabs').to.be.at.most(store.state.maxTabs);
          }
        }
        expect(other.state.sessions[0], 'Home of another store is untouched').to.deep.equal({ id: HOME_SESSION_ID, kind: 'home', title: 'Home' });
        expect(other.state.sessions[0]).to.not.equal(store.state.sessions[0]);
      }),
      { numRuns: 400 },
    );
  });

  it('the initial state is frozen and Home is no shared object', () => {
    const a = new SessionStore();
    const b = new SessionStore();
    expectDeepFrozen(a.state);
    expect(a.state.sessions[0]).to.not.equal(b.state.sessions[0]);
    expect(() => {
      (a.state.sessions[0] as { title: string }).title = 'Hacked';
    }).to.throw(TypeError);
    expect(b.state.sessions[0]!.title).to.equal('Home');
    expect(new SessionStore().state.sessions[0]!.title).to.equal('Home');
  });

  it('refuses ill-typed arguments with a SessionStoreError that says what was wrong', () => {
    const store = new SessionStore();
    const refusal = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        return error as SessionStoreError;
      }
      throw new Error('expected a refusal');
    };
    for (const [call, code] of [
      [() => store.setPanelMode(0n as never), 'invalid-option'],
      [() => store.setMaxSessions(Object.create(null)), 'invalid-option'],
      [() => store.focusSession(Symbol('x') as never), 'unknown-session'],
      [() => store.openRecordSession({ entity: 1n, id: '1' } as never), 'invalid-record'],
      [() => store.subscribe('not a function' as never), 'invalid-argument'],
      [() => store.setSessionTitle(HOME_SESSION_ID, { toString: null } as never), 'invalid-argument'],
      [() => store.openRecordSession(trapProxy() as never), 'invalid-argument'],
      [() => store.openTab(trapProxy() as never), 'invalid-argument'],
      [() => store.restore(trapProxy()), 'invalid-snapshot'],
      [() => new SessionStore(trapProxy() as never), 'invalid-argument'],
      [() => new SessionStore({ maxSessions: 0n } as never), 'invalid-option'],
    ] as const) {
      const error = refusal(call);
      expect(error).to.be.instanceOf(SessionStoreError);
      expect(error.code).to.equal(code);
      expect(error.message).to.be.a('string').and.not.empty;
    }
  });

  it('restore() honours maxSessions and maxTabs and refuses duplicate tab ids', () => {
    const store = new SessionStore();
    const records = Array.from({ length: 4 }, (_, i) => ({ id: `record:account:${i}`, kind: 'record', title: `A${i}`, record: { entity: 'account', id: String(i) } }));
    const snapshot = (over: Record<string, unknown>) => ({ version: 1, sessions: [{ id: 'home', kind: 'home', title: 'Home' }, ...records], focusedId: 'home', panelMode: 'expanded', maxSessions: 10, maxTabs: 10, ...over });
    const before = store.state;
    expect(() => store.restore(snapshot({ maxSessions: 3 }))).to.throw(SessionStoreError, /3 sessions/);
    const tab = { id: 'record:incident:9', kind: 'record', title: 'Case', record: { entity: 'incident', id: '9' } };
    const withTabs = (tabs: unknown[]) => [{ id: 'home', kind: 'home', title: 'Home', tabs }];
    expect(() => store.restore(snapshot({ sessions: withTabs([tab, tab]) }))).to.throw(SessionStoreError, /twice/);
    const many = Array.from({ length: 3 }, (_, i) => ({ id: `app:kb:${i + 1}`, kind: 'app', title: 'KB', app: { id: 'kb' } }));
    expect(() => store.restore(snapshot({ sessions: withTabs(many), maxTabs: 3 }))).to.throw(SessionStoreError, /3 tabs/);
    expect(store.state).to.equal(before);
    store.restore(snapshot({ sessions: withTabs(many), maxTabs: 4 }));
    expect(store.sessions[0]!.tabs).to.have.length(3);
  });

  it('a desktop saved after its limits were lowered below what is open restores whole', () => {
    const store = new SessionStore({ maxSessions: 5, maxTabs: 4 });
    for (const id of ['1', '2', '3']) store.openRecordSession({ entity: 'account', id, name: `A${id}` });
    for (let i = 0; i < 3; i++) store.openTab({ app: { id: 'kb', title: 'KB' } });
    store.setMaxSessions(1);
    store.setMaxTabs(2);
    const copy = new SessionStore();
    copy.restore(JSON.parse(JSON.stringify(store)));
    expect(copy.sessions.map((s) => s.title)).to.deep.equal(['Home', 'A1', 'A2', 'A3']);
    expect(copy.focusedSession.tabs).to.have.length(3);
    expect(copy.hasRoomForSession(), 'still no room for another session').to.be.false;
  });
});
