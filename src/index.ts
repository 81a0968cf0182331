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
export { SessionStore, sessionIcon, recordSessionId, conversationSessionId, SessionStoreError, iconForTitle, normaliseTitle } from './state/index.js';
export { displayText, MAX_TITLE_LENGTH, MAX_TITLE_CODE_UNITS, MAX_MARKS_PER_CHARACTER, queueName } from './state/index.js';
export { appSandbox, checkAppSandbox, APP_PERMISSIONS, DEFAULT_APP_PERMISSIONS, type AppPermission, type AppSandboxPolicy } from './state/index.js';
export type * from './state/session.js';
export type { SessionListener, SessionStoreOptions, SessionStoreErrorCode } from './state/index.js';
export { sessionStoreContext, provideSessionStore, getSessionStore, pageSessionStore, crmDataSourceContext, provideCrmDataSource } from './context/index.js';
// The embedded InMemoryCrm is its own entry (`dist/in-memory-crm.js`), so pages with a real CRM don't ship it.
export { checkedDataSource, toCrmError } from './data/checked-data-source.js';
export { CrmError, type CallOptions, type CrmDataSource, type CrmErrorCode, type IncomingOffer, type WorkItemChange } from './data/crm-data-source.js';
export type { AccountRecord, Activity, CaseRecord, ContactRecord, CustomerRecord, PreferredChannel, RecordMatch, SummarySubject } from './data/records.js';
export {
  WorkItemState,
  WorkItemError,
  WORK_ITEM_TRANSITIONS,
  nextWorkItemState,
  applyWorkItemEvent,
  WORK_ITEM_EVENTS,
  allowedEvents,
  sessionCloseEvent,
  streamOf,
  streamAction,
  conversationTitle,
  validateWorkItem,
  pickWorkItem,
  openWorkItem,
  acceptOffer,
  keepConversationsInStep,
  linkConversationRecord,
  unlinkConversationRecord,
  linkSlotOf,
  anchorTab,
  sessionTabs,
  focusedTab,
  type LinkSlot,
  type LinkResult,
  type WorkItem,
  type WorkItemEvent,
  type Channel,
  type StreamName,
  type Visitor,
  type Transition,
  type StartResult,
} from './state/index.js';
export { defineElement } from './define.js';
export { recordForLink, type RecordLinkMatcher } from './gesture/session-links.js';
export type * from './events.js';
