import { expect } from '@open-wc/testing';
import {
  DEFAULT_MAX_SESSIONS,
  HOME_SESSION_ID,
  SessionStore,
  SessionStoreError,
  sessionIcon,
  type SessionChange,
} from '../../src/state/index.js';

const contoso = { entity: 'account', id: 'A-1', name: 'Contoso' };
const emilie = { entity: 'contact', id: 'C-1', name: 'Émilie Dubois' };
const printer = { entity: 'incident', id: 'CAS-1', name: 'Printer jams' };

function recording(store: SessionStore): SessionChange[] {
  const changes: SessionChange[] = [];
  store.subscribe((change) => changes.push(change));
  return changes;
}

function expectError(fn: () => unknown, code: string): SessionStoreError {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(SessionStoreError);
    expect((error as SessionStoreError).code).to.equal(code);
    expect((error as Error).message).to.be.a('string').and.not.be.empty;
    return error as SessionStoreError;
  }
  throw new Error(`expected a ${code} error`);
}

describe('SessionStore', () => {
  describe('at start', () => {
    it('holds only Home, focused, titled "Home", with the panel expanded', () => {
      const store = new SessionStore();
      expect(store.sessions.map((s) => s.id)).to.deep.equal([HOME_SESSION_ID]);
      expect(store.focusedSession.title).to.equal('Home');
      expect(store.focusedSession.kind).to.equal('home');
      expect(store.state.panelMode).to.equal('expanded');
      expect(store.state.maxSessions).to.equal(DEFAULT_MAX_SESSIONS);
      expect(DEFAULT_MAX_SESSIONS).to.equal(10);
    });

    it('takes a session limit', () => {
      expect(new SessionStore({ maxSessions: 3 }).state.maxSessions).to.equal(3);
    });

    it('refuses a limit that is not a whole number of at least 1', () => {
      for (const bad of [0, -1, 2.5, NaN, Infinity, '3' as unknown as number]) {
        expectError(() => new SessionStore({ maxSessions: bad }), 'invalid-option');
      }
    });
  });

  describe('opening a record session', () => {
    it('appends it after Home, focuses it and titles it by the record name', () => {
      const store = new SessionStore();
      const changes = recording(store);
      const result = store.openRecordSession(contoso);
      expect(result.status).to.equal('opened');
      expect(store.sessions.map((s) => s.title)).to.deep.equal(['Home', 'Contoso']);
      expect(store.focusedSession.id).to.equal('record:account:A-1');
      expect(store.focusedSession.record).to.deep.equal({ entity: 'account', id: 'A-1' });
      expect(changes.map((c) => c.type)).to.deep.equal(['session-opened', 'session-focused']);
    });

    it('keeps sessions in the order they were opened', () => {
      const store = new SessionStore();
      store.openRecordSession(contoso);
      store.openRecordSession(emilie);
      store.openRecordSession(printer);
      expect(store.sessions.map((s) => s.title)).to.deep.equal(['Home', 'Contoso', 'Émilie Dubois', 'Printer jams']);
    });

    it('focuses the existing session instead of opening a second for the same record', () => {
      const store = new SessionStore();
      store.openRecordSession(contoso);
      store.openRecordSession(emilie);
      const changes = recording(store);
      const result = store.openRecordSession({ entity: 'ACCOUNT ', id: ' A-1', name: 'Contoso (renamed)' });
      expect(result.status).to.equal('focused');
      expect(store.sessions).to.have.length(3);
      expect(store.focusedSession.title).to.equal('Contoso');
      expect(changes.map((c) => c.type)).to.deep.equal(['session-focused']);
    });

    it('treats the same id under different entities as different records', () => {
      const store = new SessionStore();
      store.openRecordSession({ entity: 'account', id: '1', name: 'An account' });
      store.openRecordSession({ entity: 'contact', id: '1', name: 'A contact' });
      expect(store.sessions).to.have.length(3);
    });

    it('accepts numeric ids as their string form', () => {
      const store = new SessionStore();
      store.openRecordSession({ entity: 'account', id: 42 as unknown as string, name: 'Numbered' });
      expect(store.focusedSession.record?.id).to.equal('42');
    });

    it('titles a record without a name by its entity and id', () => {
      const store = new SessionStore();
      store.openRecordSession({ entity: 'incident', id: 'CAS-9', name: '   ' });
      expect(store.focusedSession.title).to.equal('incident CAS-9');
      store.openRecordSession({ entity: 'incident', id: 'CAS-10' });
      expect(store.focusedSession.title).to.equal('incident CAS-10');
    });

    it('keeps hostile names as plain text, without control characters', () => {
      const store = new SessionStore();
      store.openRecordSession({ entity: 'contact', id: 'x', name: '<img src=x onerror=alert(1)>\u0000\u202Eevil' });
      expect(store.focusedSession.title).to.equal('<img src=x onerror=alert(1)> evil');
    });

    it('refuses malformed records with a clear error and changes nothing', () => {
      const store = new SessionStore();
      const before = store.state;
      const bad: unknown[] = [
        null,
        undefined,
        'account:1',
        {},
        { entity: '', id: '1' },
        { entity: 'account', id: '' },
        { entity: 'account', id: '   ' },
        { entity: 'acc ount', id: '1' },
        { entity: '1account', id: '1' },
        { entity: 'account', id: { nested: true } },
        { entity: 'account', id: 'x'.repeat(201) },
      ];
      for (const record of bad) expectError(() => store.openRecordSession(record as never), 'invalid-record');
      expect(store.state).to.equal(before);
    });

    it('finds the session already open for a record, by entity and id', () => {
      const store = new SessionStore();
      expect(store.findRecordSession({ entity: 'account', id: 'A-1' })).to.be.undefined;
      store.openRecordSession(contoso);
      expect(store.findRecordSession({ entity: 'Account', id: 'A-1' })?.title).to.equal('Contoso');
      expectError(() => store.findRecordSession({ entity: '', id: 'A-1' }), 'invalid-record');
    });

    it('uses a host icon when given one', () => {
      const store = new SessionStore();
      store.openRecordSession(contoso, { icon: '★' });
      expect(sessionIcon(store.focusedSession)).to.equal('★');
    });
  });

  describe('opening a conversation session', () => {
    it('opens and focuses one session per work item, titled as given', () => {
      const store = new SessionStore();
      const changes = recording(store);
      const result = store.openConversationSession({ workItemId: 'WI-1', title: 'Visitor 4821' });
      expect(result.status).to.equal('opened');
      expect(store.focusedSession).to.deep.include({ id: 'conversation:WI-1', kind: 'conversation', title: 'Visitor 4821' });
      expect(store.focusedSession.conversation).to.deep.equal({ workItemId: 'WI-1', readOnly: false });
      expect(changes.map((c) => c.type)).to.deep.equal(['session-opened', 'session-focused']);
    });

    it('focuses the existing session when the same conversation is opened again', () => {
      const store = new SessionStore();
      store.openConversationSession({ workItemId: 'WI-1', title: 'Visitor 4821' });
      store.focusSession(HOME_SESSION_ID);
      expect(store.openConversationSession({ workItemId: ' WI-1 ', title: 'Other' }).status).to.equal('focused');
      expect(store.sessions).to.have.length(2);
      expect(store.findConversationSession('WI-1')?.title).to.equal('Visitor 4821');
    });

    it('opens closed conversations read-only, and titles untitled ones by their id', () => {
      const store = new SessionStore();
      store.openConversationSession({ workItemId: 'WI-9', readOnly: true });
      expect(store.focusedSession.title).to.equal('Conversation WI-9');
      expect(store.focusedSession.conversation?.readOnly).to.be.true;
    });

    it('shares the limit with record sessions', () => {
      const store = new SessionStore({ maxSessions: 1 });
      store.openRecordSession(contoso);
      expect(store.openConversationSession({ workItemId: 'WI-1', title: 'x' }).status).to.equal('limit-reached');
    });

    it('refuses a conversation without a usable work item id', () => {
      const store = new SessionStore();
      for (const bad of [null, {}, { workItemId: '' }, { workItemId: '  ' }, { workItemId: {} }]) {
        expectError(() => store.openConversationSession(bad as never), 'invalid-conversation');
      }
      expectError(() => store.findConversationSession('  '), 'invalid-conversation');
      expect(store.sessions).to.have.length(1);
    });

    it('survives a save and restore', () => {
      const store = new SessionStore();
      store.openConversationSession({ workItemId: 'WI-1', title: 'Дмитрий', readOnly: true });
      const copy = new SessionStore();
      copy.restore(JSON.parse(JSON.stringify(store)));
      expect(copy.state).to.deep.equal(store.state);
    });
  });

  describe('the session limit', () => {
    it('refuses one more session, changes nothing and says so', () => {
      const store = new SessionStore({ maxSessions: 2 });
      store.openRecordSession(contoso);
      store.openRecordSession(emilie);
      const before = store.state;
      const changes = recording(store);
      const result = store.openRecordSession(printer);
      expect(result).to.deep.equal({ status: 'limit-reached', maxSessions: 2 });
      expect(store.state).to.equal(before);
      expect(changes).to.deep.equal([{ type: 'session-limit-reached', maxSessions: 2, title: 'Printer jams' }]);
    });

    it('does not count Home', () => {
      const store = new SessionStore({ maxSessions: 1 });
      expect(store.openRecordSession(contoso).status).to.equal('opened');
      expect(store.openRecordSession(emilie).status).to.equal('limit-reached');
    });

    it('still focuses a session that is already open when the limit is reached', () => {
      const store = new SessionStore({ maxSessions: 1 });
      store.openRecordSession(contoso);
      store.focusSession(HOME_SESSION_ID);
      expect(store.openRecordSession(contoso).status).to.equal('focused');
      expect(store.focusedSession.title).to.equal('Contoso');
    });

    it('opens again once a session is closed', () => {
      const store = new SessionStore({ maxSessions: 1 });
      store.openRecordSession(contoso);
      store.closeSession('record:account:A-1');
      expect(store.openRecordSession(emilie).status).to.equal('opened');
    });

    it('can be lowered below the open count without closing anything', () => {
      const store = new SessionStore();
      store.openRecordSession(contoso);
      store.openRecordSession(emilie);
      const changes = recording(store);
      store.setMaxSessions(1);
      expect(store.sessions).to.have.length(3);
      expect(changes).to.deep.equal([{ type: 'max-sessions-changed', maxSessions: 1 }]);
      expect(store.openRecordSession(printer).status).to.equal('limit-reached');
      store.setMaxSessions(1);
      expect(changes).to.have.length(2);
      expectError(() => store.setMaxSessions(0), 'invalid-option');
    });
  });

  describe('focus', () => {
    it('moves to the given session and reports the previous one', () => {
      const store = new SessionStore();
      store.openRecordSession(contoso);
      const changes = recording(store);
      store.focusSession(HOME_SESSION_ID);
      expect(store.focusedSession.id).to.equal(HOME_SESSION_ID);
      expect(changes).to.have.length(1);
      const change = changes[0] as Extract<SessionChange, { type: 'session-focused' }>;
      expect(change.session.id).to.equal(HOME_SESSION_ID);
      expect(change.previous?.title).to.equal('Contoso');
    });

    it('does nothing and tells no one when the session already has focus', () => {
      const store = new SessionStore();
      const changes = recording(store);
      store.focusSession(HOME_SESSION_ID);
      expect(changes).to.be.empty;
    });

    it('refuses an unknown id', () => {
      const store = new SessionStore();
      expectError(() => store.focusSession('record:account:nope'), 'unknown-session');
      expect(store.focusedSession.id).to.equal(HOME_SESSION_ID);
    });
  });

  describe('closing', () => {
    it('never closes Home', () => {
      const store = new SessionStore();
      expectError(() => store.closeSession(HOME_SESSION_ID), 'home-not-closable');
      expect(store.sessions).to.have.length(1);
    });

    it('refuses an unknown id and changes nothing', () => {
      const store = new SessionStore();
      store.openRecordSession(contoso);
      const before = store.state;
      expectError(() => store.closeSession('record:account:nope'), 'unknown-session');
      expect(store.state).to.equal(before);
    });

    it('moves focus from a closed focused session to the session above it', () => {
      const store = new SessionStore();
      store.openRecordSession(contoso);
      store.openRecordSession(emilie);
      store.openRecordSession(printer);
      store.focusSession('record:contact:C-1');
      const changes = recording(store);
      store.closeSession('record:contact:C-1');
      expect(store.focusedSession.title).to.equal('Contoso');
      expect(changes.map((c) => c.type)).to.deep.equal(['session-closed', 'session-focused']);
    });

    it('moves focus to Home when the first session after Home closes', () => {
      const store = new SessionStore();
      store.openRecordSession(contoso);
      store.openRecordSession(emilie);
      store.focusSession('record:account:A-1');
      store.closeSession('record:account:A-1');
      expect(store.focusedSession.id).to.equal(HOME_SESSION_ID);
    });

    it('leaves focus alone when an unfocused session closes', () => {
      const store = new SessionStore();
      store.openRecordSession(contoso);
      store.openRecordSession(emilie);
      const changes = recording(store);
      store.closeSession('record:account:A-1');
      expect(store.focusedSession.title).to.equal('Émilie Dubois');
      expect(changes.map((c) => c.type)).to.deep.equal(['session-closed']);
    });
  });

  describe('titles and icons', () => {
    it('retitles a session and reports the old title', () => {
      const store = new SessionStore();
      const { session } = store.openRecordSession(contoso) as { session: { id: string } };
      const changes = recording(store);
      store.setSessionTitle(session.id, '  Contoso   Ltd ');
      expect(store.getSession(session.id).title).to.equal('Contoso Ltd');
      expect(sessionIcon(store.getSession(session.id))).to.equal('CO');
      expect(changes).to.have.length(1);
      expect(changes[0]).to.include({ type: 'session-title-changed', previousTitle: 'Contoso' });
    });

    it('ignores a blank or identical title', () => {
      const store = new SessionStore();
      store.openRecordSession(contoso);
      const changes = recording(store);
      store.setSessionTitle('record:account:A-1', '   ');
      store.setSessionTitle('record:account:A-1', 'Contoso');
      expect(store.focusedSession.title).to.equal('Contoso');
      expect(changes).to.be.empty;
    });

    it('lets the host set and clear an icon', () => {
      const store = new SessionStore();
      store.openRecordSession(emilie);
      const id = store.focusedSession.id;
      const changes = recording(store);
      store.setSessionIcon(id, 'VIP!');
      expect(sessionIcon(store.getSession(id))).to.equal('VIP');
      store.setSessionIcon(id, undefined);
      expect(sessionIcon(store.getSession(id))).to.equal('ÉM');
      expect(changes.map((c) => c.type)).to.deep.equal(['session-icon-changed', 'session-icon-changed']);
    });

    it('refuses to retitle an unknown session', () => {
      expectError(() => new SessionStore().setSessionTitle('nope', 'x'), 'unknown-session');
    });
  });

  describe('panel mode', () => {
    it('collapses and expands, telling subscribers', () => {
      const store = new SessionStore();
      const changes = recording(store);
      expect(store.togglePanelMode()).to.equal('collapsed');
      store.setPanelMode('collapsed');
      expect(store.togglePanelMode()).to.equal('expanded');
      expect(changes).to.deep.equal([
        { type: 'panel-mode-changed', mode: 'collapsed' },
        { type: 'panel-mode-changed', mode: 'expanded' },
      ]);
    });

    it('refuses an unknown mode', () => {
      expectError(() => new SessionStore().setPanelMode('hidden' as never), 'invalid-option');
    });
  });

  describe('subscriptions', () => {
    it('stop when unsubscribed', () => {
      const store = new SessionStore();
      const seen: string[] = [];
      const stop = store.subscribe((c) => seen.push(c.type));
      store.togglePanelMode();
      stop();
      store.togglePanelMode();
      expect(seen).to.deep.equal(['panel-mode-changed']);
    });

    it('give every listener the new state, even when one of them throws (the error is logged)', () => {
      const store = new SessionStore();
      const seen: string[] = [];
      const logged: unknown[][] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args);
      try {
        store.subscribe(() => {
          throw new Error('broken listener');
        });
        store.subscribe((_c, state) => seen.push(state.focusedId));
        store.openRecordSession(contoso);
      } finally {
        console.error = original;
      }
      expect(seen).to.deep.equal(['record:account:A-1', 'record:account:A-1']);
      expect(logged).to.have.length(2);
      expect(String(logged[0]![1])).to.contain('broken listener');
      expect(store.sessions).to.have.length(2);
    });

    it('hand out frozen state that callers cannot corrupt', () => {
      const store = new SessionStore();
      store.openRecordSession(contoso);
      expect(Object.isFrozen(store.state)).to.be.true;
      expect(Object.isFrozen(store.state.sessions)).to.be.true;
      expect(() => (store.state.sessions as unknown[]).push({})).to.throw();
    });
  });

  describe('saving and restoring', () => {
    it('round-trips through JSON', () => {
      const store = new SessionStore({ maxSessions: 5 });
      store.openRecordSession(contoso);
      store.openRecordSession(emilie, { icon: 'EM' });
      store.focusSession('record:account:A-1');
      store.setPanelMode('collapsed');
      const saved = JSON.parse(JSON.stringify(store));
      const copy = new SessionStore();
      const changes = recording(copy);
      copy.restore(saved);
      expect(copy.state).to.deep.equal(store.state);
      expect(changes).to.deep.equal([{ type: 'state-restored' }]);
    });

    it('refuses corrupted snapshots with a clear error and keeps the current state', () => {
      const store = new SessionStore();
      store.openRecordSession(contoso);
      const good = JSON.parse(JSON.stringify(store));
      const before = store.state;
      const corrupted: unknown[] = [
        null,
        'sessions',
        42,
        {},
        { ...good, version: 2 },
        { ...good, sessions: 'all' },
        { ...good, sessions: [...good.sessions, { id: 'x', kind: 'spaceship', title: 'x' }] },
        { ...good, sessions: [...good.sessions, { id: 'record:account:1', kind: 'record', title: 'x', record: { entity: 'account' } }] },
        { ...good, sessions: [...good.sessions, { id: 'record:account:2', kind: 'record', title: 'x', record: { entity: 'account', id: '1' } }] },
        { ...good, sessions: [...good.sessions, good.sessions[1]] },
        { ...good, focusedId: 'record:account:gone' },
        { ...good, panelMode: 'sideways' },
        { ...good, maxSessions: -3 },
      ];
      for (const snapshot of corrupted) {
        const error = expectError(() => store.restore(snapshot), 'invalid-snapshot');
        expect(error.message).to.contain('Nothing was changed');
      }
      expect(store.state).to.equal(before);
    });

    it('puts Home first even when a snapshot lists it elsewhere or not at all', () => {
      const store = new SessionStore();
      store.restore({
        version: 1,
        sessions: [{ id: 'record:account:A-1', kind: 'record', title: 'Contoso', record: { entity: 'account', id: 'A-1' } }, { id: 'home', kind: 'home', title: 'Home' }],
        focusedId: 'record:account:A-1',
        panelMode: 'expanded',
        maxSessions: 10,
      });
      expect(store.sessions.map((s) => s.id)).to.deep.equal(['home', 'record:account:A-1']);
    });

    it('re-cleans titles from saved state (it may have been tampered with)', () => {
      const store = new SessionStore();
      store.restore({
        version: 1,
        sessions: [{ id: 'record:account:A-1', kind: 'record', title: 'Evil\u202E\u0007 name', record: { entity: 'account', id: 'A-1' } }],
        focusedId: 'home',
      });
      expect(store.sessions[1]!.title).to.equal('Evil name');
    });
  });
});
