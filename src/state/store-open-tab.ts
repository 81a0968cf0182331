/**
 * `store.openTab()`: opening a record or an app as an application tab of a session. Apart from the
 * store's core (see `addStoreMethods`) because only the elements that open tabs need it, and it
 * brings the tab checks and the app sandbox rules with it. Loaded by `<app-tab-panel>`,
 * `<customer-summary>`, the root entry and `model.js`. DOM-free.
 */
import { sessionTabs } from './app-tabs.js';
import { newTab } from './new-tab.js';
import type { Session } from './session.js';
import { addStoreMethods, changeState } from './session-store.js';

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
    const sessions = this.state.sessions.map((s) => (s === session ? updated : s));
    this[changeState]({ ...this.state, sessions }, { type: 'tab-opened', session: updated, tab }, { type: 'tab-focused', session: updated, tab });
    return { status: 'opened', session: updated, tab };
  },
});
