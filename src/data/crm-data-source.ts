import type { LinkSlot, WorkItem } from '../state/work-item.js';
import type { WorkItemEvent } from '../state/work-item-events.js';
import type { StreamName } from '../state/work-item-streams.js';
import type { RecordRef } from '../state/session.js';
import type { Activity, CaseRecord, CustomerRecord, RecordMatch, SummarySubject } from './records.js';

/** What every call may take: a signal to cancel it (the agent moved on, the element went away). */
export interface CallOptions {
  /** Cancels the call: it rejects with an `aborted` `CrmError` and changes nothing it had not already changed. */
  readonly signal?: AbortSignal;
}

/**
 * What the elements need from a CRM. Hosts implement it over their own back end; the kit ships
 * `InMemoryCrm` as its embedded default. Every call is asynchronous, may be slow and may fail
 * (with a `CrmError`); elements show loading and error states and offer a retry. Everything
 * that goes in or comes out is plain JSON data, and answers are the caller's to keep: changing
 * them changes nothing in the CRM.
 */
export interface CrmDataSource {
  /** The signed-in agent: "My work items" are the ones assigned to this id. */
  readonly agentId: string;

  /**
   * The work items of one dashboard stream (`my`, `open` or `closed`; see `streamOf`), in no
   * particular order. `invalid` for another stream name.
   */
  listWorkItems(stream: StreamName, options?: CallOptions): Promise<WorkItem[]>;

  /** One work item as it is now; `not-found` for an unknown id. */
  getWorkItem(id: string, options?: CallOptions): Promise<WorkItem>;

  /**
   * Applies one of the agent's own events to a work item (`pick`, `reopen`, `end`,
   * `close-session`, `set-waiting`, `release`, `transfer`) and answers the item as it now is.
   * Fails with `not-found` (unknown id), `invalid` (not an agent's event), `conflict` (another
   * agent picked it first, or it is assigned to another agent) or `illegal-transition` (the
   * state table does not allow it); a failed call changes nothing.
   */
  changeWorkItem(id: string, event: WorkItemEvent, options?: CallOptions): Promise<WorkItem>;

  /**
   * Tells `listener` about every work item that changes, appears (`upsert`) or goes (`remove`),
   * whoever changed it; returns the unsubscribe. Several streams can share one subscription.
   */
  subscribeWorkItems(listener: (change: WorkItemChange) => void): () => void;

  /**
   * Tells `listener` the offers waiting for this agent, oldest first: at once, then whenever they
   * change (a new offer, an accept, a reject, an expiry). Returns the unsubscribe.
   */
  subscribeOffers(listener: (offers: readonly IncomingOffer[]) => void): () => void;

  /**
   * Accepts an offer: the conversation becomes Active and assigned to this agent. `expired` when
   * the offer is no longer there (it timed out, was rejected, or someone else took the item).
   */
  acceptOffer(offerId: string, options?: CallOptions): Promise<WorkItem>;

  /** Rejects an offer: the conversation goes back to its queue, still Open and unassigned. `expired` as for accept. */
  rejectOffer(offerId: string, options?: CallOptions): Promise<void>;

  /**
   * Finds records to link, at most 10: `customer` searches accounts (name, number, e-mail, phone)
   * and contacts (first, last or full name, company, e-mail, mobile); `case` searches cases
   * (number, title). Accents and case are ignored; a blank query finds nothing.
   */
  searchRecords(kind: LinkSlot, query: string, options?: CallOptions): Promise<RecordMatch[]>;

  /** The customer profile section: a contact's or an account's profile; `not-found` for an unknown one. */
  getCustomer(ref: { entity: string; id: string }, options?: CallOptions): Promise<CustomerRecord>;

  /** The case section: a case's details; `not-found` for an unknown one. */
  getCase(ref: { entity: string; id: string }, options?: CallOptions): Promise<CaseRecord>;

  /** The recent cases section: the customer's cases, newest first (an account's: those of its contacts). */
  listRecentCases(customer: { entity: string; id: string }, options?: CallOptions): Promise<CaseRecord[]>;

  /**
   * The recent activities section: the timeline of a conversation, its customer and its case,
   * newest first. Each activity says what it is `about`, so the section filters without asking again.
   */
  listActivities(subject: SummarySubject, options?: CallOptions): Promise<Activity[]>;

  /** Adds the agent's quick note to a conversation's timeline; `invalid` for a blank or over-long note. */
  addNote(workItemId: string, text: string, options?: CallOptions): Promise<Activity>;

  /**
   * Links a contact or account (the customer) or a case to a conversation: one of each at most,
   * so linking into an occupied slot is a `conflict`. Answers the conversation as it now is.
   */
  linkRecord(workItemId: string, record: RecordRef, options?: CallOptions): Promise<WorkItem>;

  /** Unlinks the conversation's customer or case; answers the conversation as it now is. */
  unlinkRecord(workItemId: string, slot: LinkSlot, options?: CallOptions): Promise<WorkItem>;
}

export type WorkItemChange = { readonly type: 'upsert'; readonly item: WorkItem } | { readonly type: 'remove'; readonly id: string };

/** A conversation that routing offers to this agent until `expiresAt` (epoch ms). */
export interface IncomingOffer {
  readonly id: string;
  readonly workItem: WorkItem;
  readonly offeredAt: number;
  readonly expiresAt: number;
}

/**
 * Why a data source call failed. A failed call changes nothing.
 *
 * - `not-found`: no work item, record or offer has that id.
 * - `conflict`: someone else got there first (another agent picked it; a slot is already linked).
 * - `illegal-transition`: the conversation's state does not allow that event.
 * - `invalid`: a malformed argument (an unknown stream, a blank note, an event that is not the agent's).
 * - `expired`: the offer is gone (timed out, rejected, withdrawn).
 * - `unavailable`: the CRM did not answer; try again.
 * - `aborted`: the caller cancelled the call through its signal.
 * - `malformed`: the CRM answered something the kit cannot use (set by the kit's checking layer).
 */
export type CrmErrorCode = 'not-found' | 'conflict' | 'illegal-transition' | 'invalid' | 'expired' | 'unavailable' | 'aborted' | 'malformed';

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
