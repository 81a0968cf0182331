export * from './session.js';
export * from './errors.js';
export { SessionStore, sessionIcon, recordSessionId, conversationSessionId, type SessionListener, type SessionStoreOptions } from './session-store.js';
export { iconForTitle, normaliseTitle, displayText, graphemes, MAX_TITLE_LENGTH, MAX_TITLE_CODE_UNITS, MAX_MARKS_PER_CHARACTER } from './title.js';
export * from './work-item.js';
export { formatElapsed } from './elapsed.js';
export * from './work-item-actions.js';
export { anchorTab, sessionTabs, focusedTab } from './app-tabs.js';
export { appSandbox, checkAppSandbox, APP_PERMISSIONS, DEFAULT_APP_PERMISSIONS, type AppPermission, type AppSandboxPolicy } from './app-sandbox.js';
