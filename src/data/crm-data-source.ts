import type { StreamName, WorkItem, WorkItemEvent } from '../state/work-item.js';

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
