import type {
  AppTabEventDetail,
  AppTabLimitReachedEventDetail,
  SessionEventDetail,
  SessionFocusedEventDetail,
  SessionLimitReachedEventDetail,
  SessionStartedEventDetail,
  SessionTitleChangedEventDetail,
} from './event-details.js';

export type * from './event-details.js';

/** Every event the kit fires, by type. They bubble and are composed, so they reach `document` and `window`. */
export interface SessionEventMap {
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

/** The events `<session-panel>` fires (from its store, whatever changed it). */
export type SessionPanelEventMap = Pick<
  SessionEventMap,
  'session-opened' | 'session-focused' | 'session-close-requested' | 'session-closed' | 'session-title-changed' | 'session-limit-reached'
>;

/** The events `<app-tab-panel>` fires. */
export type AppTabPanelEventMap = Pick<SessionEventMap, 'app-tab-opened' | 'app-tab-focused' | 'app-tab-close-requested' | 'app-tab-closed' | 'app-tab-limit-reached'>;

/** The events `<work-item-stream>` and `<incoming-conversation>` fire. */
export type ConversationStartEventMap = Pick<SessionEventMap, 'session-started'>;

/** Every kit event bubbles and crosses shadow roots, so a host can listen on `document`. */
export function fire<K extends keyof SessionEventMap>(
  target: EventTarget,
  type: K,
  detail: SessionEventMap[K]['detail'],
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
}

// Typed listeners anywhere an event can arrive: `panel.addEventListener('session-focused', …)`,
// `document.addEventListener('session-started', …)`, `window.addEventListener(…)`.
declare global {
  interface HTMLElementEventMap extends SessionEventMap {}
  interface DocumentEventMap extends SessionEventMap {}
  interface WindowEventMap extends SessionEventMap {}
}
