import type {
  AppTabEventDetail,
  AppTabLimitReachedEventDetail,
  SessionContentDirtyEventDetail,
  SessionEventDetail,
  SessionFocusedEventDetail,
  SessionLimitReachedEventDetail,
  SessionStartedEventDetail,
  SessionTitleChangedEventDetail,
} from './event-details.js';
import type { SessionChange } from './state/session.js';
import type { SessionStore } from './state/session-store.js';

export type * from './event-details.js';

/** Every event the kit fires, by type. They bubble and are composed, so they reach `document` and `window`. */
export interface SessionEventMap {
  'session-content-dirty': CustomEvent<SessionContentDirtyEventDetail>;
  'app-tab-opened': CustomEvent<AppTabEventDetail>;
  'app-tab-focused': CustomEvent<AppTabEventDetail>;
  'app-tab-close-requested': CustomEvent<AppTabEventDetail>;
  'app-tab-closed': CustomEvent<AppTabEventDetail>;
  'app-tab-limit-reached': CustomEvent<AppTabLimitReachedEventDetail>;
  'session-started': CustomEvent<SessionStartedEventDetail>;
  'session-opened': CustomEvent<SessionEventDetail>;
  'session-focused': CustomEvent<SessionFocusedEventDetail>;
  'session-close-requested': CustomEvent<SessionEventDetail>;
  'session-closed': CustomEvent<SessionEventDetail>;
  'session-title-changed': CustomEvent<SessionTitleChangedEventDetail>;
  'session-limit-reached': CustomEvent<SessionLimitReachedEventDetail>;
}

/**
 * The events `<session-panel>` fires: where the agent acted in it (a click, a key, the close
 * dialog). Session events come from the element the agent used, never from a store change made
 * elsewhere; host code that wants every change subscribes to the store (`store.subscribe`).
 */
export type SessionPanelEventMap = Pick<SessionEventMap, 'session-focused' | 'session-close-requested' | 'session-closed'>;

/**
 * The events `<app-tab-panel>` fires: where the agent acted in it (a tab clicked or chosen by key,
 * an app chosen in its menu, X or Delete, the close dialog). Tab events come from the element the
 * agent used (a Ctrl+clicked link, `<customer-summary>`'s recent cases, `<session-view>`'s
 * shortcuts), never from a store change made elsewhere; host code subscribes to the store.
 */
export type AppTabPanelEventMap = Pick<SessionEventMap, 'app-tab-opened' | 'app-tab-focused' | 'app-tab-close-requested' | 'app-tab-closed' | 'app-tab-limit-reached'>;

/** The events `<work-item-stream>` and `<incoming-conversation>` fire (Open, Pick, Accept). */
export type ConversationStartEventMap = Pick<SessionEventMap, 'session-started' | 'session-opened' | 'session-focused' | 'session-limit-reached'>;

/** Every kit event bubbles and crosses shadow roots, so a host can listen on `document`. */
export function fire<K extends keyof SessionEventMap>(
  target: EventTarget,
  type: K,
  detail: SessionEventMap[K]['detail'],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
}

/** The kit events a store change is told as, when an element's own action made it. */
function fireChange(source: EventTarget, change: SessionChange): void {
  switch (change.type) {
    case 'session-opened':
    case 'session-closed':
      fire(source, change.type, { session: change.session });
      break;
    case 'session-focused':
      fire(source, change.type, { session: change.session, previous: change.previous });
      break;
    case 'session-title-changed':
      fire(source, change.type, { session: change.session, previousTitle: change.previousTitle });
      break;
    case 'session-limit-reached':
      fire(source, change.type, { maxSessions: change.maxSessions, title: change.title });
      break;
    case 'tab-opened':
    case 'tab-focused':
    case 'tab-closed':
      fire(source, `app-${change.type}`, { session: change.session, tab: change.tab });
      break;
    case 'tab-limit-reached':
      fire(source, 'app-tab-limit-reached', { session: change.session, maxTabs: change.maxTabs, title: change.title });
      break;
  }
}

/**
 * Runs `act` (synchronous store calls the agent asked for) and fires the session and tab events
 * its changes make from `source`, the element where the agent acted, once each: two panels (or
 * two tab bars) on one store do not repeat them, and no panel is needed to hear them. Changes made by anything else
 * in the meantime are not `act`'s and fire nothing here.
 */
export function actOnStore<R>(source: EventTarget, store: SessionStore, act: () => R): R {
  const changes: SessionChange[] = [];
  const stop = store.subscribe((change) => changes.push(change));
  try {
    return act();
  } finally {
    stop();
    for (const change of changes) fireChange(source, change);
  }
}

/**
 * The store as seen by an action that takes its time (Pick, Open, Accept, link: they wait for
 * the CRM, then call the store): each store method called through it runs in `actOnStore`, so
 * its changes fire from `source` — and only its changes, even when others act meanwhile.
 */
export function storeActingFrom(source: EventTarget, store: SessionStore): SessionStore {
  return new Proxy(store, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => actOnStore(source, target, () => (value as (...a: unknown[]) => unknown).apply(target, args));
    },
  });
}

// Typed listeners anywhere an event can arrive: `panel.addEventListener('session-focused', …)`,
// `document.addEventListener('session-started', …)`, `window.addEventListener(…)`.
declare global {
  interface HTMLElementEventMap extends SessionEventMap {}
  interface DocumentEventMap extends SessionEventMap {}
  interface WindowEventMap extends SessionEventMap {}
}
