/**
 * Saved state read back: a snapshot (`SessionStore.toJSON()`'s output, possibly after a JSON round
 * trip) rebuilt through the same checks as opening sessions and tabs, under the same limits.
 * Anything else is an `invalid-snapshot` error that says what is wrong. DOM-free.
 */
import { sessionTabs } from './app-tabs.js';
import { SessionStoreError, describeValue } from './errors.js';
import { conversationSession, homeSession, recordSession } from './new-session.js';
import { newTab, withFocusedTab } from './new-tab.js';
import { ANCHOR_TAB_ID, DEFAULT_MAX_SESSIONS, DEFAULT_MAX_TABS, HOME_SESSION_ID, type AppTab, type RecordRef, type Session, type SessionState } from './session.js';
import { checkLimit, checkPanelMode } from './store-settings.js';

/** The state a snapshot describes, checked whole; throws `invalid-snapshot` naming the first problem. */
export function parseSnapshot(data: unknown): SessionState {
  try {
    const snap = (data ?? {}) as Record<string, unknown>;
    if (snap.version !== 1) throw new Error(`unknown snapshot version ${JSON.stringify(snap.version)}.`);
    if (!Array.isArray(snap.sessions)) throw new Error('"sessions" is not a list.');
    const home = homeSession();
    const sessions: Session[] = [home];
    for (const entry of snap.sessions as (Record<string, unknown> | null)[]) {
      if (entry?.kind === 'home') {
        sessions[0] = parseTabs(home, entry);
        continue;
      }
      let session: Session;
      if (entry?.kind === 'record') session = recordSession(entry.record, entry.title, entry.icon);
      else if (entry?.kind === 'conversation') session = conversationSession(entry.conversation, entry.title, entry.icon);
      else throw new Error(`unknown session kind ${JSON.stringify(entry?.kind)}.`);
      session = parseTabs(session, entry);
      if (entry.id !== session.id) throw new Error(`session id ${JSON.stringify(entry.id)} does not match its ${entry.kind}.`);
      if (sessions.some((s) => s.id === session.id)) throw new Error(`session ${session.id} appears twice.`);
      sessions.push(session);
    }
    const focusedId = snap.focusedId ?? HOME_SESSION_ID;
    if (!sessions.some((s) => s.id === focusedId)) throw new Error(`the focused session ${JSON.stringify(focusedId)} is not open.`);
    const maxSessions = checkLimit(snap.maxSessions ?? DEFAULT_MAX_SESSIONS, 'session limit');
    const maxTabs = checkLimit(snap.maxTabs ?? DEFAULT_MAX_TABS, 'tab limit');
    // The limits hold for restored state as for opened state.
    if (sessions.length - 1 > maxSessions) throw new Error(`${sessions.length - 1} sessions are open besides Home, more than the limit of ${maxSessions} sessions.`);
    const crowded = sessions.find((s) => sessionTabs(s).length > maxTabs);
    if (crowded) throw new Error(`session ${crowded.id} has ${sessionTabs(crowded).length} tabs, more than the limit of ${maxTabs} tabs.`);
    return { sessions, focusedId: focusedId as string, panelMode: checkPanelMode(snap.panelMode ?? 'expanded'), maxSessions, maxTabs };
  } catch (error) {
    const why = error instanceof Error ? error.message : describeValue(error);
    throw new SessionStoreError('invalid-snapshot', `Cannot restore sessions: ${why} Nothing was changed.`);
  }
}

/** Tabs from saved state, rebuilt through the same checks as opening them. */
function parseTabs(session: Session, entry: Record<string, unknown>): Session {
  if (entry.tabs === undefined) return session;
  if (!Array.isArray(entry.tabs)) throw new Error(`the tabs of ${session.id} are not a list.`);
  let result = session;
  for (const raw of entry.tabs as Record<string, unknown>[]) {
    const target = raw?.kind === 'record' ? { record: { ...(raw.record as RecordRef), name: raw.title } } : { app: { ...(raw?.app as object), title: raw?.title } };
    if (sessionTabs(result).some((t) => t.id === raw?.id)) throw new Error(`tab ${describeValue(raw?.id)} of ${session.id} appears twice.`);
    const tab = savedNumber(newTab(result, target), raw.id, result);
    if (tab.id !== raw.id) throw new Error(`tab ${JSON.stringify(raw?.id)} of ${session.id} does not match what it shows.`);
    result = { ...result, tabs: [...(result.tabs ?? []), tab] };
  }
  const focused = entry.focusedTabId ?? ANCHOR_TAB_ID;
  if (!sessionTabs(result).some((tab) => tab.id === focused)) throw new Error(`the shown tab ${JSON.stringify(focused)} of ${session.id} is not open.`);
  return withFocusedTab(result, focused as string);
}

/**
 * An app tab restores under its saved number when that is free: after app:kb:1 closed, app:kb:2
 * is still app:kb:2 (a fresh open would number it 1, and the snapshot would not restore).
 */
function savedNumber(tab: AppTab, savedId: unknown, session: Session): AppTab {
  if (tab.kind !== 'app' || typeof savedId !== 'string' || !/^app:.+:[1-9]\d{0,5}$/.test(savedId)) return tab;
  if (savedId.slice(0, savedId.lastIndexOf(':')) !== `app:${tab.app!.id}`) return tab;
  return sessionTabs(session).some((t) => t.id === savedId) ? tab : { ...tab, id: savedId };
}
