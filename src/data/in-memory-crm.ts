import { WorkItemError, nextWorkItemState, streamOf, validateWorkItem, type StreamName, type WorkItem, type WorkItemEvent, type WorkItemState } from '../state/work-item.js';
import { CrmError, type CrmDataSource, type IncomingOffer, type WorkItemChange } from './crm-data-source.js';
import { seedRecords, seedWorkItem, type SeedRecords } from './seed-data.js';
import { SeededRandom } from './seeded-random.js';

export interface InMemoryCrmOptions {
  /** Same seed, same CRM. Default 1. */
  seed?: number;
  /** How many work items to seed (default 40; the demo uses thousands). */
  workItems?: number;
  /** The signed-in agent. Default `agent-1`. */
  agentId?: string;
  /** Delay before each answer, in ms, or a [min, max] range (default none). */
  latencyMs?: number | readonly [number, number];
  /** How long an offer waits for Accept or Reject before it goes back to the queue. Default 30 s. */
  offerTimeoutMs?: number;
  /** The clock, for tests. */
  now?: () => number;
}

type Method = 'listWorkItems' | 'getWorkItem' | 'changeWorkItem' | 'acceptOffer' | 'rejectOffer';

/**
 * The kit's embedded CRM: seeded, deterministic, in memory, with optional latency, failures on
 * demand and a simulated router that offers incoming conversations. Implements `CrmDataSource`,
 * so it stands in for a host's real back end in the demo and in tests.
 */
export class InMemoryCrm implements CrmDataSource {
  readonly agentId: string;
  readonly records: SeedRecords;
  #items = new Map<string, WorkItem>();
  #offers: IncomingOffer[] = [];
  #offerTimers = new Map<string, ReturnType<typeof setTimeout>>();
  #itemListeners = new Set<(change: WorkItemChange) => void>();
  #offerListeners = new Set<(offers: readonly IncomingOffer[]) => void>();
  #failures = new Map<Method, CrmError[]>();
  #random: SeededRandom;
  #latency: number | readonly [number, number];
  #offerTimeoutMs: number;
  #now: () => number;
  #router?: ReturnType<typeof setInterval>;
  #nextIndex: number;

  constructor(options: InMemoryCrmOptions = {}) {
    this.agentId = options.agentId ?? 'agent-1';
    this.#random = new SeededRandom(options.seed ?? 1);
    this.#latency = options.latencyMs ?? 0;
    this.#offerTimeoutMs = options.offerTimeoutMs ?? 30_000;
    this.#now = options.now ?? Date.now;
    const count = options.workItems ?? 40;
    this.records = seedRecords(this.#random, { accounts: 30, contacts: 80, cases: 60 });
    const now = this.#now();
    for (let i = 0; i < count; i++) {
      const item = seedWorkItem(this.#random, this.records, i, { agentId: this.agentId, now });
      this.#items.set(item.id, item);
    }
    this.#nextIndex = count;
  }

  async listWorkItems(stream: StreamName, options: { signal?: AbortSignal } = {}): Promise<WorkItem[]> {
    if (!['my', 'open', 'closed'].includes(stream)) throw new CrmError('invalid', `Unknown stream "${String(stream)}".`);
    await this.#answer('listWorkItems', options.signal);
    return [...this.#items.values()].filter((item) => streamOf(item, this.agentId) === stream).map(copy);
  }

  async getWorkItem(id: string): Promise<WorkItem> {
    await this.#answer('getWorkItem');
    return copy(this.#get(id));
  }

  async changeWorkItem(id: string, event: WorkItemEvent): Promise<WorkItem> {
    await this.#answer('changeWorkItem');
    const item = this.#get(id);
    if (event === 'pick' && item.assignedTo && item.assignedTo !== this.agentId) {
      throw new CrmError('conflict', `Another agent picked “${item.subject}” first.`);
    }
    return copy(this.#apply(item, event, this.agentId));
  }

  subscribeWorkItems(listener: (change: WorkItemChange) => void): () => void {
    this.#itemListeners.add(listener);
    return () => this.#itemListeners.delete(listener);
  }

  subscribeOffers(listener: (offers: readonly IncomingOffer[]) => void): () => void {
    this.#offerListeners.add(listener);
    listener(this.offers);
    return () => this.#offerListeners.delete(listener);
  }

  async acceptOffer(offerId: string): Promise<WorkItem> {
    await this.#answer('acceptOffer');
    const offer = this.#takeOffer(offerId);
    return copy(this.#apply(this.#get(offer.workItem.id), 'route', this.agentId));
  }

  async rejectOffer(offerId: string): Promise<void> {
    await this.#answer('rejectOffer');
    this.#takeOffer(offerId);
  }

  // ——— Hooks for the demo and for tests ———

  /** The offers waiting for the agent, oldest first. */
  get offers(): readonly IncomingOffer[] {
    return this.#offers.map((offer) => ({ ...offer, workItem: copy(offer.workItem) }));
  }

  /** A work item by id, as it is now (a copy), or undefined. */
  workItem(id: string): WorkItem | undefined {
    const item = this.#items.get(id);
    return item && copy(item);
  }

  /** Every work item (copies), for tests and the demo. */
  allWorkItems(): WorkItem[] {
    return [...this.#items.values()].map(copy);
  }

  /** Makes the next call(s) of `method` fail with `error` (an `unavailable` error by default). */
  failNext(method: Method, error: CrmError = new CrmError('unavailable', 'The CRM did not answer. Try again.'), times = 1): void {
    const queue = this.#failures.get(method) ?? [];
    for (let i = 0; i < times; i++) queue.push(error);
    this.#failures.set(method, queue);
  }

  setLatency(latencyMs: number | readonly [number, number]): void {
    this.#latency = latencyMs;
  }

  /** Adds work items (validated), as if they came from elsewhere; subscribers hear of them. */
  addWorkItems(items: readonly unknown[]): WorkItem[] {
    const valid = items.map((item) => validateWorkItem(item));
    for (const item of valid) this.#store(copy(item));
    return valid.map(copy);
  }

  /** Another agent takes an Open item: it leaves the Open stream and a later pick is a conflict. */
  simulateOtherAgentPick(id: string, otherAgent = 'agent-2'): void {
    this.#apply(this.#get(id), 'pick', otherAgent);
  }

  /** Applies an event as the customer or the system would (customer-returned, timeout…). */
  applyEvent(id: string, event: WorkItemEvent): WorkItem {
    return copy(this.#apply(this.#get(id), event, undefined));
  }

  /** Routing offers a new conversation to the agent at once; returns the offer. */
  offerIncoming(overrides: Partial<WorkItem> = {}): IncomingOffer {
    const now = this.#now();
    const seeded = seedWorkItem(this.#random, this.records, this.#nextIndex++, { agentId: this.agentId, now, state: 'open' });
    const item = validateWorkItem({ ...seeded, createdAt: now, updatedAt: now, ...overrides, state: 'open', assignedTo: undefined });
    this.#store(item);
    const offer: IncomingOffer = { id: `offer-${item.id}`, workItem: item, offeredAt: now, expiresAt: now + this.#offerTimeoutMs };
    this.#offers = [...this.#offers, offer];
    this.#offerTimers.set(offer.id, setTimeout(() => this.#expire(offer.id), this.#offerTimeoutMs));
    this.#notifyOffers();
    return { ...offer, workItem: copy(item) };
  }

  /** Offers a conversation every `intervalMs` until `stopRouter()`. */
  startRouter(intervalMs = 45_000): void {
    this.stopRouter();
    this.#router = setInterval(() => this.offerIncoming(), intervalMs);
  }

  stopRouter(): void {
    clearInterval(this.#router);
    this.#router = undefined;
  }

  /** Stops every timer (router, offer expiries). */
  dispose(): void {
    this.stopRouter();
    for (const timer of this.#offerTimers.values()) clearTimeout(timer);
    this.#offerTimers.clear();
  }

  // ——— internals ———

  #get(id: string): WorkItem {
    const item = typeof id === 'string' ? this.#items.get(id) : undefined;
    if (!item) throw new CrmError('not-found', `No work item has the id ${JSON.stringify(id)}.`);
    return item;
  }

  #apply(item: WorkItem, event: WorkItemEvent, agent: string | undefined): WorkItem {
    let state: WorkItemState;
    try {
      state = nextWorkItemState(item.state, item.channel, event);
    } catch (error) {
      throw error instanceof WorkItemError ? new CrmError('illegal-transition', error.message) : error;
    }
    const assignedTo = state === 'open' || state === 'closed' ? undefined : (agent ?? item.assignedTo);
    const { assignedTo: _previous, ...rest } = item;
    const next: WorkItem = {
      ...rest,
      state,
      ...(assignedTo ? { assignedTo } : {}),
      handledBy: assignedTo ?? item.handledBy,
      updatedAt: Math.max(this.#now(), item.updatedAt),
    };
    this.#store(next);
    return next;
  }

  #store(item: WorkItem): void {
    this.#items.set(item.id, item);
    // An offered conversation that is no longer Open (picked, closed) is no longer on offer.
    if (item.state !== 'open') this.#withdrawOffersFor(item.id);
    for (const listener of [...this.#itemListeners]) listener({ type: 'upsert', item: copy(item) });
  }

  #takeOffer(offerId: string): IncomingOffer {
    const offer = this.#offers.find((o) => o.id === offerId);
    if (!offer) throw new CrmError('expired', 'This conversation is no longer offered to you.');
    this.#removeOffer(offerId);
    return offer;
  }

  #expire(offerId: string): void {
    if (this.#offers.some((o) => o.id === offerId)) this.#removeOffer(offerId);
  }

  #withdrawOffersFor(workItemId: string): void {
    for (const offer of this.#offers.filter((o) => o.workItem.id === workItemId)) this.#removeOffer(offer.id);
  }

  #removeOffer(offerId: string): void {
    clearTimeout(this.#offerTimers.get(offerId));
    this.#offerTimers.delete(offerId);
    this.#offers = this.#offers.filter((o) => o.id !== offerId);
    this.#notifyOffers();
  }

  #notifyOffers(): void {
    const offers = this.offers;
    for (const listener of [...this.#offerListeners]) listener(offers);
  }

  async #answer(method: Method, signal?: AbortSignal): Promise<void> {
    const latency = typeof this.#latency === 'number' ? this.#latency : this.#random.int(this.#latency[0], this.#latency[1]);
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    if (signal?.aborted) throw new CrmError('unavailable', 'The request was cancelled.');
    const failure = this.#failures.get(method)?.shift();
    if (failure) throw failure;
  }
}

function copy<T>(value: T): T {
  return structuredClone(value);
}
