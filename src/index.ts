/**
 * engagement-hub-elements: registers every element and exports what a host page needs. Import a
 * single element's module (`engagement-hub-elements/session-panel.js`) to load less; the DOM-free
 * model (state machine, actions, data-source helpers) is `engagement-hub-elements/model.js`.
 */
// The elements (classes, so a host can register them under other names) and their settings.
export { SessionPanel } from './components/session-panel/session-panel.js';
export { SessionTab } from './components/session-tab/session-tab.js';
export { SessionProvider } from './components/session-provider/session-provider.js';
export { WorkItemStream } from './components/work-item-stream/work-item-stream.js';
export { IncomingConversation } from './components/incoming-conversation/incoming-conversation.js';
export { CustomerSummary } from './components/customer-summary/customer-summary.js';
export { AppTabPanel, type AppDefinition } from './components/app-tab-panel/app-tab-panel.js';
export { SessionView, TAB_TITLE_MESSAGE, TAB_DIRTY_MESSAGE, TAB_PORT_MESSAGE, type TabRenderer, type TabRenderers } from './components/session-view/session-view.js';
export { DEFAULT_SHORTCUTS, MAC_SHORTCUTS, PC_SHORTCUTS, type DesktopShortcuts, type Shortcut } from './gesture/desktop-shortcuts.js';
export type { RecordLinkMatcher } from './gesture/session-links.js';
// The store: one per desktop, reached from any element, handed to a subtree.
export { SessionStore, SessionStoreError, sessionTabs, displayText, normaliseTitle, type SessionListener, type SessionStoreOptions, type SessionStoreErrorCode } from './model.js';
export type * from './state/session.js';
export type { AppPermission, AppSandboxPolicy } from './model.js';
export { getSessionStore, provideSessionStore, sessionStoreContext, provideCrmDataSource, crmDataSourceContext } from './context/index.js';
// The data source a host plugs in, and the data it speaks (fixed-list values are codes; CRM_CODE_LABELS gives their English labels).
export { connectDataSource, CrmError, type CallOptions, type CrmDataSource, type CrmErrorCode, type IncomingOffer, type WorkItemChange } from './model.js';
export type { AccountRecord, Activity, CaseRecord, ContactRecord, CustomerRecord, PreferredChannel, Relationship, CasePriority, CaseStatus, ActivityType, CrmCode, RecordMatch, SummarySubject } from './model.js';
export { CRM_CODE_LABELS } from './components/shared/labels.js';
export type { WorkItem, WorkItemState, WorkItemEvent, Channel, Visitor, LinkSlot, StreamName } from './model.js';
// Nothing lost: saving and restoring per agent, other windows, unsaved input and drafts.
export { persistSessions, type PersistenceStorage, type PersistOptions, type Persistence, type SavedDesktop } from './state/persistence.js';
export { sessionExtras, type SessionExtras, type UnsavedInput, type UnsavedInputMark, type DesktopNotice, type SessionExtrasChange } from './state/session-extras.js';
export { recheckConversations, type RecheckResult } from './actions/restore-check.js';
// The `detail` of every event, and the event maps (`SessionEventMap`…).
export type * from './events.js';
// The embedded InMemoryCrm is its own entry (`dist/in-memory-crm.js`), so pages with a real CRM don't ship it;
// <session-provider data-source="in-memory"> (connectDataSource) loads it only when asked.
// The agent's language: English built in; other languages from engagement-hub-elements/i18n/<code>.js.
export { registerTranslation, type Terms, type PartialTerms } from './i18n/index.js';
