export * from './session.js';
export * from './errors.js';
export { SessionStore, sessionIcon, recordSessionId, conversationSessionId, type SessionListener, type SessionStoreOptions } from './session-store.js';
export { iconForTitle, normaliseTitle, graphemes, MAX_TITLE_LENGTH } from './title.js';
export * from './work-item.js';
export { formatElapsed, elapsedTextChanges } from './elapsed.js';
export { SortedView, workItemOrder, type SortedViewOptions } from './sorted-view.js';
export * from './work-item-actions.js';
export { anchorTab, sessionTabs, focusedTab } from './app-tabs.js';
