import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SessionStore, sessionExtras, sessionTabs } from '../../src/state/index.js';

// Random sequences of store changes mixed with content reporting unsaved input and the kit keeping
// drafts: what the extras hold always belongs to an open session and tab, and a close asks exactly
// when something in the tab is unsaved.

// Small domains, so that the same session and tab are hit again and again.
const record = fc.constantFrom('1', '2').map((id) => ({ entity: 'account', id }));
const tabId = fc.constantFrom('anchor', 'app:kb:1', 'app:kb:2', 'app:form:1');
const stepArb = fc.oneof(
  fc.record({ op: fc.constant('open' as const), record }),
  fc.record({ op: fc.constant('close' as const), record }),
  fc.record({ op: fc.constant('open-tab' as const), record, app: fc.constantFrom('kb', 'form') }),
  fc.record({ op: fc.constant('close-tab' as const), record, tab: tabId }),
  fc.record({ op: fc.constant('request-close-tab' as const), record, tab: tabId }),
  fc.record({ op: fc.constant('dirty' as const), record, tab: tabId, source: fc.constantFrom('a', 'b'), dirty: fc.boolean() }),
  fc.record({ op: fc.constant('draft' as const), record, text: fc.constantFrom('', 'note', 'more') }),
  fc.record({ op: fc.constant('round-trip' as const) }),
);

describe('sessionExtras, property: unsaved input and drafts follow the sessions', () => {
  it('never outlive their session or tab; a close asks exactly when the tab has unsaved input', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 20, maxLength: 60 }), (steps) => {
        const store = new SessionStore();
        const extras = sessionExtras(store);
        // The model of what should be unsaved: source marks by tab.
        const marks = new Map<string, Set<string>>();
        for (const step of steps) {
          const id = 'record' in step ? `record:${step.record.entity}:${step.record.id}` : '';
          const session = id ? store.findSession(id) : undefined;
          const hasTab = (tab: string) => !!session && sessionTabs(session).some((t) => t.id === tab);
          switch (step.op) {
            case 'open':
              store.openRecordSession(step.record);
              break;
            case 'close':
              if (session) store.closeSession(id);
              break;
            case 'open-tab':
              if (session) store.openTab({ app: { id: step.app, title: step.app } }, { sessionId: id });
              break;
            case 'close-tab':
              if (hasTab(step.tab) && step.tab !== 'anchor') store.closeTab(id, step.tab);
              break;
            case 'request-close-tab': {
              if (!hasTab(step.tab) || step.tab === 'anchor') break;
              const unsaved = (marks.get(`${id} ${step.tab}`)?.size ?? 0) > 0;
              expect(extras.requestTabClose(id, step.tab)).to.equal(unsaved ? 'needs-confirmation' : 'closed');
              expect(hasTab(step.tab) && !!store.findSession(id) && sessionTabs(store.getSession(id)).some((t) => t.id === step.tab)).to.equal(unsaved);
              break;
            }
            case 'dirty':
              extras.setUnsaved(id, step.tab, step.source, step.dirty, `input ${step.source}`);
              if (hasTab(step.tab)) {
                const set = marks.get(`${id} ${step.tab}`) ?? new Set<string>();
                if (step.dirty) set.add(step.source);
                else set.delete(step.source);
                marks.set(`${id} ${step.tab}`, set);
              }
              break;
            case 'draft':
              extras.setDraft(id, 'quick-note', step.text);
              break;
            case 'round-trip':
              store.restore(JSON.parse(JSON.stringify(store)));
              break;
          }
          // Forget the model's marks for whatever is no longer open, as the store's closes do.
          for (const key of [...marks.keys()]) {
            const [sid, tid] = key.split(' ') as [string, string];
            const s = store.findSession(sid);
            if (!s || !sessionTabs(s).some((t) => t.id === tid)) marks.delete(key);
          }
          for (const s of store.sessions) {
            for (const tab of sessionTabs(s)) {
              const expected = [...(marks.get(`${s.id} ${tab.id}`) ?? [])].sort().map((x) => `input ${x}`);
              expect(extras.unsavedInput(s.id, tab.id).map((u) => u.what).sort()).to.deep.equal(expected);
            }
          }
          expect(Object.keys(extras.drafts()).every((sid) => !!store.findSession(sid))).to.be.true;
          expect(extras.hasUnsavedInput).to.equal([...marks.values()].some((set) => set.size > 0));
        }
      }),
      { numRuns: 150 },
    );
  });
});
