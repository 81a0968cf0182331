import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SessionStore, persistSessions, persistenceName, sessionExtras, sessionTabs } from '../../src/state/index.js';
import { memoryStorage } from '../persist/storage.helper.js';

// Whatever is found in storage (a truncated write, an old version, another tool's data, a
// hand-edited value), starting persistence never throws, and the store is either as it was or a
// valid restored desktop.

const key = 'fuzz-agent';
const session = fc.oneof(
  fc.record({ id: fc.constantFrom('record:account:1', 'record:account:2', 'x'), kind: fc.constantFrom('record', 'home', 'conversation', 'other'), title: fc.string(), record: fc.oneof(fc.record({ entity: fc.constantFrom('account', ''), id: fc.constantFrom('1', '2', '') }), fc.anything()) }, { requiredKeys: [] }),
  fc.anything(),
);
const state = fc.oneof(
  fc.record(
    {
      version: fc.constantFrom(1, 2, '1'),
      sessions: fc.oneof(fc.array(session, { maxLength: 4 }), fc.anything()),
      focusedId: fc.constantFrom('home', 'record:account:1', 'nope', 3),
      panelMode: fc.constantFrom('expanded', 'collapsed', 'sideways'),
      maxSessions: fc.oneof(fc.integer({ min: -2, max: 20 }), fc.anything()),
      maxTabs: fc.oneof(fc.integer({ min: -2, max: 20 }), fc.anything()),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);
const doc = fc.record(
  {
    format: fc.constantFrom('engagement-hub/desktop', 'something-else'),
    version: fc.constantFrom(1, 0, 2, '1'),
    key: fc.constantFrom(key, 'someone-else'),
    state,
    drafts: fc.oneof(fc.dictionary(fc.constantFrom('home', 'record:account:1', '__proto__'), fc.dictionary(fc.string(), fc.anything())), fc.anything()),
  },
  { requiredKeys: [] },
);
const stored = fc.oneof(
  doc.map((d) => JSON.stringify(d)),
  doc.map((d) => JSON.stringify(d)).chain((text) => fc.nat(text.length).map((n) => text.slice(0, n))),
  fc.string(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
);

describe('saved desktops, property: corrupted or foreign data is never thrown at the agent', () => {
  it('persistSessions never throws, and leaves a valid store', () => {
    const original = console.warn;
    console.warn = () => {};
    try {
      fc.assert(
        fc.property(stored, (text) => {
          const storage = memoryStorage();
          storage.setItem(persistenceName(key), text);
          const store = new SessionStore();
          store.openRecordSession({ entity: 'contact', id: 'C-1', name: 'Before' });
          const before = store.state;
          const p = persistSessions(store, { key, storage, syncWindows: false });
          p.stop();
          if (!p.restored) expect(store.state).to.equal(before);
          const { sessions, focusedId } = store.state;
          expect(sessions[0]!.id).to.equal('home');
          expect(sessions.some((s) => s.id === focusedId)).to.be.true;
          for (const s of sessions) expect(sessionTabs(s).some((t) => t.id === (s.focusedTabId ?? 'anchor'))).to.be.true;
          for (const [sid, drafts] of Object.entries(sessionExtras(store).drafts())) {
            expect(store.findSession(sid)).to.exist;
            for (const text of Object.values(drafts)) expect(text).to.be.a('string');
          }
        }),
        { numRuns: 400 },
      );
    } finally {
      console.warn = original;
    }
  });
});
