import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { withoutSessions } from '../../src/state/close-sessions.js';
import { SessionStore } from '../../src/state/index.js';

// Closing several sessions at once (a reload check, another window) must end where closing them
// one by one through the store ends: the same sessions left, in order, and the same focus.

describe('withoutSessions', () => {
  it('ends as closing the same sessions one by one with store.closeSession, in any order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 7 }),
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 8 }),
        (count, focus, picks) => {
          const store = new SessionStore();
          for (let i = 0; i < count; i++) store.openRecordSession({ entity: 'account', id: String(i), name: `Account ${i}` });
          const ids = store.sessions.map((s) => s.id);
          store.focusSession(ids[focus % ids.length]!);
          const closable = ids.slice(1);
          const closed = closable.length ? [...new Set(picks.map((p) => closable[p % closable.length]!))] : [];
          const before = store.toJSON();
          const together = withoutSessions(before, new Set(closed));
          for (const id of closed) store.closeSession(id);
          expect(together.sessions.map((s) => s.id)).to.deep.equal(store.sessions.map((s) => s.id));
          expect(together.focusedId).to.equal(store.state.focusedId);
          expect(together.panelMode).to.equal(before.panelMode);
        },
      ),
    );
  });

  it('changes each session that stays through update, and only those', () => {
    const store = new SessionStore();
    store.openRecordSession({ entity: 'account', id: '1', name: 'Contoso' });
    store.openRecordSession({ entity: 'account', id: '2', name: 'Fabrikam' });
    const seen: string[] = [];
    const result = withoutSessions(store.toJSON(), new Set(['record:account:2']), (s) => (seen.push(s.id), { ...s, title: s.title.toUpperCase() }));
    expect(seen).to.deep.equal(['home', 'record:account:1']);
    expect(result.sessions.map((s) => s.title)).to.deep.equal(['HOME', 'CONTOSO']);
    expect(result.focusedId).to.equal('record:account:1');
  });
});
