/**
 * engagement-hub-elements/model.js: the DOM-free part of the kit, for Node, workers, services and
 * data-source implementations. The session store and its errors, the conversation state machine,
 * the actions that move a conversation and its session together, the data source interface and
 * every data type; no element, no Lit, nothing that needs a page. The embedded CRM
 * (`engagement-hub-elements/in-memory-crm.js`) is DOM-free too.
 */
// Sessions and application tabs; the store with all its features (openTab, restore).
import './state/store-tabs.js';
import './state/store-restore.js';
export { SessionStore, type SessionListener, type SessionStoreOptions } from './state/session-store.js';
export { SessionStoreError, type SessionStoreErrorCode } from './state/errors.js';
export type * from './state/session.js';
export { sessionTabs } from './state/app-tabs.js';
export { APP_PERMISSIONS, DEFAULT_APP_PERMISSIONS, type AppPermission, type AppSandboxPolicy } from './state/app-sandbox.js';
// Untrusted text: the one rule every title and customer string goes through.
export { displayText, normaliseTitle, MAX_TITLE_LENGTH, MAX_TITLE_CODE_UNITS, MAX_MARKS_PER_CHARACTER } from './state/title.js';
// Conversations: their shape, the state machine, who causes what, streams, checks.
export { WorkItemState, type WorkItem, type Channel, type Visitor, type LinkSlot } from './state/work-item.js';
export { WORK_ITEM_EVENTS, type WorkItemEvent, type EventActor } from './state/work-item-events.js';
export { WORK_ITEM_TRANSITIONS, nextWorkItemState, applyWorkItemEvent, allowedEvents, type Transition } from './state/work-item-transitions.js';
export { WorkItemError, type WorkItemErrorCode } from './state/work-item-error.js';
export { streamOf, type StreamName } from './state/work-item-streams.js';
export { validateWorkItem } from './state/validate-work-item.js';
// The data source interface.
export { connectDataSource } from './data/connect.js';
export { checkedDataSource } from './data/checked-data-source.js';
export { CrmError, type CallOptions, type CrmDataSource, type CrmErrorCode, type IncomingOffer, type WorkItemChange } from './data/crm-data-source.js';
export type { AccountRecord, Activity, CaseRecord, ContactRecord, CustomerRecord, PreferredChannel, Relationship, CasePriority, CaseStatus, ActivityType, CrmCode, RecordMatch, SummarySubject } from './data/records.js';
// Orchestration over the CRM interface: Open, Pick, Accept, link, keep conversations in step, re-check on restore.
export { pickWorkItem, openWorkItem, acceptOffer, keepConversationsInStep, linkConversationRecord, unlinkConversationRecord, recheckConversations, type StartResult, type LinkResult, type RecheckResult } from './actions/index.js';
export type * from './event-details.js';
