import { expect } from '@open-wc/testing';
import { InMemoryCrm } from '../../src/data/index.js';
import { SessionStore, persistSessions, persistenceName, sessionExtras, type Persistence, type PersistenceStorage } from '../../src/state/index.js';
import { recheckConversations } from '../../src/actions/index.js';
import { until } from '../helpers.js';
import { memoryStorage, warnings } from '../persist/storage.helper.js';

const contoso = { entity: 'account', id: 'A-1', name: 'Contoso' };
const emilie = { entity: 'contact', id: 'C-1', name: 'Émilie Dubois' };

let running: Persistence[] = [];
const persist = (...args: Parameters<typeof persistSessions>) => {
  const p = persistSessions(...args);
  running.push(p);
  return p;
};
// Unique keys per test: BroadcastChannels of one key reach every store of this page.
let n = 0;
const agent = () => `agent-${Date.now()}-${n++}`;

describe('persistSessions: the desktop survives a reload', () => {
  afterEach(() => {
    for (const p of running) p.stop();
    running = [];
  });

  it('brings back sessions, application tabs, the focused session and tab, the panel mode and drafts', () => {
    const storage = memoryStorage();
    const key = agent();
    const before = new SessionStore();
    const saving = persist(before, { key, storage });
    expect(saving.restored).to.be.false;
    before.openRecordSession(contoso);
    before.openTab({ app: { id: 'parcel', title: 'Parcel tracker', url: 'https://parcel.example/' } });
    before.openConversationSession({ workItemId: 'WI-7', title: 'Visitor 7' });
    before.focusSession('record:account:A-1');
    before.setPanelMode('collapsed');
    sessionExtras(before).setDraft('conversation:WI-7', 'quick-note', 'Call back at 5');
    saving.flush();
    saving.stop();

    const after = new SessionStore();
    const restoring = persist(after, { key, storage });
    expect(restoring.restored).to.be.true;
    expect(after.sessions.map((s) => s.id)).to.deep.equal(['home', 'record:account:A-1', 'conversation:WI-7']);
    expect(after.state.focusedId).to.equal('record:account:A-1');
    expect(after.focusedSession.focusedTabId).to.equal('app:parcel:1');
    expect(after.focusedSession.tabs!.map((t) => t.title)).to.deep.equal(['Parcel tracker']);
    expect(after.state.panelMode).to.equal('collapsed');
    expect(sessionExtras(after).draft('conversation:WI-7', 'quick-note')).to.equal('Call back at 5');
  });

  it('an app tab keeps its number through a reload after the tab before it closed', () => {
    const storage = memoryStorage();
    const key = agent();
    const before = new SessionStore();
    const saving = persist(before, { key, storage, syncWindows: false });
    before.openTab({ app: { id: 'kb', title: 'Knowledge 1' } });
    before.openTab({ app: { id: 'kb', title: 'Knowledge 2' } });
    before.closeTab('home', 'app:kb:1');
    saving.flush();
    const after = new SessionStore();
    expect(persist(after, { key, storage, syncWindows: false }).restored).to.be.true;
    expect(after.focusedSession.tabs!.map((t) => `${t.id} ${t.title}`)).to.deep.equal(['app:kb:2 Knowledge 2']);
    expect(after.focusedSession.focusedTabId).to.equal('app:kb:2');
  });

  it('saves after every change without being asked (a reload at any moment loses nothing)', async () => {
    const storage = memoryStorage();
    const key = agent();
    const store = new SessionStore();
    persist(store, { key, storage });
    store.openRecordSession(emilie);
    await until(() => (storage.data.get(persistenceName(key)) ?? '').includes('Émilie Dubois'), 'the save');
    const saved = JSON.parse(storage.data.get(persistenceName(key))!);
    expect(saved).to.include({ format: 'engagement-hub/desktop', version: 1, key });
    expect(saved.state.version).to.equal(1);
  });

  it('keeps agents apart: one agent\'s saved sessions never come back for another', () => {
    const storage = memoryStorage();
    const first = new SessionStore();
    const a = persist(first, { key: 'agent-a', storage, syncWindows: false });
    first.openRecordSession(contoso);
    a.flush();
    const second = new SessionStore();
    const b = persist(second, { key: 'agent-b', storage, syncWindows: false });
    expect(b.restored).to.be.false;
    expect(second.sessions).to.have.length(1);
  });

  it('an agent change on the same store empties it to Home when the new agent saved nothing', () => {
    const storage = memoryStorage();
    const store = new SessionStore();
    const a = persist(store, { key: 'agent-a', storage, syncWindows: false });
    store.openRecordSession(contoso);
    a.stop();
    persist(store, { key: 'agent-b', storage, syncWindows: false, whenNothingSaved: 'reset' });
    expect(store.sessions.map((s) => s.id)).to.deep.equal(['home']);
  });

  for (const [what, text, why] of [
    ['text that is not JSON', '{"format": "engagement-hub/desk', 'not valid JSON'],
    ['JSON of another shape', '[1, 2, 3]', 'not a saved desktop'],
    ['another version', JSON.stringify({ format: 'engagement-hub/desktop', version: 99, key: 'K', state: {} }), 'another version'],
    ['another agent\'s desktop under this key', JSON.stringify({ format: 'engagement-hub/desktop', version: 1, key: 'someone-else', state: { version: 1, sessions: [] } }), 'another agent'],
    [
      'sessions that do not check out',
      JSON.stringify({ format: 'engagement-hub/desktop', version: 1, key: 'K', state: { version: 1, sessions: [{ kind: 'record', id: 'record:x:1', record: { entity: '', id: '1' } }] } }),
      'ignored',
    ],
  ] as const) {
    it(`ignores ${what} with a console warning, and throws nothing at the agent`, async () => {
      const storage = memoryStorage();
      storage.data.set(persistenceName('K'), text);
      const store = new SessionStore();
      store.openRecordSession(contoso);
      let p!: Persistence;
      const seen = await warnings(() => (p = persist(store, { key: 'K', storage, syncWindows: false })));
      expect(p.restored).to.be.false;
      expect(store.sessions.map((s) => s.id), 'the store as it was').to.deep.equal(['home', 'record:account:A-1']);
      expect(seen.join('\n')).to.contain(why);
    });
  }

  it('a storage that throws (disabled, full) is a warning, not an error', async () => {
    const broken: PersistenceStorage = {
      getItem: () => {
        throw new Error('SecurityError: storage is disabled');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    const store = new SessionStore();
    const seen = await warnings(async () => {
      const p = persist(store, { key: agent(), storage: broken, syncWindows: false });
      store.openRecordSession(contoso);
      p.flush();
    });
    expect(store.sessions).to.have.length(2);
    expect(seen.join('\n')).to.contain('storage is disabled').and.contain('QuotaExceededError');
  });

  it('needs a key', () => {
    expect(() => persistSessions(new SessionStore(), { key: ' ', storage: memoryStorage() })).to.throw(TypeError, /key/);
  });
});

/** Two windows of one new agent: a store each, persisted to `storage` (none by default), in step. */
function twoWindows(storage: PersistenceStorage | null = null) {
  const key = agent();
  const one = new SessionStore();
  const two = new SessionStore();
  return { key, storage, one, two, p1: persist(one, { key, storage }), p2: persist(two, { key, storage }) };
}

describe('persistSessions: two windows of the same agent', () => {
  afterEach(() => {
    for (const p of running) p.stop();
    running = [];
  });

  it('a session opened, retitled or closed in one window appears in the other, whose focus stays its own', async () => {
    const { one, two } = twoWindows();
    two.openRecordSession(emilie);
    one.openRecordSession(contoso);
    await until(() => two.findSession('record:account:A-1') !== undefined, 'the session in the other window');
    expect(two.state.focusedId, 'the other window keeps its focus').to.equal('record:contact:C-1');
    one.setSessionTitle('record:account:A-1', 'Contoso Ltd');
    await until(() => two.findSession('record:account:A-1')?.title === 'Contoso Ltd', 'the new title');
    await until(() => one.findSession('record:contact:C-1') !== undefined, 'the other way round too');
    // Window one: Home, Contoso (its own, focused), Émilie (from window two).
    one.focusSession('record:contact:C-1');
    two.closeSession('record:contact:C-1');
    await until(() => one.findSession('record:contact:C-1') === undefined, 'the close');
    expect(one.state.focusedId, 'the closed focused session hands focus to the one above').to.equal('record:account:A-1');
  });

  it('tabs follow too, and a window showing a closed tab shows the one on its left', async () => {
    const { one, two } = twoWindows();
    one.openRecordSession(contoso);
    one.openTab({ app: { id: 'kb', title: 'Knowledge' } });
    one.openTab({ app: { id: 'parcel', title: 'Parcel tracker' } });
    await until(() => two.findSession('record:account:A-1')?.tabs?.length === 2, 'the tabs');
    two.focusSession('record:account:A-1');
    two.focusTab('record:account:A-1', 'app:parcel:1');
    one.focusTab('record:account:A-1', 'anchor');
    one.closeTab('record:account:A-1', 'app:parcel:1');
    await until(() => two.findSession('record:account:A-1')?.tabs?.length === 1, 'the close');
    expect(two.findSession('record:account:A-1')!.focusedTabId).to.equal('app:kb:1');
  });

  it('changes made at the same moment in both windows all survive, in both and in storage', async () => {
    const { key, storage, one, two, p1, p2 } = twoWindows(memoryStorage());
    one.openRecordSession(contoso);
    two.openRecordSession(emilie);
    const ids = (s: SessionStore) => s.sessions.map((x) => x.id).sort();
    await until(() => ids(one).length === 3 && ids(two).length === 3, 'both sessions in both windows');
    expect(ids(one)).to.deep.equal(ids(two));
    // Let the queued writes land, then read what a reload would.
    await new Promise((resolve) => setTimeout(resolve, 50));
    p1.flush();
    p2.flush();
    const reloaded = new SessionStore();
    persist(reloaded, { key, storage, syncWindows: false });
    expect(ids(reloaded)).to.deep.equal(ids(one));
  });

  it('unsaved input in one window makes a close in another ask first, until it is saved or its window goes', async () => {
    const { key, storage, one, two, p1 } = twoWindows(memoryStorage());
    one.openRecordSession(contoso);
    const opened = one.openTab({ app: { id: 'orders', title: 'Orders' } });
    if (opened.status !== 'opened') throw new Error('the tab did not open');
    const [session, tab] = ['record:account:A-1', opened.tab.id];
    await until(() => two.findSession(session)?.tabs?.length === 1, 'the tab in window two');
    const there = sessionExtras(two);

    sessionExtras(one).setUnsaved(session, tab, 'order form', true, 'the order form');
    await until(() => there.closeTabNeedsConfirmation(session, tab), 'window two to hear of the input');
    expect(there.unsavedInput(session).map((u) => [u.tabTitle, u.what])).to.deep.equal([['Orders', 'the order form']]);
    expect(there.requestTabClose(session, tab)).to.equal('needs-confirmation');
    expect(two.findSession(session)!.tabs, 'nothing closed without asking').to.have.length(1);
    expect(there.unsavedInputLostOnLeave(), 'leaving window two loses none of it').to.deep.equal([]);
    expect(there.ownUnsavedInput(), 'not window two\'s own: never sent back').to.deep.equal([]);

    sessionExtras(one).setUnsaved(session, tab, 'order form', false);
    await until(() => !there.closeTabNeedsConfirmation(session, tab), 'saved: no question any more');

    // A window opened later asks the others, and hears of the input at once.
    sessionExtras(one).setUnsaved(session, tab, 'order form', true, 'the order form');
    p1.flush();
    const three = new SessionStore();
    persist(three, { key, storage });
    expect(three.findSession(session), 'restored from storage').to.exist;
    await until(() => sessionExtras(three).closeTabNeedsConfirmation(session, tab), 'the late window to hear of the input');

    // Into the browser's page cache and back: gone meanwhile, then there again.
    dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await until(() => !there.closeTabNeedsConfirmation(session, tab), 'the input gone with the hidden page');
    dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await until(() => there.closeTabNeedsConfirmation(session, tab), 'the input back with the page');

    // The window that held it goes: its input goes with it, the others stop asking.
    p1.stop();
    await until(() => !there.closeTabNeedsConfirmation(session, tab) && !sessionExtras(three).closeTabNeedsConfirmation(session, tab), 'the input gone with its window');
  });

  it('another agent\'s windows are not in step with this one', async () => {
    const one = new SessionStore();
    const other = new SessionStore();
    const probe = new SessionStore();
    const key = agent();
    persist(one, { key, storage: null });
    persist(other, { key: `${key}-other`, storage: null });
    persist(probe, { key, storage: null });
    one.openRecordSession(contoso);
    await until(() => probe.sessions.length === 2, 'the same agent\'s window');
    expect(other.sessions).to.have.length(1);
  });
});

describe('sessionExtras: unsaved input and drafts', () => {
  it('a tab with unsaved input asks before closing, names it, and forgets it once closed', () => {
    const store = new SessionStore();
    const extras = sessionExtras(store);
    store.openRecordSession(contoso);
    const { tab } = store.openTab({ app: { id: 'order', title: 'Order form' } }) as { tab: { id: string } };
    const form = {};
    extras.setUnsaved('record:account:A-1', tab.id, form, true, 'the order form');
    expect(extras.closeTabNeedsConfirmation('record:account:A-1', tab.id)).to.be.true;
    const asked: unknown[] = [];
    extras.subscribe((change) => change.type === 'tab-close-confirmation' && asked.push(change));
    expect(extras.requestTabClose('record:account:A-1', tab.id)).to.equal('needs-confirmation');
    expect(store.focusedSession.tabs, 'nothing closed').to.have.length(1);
    expect(asked).to.have.length(1);
    expect(extras.unsavedInput('record:account:A-1').map((u) => `${u.what} in ${u.tabTitle}`)).to.deep.equal(['the order form in Order form']);
    store.closeTab('record:account:A-1', tab.id);
    expect(extras.hasUnsavedInput).to.be.false;
  });

  it('each reporter is marked on its own; a clean tab closes at once', () => {
    const store = new SessionStore();
    const extras = sessionExtras(store);
    store.openRecordSession(contoso);
    const a = {};
    const b = {};
    extras.setUnsaved('record:account:A-1', 'anchor', a, true, 'a note');
    extras.setUnsaved('record:account:A-1', 'anchor', b, true, 'a form');
    extras.setUnsaved('record:account:A-1', 'anchor', a, false);
    expect(extras.unsavedInput('record:account:A-1').map((u) => u.what)).to.deep.equal(['a form']);
    store.openTab({ app: { id: 'kb', title: 'Knowledge' } });
    expect(extras.requestTabClose('record:account:A-1', 'app:kb:1')).to.equal('closed');
    expect(store.focusedSession.tabs).to.be.undefined;
  });

  it('leaving the page loses what its content does not keep; persistence says drafts are kept', () => {
    const store = new SessionStore();
    const extras = sessionExtras(store);
    store.openRecordSession(contoso);
    extras.setUnsaved('record:account:A-1', 'anchor', 'note', true, 'a quick note', { kept: true });
    expect(extras.unsavedInputLostOnLeave()).to.deep.equal([]);
    expect(extras.unsavedInput('record:account:A-1')).to.have.length(1);
    extras.setUnsaved('record:account:A-1', 'anchor', 'form', true, 'the form');
    expect(extras.unsavedInputLostOnLeave().map((u) => u.what)).to.deep.equal(['the form']);
    expect(extras.persisted).to.be.false;
    const p = persistSessions(store, { key: agent(), storage: memoryStorage(), syncWindows: false });
    expect(extras.persisted).to.be.true;
    p.stop();
    p.stop();
    expect(extras.persisted).to.be.false;
  });

  it('labels are plain one-line text; unknown sessions are ignored; closing a session drops its drafts', () => {
    const store = new SessionStore();
    const extras = sessionExtras(store);
    store.openRecordSession(contoso);
    extras.setUnsaved('record:account:A-1', 'anchor', 1, true, 'a\u202Enote\n\u0000 here');
    expect(extras.unsavedInput('record:account:A-1')[0]!.what).to.equal('anote here');
    extras.setUnsaved('nope', 'anchor', 1, true);
    extras.setDraft('nope', 'quick-note', 'x');
    expect(extras.draft('nope', 'quick-note')).to.equal('');
    extras.setDraft('record:account:A-1', 'quick-note', 'x'.repeat(50_000));
    expect(extras.draft('record:account:A-1', 'quick-note')).to.have.length(20_000);
    store.closeSession('record:account:A-1');
    expect(extras.drafts()).to.deep.equal({});
    expect(sessionExtras(store)).to.equal(extras);
  });
});

describe('recheckConversations: restored conversations meet the CRM as it is now', () => {
  it('a conversation closed meanwhile is read-only, a gone one is closed with a notice, others stay', async () => {
    const crm = new InMemoryCrm({ workItems: 40, seed: 3 });
    const items = crm.allWorkItems();
    const closed = items.find((i) => i.state === 'closed')!;
    const active = items.find((i) => i.state === 'active')!;
    const gone = items.find((i) => i.state === 'waiting' || i.state === 'in-progress')!;
    const store = new SessionStore();
    for (const item of [closed, gone, active]) store.openConversationSession({ workItemId: item.id, title: `T ${item.id}` });
    crm.removeWorkItem(gone.id);
    store.focusSession(`conversation:${gone.id}`);
    const result = await recheckConversations(store, crm);
    expect(result.readOnly.map((s) => s.id)).to.deep.equal([`conversation:${closed.id}`]);
    expect(result.closed.map((s) => s.id)).to.deep.equal([`conversation:${gone.id}`]);
    expect(store.findSession(`conversation:${closed.id}`)!.conversation!.readOnly).to.be.true;
    expect(store.findSession(`conversation:${gone.id}`)).to.be.undefined;
    expect(store.findSession(`conversation:${active.id}`)!.conversation!.readOnly).to.be.false;
    expect(store.state.focusedId, 'focus moved to the session above').to.equal(`conversation:${closed.id}`);
    expect(sessionExtras(store).latestNotice!.text).to.contain(`“T ${gone.id}” was closed`).and.contain('read-only');
    crm.dispose();
  });

  it('a CRM that cannot answer changes nothing and only warns', async () => {
    const crm = new InMemoryCrm({ workItems: 10, seed: 3 });
    const item = crm.allWorkItems().find((i) => i.state === 'active')!;
    const store = new SessionStore();
    store.openConversationSession({ workItemId: item.id, title: 'T' });
    crm.setFailureRate(1);
    const before = store.state;
    const seen = await warnings(() => recheckConversations(store, crm));
    expect(store.state).to.equal(before);
    expect(seen.join()).to.contain('could not be checked');
    crm.dispose();
  });
});
