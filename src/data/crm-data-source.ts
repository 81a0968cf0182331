import type { LinkSlot, StreamName, WorkItem, WorkItemEvent } from '../state/work-item.js';
import type { RecordRef } from '../state/session.js';
import type { Activity, CaseRecord, CustomerRecord, RecordMatch, SummarySubject } from './records.js';

/**
 * What the elements need from a CRM. Hosts implement it over their own back end; the kit ships
 * `InMemoryCrm` as its embedded default. Every call is asynchronous, may be slow and may fail
 * (with a `CrmError`); elements show loading and error states and offer a retry.
 */
export interface CrmDataSource {
  /** The signed-in agent: "My work items" are the ones assigned to this id. */
  readonly agentId: string;

  /** The work items of one dashboard stream, in no particular order. */
  listWorkItems(stream: StreamName, options?: { signal?: AbortSignal }): Promise<WorkItem[]>;

  /** One work item as it is now; `not-found` for an unknown id. */
  getWorkItem(id: string): Promise<WorkItem>;

  /**
   * Applies an event to a work item as this agent (`pick`, `reopen`, `end`, `close-session`…) and
   * answers the item as it now is. `conflict` when another agent got there first.
   */
  changeWorkItem(id: string, event: WorkItemEvent): Promise<WorkItem>;

  /** Tells `listener` about every work item that changes, appears or goes; returns the unsubscribe. */
  subscribeWorkItems(listener: (change: WorkItemChange) => void): () => void;

  /** Tells `listener` the current offers now and whenever they change; returns the unsubscribe. */
  subscribeOffers(listener: (offers: readonly IncomingOffer[]) => void): () => void;

  /** Accepts an offer: the conversation becomes Active and assigned to this agent. */
  acceptOffer(offerId: string): Promise<WorkItem>;

  /** Rejects an offer: the conversation goes back to its queue, still Open. */
  rejectOffer(offerId: string): Promise<void>;

  /**
   * Finds records to link, at most 10: `customer` searches accounts (name, number, e-mail, phone)
   * and contacts (first, last or full name, company, e-mail, mobile); `case` searches cases
   * (number, title). Accents and case are ignored.
   */
  searchRecords(kind: LinkSlot, query: string, options?: { signal?: AbortSignal }): Promise<RecordMatch[]>;

  /** A contact's or an account's profile; `not-found` for an unknown one. */
  getCustomer(ref: { entity: string; id: string }): Promise<CustomerRecord>;

  /** A case's details; `not-found` for an unknown one. */
  getCase(ref: { entity: string; id: string }): Promise<CaseRecord>;

  /** The customer's cases, newest first (an account's: those of its contacts). */
  listRecentCases(customer: { entity: string; id: string }): Promise<CaseRecord[]>;

  /** The timeline of a conversation, its customer and its case, newest first. */
  listActivities(subject: SummarySubject): Promise<Activity[]>;

  /** Adds the agent's quick note to a conversation's timeline. */
  addNote(workItemId: string, text: string): Promise<Activity>;

  /**
   * Links a contact or account (the customer) or a case to a conversation: one of each at most,
   * so linking into an occupied slot is a `conflict`. Answers the conversation as it now is.
   */
  linkRecord(workItemId: string, record: RecordRef): Promise<WorkItem>;

  /** Unlinks the conversation's customer or case. */
  unlinkRecord(workItemId: string, slot: LinkSlot): Promise<WorkItem>;
}

export type WorkItemChange = { readonly type: 'upsert'; readonly item: WorkItem } | { readonly type: 'remove'; readonly id: string };

/** A conversation that routing offers to this agent until `expiresAt`. */
export interface IncomingOffer {
  readonly id: string;
  readonly workItem: WorkItem;
  readonly offeredAt: number;
  readonly expiresAt: number;
}

export type CrmErrorCode = 'not-found' | 'conflict' | 'illegal-transition' | 'invalid' | 'expired' | 'unavailable';

/** Why a data source call failed; `code` is for code, `message` for the agent. */
export class CrmError extends Error {
  override name = 'CrmError';
  constructor(
    readonly code: CrmErrorCode,
    message: string,
  ) {
    super(message);
  }
}
