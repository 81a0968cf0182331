import { ANCHOR_TAB_ID, type AppTab, type Session } from './session.js';

/**
 * Every session's first tab, which cannot be closed: Home's dashboard, a conversation's customer
 * summary, a record's own page. Derived, never stored, so there is always exactly one.
 */
export function anchorTab(session: Session): AppTab {
  if (session.kind === 'home') return { id: ANCHOR_TAB_ID, kind: 'anchor', title: 'Dashboard' };
  if (session.kind === 'conversation') return { id: ANCHOR_TAB_ID, kind: 'anchor', title: 'Customer summary' };
  return { id: ANCHOR_TAB_ID, kind: 'anchor', title: session.title, ...(session.record ? { record: session.record } : {}) };
}

/** A session's application tabs in order: its anchor, then the ones the agent opened. */
export function sessionTabs(session: Session): AppTab[] {
  return [anchorTab(session), ...(session.tabs ?? [])];
}

/** The tab a session shows. */
export function focusedTab(session: Session): AppTab {
  return sessionTabs(session).find((tab) => tab.id === (session.focusedTabId ?? ANCHOR_TAB_ID)) ?? anchorTab(session);
}
