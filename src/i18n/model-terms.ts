import { ANCHOR_TAB_ID, type AppTab, type Session } from '../state/session.js';
import type { Terms } from './en.js';

/**
 * The model names sessions and tabs by kind; these give the names the agent reads. Home and the
 * anchors of Home and conversations are named by the terms (their `title` in the model is a
 * stable English value kept for compatibility, never shown); every other title is data.
 */
export function sessionTitle(t: Pick<Terms, 'home'>, session: Pick<Session, 'kind' | 'title'>): string {
  return session.kind === 'home' ? t.home : session.title;
}

export function tabTitle(t: Pick<Terms, 'dashboard' | 'customerSummary'>, session: Pick<Session, 'kind'> | undefined, tab: Pick<AppTab, 'id' | 'kind' | 'title'>): string {
  if (tab.kind !== 'anchor' || tab.id !== ANCHOR_TAB_ID || !session) return tab.title;
  if (session.kind === 'home') return t.dashboard;
  if (session.kind === 'conversation') return t.customerSummary;
  return tab.title;
}
