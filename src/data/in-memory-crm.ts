import type { RecordRef } from '../state/session.js';
import {
  WORK_ITEM_EVENTS,
  WorkItemError,
  applyWorkItemEvent,
  isWorkItemEvent,
  linkSlotOf,
  streamOf,
  validateWorkItem,
  type LinkSlot,
  type StreamName,
  type WorkItem,
  type WorkItemEvent,
} from '../state/work-item.js';
import type { Activity, CaseRecord, CustomerRecord, RecordMatch, SummarySubject } from './records.js';
import { CrmError, type CallOptions, type CrmDataSource, type IncomingOffer, type WorkItemChange } from './crm-data-source.js';
import { matchRecords } from './match-records.js';
import { seedRecords, seedWorkItem, seedWorkItemId, type SeedRecords } from './seed-data.js';
import { SeededRandom } from './seeded-random.js';
import { SimulatedNetwork, type Latency } from './simulated-network.js';

export interface InMemoryCrmOptions {
  /** Same seed, same CRM. Default 1. */
  seed?: number;
  /** How many work items to seed (default 40; the demo uses thousands, 10,000 is fine). */
  workItems?: number;
  /** The signed-in agent. Default `agent-1`. */
  agentId?: string;
  /** Delay before each answer, in ms, or a [min, max] range (default none). */
  latencyMs?: Latency;
  /** The share of calls, 0 to 1, that fail as `unavailable` at random (seeded). Default 0. */
  failureRate?: number;
  /** How long an offer waits for Accept or Reject before it goes back to the queue. Default 30 s. */
  offerTimeoutMs?: number;
  /** Starts the simulated router at once, offering a conversation this often. Off by default. */
  routerIntervalMs?: number;
  /** The clock, for tests. */
  now?: () => number;
}

/** The calls `failNext` can make fail: every `CrmDataSource` method that answers a promise. */
export type CrmMethod =
  | 'listWorkItems'
  | 'getWorkItem'
  | 'changeWorkItem'
  | 'acceptOffer'
  | 'rejectOffer'
  | 'searchRecords'
  | 'getCustomer'
  | 'getCase'
  | 'listRecentCases'
  | 'listActivities'
  | 'addNote'
  | 'linkRecord'
  | 'unlinkRecord';

const STREAMS: readonly StreamName[] = ['my', 'open', 'closed'];
const MAX_NOTE_LENGTH = 2000;

/**
 * The kit's embedded CRM: seeded, deterministic, in memory, with optional latency, failures on
 * demand and a simulated router that offers incoming conversations. Implements `CrmDataSource`,
 * so it stands in for a host's real back end in the demo and in tests; the methods after the
 * interface's are hooks for those, playing the customer, routing, other agents and a bad network.
 */
export class InMemoryCrm implements CrmDataSource {
  readonly agentId: string;
  /** The seeded accounts, contacts, cases and activities. Read them; don't change them. */
  readonly records: SeedRecords;
  /** The work items; read through `#items`, which finishes seeding first. */
  #seededItems = new Map<string, WorkItem>();
  /** Work items still to seed (issue 12: seeding 3,000 at once was the demo's longest task). */
  #toSeed?: { next: number; count: number; now: number };
  #offers: IncomingOffer[] = [];
  #offerTimers = new Map<string, ReturnType<typeof setTimeout>>();
  #itemListeners = new Set<(change: WorkItemChange) => void>();
  #offerListeners = new Set<(offers: readonly IncomingOffer[]) => void>();
  #network: SimulatedNetwork<CrmMethod>;
  #random: SeededRandom;
  #offerTimeoutMs: number;
  #now: () => number;
  #router?: ReturnType<typeof setInterval>;
  #nextIndex: number;

  constructor(options: InMemoryCrmOptions = {}) {
    const seed = options.seed ?? 1;
    const count = options.workItems ?? 40;
    if (!Number.isInteger(count) || count < 0) throw new CrmError('invalid', `workItems must be a whole number of at least 0, not ${String(count)}.`);
    this.agentId = options.agentId ?? 'agent-1';
    this.#offerTimeoutMs = checkInterval(options.offerTimeoutMs ?? 30_000, 'offerTimeoutMs');
    this.#now = options.now ?? Date.now;
    // The network draws from its own seed so latency and failures never change the data.
    this.#network = new SimulatedNetwork({ seed: seed ^ 0x5eed, latencyMs: options.latencyMs, failureRate: options.failureRate });
    this.#random = new SeededRandom(seed);
    const now = this.#now();
    this.records = seedRecords(this.#random, { accounts: 30, contacts: 80, cases: 60 }, now);
    // Work items are seeded in small chunks between tasks from now on, or all at once the moment
    // anything needs them before that. Same order, so the same data.
    this.#toSeed = { next: 0, count, now };
    this.#seedInChunks();
    this.#nextIndex = count;
    if (options.routerIntervalMs !== undefined) this.startRouter(options.routerIntervalMs);
  }

  get #items(): Map<string, WorkItem> {
    if (this.#toSeed) this.#seed(Infinity);
    return this.#seededItems;
  }

  /** Seeds up to `max` more work items; forgets the plan once all are seeded. */
  #seed(max: number): void {
    const plan = this.#toSeed;
    if (!plan) return;
    const end = Math.min(plan.count, plan.next + max);
    for (; plan.next < end; plan.next++) {
      const item = seedWorkItem(this.#random, this.records, plan.next, { agentId: this.agentId, now: plan.now });
      this.#seededItems.set(item.id, item);
    }
    if (plan.next >= plan.count) this.#toSeed = undefined;
  }

  #seedInChunks(): void {
    if (!this.#toSeed) return;
    setTimeout(() => {
      this.#seed(250);
      this.#seedInChunks();
    });
  }

  // ——— CrmDataSource ———

  async listWorkItems(stream: StreamName, options: CallOptions = {}): Promise<WorkItem[]> {
    if (!STREAMS.includes(stream)) throw new CrmError('invalid', `Unknown stream ${JSON.stringify(stream)}: ask for "my", "open" or "closed".`);
    await this.#network.call('listWorkItems', options.signal);
    const listed: WorkItem[] = [];
    for (const item of this.#items.values()) if (streamOf(item, this.agentId) === stream) listed.push(copyWorkItem(item));
    return listed;
  }

  async getWorkItem(id: string, options: CallOptions = {}): Promise<WorkItem> {
    await this.#network.call('getWorkItem', options.signal);
    return copy(this.#get(id));
  }

  async changeWorkItem(id: string, event: WorkItemEvent, options: CallOptions = {}): Promise<WorkItem> {
    await this.#network.call('changeWorkItem', options.signal);
    if (!isWorkItemEvent(event) || WORK_ITEM_EVENTS[event] !== 'agent') {
      const agentEvents = Object.entries(WORK_ITEM_EVENTS).filter(([, by]) => by === 'agent').map(([name]) => name);
      throw new CrmError('invalid', `${JSON.stringify(event)} is not something the agent does to a conversation (the agent can: ${agentEvents.join(', ')}).`);
    }
    const item = this.#get(id);
    if (item.assignedTo && item.assignedTo !== this.agentId) {
      throw new CrmError('conflict', event === 'pick' ? `Another agent picked “${item.subject}” first.` : `“${item.subject}” is assigned to another agent.`);
    }
    return copy(this.#apply(item, event, this.agentId));
  }

  subscribeWorkItems(listener: (change: WorkItemChange) => void): () => void {
    this.#itemListeners.add(listener);
    return () => this.#itemListeners.delete(listener);
  }

  subscribeOffers(listener: (offers: readonly IncomingOffer[]) => void): () => void {
    this.#offerListeners.add(listener);
    notify(listener, this.offers);
    return () => this.#offerListeners.delete(listener);
  }

  async acceptOffer(offerId: string, options: CallOptions = {}): Promise<WorkItem> {
    await this.#network.call('acceptOffer', options.signal);
    const offer = this.#offer(offerId);
    // Taking the item off the queue withdraws its offer (see #store).
    return copy(this.#apply(this.#get(offer.workItem.id), 'route', this.agentId));
  }

  async rejectOffer(offerId: string, options: CallOptions = {}): Promise<void> {
    await this.#network.call('rejectOffer', options.signal);
    this.#removeOffer(this.#offer(offerId).id);
  }

  async searchRecords(kind: LinkSlot, query: string, options: CallOptions = {}): Promise<RecordMatch[]> {
    await this.#network.call('searchRecords', options.signal);
    if (kind !== 'customer' && kind !== 'case') throw new CrmError('invalid', `Search "customer" or "case", not ${JSON.stringify(kind)}.`);
    if (typeof query !== 'string') throw new CrmError('invalid', `A search query is text, not ${JSON.stringify(query)}.`);
    return matchRecords(this.records, kind, query);
  }

  async getCustomer(ref: { entity: string; id: string }, options: CallOptions = {}): Promise<CustomerRecord> {
    await this.#network.call('getCustomer', options.signal);
    return copy(this.#customer(ref));
  }

  async getCase(ref: { entity: string; id: string }, options: CallOptions = {}): Promise<CaseRecord> {
    await this.#network.call('getCase', options.signal);
    return copy(this.#case(ref));
  }

  async listRecentCases(customer: { entity: string; id: string }, options: CallOptions = {}): Promise<CaseRecord[]> {
    await this.#network.call('listRecentCases', options.signal);
    const record = this.#customer(customer);
    const people = new Set(record.entity === 'contact' ? [record.id] : this.records.contacts.filter((c) => c.accountId === record.id).map((c) => c.id));
    return this.records.cases
      .filter((c) => people.has(c.customerId))
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, 10)
      .map(copy);
  }

  async listActivities(subject: SummarySubject, options: CallOptions = {}): Promise<Activity[]> {
    await this.#network.call('listActivities', options.signal);
    if (typeof subject !== 'object' || subject === null) throw new CrmError('invalid', 'Activities are listed for a {workItemId, customer, case}.');
    const ids = [subject.workItemId, subject.customer?.id, subject.case?.id].filter((id): id is string => !!id);
    return ids
      .flatMap((id) => this.records.activities.get(id) ?? [])
      .sort((a, b) => b.at - a.at)
      .map(copy);
  }

  async addNote(workItemId: string, text: string, options: CallOptions = {}): Promise<Activity> {
    await this.#network.call('addNote', options.signal);
    this.#get(workItemId);
    const subject = typeof text === 'string' ? text.trim() : '';
    if (!subject) throw new CrmError('invalid', 'A note needs some text.');
    if (subject.length > MAX_NOTE_LENGTH) throw new CrmError('invalid', `A note is at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters.`);
    const notes = this.records.activities.get(workItemId) ?? [];
    const note: Activity = { id: `ACT-${workItemId}-${notes.length}`, about: 'conversation', type: 'note', subject, at: this.#now(), by: this.agentId };
    this.records.activities.set(workItemId, [...notes, note]);
    return copy(note);
  }

  async linkRecord(workItemId: string, record: RecordRef, options: CallOptions = {}): Promise<WorkItem> {
    await this.#network.call('linkRecord', options.signal);
    const item = this.#get(workItemId);
    const slot = linkSlotOf(record?.entity);
    if (!slot) throw new CrmError('invalid', `Only contacts, accounts and cases can be linked, not ${JSON.stringify(record?.entity)}.`);
    const found = slot === 'customer' ? this.#customer(record) : this.#case(record);
    const linked = item[slot];
    if (linked && linked.id !== found.id) throw new CrmError('conflict', `“${linked.name}” is already linked: unlink it first.`);
    const next: WorkItem = { ...item, [slot]: { entity: found.entity, id: found.id, name: found.name }, updatedAt: Math.max(this.#now(), item.updatedAt) };
    this.#store(next);
    return copy(next);
  }

  async unlinkRecord(workItemId: string, slot: LinkSlot, options: CallOptions = {}): Promise<WorkItem> {
    await this.#network.call('unlinkRecord', options.signal);
    const item = this.#get(workItemId);
    if (slot !== 'customer' && slot !== 'case') throw new CrmError('invalid', `Unlink "customer" or "case", not ${JSON.stringify(slot)}.`);
    const { [slot]: _gone, ...rest } = item;
    const next: WorkItem = { ...rest, updatedAt: Math.max(this.#now(), item.updatedAt) };
    this.#store(next);
    return copy(next);
  }

  // ——— Hooks for the demo and for tests ———

  /** The offers waiting for the agent, oldest first (copies). */
  get offers(): readonly IncomingOffer[] {
    return this.#offers.map((offer) => ({ ...offer, workItem: copy(offer.workItem) }));
  }

  /** A work item by id, as it is now (a copy), or undefined. Answers at once, with no latency. */
  workItem(id: string): WorkItem | undefined {
    const item = this.#items.get(id);
    return item && copy(item);
  }

  /** Every work item (copies), for tests and the demo. */
  allWorkItems(): WorkItem[] {
    return [...this.#items.values()].map(copy);
  }

  /** Makes the next `times` calls of `method` fail with `error` (an `unavailable` error by default). */
  failNext(method: CrmMethod, error: CrmError = new CrmError('unavailable', 'The CRM did not answer. Try again.'), times = 1): void {
    this.#network.failNext(method, error, times);
  }

  /** Changes the delay before each answer: ms, or a [min, max] range. */
  setLatency(latencyMs: Latency): void {
    this.#network.setLatency(latencyMs);
  }

  /** Changes the share of calls, 0 to 1, that fail as `unavailable` at random. */
  setFailureRate(rate: number): void {
    this.#network.setFailureRate(rate);
  }

  /** Holds every call until `resume()`: loading states stay on screen for as long as a test needs. */
  pause(): void {
    this.#network.pause();
  }

  /** Lets the calls held by `pause()` answer. */
  resume(): void {
    this.#network.resume();
  }

  /** Adds or replaces work items (validated), as if they came from elsewhere; subscribers hear of them. */
  addWorkItems(items: readonly unknown[]): WorkItem[] {
    let valid: WorkItem[];
    try {
      valid = items.map((item) => copy(validateWorkItem(item)));
    } catch (error) {
      throw asCrmError(error);
    }
    for (const item of valid) this.#store(item);
    return valid.map(copy);
  }

  /** Deletes a work item, as if it were purged from the CRM; subscribers hear `remove`. */
  removeWorkItem(id: string): void {
    this.#get(id);
    this.#items.delete(id);
    this.#withdrawOffersFor(id);
    for (const listener of [...this.#itemListeners]) notify(listener, { type: 'remove', id });
  }

  /** Another agent takes an Open item: it leaves the Open stream and a later pick is a conflict. */
  simulateOtherAgentPick(id: string, otherAgent = 'agent-2'): WorkItem {
    return copy(this.#apply(this.#get(id), 'pick', otherAgent));
  }

  /**
   * Applies an event as the customer, routing, a supervisor or the system would
   * (`customer-returned`, `timeout`, `assign`…). Events that assign the item need `agentId`.
   */
  applyEvent(id: string, event: WorkItemEvent, options: { agentId?: string } = {}): WorkItem {
    return copy(this.#apply(this.#get(id), event, options.agentId));
  }

  /**
   * Routing offers a new Open conversation to the agent at once; returns the offer. `overrides`
   * shape the conversation (channel, visitor, customer…); it is always Open and unassigned.
   */
  offerIncoming(overrides: Partial<WorkItem> = {}): IncomingOffer {
    const now = this.#now();
    let index = this.#nextIndex++;
    while (this.#items.has(seedWorkItemId(index))) index = this.#nextIndex++;
    const seeded = seedWorkItem(this.#random, this.records, index, { agentId: this.agentId, now, state: 'open' });
    const { assignedTo: _assigned, handledBy: _handled, ...fresh } = { ...seeded, createdAt: now, updatedAt: now, ...overrides, state: 'open' as const };
    if (this.#items.has(fresh.id)) throw new CrmError('invalid', `A work item ${JSON.stringify(fresh.id)} already exists: an incoming conversation is new.`);
    const [item] = this.addWorkItems([fresh]);
    const offer: IncomingOffer = { id: `offer-${item!.id}`, workItem: item!, offeredAt: now, expiresAt: now + this.#offerTimeoutMs };
    this.#offers = [...this.#offers, offer];
    this.#offerTimers.set(
      offer.id,
      setTimeout(() => this.#removeOffer(offer.id), this.#offerTimeoutMs),
    );
    this.#notifyOffers();
    return { ...offer, workItem: copy(offer.workItem) };
  }

  /**
   * Withdraws every offer whose `expiresAt` has passed by the CRM's clock, as its timer would:
   * for tests that move a fake `now` instead of waiting. Returns the expired offers' ids.
   */
  expireOffers(): string[] {
    const now = this.#now();
    const expired = this.#offers.filter((offer) => offer.expiresAt <= now).map((offer) => offer.id);
    for (const id of expired) this.#removeOffer(id);
    return expired;
  }

  /** Offers a conversation every `intervalMs` (default 45 s) until `stopRouter()`. */
  startRouter(options: number | { intervalMs?: number } = {}): void {
    const intervalMs = checkInterval(typeof options === 'number' ? options : (options.intervalMs ?? 45_000), 'The router interval');
    this.stopRouter();
    this.#router = setInterval(() => this.offerIncoming(), intervalMs);
  }

  stopRouter(): void {
    clearInterval(this.#router);
    this.#router = undefined;
  }

  /** Stops every timer (router, offer expiries) and lets paused calls answer. */
  dispose(): void {
    this.stopRouter();
    for (const timer of this.#offerTimers.values()) clearTimeout(timer);
    this.#offerTimers.clear();
    this.#network.resume();
  }

  // ——— internals ———

  #get(id: string): WorkItem {
    if (typeof id !== 'string' || !id) throw new CrmError('invalid', `A work item id is non-empty text, not ${JSON.stringify(id)}.`);
    const item = this.#items.get(id);
    if (!item) throw new CrmError('not-found', `No work item has the id ${JSON.stringify(id)}.`);
    return item;
  }

  #customer(ref: { entity: string; id: string }): CustomerRecord {
    const list: readonly CustomerRecord[] = ref?.entity === 'account' ? this.records.accounts : ref?.entity === 'contact' ? this.records.contacts : [];
    const found = list.find((r) => r.id === ref.id);
    if (!found) throw new CrmError('not-found', `No contact or account ${JSON.stringify(ref?.id)} in the CRM.`);
    return found;
  }

  #case(ref: { entity: string; id: string }): CaseRecord {
    const found = ref?.entity === 'incident' ? this.records.cases.find((c) => c.id === ref.id) : undefined;
    if (!found) throw new CrmError('not-found', `No case ${JSON.stringify(ref?.id)} in the CRM.`);
    return found;
  }

  #offer(offerId: string): IncomingOffer {
    const offer = this.#offers.find((o) => o.id === offerId);
    if (!offer) throw new CrmError('expired', 'This conversation is no longer offered to you.');
    return offer;
  }

  #apply(item: WorkItem, event: WorkItemEvent, agentId: string | undefined): WorkItem {
    let next: WorkItem;
    try {
      next = applyWorkItemEvent(item, event, { agentId, at: this.#now() });
    } catch (error) {
      throw asCrmError(error);
    }
    this.#store(next);
    return next;
  }

  #store(item: WorkItem): void {
    this.#items.set(item.id, item);
    // An offered conversation that is no longer Open (picked, closed) is no longer on offer.
    if (item.state !== 'open') this.#withdrawOffersFor(item.id);
    for (const listener of [...this.#itemListeners]) notify(listener, { type: 'upsert', item: copyWorkItem(item) });
  }

  #withdrawOffersFor(workItemId: string): void {
    for (const offer of this.#offers.filter((o) => o.workItem.id === workItemId)) this.#removeOffer(offer.id);
  }

  #removeOffer(offerId: string): void {
    clearTimeout(this.#offerTimers.get(offerId));
    this.#offerTimers.delete(offerId);
    if (!this.#offers.some((o) => o.id === offerId)) return;
    this.#offers = this.#offers.filter((o) => o.id !== offerId);
    this.#notifyOffers();
  }

  #notifyOffers(): void {
    for (const listener of [...this.#offerListeners]) notify(listener, this.offers);
  }
}

/** Calls a subscriber; one that throws must not stop the others or undo a change already made. */
function notify<T>(listener: (value: T) => void, value: T): void {
  try {
    listener(value);
  } catch (error) {
    console.error('engagement-hub-elements: an InMemoryCrm subscriber threw:', error);
  }
}

/** The model's refusals, in the data source's words. */
function asCrmError(error: unknown): unknown {
  if (!(error instanceof WorkItemError)) return error;
  return new CrmError(error.code === 'illegal-transition' ? 'illegal-transition' : 'invalid', error.message);
}

function checkInterval(ms: unknown, what: string): number {
  if (typeof ms === 'number' && Number.isFinite(ms) && ms > 0) return ms;
  throw new CrmError('invalid', `${what} must be a number of ms above 0, not ${JSON.stringify(ms)}.`);
}

function copy<T>(value: T): T {
  return structuredClone(value);
}

/**
 * A work item's copy, as `structuredClone` would make it but several times faster (8 % of the
 * demo's start-up went to cloning, issue 12): work items are plain data of a known shape.
 */
function copyWorkItem(item: WorkItem): WorkItem {
  const copied: { -readonly [K in keyof WorkItem]: WorkItem[K] } = { ...item, visitor: { ...item.visitor }, queue: { ...item.queue } };
  if (item.customer) copied.customer = { ...item.customer };
  if (item.case) copied.case = { ...item.case };
  if (item.preChat) copied.preChat = item.preChat.map((entry) => ({ ...entry }));
  return copied;
}
