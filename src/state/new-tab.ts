/**
 * Application tabs as a session keeps them, built from outside input (an open call, saved state)
 * through one set of checks; and the session after a tab is shown. DOM-free.
 */
import { checkAppSandbox } from './app-sandbox.js';
import { sessionTabs } from './app-tabs.js';
import { SessionStoreError, describeValue } from './errors.js';
import { checkRecord } from './new-session.js';
import { ANCHOR_TAB_ID, type AppTab, type RecordRef, type Session } from './session.js';
import { recordSessionId } from './session-ids.js';
import { normaliseTitle } from './title.js';

const APP_ID = /^[A-Za-z0-9][\w.-]{0,63}$/;

/** A new tab for a target, checked: record tabs are keyed by record, app tabs numbered per app. */
export function newTab(session: Session, target: unknown): AppTab {
  const t = (target ?? {}) as { record?: RecordRef; app?: { id?: unknown; title?: unknown; url?: unknown; sandbox?: unknown } };
  if (t.record) {
    const ref = checkRecord(t.record);
    return { id: recordSessionId(ref), kind: 'record', title: normaliseTitle(t.record.name, `${ref.entity} ${ref.id}`), record: ref };
  }
  const app = t.app;
  if (!app || typeof app.id !== 'string' || !APP_ID.test(app.id)) {
    throw new SessionStoreError('invalid-app', 'A tab opens a {record: {entity, id, name}} or an {app: {id, title, url?}} with an id like "knowledge-search".');
  }
  if (app.url !== undefined && !isWebUrl(app.url)) throw new SessionStoreError('invalid-url', `An app's url must be an http(s) address, not ${describeValue(app.url)}.`);
  const sandbox = checkAppSandbox(app.sandbox);
  const taken = new Set(sessionTabs(session).map((tab) => tab.id));
  let n = 1;
  while (taken.has(`app:${app.id}:${n}`)) n++;
  return {
    id: `app:${app.id}:${n}`,
    kind: 'app',
    title: normaliseTitle(app.title, app.id),
    app: { id: app.id, ...(app.url ? { url: app.url as string } : {}), ...(sandbox ? { sandbox } : {}) },
  };
}

function isWebUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  try {
    const protocol = new URL(url, 'http://localhost/').protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The tab of a session with this id, or a thrown `unknown-tab`. */
export function getTab(session: Session, tabId: string): AppTab {
  const tab = sessionTabs(session).find((t) => t.id === tabId);
  if (!tab) throw new SessionStoreError('unknown-tab', `Session ${session.id} has no tab ${describeValue(tabId)}.`);
  return tab;
}

/** The session showing this tab (the anchor is shown when `focusedTabId` is absent). */
export function withFocusedTab(session: Session, tabId: string): Session {
  const { focusedTabId: _old, ...rest } = session;
  return tabId === ANCHOR_TAB_ID ? rest : { ...rest, focusedTabId: tabId };
}
