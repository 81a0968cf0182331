/**
 * engagement-hub-elements: registers every element and exports the public API.
 * Import a single element's module (`engagement-hub-elements/session-panel.js`) to load less.
 */
export { SessionPanel } from './components/session-panel/session-panel.js';
export { SessionTab } from './components/session-tab/session-tab.js';
export { SessionProvider } from './components/session-provider/session-provider.js';
export { WorkItemStream } from './components/work-item-stream/work-item-stream.js';
export { IncomingConversation } from './components/incoming-conversation/incoming-conversation.js';
export { CustomerSummary } from './components/customer-summary/customer-summary.js';
export { AppTabPanel, type AppDefinition } from './components/app-tab-panel/app-tab-panel.js';
export { SessionView, TAB_TITLE_MESSAGE, TAB_PORT_MESSAGE, type TabRenderer, type TabRenderers } from './components/session-view/session-view.js';
export { DEFAULT_SHORTCUTS, listenForShortcuts, type DesktopShortcuts, type Shortcut } from './controllers/desktop-shortcuts.js';
// The DOM-free model (store, errors, state machine, data types), also its own entry: model.js.
export * from './model.js';
// Nothing lost: saving and restoring per agent, other windows, unsaved input and drafts.
export {
  persistSessions,
  readSavedDesktop,
  persistenceName,
  sessionExtras,
  SessionExtras,
  describeUnsavedInput,
  type PersistenceStorage,
  type PersistOptions,
  type Persistence,
  type SavedDesktop,
  type UnsavedInput,
  type DesktopNotice,
  type SessionExtrasChange,
} from './state/index.js';
export { sessionStoreContext, provideSessionStore, getSessionStore, pageSessionStore, crmDataSourceContext, provideCrmDataSource } from './context/index.js';
// The embedded InMemoryCrm is its own entry (`dist/in-memory-crm.js`), so pages with a real CRM don't ship it;
// <session-provider data-source="in-memory"> (connectDataSource) loads it only when asked.
export { defineElement } from './define.js';
export { recordForLink, type RecordLinkMatcher } from './gesture/session-links.js';
export type * from './events.js';
// The agent's language: English built in; other languages from engagement-hub-elements/i18n/<code>.js.
export { registerTranslation, type Terms, type PartialTerms } from './i18n/index.js';
export { CRM_CODE_LABELS } from './components/shared/labels.js';
