import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SessionStore, persistSessions, sessionTabs, type Session } from '../../src/state/index.js';
import { memoryStorage } from '../persist/storage.helper.js';
import { until } from '../helpers.js';

// Random sequences of what an agent does in one window, while the other window only moves its
// own focus: the other window must end with the same sessions and tabs, its focus on an open
// session and tab, and a reload must bring back exactly that.

const sessionId = fc.tuple(fc.constantFrom('account', 'contact'), fc.constantFrom('1', '2', '3', '4')).map(([e, i]) => ({ entity: e, id: i }));
const stepArb = fc.oneof(
  fc.record({ op: fc.constant('open' as const), record: sessionId, name: fc.constantFrom('Contoso', 'Émilie', '東京', 'Fabrikam') }),
  fc.record({ op: fc.constant('close' as const), record: sessionId }),
  fc.record({ op: fc.constant('title' as const), record: sessionId, name: fc.constantFrom('Renamed', 'Other name') }),
  fc.record({ op: fc.constant('open-tab' as const), record: sessionId, app: fc.constantFrom('kb', 'parcel') }),
  fc.record({ op: fc.constant('close-tab' as const), record: sessionId, tab: fc.constantFrom('app:kb:1', 'app:parcel:1', 'app:kb:2') }),
  fc.record({ op: fc.constant('focus' as const), record: sessionId }),
  fc.record({ op: fc.constant('other-focus' as const), record: sessionId, tab: fc.constantFrom('anchor', 'app:kb:1', 'app:parcel:1') }),
);
type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

const idOf = (r: { entity: string; id: string }) => `record:${r.entity}:${r.id}`;
const shared = (store: SessionStore) => store.sessions.map((s: Session) => ({ id: s.id, title: s.title, tabs: (s.tabs ?? []).map((t) => `${t.id}=${t.title}`) }));

function run(one: SessionStore, other: SessionStore, step: Step): void {
  const id = idOf(step.record);
  const has = (store: SessionStore) => !!store.findSession(id);
  switch (step.op) {
    case 'open':
      return void one.openRecordSession({ ...step.record, name: step.name });
    case 'close':
      return void (has(one) && one.closeSession(id));
    case 'title':
      return void (has(one) && one.setSessionTitle(id, step.name));
    case 'open-tab':
      return void (has(one) && one.openTab({ app: { id: step.app, title: step.app.toUpperCase() } }, { sessionId: id }));
    case 'close-tab':
      return void (has(one) && sessionTabs(one.getSession(id)).some((t) => t.id === step.tab) && one.closeTab(id, step.tab));
    case 'focus':
      return void (has(one) && one.focusSession(id));
    case 'other-focus':
      if (!has(other)) return;
      other.focusSession(id);
      if (sessionTabs(other.getSession(id)).some((t) => t.id === step.tab)) other.focusTab(id, step.tab);
  }
}

describe('two windows of one agent, property: the other window follows every sequence', () => {
  it('same sessions and tabs in both, focus always valid, and a reload restores them', async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 8, maxLength: 30 }), async (steps) => {
        const key = `prop-${Date.now()}-${round++}`;
        const storage = memoryStorage();
        const one = new SessionStore({ maxSessions: 6 });
        const other = new SessionStore({ maxSessions: 6 });
        const p1 = persistSessions(one, { key, storage });
        const p2 = persistSessions(other, { key, storage });
        try {
          for (const step of steps) run(one, other, step);
          const expected = JSON.stringify(shared(one));
          await until(() => JSON.stringify(shared(other)) === expected, 'the other window to follow', 2000);
          const focused = other.focusedSession;
          expect(sessionTabs(focused).some((t) => t.id === (focused.focusedTabId ?? 'anchor'))).to.be.true;
          p1.flush();
          const reloaded = new SessionStore({ maxSessions: 6 });
          persistSessions(reloaded, { key, storage, syncWindows: false }).stop();
          expect(JSON.stringify(shared(reloaded))).to.equal(expected);
        } finally {
          p1.stop();
          p2.stop();
        }
      }),
      { numRuns: 40 },
    );
  });
});
