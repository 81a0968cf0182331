import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/app-tab-panel/app-tab-panel.js';
import '../../src/components/session-view/session-view.js';
import '../../src/components/customer-summary/customer-summary.js';
import type { AppTabPanel } from '../../src/components/app-tab-panel/app-tab-panel.js';
import type { CustomerSummary } from '../../src/components/customer-summary/customer-summary.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import { InMemoryCrm } from '../../src/data/index.js';
import type { SessionEventMap } from '../../src/events.js';
import { focusedTab, sessionExtras, sessionTabs } from '../../src/state/index.js';
import { chord, deepActiveElement, realClick, shadow, until } from '../helpers.js';

// Issue 10, finding 5, for application tabs: tab events come from where the agent acted, once
// each, however many <app-tab-panel>s show the session; host store calls fire none.

const TAB_EVENTS: (keyof SessionEventMap)[] = ['app-tab-opened', 'app-tab-focused', 'app-tab-close-requested', 'app-tab-closed', 'app-tab-limit-reached'];

/** Every tab event that reaches the document while the test runs, with the element it came from. */
function record() {
  const heard: { type: string; from: EventTarget | undefined; tab?: string }[] = [];
  const listener = (event: Event) => {
    const detail = (event as CustomEvent<{ tab?: { title: string }; title?: string }>).detail;
    heard.push({ type: event.type, from: event.composedPath()[0], tab: detail.tab?.title ?? detail.title });
  };
  for (const type of TAB_EVENTS) document.addEventListener(type, listener);
  return {
    heard,
    said: () => heard.map((e) => `${e.type} ${e.tab}`),
    stop: () => TAB_EVENTS.forEach((type) => document.removeEventListener(type, listener)),
  };
}

const apps = [
  { id: 'case', title: 'Case' },
  { id: 'knowledge-search', title: 'Knowledge search' },
];

async function twoBars(maxTabs?: number) {
  const provider = await fixture<SessionProvider>(html`<session-provider>
    <app-tab-panel id="a" .applications=${apps}></app-tab-panel>
    <app-tab-panel id="b" .applications=${apps}></app-tab-panel>
    <a href="#r" data-session-entity="incident" data-session-id="CAS-9" data-session-title="Printer jams">Printer jams</a>
  </session-provider>`);
  if (maxTabs) provider.store.setMaxTabs(maxTabs);
  const [a, b] = [...provider.querySelectorAll<AppTabPanel>('app-tab-panel')] as [AppTabPanel, AppTabPanel];
  await a.updateComplete;
  await b.updateComplete;
  return { provider, store: provider.store, a, b };
}

/** A tab content that says it has unsaved input as soon as it is shown (the documented protocol). */
function dirtyForm(): HTMLElement {
  const form = document.createElement('form');
  queueMicrotask(() => form.dispatchEvent(new CustomEvent('session-content-dirty', { detail: { dirty: true, what: 'the order note' }, bubbles: true, composed: true })));
  return form;
}

async function twoBarsAndView() {
  const provider = await fixture<SessionProvider>(html`<session-provider>
    <app-tab-panel .applications=${apps}></app-tab-panel>
    <app-tab-panel .applications=${apps}></app-tab-panel>
    <session-view .renderers=${{ app: { case: () => dirtyForm() } }}></session-view>
  </session-provider>`);
  const [a, b] = [...provider.querySelectorAll<AppTabPanel>('app-tab-panel')] as [AppTabPanel, AppTabPanel];
  const view = provider.querySelector('session-view')!;
  provider.store.openTab({ app: apps[0]! });
  await view.updateComplete;
  await until(() => sessionExtras(provider.store).unsavedInput('home').length > 0, 'the dirty tab');
  await a.updateComplete;
  await b.updateComplete;
  return { store: provider.store, a, b, view };
}

const openDialogs = (...bars: AppTabPanel[]) => bars.filter((bar) => shadow(bar).querySelector('dialog')!.open);

const tabsOf = (panel: AppTabPanel) => [...shadow(panel).querySelectorAll<HTMLElement>('[role="tab"]')];
const buttonNamed = (panel: AppTabPanel, name: string) => [...shadow(panel).querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name)!;

async function openFromMenu(panel: AppTabPanel, title: string): Promise<void> {
  await realClick(buttonNamed(panel, 'Open application'));
  await until(() => deepActiveElement()?.getAttribute('role') === 'menuitem', 'the menu');
  while (deepActiveElement()?.textContent !== title) await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await panel.updateComplete;
}

describe('tab events come from where the agent acted (issue 10, finding 5)', () => {
  it('two tab bars on one session: a click on a tab in one fires app-tab-focused once, from that bar', async () => {
    const { store, a, b } = await twoBars();
    store.openTab({ app: apps[0]! });
    store.focusTab('home', 'anchor');
    await a.updateComplete;
    await b.updateComplete;
    const events = record();
    await realClick(tabsOf(b)[1]!);
    events.stop();
    expect(focusedTab(store.focusedSession).title).to.equal('Case');
    expect(events.said()).to.deep.equal(['app-tab-focused Case']);
    expect(events.heard[0]!.from).to.equal(b);
  });

  it('two tab bars: Open application fires app-tab-opened and app-tab-focused once each, from the bar used', async () => {
    const { a } = await twoBars();
    const events = record();
    await openFromMenu(a, 'Knowledge search');
    events.stop();
    expect(events.said()).to.deep.equal(['app-tab-opened Knowledge search', 'app-tab-focused Knowledge search']);
    expect(events.heard.every((e) => e.from === a)).to.be.true;
  });

  it('two tab bars: X fires app-tab-close-requested, app-tab-closed and the left tab\'s app-tab-focused once each, from that bar', async () => {
    const { store, a, b } = await twoBars();
    store.openTab({ app: apps[0]! });
    await b.updateComplete;
    const events = record();
    await realClick(buttonNamed(b, 'Close tab Case'));
    events.stop();
    expect(sessionTabs(store.focusedSession)).to.have.length(1);
    expect(events.said()).to.deep.equal(['app-tab-close-requested Case', 'app-tab-closed Case', 'app-tab-focused Dashboard']);
    expect(events.heard.every((e) => e.from === b)).to.be.true;
    expect(a).to.exist;
  });

  it('two tab bars: Delete on a tab fires from the bar where it was pressed, once', async () => {
    const { store, a } = await twoBars();
    store.openTab({ app: apps[0]! });
    await a.updateComplete;
    tabsOf(a)[1]!.focus();
    const events = record();
    await sendKeys({ press: 'Delete' });
    events.stop();
    expect(events.said()).to.deep.equal(['app-tab-close-requested Case', 'app-tab-closed Case', 'app-tab-focused Dashboard']);
    expect(events.heard.every((e) => e.from === a)).to.be.true;
  });

  it('two tab bars: past the tab limit, app-tab-limit-reached fires once, from the bar used, and both bars tell the agent', async () => {
    const { store, a, b } = await twoBars(2);
    store.openTab({ app: apps[0]! });
    await a.updateComplete;
    await b.updateComplete;
    const events = record();
    await openFromMenu(b, 'Knowledge search');
    events.stop();
    expect(events.said()).to.deep.equal(['app-tab-limit-reached Knowledge search']);
    expect(events.heard[0]!.from).to.equal(b);
    await a.updateComplete;
    for (const bar of [a, b]) expect(shadow(bar).querySelector('[role="status"]')!.textContent).to.contain('2 tabs');
  });

  it('two tab bars: a Ctrl+clicked record link opens one tab and fires app-tab-opened and app-tab-focused once, from the link', async () => {
    const { provider, store } = await twoBars();
    const link = provider.querySelector('a')!;
    const events = record();
    window.addEventListener('click', (e) => e.preventDefault(), { once: true });
    await sendKeys({ down: 'Control' });
    await realClick(link);
    await sendKeys({ up: 'Control' });
    events.stop();
    expect(sessionTabs(store.focusedSession).map((t) => t.title)).to.deep.equal(['Dashboard', 'Printer jams']);
    expect(events.said()).to.deep.equal(['app-tab-opened Printer jams', 'app-tab-focused Printer jams']);
    expect(events.heard.every((e) => e.from === link)).to.be.true;
  });

  it('no tab bar: tab shortcuts handled by <session-view> fire app-tab-focused and app-tab-closed from the view', async () => {
    const provider = await fixture<SessionProvider>(html`<session-provider><session-view><p>Dashboard</p></session-view></session-provider>`);
    const view = provider.querySelector('session-view')!;
    provider.store.openTab({ app: apps[0]! });
    provider.store.focusTab('home', 'anchor');
    await view.updateComplete;
    const events = record();
    await chord(['Alt', 'Shift'], 'ArrowRight');
    expect(focusedTab(provider.store.focusedSession).title).to.equal('Case');
    await chord(['Alt', 'Shift'], 'KeyW');
    events.stop();
    expect(sessionTabs(provider.store.focusedSession)).to.have.length(1);
    expect(events.said()).to.deep.equal(['app-tab-focused Case', 'app-tab-closed Case', 'app-tab-focused Dashboard']);
    expect(events.heard.every((e) => e.from === view)).to.be.true;
  });

  it('no tab bar: a recent case clicked in <customer-summary> fires app-tab-opened and app-tab-focused from the summary', async () => {
    const crm = new InMemoryCrm({ workItems: 6 });
    try {
      const provider = await fixture<SessionProvider>(html`<session-provider .dataSource=${crm}><customer-summary></customer-summary></session-provider>`);
      const summary = provider.querySelector<CustomerSummary>('customer-summary')!;
      const kase = crm.records.cases[0]!;
      provider.store.openRecordSession(crm.records.contacts.find((c) => c.id === kase.customerId)!);
      const recent = () => [...shadow(summary).querySelectorAll<HTMLElement>('section')].find((s) => s.textContent!.includes('Recent cases'))?.querySelector('a');
      await until(() => !!recent(), 'the recent cases');
      const link = recent()!;
      const events = record();
      await realClick(link);
      events.stop();
      const title = link.textContent!.trim();
      expect(sessionTabs(provider.store.focusedSession)).to.have.length(2);
      expect(events.heard.map((e) => e.type)).to.deep.equal(['app-tab-opened', 'app-tab-focused']);
      expect(events.heard.every((e) => e.from === summary)).to.be.true;
      expect(events.heard[0]!.tab).to.contain(title.slice(0, 8));
    } finally {
      crm.dispose();
    }
  });

  it('two tab bars: X on a tab with unsaved input asks once, in that bar; confirming fires app-tab-closed once, from it', async () => {
    const { store, a, b } = await twoBarsAndView();
    const events = record();
    await realClick(buttonNamed(b, 'Close tab Case'));
    await a.updateComplete;
    await b.updateComplete;
    expect(openDialogs(a, b)).to.deep.equal([b]);
    await realClick([...shadow(b).querySelectorAll('dialog button')].find((button) => button.textContent === 'Close tab')!);
    events.stop();
    expect(sessionTabs(store.focusedSession)).to.have.length(1);
    expect(events.said()).to.deep.equal(['app-tab-close-requested Case', 'app-tab-closed Case', 'app-tab-focused Dashboard']);
    expect(events.heard.every((e) => e.from === b)).to.be.true;
  });

  it('two tab bars: the close shortcut on a tab with unsaved input asks in one bar only', async () => {
    const { store, a, b } = await twoBarsAndView();
    (document.activeElement as HTMLElement | null)?.blur();
    await chord(['Alt', 'Shift'], 'KeyW');
    await a.updateComplete;
    await b.updateComplete;
    expect(openDialogs(a, b)).to.have.length(1);
    await sendKeys({ press: 'Escape' });
    expect(sessionTabs(store.focusedSession)).to.have.length(2);
  });

  it('host code calling the store fires no tab event: it hears its changes through store.subscribe', async () => {
    const { store } = await twoBars(2);
    const events = record();
    const changes: string[] = [];
    const stop = store.subscribe((change) => changes.push(change.type));
    store.openTab({ app: apps[0]! });
    store.openTab({ app: apps[1]! });
    store.focusTab('home', 'anchor');
    store.closeTab('home', 'app:case:1');
    stop();
    events.stop();
    expect(changes).to.deep.equal(['tab-opened', 'tab-focused', 'tab-limit-reached', 'tab-focused', 'tab-closed']);
    expect(events.heard).to.deep.equal([]);
  });
});
