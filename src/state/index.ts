// The store's features that live apart from its core (openTab, restore): every store has them here.
import './store-tabs.js';
import './store-restore.js';
// Everything in the model, for the kit's own code and tests. The public entries (`src/index.ts`,
// `src/model.ts`) export a chosen part of it.
export * from './session.js';
export * from './errors.js';
export { SessionStore, type SessionListener, type SessionStoreOptions } from './session-store.js';
export { sessionIcon } from './session-icon.js';
export { recordSessionId, conversationSessionId } from './session-ids.js';
export { iconForTitle, normaliseTitle, displayText, graphemes, MAX_TITLE_LENGTH, MAX_TITLE_CODE_UNITS, MAX_MARKS_PER_CHARACTER } from './title.js';
export * from './work-item.js';
export * from './work-item-events.js';
export * from './work-item-transitions.js';
export * from './work-item-error.js';
export * from './work-item-streams.js';
export * from './conversation-title.js';
export * from './validate-work-item.js';
export { formatElapsed, elapsedTextChanges } from './elapsed.js';
export { SortedView, workItemOrder, type SortedViewOptions } from './sorted-view.js';
export { anchorTab, sessionTabs, focusedTab } from './app-tabs.js';
export { SessionExtras, sessionExtras, describeUnsavedInput, MAX_DRAFT_LENGTH, type UnsavedInput, type UnsavedInputMark, type DesktopNotice, type SessionExtrasChange, type SessionExtrasListener } from './session-extras.js';
export { persistSessions, readSavedDesktop, savedDesktop, persistenceName, SAVED_DESKTOP_FORMAT, SAVED_DESKTOP_VERSION, type PersistenceStorage, type PersistOptions, type Persistence, type SavedDesktop } from './persistence.js';
export { appSandbox, checkAppSandbox, readAppMessage, APP_PERMISSIONS, APP_DIRTY_MESSAGE, APP_TITLE_MESSAGE, DEFAULT_APP_PERMISSIONS, type AppMessage, type AppPermission, type AppSandboxPolicy } from './app-sandbox.js';
