import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/session-panel/session-panel.js';
import '../../src/components/app-tab-panel/app-tab-panel.js';
import '../../src/components/session-view/session-view.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import type { SessionPanel } from '../../src/components/session-panel/session-panel.js';
import type { AppTabPanel } from '../../src/components/app-tab-panel/app-tab-panel.js';
import type { SessionView } from '../../src/components/session-view/session-view.js';
import { InMemoryCrm } from '../../src/data/index.js';
import { persistenceName, type WorkItem } from '../../src/state/index.js';
import { pickWorkItem } from '../../src/actions/index.js';
import { memoryStorage, warnings } from './storage.helper.js';
import { accessibleText, button, realClick, shadow, tabs, until } from '../helpers.js';

const apps = [{ id: 'parcel', title: 'Parcel tracker' }];

/** The agent's desktop as a host page builds it, persisted in `storage`. */
async function desktop(crm: InMemoryCrm, storage: Storage | ReturnType<typeof memoryStorage>) {
  const provider = await fixture<SessionProvider>(html`<session-provider persist .storage=${storage} .dataSource=${crm}>
    <session-panel></session-panel>
    <app-tab-panel .applications=${apps}></app-tab-panel>
    <session-view></session-view>
  </session-provider>`);
  const panel = provider.querySelector<SessionPanel>('session-panel')!;
  const bar = provider.querySelector<AppTabPanel>('app-tab-panel')!;
  const view = provider.querySelector<SessionView>('session-view')!;
  await panel.updateComplete;
  await bar.updateComplete;
  return { provider, panel, bar, view, store: provider.store };
}

const summaryIn = (view: SessionView, sessionId: string) => view.contentOf(sessionId, 'anchor')!;
const noteBox = (view: SessionView, sessionId: string) => shadow(summaryIn(view, sessionId)).querySelector<HTMLTextAreaElement>('textarea');
const searchBox = (view: SessionView, sessionId: string, name: string) => shadow(summaryIn(view, sessionId)).querySelector<HTMLInputElement>(`[role="combobox"][aria-label="${name}"]`);
const appTabs = (bar: AppTabPanel) => [...shadow(bar).querySelectorAll('[role="tab"]')];

function anonymous(crm: InMemoryCrm, id: string): WorkItem {
  const template = crm.allWorkItems().find((i) => i.channel === 'chat')!;
  return crm.addWorkItems([{ ...template, id, state: 'open', assignedTo: undefined, customer: undefined, case: undefined, visitor: { ...template.visitor, displayName: `Visitor ${id}`, authenticated: false } }])[0]!;
}

describe('reload: the desktop comes back as the agent left it', () => {
  let crm: InMemoryCrm;
  beforeEach(() => (crm = new InMemoryCrm({ workItems: 30, seed: 5 })));
  afterEach(() => crm.dispose());

  it('sessions, app tabs, focus, panel mode, the quick note and the search text, per agent', async () => {
    const storage = memoryStorage();
    const before = await desktop(crm, storage);
    const first = anonymous(crm, 'WI-r1');
    const second = anonymous(crm, 'WI-r2');
    await pickWorkItem(before.store, crm, first);
    await pickWorkItem(before.store, crm, second);
    // The agent opens an app, goes back to the summary, types a note and a search, focuses the first session.
    await realClick(button(before.bar, 'Open application'));
    await realClick([...shadow(before.bar).querySelectorAll('[role="menuitem"]')].find((i) => i.textContent!.includes('Parcel tracker'))!);
    await until(() => appTabs(before.bar).length === 2, 'the app tab');
    await realClick(appTabs(before.bar)[0]!);
    await until(() => !!noteBox(before.view, 'conversation:WI-r2') && !!searchBox(before.view, 'conversation:WI-r2', 'Search customers'), 'the summary');
    noteBox(before.view, 'conversation:WI-r2')!.focus();
    await sendKeys({ type: 'Customer wants a refund' });
    searchBox(before.view, 'conversation:WI-r2', 'Search customers')!.focus();
    await sendKeys({ type: 'Dubois' });
    await realClick(tabs(before.panel)[1]!);
    await realClick(button(before.panel, 'Collapse session panel'));
    expect(before.provider.persistence?.key).to.equal(crm.agentId);

    // Reload: everything goes, then the page builds the same desktop over the same storage.
    fixtureCleanup();
    const after = await desktop(crm, storage);
    expect(tabs(after.panel).map(accessibleText)).to.deep.equal(['Home', 'Visitor WI-r1', 'Visitor WI-r2']);
    expect(tabs(after.panel)[1]!.selected).to.be.true;
    expect(button(after.panel, 'Expand session panel').getAttribute('aria-expanded')).to.equal('false');
    await realClick(tabs(after.panel)[2]!);
    await after.bar.updateComplete;
    expect(appTabs(after.bar).map((t) => t.textContent!.trim())).to.deep.equal(['Customer summary', 'Parcel tracker']);
    expect(appTabs(after.bar)[0]!.getAttribute('aria-selected')).to.equal('true');
    await until(() => !!noteBox(after.view, 'conversation:WI-r2') && !!searchBox(after.view, 'conversation:WI-r2', 'Search customers'), 'the summary');
    expect(noteBox(after.view, 'conversation:WI-r2')!.value).to.equal('Customer wants a refund');
    expect(searchBox(after.view, 'conversation:WI-r2', 'Search customers')!.value).to.equal('Dubois');
    await expect(after.panel).to.be.accessible();
  });

  it('conversations are re-checked against the CRM: closed → read-only, gone → closed with a notice', async () => {
    const storage = memoryStorage();
    const before = await desktop(crm, storage);
    const ending = anonymous(crm, 'WI-end');
    const vanishing = anonymous(crm, 'WI-gone');
    await pickWorkItem(before.store, crm, ending);
    await pickWorkItem(before.store, crm, vanishing);
    fixtureCleanup();
    // While the page was away: the customer ended one chat, the other was deleted.
    crm.applyEvent('WI-end', 'customer-ended');
    crm.applyEvent('WI-end', 'close-session', { agentId: crm.agentId });
    crm.removeWorkItem('WI-gone');
    const after = await desktop(crm, storage);
    await until(() => tabs(after.panel).length === 2, 'the gone conversation closed');
    expect(tabs(after.panel).map(accessibleText)).to.deep.equal(['Home', 'Visitor WI-end']);
    const notice = shadow(after.panel).querySelector('[part="notice"]')!;
    expect(notice.getAttribute('role')).to.equal('status');
    expect(notice.textContent).to.contain('“Visitor WI-gone” was closed: its conversation no longer exists in the CRM.');
    expect(after.store.findSession('conversation:WI-end')!.conversation!.readOnly).to.be.true;
    await realClick(tabs(after.panel)[1]!);
    await until(() => shadow(summaryIn(after.view, 'conversation:WI-end')).textContent!.includes('This conversation is closed: read-only.'), 'the read-only summary');
  });

  it('another agent at the same desk gets their own desktop, not the last agent\'s', async () => {
    const storage = memoryStorage();
    const first = await desktop(crm, storage);
    await pickWorkItem(first.store, crm, anonymous(crm, 'WI-a'));
    first.provider.persistence!.flush();
    fixtureCleanup();
    const other = new InMemoryCrm({ workItems: 5, seed: 5, agentId: 'agent-other' });
    const second = await desktop(other, storage);
    expect(tabs(second.panel).map(accessibleText)).to.deep.equal(['Home']);
    // And switching the data source to another agent in place empties the desktop too.
    second.provider.dataSource = crm;
    await second.panel.updateComplete;
    expect(tabs(second.panel).map(accessibleText)).to.deep.equal(['Home', 'Visitor WI-a']);
    second.provider.dataSource = other;
    await second.panel.updateComplete;
    expect(tabs(second.panel).map(accessibleText)).to.deep.equal(['Home']);
    other.dispose();
  });

  it('corrupted saved data is ignored with a console warning; the desktop starts clean', async () => {
    const storage = memoryStorage();
    storage.setItem(persistenceName(crm.agentId), '{"format":"engagement-hub/desktop","version":1,"key":');
    const warned = await warnings(async () => {
      const { panel } = await desktop(crm, storage);
      expect(tabs(panel).map(accessibleText)).to.deep.equal(['Home']);
    });
    expect(warned.join('\n')).to.contain('were ignored: they are not valid JSON');
  });

  it('persist-key names the desktop when there is no data source; sessionStorage plugs in as it is', async () => {
    const key = `host-key-${Date.now()}`;
    const provider = await fixture<SessionProvider>(html`<session-provider persist persist-key=${key} .storage=${sessionStorage}><session-panel></session-panel></session-provider>`);
    provider.store.openRecordSession({ entity: 'account', id: 'A-9', name: 'Alpine Ski House' });
    provider.persistence!.flush();
    expect(JSON.parse(sessionStorage.getItem(persistenceName(key))!).state.sessions.map((s: { title: string }) => s.title)).to.deep.equal(['Home', 'Alpine Ski House']);
    sessionStorage.removeItem(persistenceName(key));
  });
});
