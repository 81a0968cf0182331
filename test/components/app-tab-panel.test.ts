import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/app-tab-panel/app-tab-panel.js';
import type { AppTabPanel } from '../../src/components/app-tab-panel/app-tab-panel.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import { focusedTab, sessionTabs } from '../../src/state/index.js';
import { deepActiveElement, realClick, shadow, until } from '../helpers.js';

const apps = [
  { id: 'case', title: 'Case' },
  { id: 'knowledge-search', title: 'Knowledge search' },
];

async function setup(maxTabs?: number) {
  const provider = await fixture<SessionProvider>(html`<session-provider>
    <app-tab-panel .applications=${apps}></app-tab-panel>
    <a href="#r" data-session-entity="incident" data-session-id="CAS-9" data-session-title="Printer jams">Printer jams</a>
  </session-provider>`);
  if (maxTabs) provider.store.setMaxTabs(maxTabs);
  const panel = provider.querySelector('app-tab-panel')!;
  await panel.updateComplete;
  return { provider, panel, store: provider.store };
}

const tabs = (panel: AppTabPanel) => [...shadow(panel).querySelectorAll<HTMLElement>('[role="tab"]')];
const names = (panel: AppTabPanel) => tabs(panel).map((t) => t.textContent!.trim());
const buttonNamed = (panel: AppTabPanel, name: string) => [...shadow(panel).querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name);

describe('<app-tab-panel>', () => {
  it('a tablist named Applications with the anchor tab first and no close button for it', async () => {
    const { panel } = await setup();
    const tablist = shadow(panel).querySelector('[role="tablist"]')!;
    expect(tablist.getAttribute('aria-label')).to.equal('Applications');
    expect(names(panel)).to.deep.equal(['Dashboard']);
    expect(tabs(panel)[0]!.getAttribute('aria-selected')).to.equal('true');
    expect(shadow(panel).querySelector('[part="close-button"]')).to.be.null;
    await expect(panel).to.be.accessible();
  });

  it('Open application: a menu of the configured apps; choosing one opens and shows it', async () => {
    const { panel, store } = await setup();
    const add = buttonNamed(panel, 'Open application')!;
    expect(add.getAttribute('aria-haspopup')).to.equal('menu');
    await realClick(add);
    await until(() => deepActiveElement()?.textContent === 'Case', 'the menu');
    expect([...shadow(panel).querySelectorAll('[role="menuitem"]')].map((m) => m.textContent)).to.deep.equal(['Case', 'Knowledge search']);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await panel.updateComplete;
    expect(names(panel)).to.deep.equal(['Dashboard', 'Knowledge search']);
    expect(focusedTab(store.focusedSession).title).to.equal('Knowledge search');
    expect(tabs(panel)[1]!.getAttribute('aria-selected')).to.equal('true');
    expect(buttonNamed(panel, 'Close tab Knowledge search')).to.exist;
    await expect(panel).to.be.accessible();
  });

  it('Ctrl+click on a record link opens it as a tab of the focused session; again, it shows that tab', async () => {
    const { panel, store, provider } = await setup();
    const link = provider.querySelector('a')!;
    let prevented: boolean | undefined;
    window.addEventListener('click', (e) => ((prevented = e.defaultPrevented), e.preventDefault()), { once: true });
    await sendKeys({ down: 'Control' });
    await realClick(link);
    await sendKeys({ up: 'Control' });
    expect(prevented).to.be.true;
    await panel.updateComplete;
    expect(names(panel)).to.deep.equal(['Dashboard', 'Printer jams']);
    store.focusTab('home', 'anchor');
    window.addEventListener('click', (e) => e.preventDefault(), { once: true });
    await sendKeys({ down: 'Control' });
    await realClick(link);
    await sendKeys({ up: 'Control' });
    expect(sessionTabs(store.focusedSession)).to.have.length(2);
    expect(focusedTab(store.focusedSession).title).to.equal('Printer jams');
  });

  it('on macOS the gesture is Cmd+click (and Ctrl+click is left alone)', async () => {
    const platform = Object.getOwnPropertyDescriptor(Navigator.prototype, 'platform')!;
    Object.defineProperty(navigator, 'platform', { value: 'MacIntel', configurable: true });
    try {
      const { panel, store, provider } = await setup();
      const link = provider.querySelector('a')!;
      // Whether the kit took the click; the page itself never follows the link here.
      const click = (init: MouseEventInit) => {
        let taken = false;
        const seen = (e: Event) => ((taken = e.defaultPrevented), e.preventDefault());
        window.addEventListener('click', seen, { once: true });
        link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));
        return taken;
      };
      expect(click({ ctrlKey: true }), 'Ctrl+click on a Mac is not the gesture').to.be.false;
      expect(sessionTabs(store.focusedSession)).to.have.length(1);
      expect(click({ metaKey: true }), 'Cmd+click is handled').to.be.true;
      await panel.updateComplete;
      expect(names(panel)).to.deep.equal(['Dashboard', 'Printer jams']);
    } finally {
      delete (navigator as { platform?: string }).platform;
      Object.defineProperty(Navigator.prototype, 'platform', platform);
    }
  });

  it('closing the shown tab shows the nearest tab on its left, and keyboard focus follows', async () => {
    const { panel, store } = await setup();
    for (const app of [apps[0]!, apps[1]!, apps[0]!]) store.openTab({ app });
    store.focusTab('home', 'app:knowledge-search:1');
    await panel.updateComplete;
    tabs(panel)[2]!.focus();
    const closed = oneEvent(panel, 'app-tab-closed');
    await sendKeys({ press: 'Delete' });
    expect((await closed).detail.tab.id).to.equal('app:knowledge-search:1');
    await panel.updateComplete;
    expect(names(panel)).to.deep.equal(['Dashboard', 'Case', 'Case']);
    expect(focusedTab(store.focusedSession).id).to.equal('app:case:1');
    await until(() => deepActiveElement()?.getAttribute('data-id') === 'app:case:1', 'focus on the left tab');
  });

  it('the X closes a tab; a host can veto with app-tab-close-requested', async () => {
    const { panel, store } = await setup();
    store.openTab({ app: apps[0]! });
    await panel.updateComplete;
    const veto = (e: Event) => e.preventDefault();
    panel.addEventListener('app-tab-close-requested', veto);
    await realClick(buttonNamed(panel, 'Close tab Case')!);
    expect(sessionTabs(store.focusedSession)).to.have.length(2);
    panel.removeEventListener('app-tab-close-requested', veto);
    await realClick(buttonNamed(panel, 'Close tab Case')!);
    expect(sessionTabs(store.focusedSession)).to.have.length(1);
  });

  it('arrow keys move between tabs (one tab stop); Enter shows one; Delete on the anchor does nothing', async () => {
    const { panel, store } = await setup();
    store.openTab({ app: apps[0]! });
    store.openTab({ app: apps[1]! });
    store.focusTab('home', 'anchor');
    await panel.updateComplete;
    expect(tabs(panel).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
    tabs(panel)[0]!.focus();
    await sendKeys({ press: 'Delete' });
    expect(sessionTabs(store.focusedSession)).to.have.length(3);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActiveElement()?.textContent!.trim()).to.equal('Knowledge search');
    expect(focusedTab(store.focusedSession).id).to.equal('anchor');
    await sendKeys({ press: 'Enter' });
    expect(focusedTab(store.focusedSession).title).to.equal('Knowledge search');
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActiveElement()?.textContent!.trim()).to.equal('Dashboard');
  });

  it('past the tab limit, nothing opens and the agent is told why', async () => {
    const { panel, store } = await setup(2);
    store.openTab({ app: apps[0]! });
    await panel.updateComplete;
    // The event comes from where the agent acted (the menu here); a host's own store call fires none.
    const reached = oneEvent(panel, 'app-tab-limit-reached');
    await realClick(buttonNamed(panel, 'Open application')!);
    await until(() => deepActiveElement()?.textContent === 'Case', 'the menu');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect((await reached).detail).to.deep.include({ maxTabs: 2, title: 'Knowledge search' });
    await panel.updateComplete;
    expect(shadow(panel).querySelector('[role="status"]')!.textContent).to.contain('2 tabs');
    expect(names(panel)).to.deep.equal(['Dashboard', 'Case']);
  });

  it('shows the focused session\'s tabs, following focus between sessions', async () => {
    const { panel, store } = await setup();
    store.openTab({ app: apps[0]! });
    store.openRecordSession({ entity: 'account', id: 'A', name: 'Contoso' });
    await panel.updateComplete;
    expect(names(panel)).to.deep.equal(['Contoso']);
    store.focusSession('home');
    await panel.updateComplete;
    expect(names(panel)).to.deep.equal(['Dashboard', 'Case']);
  });
});
