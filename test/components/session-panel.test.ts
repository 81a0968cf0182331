import { aTimeout, expect, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import type { SessionFocusedEventDetail } from '../../src/events.js';
import {
  accessibleText,
  button,
  deepActiveElement,
  desktop,
  dialogOf,
  hasButton,
  realClick,
  shadow,
  tabNamed,
  tabs,
} from '../helpers.js';

type AxNode = { role: string; name: string; selected?: boolean; expanded?: boolean; focused?: boolean; children?: AxNode[] };

async function axTree(): Promise<AxNode> {
  return (await a11ySnapshot({})) as unknown as AxNode;
}

function axFind(tree: AxNode, role: string, name?: string): AxNode | null {
  return findAccessibilityNode<AxNode>(tree as AxNode & { children: AxNode[] }, (n) => n.role === role && (name === undefined || n.name === name));
}

function axAll(tree: AxNode, role: string): AxNode[] {
  const found: AxNode[] = [];
  const walk = (n: AxNode) => {
    if (n.role === role) found.push(n);
    n.children?.forEach(walk);
  };
  walk(tree);
  return found;
}

const contoso = { entity: 'account', id: 'A-1', name: 'Contoso Pharmaceuticals' };
const emilie = { entity: 'contact', id: 'C-1', name: 'Émilie Dubois' };
const printer = { entity: 'incident', id: 'CAS-1', name: 'Printer jams' };

describe('<session-panel>', () => {
  describe('what the agent and a screen reader get', () => {
    it('a tablist named Sessions with Home first, selected, and no close button', async () => {
      await desktop();
      const tree = await axTree();
      const sessionTabs = axAll(tree, 'tab');
      expect(sessionTabs.map((t) => t.name)).to.deep.equal(['Home']);
      expect(sessionTabs[0]!.selected).to.be.true;
      expect(axFind(tree, 'button', 'Close session Home')).to.be.null;
    });

    it('one tab per session named by its title, the focused one selected, each with a close button', async () => {
      const { store } = await desktop();
      store.openRecordSession(contoso);
      store.openRecordSession(emilie);
      const tree = await axTree();
      const sessionTabs = axAll(tree, 'tab');
      expect(sessionTabs.map((t) => t.name)).to.deep.equal(['Home', 'Contoso Pharmaceuticals', 'Émilie Dubois']);
      expect(sessionTabs.map((t) => Boolean(t.selected))).to.deep.equal([false, false, true]);
      expect(axFind(tree, 'button', 'Close session Contoso Pharmaceuticals')).to.not.be.null;
      expect(axFind(tree, 'button', 'Close session Émilie Dubois')).to.not.be.null;
    });

    it('the tabs live in a vertical tablist named Sessions (the snapshot above flattens containers)', async () => {
      const { panel, store } = await desktop();
      store.openRecordSession(contoso);
      await panel.updateComplete;
      const tablist = shadow(panel).querySelector('[role="tablist"]')!;
      expect(tablist.getAttribute('aria-label')).to.equal('Sessions');
      expect(tablist.getAttribute('aria-orientation')).to.equal('vertical');
      expect(tabs(panel).every((tab) => tab.parentElement === tablist)).to.be.true;
      // aria-keyshortcuts through ElementInternals, not a host attribute (issue 10, finding 4).
      expect(tabs(panel).map((tab) => tab.keyShortcuts)).to.deep.equal(['', 'Delete']);
      expect(tabs(panel).some((tab) => tab.hasAttribute('role') || tab.hasAttribute('aria-selected') || tab.hasAttribute('aria-keyshortcuts'))).to.be.false;
    });

    it('shows each session icon as the first two letters of its title', async () => {
      const { panel, store } = await desktop();
      store.openRecordSession(emilie);
      await panel.updateComplete;
      const icon = shadow(tabNamed(panel, 'Émilie Dubois')).querySelector('[part="icon"]')!;
      expect(icon.textContent).to.equal('ÉM');
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
    });

    it('cuts a long title with an ellipsis and keeps the full title as a tooltip', async () => {
      const { panel, store } = await desktop();
      const long = 'The Extraordinarily Long-Named International Consolidated Holdings of the Northern Hemisphere Limited';
      store.openRecordSession({ entity: 'account', id: 'L', name: long });
      await panel.updateComplete;
      const tab = tabNamed(panel, long);
      const label = shadow(tab).querySelector<HTMLElement>('[part="label"]')!;
      expect(getComputedStyle(label).textOverflow).to.equal('ellipsis');
      expect(label.scrollWidth).to.be.greaterThan(label.clientWidth);
      expect(label.title).to.equal(long);
    });

    it('renders hostile titles as text only', async () => {
      const { panel, store } = await desktop();
      store.openRecordSession({ entity: 'contact', id: 'x', name: '<img src=x onerror="window.hacked=1">Mallory' });
      await panel.updateComplete;
      expect(shadow(panel).querySelector('img')).to.be.null;
      for (const tab of tabs(panel)) expect(shadow(tab).querySelector('img')).to.be.null;
      expect(accessibleText(tabs(panel)[1]!)).to.equal('<img src=x onerror="window.hacked=1">Mallory');
      expect((window as { hacked?: number }).hacked).to.be.undefined;
    });

    it('updates title and icon when the store retitles a session; host code hears it through store.subscribe', async () => {
      // Contract since issue 10: a store call made by host code fires no DOM event (the panel no
      // longer re-broadcasts store changes); the host that made it, or wants every change, subscribes.
      const { panel, store } = await desktop();
      store.openRecordSession({ entity: 'contact', id: 'v', name: 'Visitor 4821' });
      await panel.updateComplete;
      const heard: string[] = [];
      const stop = store.subscribe((change) => change.type === 'session-title-changed' && heard.push(change.previousTitle));
      let fired = 0;
      document.addEventListener('session-title-changed', () => fired++);
      store.setSessionTitle('record:contact:v', 'Дмитрий Иванов');
      stop();
      expect(heard).to.deep.equal(['Visitor 4821']);
      expect(fired).to.equal(0);
      await panel.updateComplete;
      const tab = tabNamed(panel, 'Дмитрий Иванов');
      expect(shadow(tab).querySelector('[part="icon"]')!.textContent).to.equal('ДМ');
      expect(hasButton(panel, 'Close session Дмитрий Иванов')).to.be.true;
    });

    it('is accessible (axe) with several sessions', async () => {
      const { panel, store } = await desktop();
      store.openRecordSession(contoso);
      store.openRecordSession(emilie);
      await panel.updateComplete;
      await expect(panel).to.be.accessible();
    });
  });

  describe('pointer', () => {
    it('clicking a session focuses it and fires session-focused', async () => {
      const { panel, store } = await desktop();
      store.openRecordSession(contoso);
      store.openRecordSession(emilie);
      await panel.updateComplete;
      const focused = oneEvent(panel, 'session-focused');
      await realClick(tabNamed(panel, 'Contoso Pharmaceuticals'));
      const detail = (await focused).detail as SessionFocusedEventDetail;
      expect(detail.session.title).to.equal('Contoso Pharmaceuticals');
      expect(detail.previous?.title).to.equal('Émilie Dubois');
      expect(store.focusedSession.title).to.equal('Contoso Pharmaceuticals');
      await panel.updateComplete;
      expect(tabNamed(panel, 'Contoso Pharmaceuticals').selected).to.be.true;
      expect(tabNamed(panel, 'Émilie Dubois').selected).to.be.false;
    });

    it('the X asks for confirmation, and confirming closes the session', async () => {
      const { panel, store } = await desktop();
      store.openRecordSession(contoso);
      store.openRecordSession(emilie);
      await panel.updateComplete;
      await realClick(button(panel, 'Close session Contoso Pharmaceuticals'));
      await panel.updateComplete;
      const dialog = dialogOf(panel);
      expect(dialog.open).to.be.true;
      expect(dialog.getAttribute('role')).to.equal('alertdialog');
      expect(dialog.textContent).to.contain('Contoso Pharmaceuticals');
      expect(store.sessions).to.have.length(3);
      const closed = oneEvent(panel, 'session-closed');
      await realClick(button(dialog, 'Close session'));
      expect((await closed).detail.session.title).to.equal('Contoso Pharmaceuticals');
      expect(dialog.open).to.be.false;
      expect(store.sessions.map((s) => s.title)).to.deep.equal(['Home', 'Émilie Dubois']);
      await panel.updateComplete;
      expect(tabs(panel).map(accessibleText)).to.deep.equal(['Home', 'Émilie Dubois']);
    });

    it('the dialog says "Its conversation is not ended" only for a session with a live conversation', async () => {
      const { panel, store } = await desktop();
      store.openRecordSession(contoso);
      store.openConversationSession({ workItemId: 'W-1', title: 'Visitor 4821' });
      store.openConversationSession({ workItemId: 'W-2', title: 'Visitor 77', readOnly: true });
      await panel.updateComplete;
      const textWhenClosing = async (title: string) => {
        await realClick(button(panel, `Close session ${title}`));
        await panel.updateComplete;
        const text = dialogOf(panel).querySelector('#close-text')!.textContent!.replace(/\s+/g, ' ').trim();
        await realClick(button(dialogOf(panel), 'Cancel'));
        await panel.updateComplete;
        return text;
      };
      expect(await textWhenClosing('Contoso Pharmaceuticals')).to.equal('“Contoso Pharmaceuticals” will be closed.');
      expect(await textWhenClosing('Visitor 4821')).to.equal('“Visitor 4821” will be closed. Its conversation is not ended.');
      // A read-only session shows a conversation that is already closed.
      expect(await textWhenClosing('Visitor 77')).to.equal('“Visitor 77” will be closed.');
      expect(store.sessions).to.have.length(4);
    });

    it('Cancel keeps the session', async () => {
      const { panel, store } = await desktop();
      store.openRecordSession(contoso);
      await panel.updateComplete;
      await realClick(button(panel, 'Close session Contoso Pharmaceuticals'));
      await panel.updateComplete;
      await realClick(button(dialogOf(panel), 'Cancel'));
      expect(dialogOf(panel).open).to.be.false;
      expect(store.sessions).to.have.length(2);
    });

    it('the toggle collapses the panel to an icon rail and expands it again', async () => {
      const { panel, store } = await desktop();
      store.openRecordSession(contoso);
      await panel.updateComplete;
      const wide = panel.getBoundingClientRect().width;
      const toggle = button(panel, 'Collapse session panel');
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await realClick(toggle);
      await panel.updateComplete;
      expect(store.state.panelMode).to.equal('collapsed');
      expect(panel.hasAttribute('collapsed')).to.be.true;
      const expand = button(panel, 'Expand session panel');
      expect(expand.getAttribute('aria-expanded')).to.equal('false');
      await aTimeout(200); // the width transition
      expect(panel.getBoundingClientRect().width).to.be.lessThan(wide / 2);
      // In the rail, titles are still the tabs' names and tooltips; the labels are not drawn.
      const tab = tabNamed(panel, 'Contoso Pharmaceuticals');
      expect(shadow(tab).querySelector<HTMLElement>('[part="icon"]')!.title).to.equal('Contoso Pharmaceuticals');
      expect(shadow(tab).querySelector('[part="label"]')!.getBoundingClientRect().width).to.be.at.most(1);
      await expect(panel).to.be.accessible();
      const tree = await axTree();
      expect(axAll(tree, 'tab').map((t) => t.name)).to.deep.equal(['Home', 'Contoso Pharmaceuticals']);
      await realClick(expand);
      await panel.updateComplete;
      expect(store.state.panelMode).to.equal('expanded');
      expect(button(panel, 'Collapse session panel').getAttribute('aria-expanded')).to.equal('true');
    });
  });

  describe('keyboard', () => {
    async function threeSessions() {
      const d = await desktop();
      d.store.openRecordSession(contoso);
      d.store.openRecordSession(emilie);
      d.store.openRecordSession(printer);
      d.store.focusSession('home');
      await d.panel.updateComplete;
      return d;
    }

    it('Tab enters the list on the selected session; one tab stop for the whole list', async () => {
      const { panel, store } = await threeSessions();
      store.focusSession('record:contact:C-1');
      await panel.updateComplete;
      expect(tabs(panel).map((t) => t.tabIndex)).to.deep.equal([-1, -1, 0, -1]);
      button(panel, 'Collapse session panel').focus();
      await sendKeys({ press: 'Tab' });
      expect(accessibleText(deepActiveElement()!)).to.equal('Émilie Dubois');
    });

    it('Down/Up move focus without selecting, wrapping at the ends; Home/End jump', async () => {
      const { panel, store } = await threeSessions();
      tabNamed(panel, 'Home').focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(accessibleText(deepActiveElement()!)).to.equal('Contoso Pharmaceuticals');
      expect(store.focusedSession.id).to.equal('home');
      await sendKeys({ press: 'End' });
      expect(accessibleText(deepActiveElement()!)).to.equal('Printer jams');
      await sendKeys({ press: 'ArrowDown' });
      expect(accessibleText(deepActiveElement()!)).to.equal('Home');
      await sendKeys({ press: 'ArrowUp' });
      expect(accessibleText(deepActiveElement()!)).to.equal('Printer jams');
      await sendKeys({ press: 'Home' });
      expect(accessibleText(deepActiveElement()!)).to.equal('Home');
      expect(tabs(panel).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    });

    it('Enter and Space focus the session under the keyboard focus', async () => {
      const { panel, store } = await threeSessions();
      tabNamed(panel, 'Home').focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      expect(store.focusedSession.title).to.equal('Contoso Pharmaceuticals');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Space' });
      expect(store.focusedSession.title).to.equal('Émilie Dubois');
      await panel.updateComplete;
      expect(tabNamed(panel, 'Émilie Dubois').selected).to.be.true;
    });

    it('Delete asks to close; Escape cancels and focus returns to the session', async () => {
      const { panel, store } = await threeSessions();
      tabNamed(panel, 'Émilie Dubois').focus();
      await sendKeys({ press: 'Delete' });
      await panel.updateComplete;
      const dialog = dialogOf(panel);
      expect(dialog.open).to.be.true;
      // Focus is inside the dialog, on the safe choice.
      expect(accessibleText(deepActiveElement()!)).to.equal('Cancel');
      // The page behind the modal dialog is inert: Tab and Shift+Tab never reach it (past the
      // last button focus may go to the browser's own UI, as the platform intends).
      for (const backwards of [false, false, false, true, true, true]) {
        if (backwards) await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        if (backwards) await sendKeys({ up: 'Shift' });
        const active = deepActiveElement();
        expect(active === document.body || active === null || dialog.contains(active), 'focus stays off the inert page').to.be.true;
      }
      // Firefox may have left focus in its own UI: Tab brings it back into the dialog, so that
      // Escape (and the keys of the tests that follow) reach the page.
      for (let i = 0; i < 3 && !document.hasFocus(); i++) await sendKeys({ press: 'Tab' });
      expect(document.hasFocus(), 'focus back in the page').to.be.true;
      await sendKeys({ press: 'Escape' });
      await panel.updateComplete;
      expect(dialog.open).to.be.false;
      expect(store.sessions).to.have.length(4);
      expect(accessibleText(deepActiveElement()!)).to.equal('Émilie Dubois');
    });

    it('Delete then Enter on "Close session" closes it and puts focus on the session that took its place', async () => {
      const { panel, store } = await threeSessions();
      store.focusSession('record:contact:C-1');
      await panel.updateComplete;
      tabNamed(panel, 'Émilie Dubois').focus();
      await sendKeys({ press: 'Delete' });
      await panel.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(accessibleText(deepActiveElement()!)).to.equal('Close session');
      const closed = oneEvent(panel, 'session-closed');
      await sendKeys({ press: 'Enter' });
      await closed;
      await panel.updateComplete;
      await aTimeout(0);
      expect(store.focusedSession.title).to.equal('Contoso Pharmaceuticals');
      expect(accessibleText(deepActiveElement()!)).to.equal('Contoso Pharmaceuticals');
      expect(deepActiveElement()?.localName).to.equal('session-tab');
    });

    it('Delete on Home does nothing', async () => {
      const { panel, store } = await threeSessions();
      tabNamed(panel, 'Home').focus();
      await sendKeys({ press: 'Delete' });
      await panel.updateComplete;
      expect(dialogOf(panel).open).to.be.false;
      expect(store.sessions).to.have.length(4);
    });

    it('the open dialog passes axe', async () => {
      const { panel } = await threeSessions();
      tabNamed(panel, 'Printer jams').focus();
      await sendKeys({ press: 'Delete' });
      await panel.updateComplete;
      const tree = await axTree();
      const dialog = axFind(tree, 'alertdialog', 'Close session?');
      expect(dialog).to.not.be.null;
      expect(axFind(dialog!, 'button', 'Close session')).to.not.be.null;
      expect(axFind(dialog!, 'button', 'Cancel')).to.not.be.null;
      await expect(panel).to.be.accessible();
      await sendKeys({ press: 'Escape' });
    });
  });

  describe('events and veto', () => {
    it('session-focused reaches the document, bubbling out of the shadow roots', async () => {
      const { panel, store } = await desktop();
      store.openRecordSession(contoso);
      await panel.updateComplete;
      let origin: EventTarget | undefined;
      document.addEventListener('session-focused', (event) => (origin = event.composedPath()[0]), { once: true });
      const focused = oneEvent(document, 'session-focused');
      await realClick(tabNamed(panel, 'Home'));
      const event = await focused;
      expect(event.detail.session.title).to.equal('Home');
      expect(event.bubbles && event.composed).to.be.true;
      expect(origin === panel, 'fired by the panel').to.be.true;
    });

    it('a host can veto a close with preventDefault on session-close-requested: no dialog, nothing closed', async () => {
      const { panel, store } = await desktop();
      store.openRecordSession(contoso);
      await panel.updateComplete;
      const requests: string[] = [];
      panel.addEventListener('session-close-requested', (event) => {
        requests.push(event.detail.session.title);
        event.preventDefault();
      });
      await realClick(button(panel, 'Close session Contoso Pharmaceuticals'));
      await panel.updateComplete;
      expect(requests).to.deep.equal(['Contoso Pharmaceuticals']);
      expect(dialogOf(panel).open).to.be.false;
      expect(store.sessions).to.have.length(2);
    });

    it('a close that is not vetoed is requested once, then confirmed', async () => {
      const { panel, store } = await desktop();
      store.openRecordSession(contoso);
      await panel.updateComplete;
      const requested = oneEvent(panel, 'session-close-requested');
      panel.requestClose('record:account:A-1');
      const event = await requested;
      expect(event.cancelable).to.be.true;
      await panel.updateComplete;
      expect(dialogOf(panel).open).to.be.true;
      await realClick(button(dialogOf(panel), 'Close session'));
      expect(store.sessions).to.have.length(1);
    });

    it('requestClose ignores Home and unknown ids', async () => {
      const { panel } = await desktop();
      let requested = 0;
      panel.addEventListener('session-close-requested', () => requested++);
      panel.requestClose('home');
      panel.requestClose('record:account:nope');
      await panel.updateComplete;
      expect(requested).to.equal(0);
      expect(dialogOf(panel).open).to.be.false;
    });
  });

  describe('session limit', () => {
    it('tells the agent, and opens nothing', async () => {
      // The event (session-limit-reached) now comes from where the agent tried to open (a link, a
      // stream; see events-at-source.test.ts); a host's own store call hears the result instead.
      const { panel, store } = await desktop(2);
      store.openRecordSession(contoso);
      store.openRecordSession(emilie);
      expect(store.openRecordSession(printer).status).to.equal('limit-reached');
      await panel.updateComplete;
      const notice = shadow(panel).querySelector('[role="status"]')!;
      expect(notice.textContent).to.contain('2 sessions');
      expect(notice.textContent).to.contain('Printer jams');
      expect(tabs(panel)).to.have.length(3);
      await expect(panel).to.be.accessible();
    });

    it('clears the message once a session is closed', async () => {
      const { panel, store } = await desktop(1);
      store.openRecordSession(contoso);
      store.openRecordSession(emilie);
      await panel.updateComplete;
      expect(shadow(panel).querySelector('[role="status"]')!.textContent).to.not.equal('');
      store.closeSession('record:account:A-1');
      await panel.updateComplete;
      expect(shadow(panel).querySelector('[role="status"]')!.textContent).to.equal('');
    });
  });

  describe('theming', () => {
    it('follows the page colour scheme: dark backgrounds under color-scheme: dark', async () => {
      const { panel, provider } = await desktop();
      const light = getComputedStyle(panel).backgroundColor;
      provider.parentElement!.style.colorScheme = 'dark';
      const dark = getComputedStyle(panel).backgroundColor;
      provider.parentElement!.style.colorScheme = '';
      expect(light).to.equal('rgb(255, 255, 255)');
      expect(dark).to.not.equal(light);
    });

    it('takes the host colours through --ehe-* custom properties', async () => {
      const { panel } = await desktop();
      panel.style.setProperty('--ehe-color-surface', 'rgb(1, 2, 3)');
      expect(getComputedStyle(panel).backgroundColor).to.equal('rgb(1, 2, 3)');
    });

    it('lays out right to left: the border faces the work area on the left', async () => {
      const { panel, provider } = await desktop();
      provider.parentElement!.dir = 'rtl';
      const style = getComputedStyle(panel);
      expect(style.borderLeftWidth).to.equal('1px');
      expect(style.borderRightWidth).to.equal('0px');
      await expect(panel).to.be.accessible();
      provider.parentElement!.dir = '';
    });
  });
});
