import { expect } from '@open-wc/testing';
import { HOME_SESSION_ID, SessionStore, SessionStoreError, focusedTab, sessionTabs, type SessionChange } from '../../src/state/index.js';

const contoso = { entity: 'account', id: 'A-1', name: 'Contoso' };
const printer = { entity: 'incident', id: 'CAS-1', name: 'Printer jams' };
const knowledge = { app: { id: 'knowledge-search', title: 'Knowledge search' } };

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(SessionStoreError);
    return (error as SessionStoreError).code;
  }
  throw new Error('expected a refusal');
}

describe('application tabs in the session model', () => {
  it('every session has exactly one anchor tab, first: Dashboard, Customer summary or the record', () => {
    const store = new SessionStore();
    expect(sessionTabs(store.focusedSession).map((t) => [t.id, t.kind, t.title])).to.deep.equal([['anchor', 'anchor', 'Dashboard']]);
    store.openConversationSession({ workItemId: 'W1', title: 'Visitor 1' });
    expect(sessionTabs(store.focusedSession)[0]).to.include({ kind: 'anchor', title: 'Customer summary' });
    store.openRecordSession(contoso);
    expect(sessionTabs(store.focusedSession)[0]).to.deep.include({ kind: 'anchor', title: 'Contoso', record: { entity: 'account', id: 'A-1' } });
  });

  it('opens a record or an app as a new tab of the focused session and shows it', () => {
    const store = new SessionStore();
    store.openRecordSession(contoso);
    const changes: SessionChange[] = [];
    store.subscribe((c) => changes.push(c));
    const result = store.openTab({ record: printer });
    expect(result.status).to.equal('opened');
    expect(focusedTab(store.focusedSession)).to.deep.include({ id: 'record:incident:CAS-1', title: 'Printer jams' });
    store.openTab(knowledge);
    expect(sessionTabs(store.focusedSession).map((t) => t.id)).to.deep.equal(['anchor', 'record:incident:CAS-1', 'app:knowledge-search:1']);
    expect(changes.map((c) => c.type)).to.deep.equal(['tab-opened', 'tab-focused', 'tab-opened', 'tab-focused']);
    expect(store.getSession(HOME_SESSION_ID).tabs).to.be.undefined;
  });

  it('opening a record that already has a tab in this session focuses that tab', () => {
    const store = new SessionStore();
    store.openTab({ record: printer });
    store.focusTab(HOME_SESSION_ID, 'anchor');
    expect(store.openTab({ record: { ...printer, name: 'Other name' } }).status).to.equal('focused');
    expect(sessionTabs(store.focusedSession)).to.have.length(2);
    expect(focusedTab(store.focusedSession).title).to.equal('Printer jams');
  });

  it('the same app opens again as another tab', () => {
    const store = new SessionStore();
    store.openTab(knowledge);
    store.openTab(knowledge);
    expect(sessionTabs(store.focusedSession).map((t) => t.id)).to.deep.equal(['anchor', 'app:knowledge-search:1', 'app:knowledge-search:2']);
  });

  it('closing a shown tab shows the nearest tab on its left; the anchor cannot be closed', () => {
    const store = new SessionStore();
    store.openTab({ record: printer });
    store.openTab(knowledge);
    store.openTab({ record: contoso });
    store.focusTab(HOME_SESSION_ID, 'app:knowledge-search:1');
    store.closeTab(HOME_SESSION_ID, 'app:knowledge-search:1');
    expect(focusedTab(store.focusedSession).id).to.equal('record:incident:CAS-1');
    store.closeTab(HOME_SESSION_ID, 'record:account:A-1');
    expect(focusedTab(store.focusedSession).id, 'closing a hidden tab leaves the shown one').to.equal('record:incident:CAS-1');
    store.closeTab(HOME_SESSION_ID, 'record:incident:CAS-1');
    expect(focusedTab(store.focusedSession).id).to.equal('anchor');
    expect(store.focusedSession.tabs).to.be.undefined;
    expect(codeOf(() => store.closeTab(HOME_SESSION_ID, 'anchor'))).to.equal('anchor-not-closable');
    expect(codeOf(() => store.closeTab(HOME_SESSION_ID, 'nope'))).to.equal('unknown-tab');
  });

  it('holds a tab limit per session (anchor included): past it nothing opens and subscribers hear why', () => {
    const store = new SessionStore({ maxTabs: 3 });
    store.openTab(knowledge);
    store.openTab({ record: printer });
    const before = store.state;
    const changes: SessionChange[] = [];
    store.subscribe((c) => changes.push(c));
    expect(store.openTab({ record: contoso })).to.deep.equal({ status: 'limit-reached', maxTabs: 3 });
    expect(store.state).to.equal(before);
    expect(changes).to.have.length(1);
    expect(changes[0]).to.deep.include({ type: 'tab-limit-reached', maxTabs: 3, title: 'Contoso' });
    expect(codeOf(() => store.setMaxTabs(0))).to.equal('invalid-option');
  });

  it('retitles app tabs (an app names itself), never the anchor', () => {
    const store = new SessionStore();
    const { tab } = store.openTab({ app: { id: 'crm-app', title: 'Partner app', url: 'https://apps.example/app' } }) as { tab: { id: string } };
    store.setTabTitle(HOME_SESSION_ID, tab.id, '  Order 42 <b> ');
    expect(focusedTab(store.focusedSession).title).to.equal('Order 42 <b>');
    expect(codeOf(() => store.setTabTitle(HOME_SESSION_ID, 'anchor', 'x'))).to.equal('anchor-not-retitlable');
  });

  it('refuses malformed targets, including non-web app addresses', () => {
    const store = new SessionStore();
    // Each kind of mistake has its own code: a record, an app, an address.
    const refusals: [unknown, string][] = [
      [{}, 'invalid-app'],
      [{ record: { entity: '', id: '1' } }, 'invalid-record'],
      [{ record: { entity: 'account', id: ' ' } }, 'invalid-record'],
      [{ app: { id: '' } }, 'invalid-app'],
      [{ app: { id: 'x y' } }, 'invalid-app'],
      [{ app: { id: 'kb', title: 'x', sandbox: 'all' } }, 'invalid-app'],
      [{ app: { id: 'kb', title: 'x', sandbox: { allow: ['allow-top-navigation'] } } }, 'invalid-app'],
      [{ app: { id: 'evil', title: 'x', url: 'javascript:alert(1)' } }, 'invalid-url'],
      [{ app: { id: 'evil', title: 'x', url: 42 } }, 'invalid-url'],
    ];
    for (const [bad, code] of refusals) expect(codeOf(() => store.openTab(bad as never)), JSON.stringify(bad)).to.equal(code);
    expect(store.focusedSession.tabs).to.be.undefined;
  });

  it('tabs survive a save and restore; corrupted tabs are refused', () => {
    const store = new SessionStore();
    store.openRecordSession(contoso);
    store.openTab({ record: printer });
    store.openTab({ app: { id: 'crm-app', title: 'Partner app', url: 'https://apps.example/app' } });
    store.focusTab('record:account:A-1', 'record:incident:CAS-1');
    store.focusSession(HOME_SESSION_ID);
    store.openTab(knowledge);
    const saved = JSON.parse(JSON.stringify(store));
    const copy = new SessionStore();
    copy.restore(saved);
    expect(copy.state).to.deep.equal(store.state);
    const broken = JSON.parse(JSON.stringify(store));
    broken.sessions[1].focusedTabId = 'app:gone:1';
    expect(() => copy.restore(broken)).to.throw(SessionStoreError, /not open/);
    const spoofed = JSON.parse(JSON.stringify(store));
    spoofed.sessions[1].tabs[1].app.url = 'javascript:alert(1)';
    expect(() => copy.restore(spoofed)).to.throw(SessionStoreError, /http/);
  });
});
