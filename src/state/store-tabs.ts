/**
 * A store's application tabs: `openTab()`, `focusTab()`, `closeTab()` and `setTabTitle()`. Apart
 * from the store's core (see `addStoreMethods`) because only the elements that show tabs need
 * them, and they bring the tab checks and the app sandbox rules with them. Loaded by
 * `<app-tab-panel>`, `<session-view>`, `<customer-summary>`, the unsaved-input rule (extras), the
 * desktop's shortcuts, the root entry and `model.js`. DOM-free.
 */
import { anchorTab, sessionTabs } from './app-tabs.js';
import { SessionStoreError } from './errors.js';
import { getTab, newTab, withFocusedTab } from './new-tab.js';
import { ANCHOR_TAB_ID, type Session, type SessionState } from './session.js';
import { addStoreMethods, changeState, checkText } from './session-store.js';
import { normaliseTitle } from './title.js';

const replaced = (state: SessionState, old: Session, updated: Session): SessionState => ({ ...state, sessions: state.sessions.map((s) => (s === old ? updated : s)) });

addStoreMethods({
  openTab(target, options = {}) {
    const session = this.getSession(options.sessionId ?? this.state.focusedId);
    const tab = newTab(session, target);
    const existing = sessionTabs(session).find((t) => t.id === tab.id);
    if (existing) {
      this.focusTab(session.id, existing.id);
      return { status: 'focused', session: this.getSession(session.id), tab: existing };
    }
    const { maxTabs } = this.state;
    if (sessionTabs(session).length >= maxTabs) {
      this[changeState](undefined, { type: 'tab-limit-reached', session, maxTabs, title: tab.title });
      return { status: 'limit-reached', maxTabs };
    }
    const updated: Session = { ...session, tabs: [...(session.tabs ?? []), tab], focusedTabId: tab.id };
    this[changeState](replaced(this.state, session, updated), { type: 'tab-opened', session: updated, tab }, { type: 'tab-focused', session: updated, tab });
    return { status: 'opened', session: updated, tab };
  },

  focusTab(sessionId, tabId) {
    const session = this.getSession(sessionId);
    const tab = getTab(session, tabId);
    if ((session.focusedTabId ?? ANCHOR_TAB_ID) === tab.id) return tab;
    const updated = withFocusedTab(session, tab.id);
    this[changeState](replaced(this.state, session, updated), { type: 'tab-focused', session: updated, tab });
    return tab;
  },

  closeTab(sessionId, tabId) {
    const session = this.getSession(sessionId);
    const tab = getTab(session, tabId);
    if (tab.kind === 'anchor') throw new SessionStoreError('anchor-not-closable', `The ${anchorTab(session).title} tab of a session cannot be closed.`);
    const all = sessionTabs(session);
    const wasFocused = (session.focusedTabId ?? ANCHOR_TAB_ID) === tab.id;
    const left = all[all.indexOf(tab) - 1]!;
    const rest = (session.tabs ?? []).filter((t) => t.id !== tab.id);
    const { tabs: _tabs, ...bare } = withFocusedTab(session, wasFocused ? left.id : (session.focusedTabId ?? ANCHOR_TAB_ID));
    const updated: Session = rest.length ? { ...bare, tabs: rest } : bare;
    const changes = [{ type: 'tab-closed', session: updated, tab } as const, ...(wasFocused ? [{ type: 'tab-focused', session: updated, tab: left } as const] : [])];
    this[changeState](replaced(this.state, session, updated), ...changes);
    return tab;
  },

  setTabTitle(sessionId, tabId, title) {
    const session = this.getSession(sessionId);
    const tab = getTab(session, tabId);
    if (tab.kind === 'anchor') throw new SessionStoreError('anchor-not-retitlable', 'The anchor tab takes its title from its session.');
    checkText(title, 'A tab title');
    const next = normaliseTitle(title, tab.title);
    if (next === tab.title) return tab;
    const renamed = { ...tab, title: next };
    const updated: Session = { ...session, tabs: session.tabs!.map((t) => (t === tab ? renamed : t)) };
    this[changeState](replaced(this.state, session, updated), { type: 'tab-title-changed', session: updated, tab: renamed, previousTitle: tab.title });
    return renamed;
  },
});
