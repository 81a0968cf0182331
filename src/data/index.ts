export { CrmError, type CallOptions, type CrmDataSource, type CrmErrorCode, type IncomingOffer, type WorkItemChange } from './crm-data-source.js';
export { InMemoryCrm, type CrmMethod, type InMemoryCrmOptions } from './in-memory-crm.js';
export type { Latency } from './simulated-network.js';
export type { AccountRecord, Activity, CaseRecord, ContactRecord, CustomerRecord, PreferredChannel, Relationship, CasePriority, CaseStatus, ActivityType, CrmCode, RecordMatch, SummarySubject } from './records.js';
