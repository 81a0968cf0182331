/**
 * engagement-hub-elements/model.js: the DOM-free part of the kit, for Node, workers and tests.
 * The session store, its errors, the work-item state machine and actions, the title rules, the
 * data source interface and every data type; no element, no Lit, nothing that needs a page.
 * The embedded CRM (`engagement-hub-elements/in-memory-crm.js`) is DOM-free too.
 */
export { SessionStore, sessionIcon, recordSessionId, conversationSessionId, SessionStoreError, iconForTitle, normaliseTitle } from './state/index.js';
export { displayText, MAX_TITLE_LENGTH, MAX_TITLE_CODE_UNITS, MAX_MARKS_PER_CHARACTER, queueName } from './state/index.js';
export { appSandbox, checkAppSandbox, APP_PERMISSIONS, DEFAULT_APP_PERMISSIONS, type AppPermission, type AppSandboxPolicy } from './state/index.js';
export type * from './state/session.js';
export type { SessionListener, SessionStoreOptions, SessionStoreErrorCode } from './state/index.js';
export { connectDataSource, DATA_SOURCE_SPECS } from './data/connect.js';
export { checkedDataSource, toCrmError } from './data/checked-data-source.js';
export { CrmError, type CallOptions, type CrmDataSource, type CrmErrorCode, type IncomingOffer, type WorkItemChange } from './data/crm-data-source.js';
export type { AccountRecord, Activity, CaseRecord, ContactRecord, CustomerRecord, PreferredChannel, Relationship, CasePriority, CaseStatus, ActivityType, CrmCode, RecordMatch, SummarySubject } from './data/records.js';
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
  linkSlotOf,
  anchorTab,
  sessionTabs,
  focusedTab,
  type LinkSlot,
  type WorkItem,
  type WorkItemEvent,
  type Channel,
  type StreamName,
  type Visitor,
  type Transition,
} from './state/index.js';
export type * from './event-details.js';
// Orchestration over the CRM interface: Open, Pick, Accept, link, keep conversations in step.
export { pickWorkItem, openWorkItem, acceptOffer, keepConversationsInStep, linkConversationRecord, unlinkConversationRecord, recheckConversations, type StartResult, type LinkResult, type RecheckResult } from './actions/index.js';
