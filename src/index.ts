/**
 * engagement-hub-elements: registers every element and exports the public API.
 * Import a single element's module (`engagement-hub-elements/session-panel.js`) to load less.
 */
export { SessionPanel } from './components/session-panel/session-panel.js';
export { SessionTab } from './components/session-tab/session-tab.js';
export { SessionProvider } from './components/session-provider/session-provider.js';
export { SessionStore, sessionIcon, recordSessionId, conversationSessionId, SessionStoreError, iconForTitle, normaliseTitle } from './state/index.js';
export type * from './state/session.js';
export type { SessionListener, SessionStoreOptions, SessionStoreErrorCode } from './state/index.js';
export { sessionStoreContext, provideSessionStore, getSessionStore, pageSessionStore } from './context/index.js';
export { defineElement } from './define.js';
export { recordForLink, type RecordLinkMatcher } from './gesture/session-links.js';
export type * from './events.js';
