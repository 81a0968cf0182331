import type { RecordRef } from '../state/session.js';
import {
  WorkItemError,
  linkSlotOf,
  nextWorkItemState,
  streamOf,
  validateWorkItem,
  type LinkSlot,
  type StreamName,
  type WorkItem,
  type WorkItemEvent,
  type WorkItemState,
} from '../state/work-item.js';
import type { Activity, CaseRecord, CustomerRecord, RecordMatch, SummarySubject } from './records.js';
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

type Method =
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
    const now = this.#now();
    this.records = seedRecords(this.#random, { accounts: 30, contacts: 80, cases: 60 }, now);
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

  async searchRecords(kind: LinkSlot, query: string, options: { signal?: AbortSignal } = {}): Promise<RecordMatch[]> {
    await this.#answer('searchRecords', options.signal);
    if (kind !== 'customer' && kind !== 'case') throw new CrmError('invalid', `Search "customer" or "case", not ${JSON.stringify(kind)}.`);
    const needle = fold(String(query ?? ''));
    if (!needle) return [];
    const digits = needle.replace(/\D/g, '');
    const hit = (...fields: string[]) => fields.some((field) => fold(field).includes(needle));
    const phoneHit = (phone: string) => digits.length >= 4 && phone.replace(/\D/g, '').includes(digits);
    const { accounts, contacts, cases } = this.records;
    const matches: RecordMatch[] =
      kind === 'customer'
        ? [
            ...contacts
              .filter((c) => hit(c.firstName, c.lastName, c.name, c.company, c.email) || phoneHit(c.mobile))
              .map((c) => ({ entity: c.entity, id: c.id, name: c.name, detail: `Contact · ${c.company} · ${c.email}` })),
            ...accounts
              .filter((a) => hit(a.name, a.number, a.email) || phoneHit(a.phone))
              .map((a) => ({ entity: a.entity, id: a.id, name: a.name, detail: `Account · ${a.number} · ${a.email}` })),
          ]
        : cases.filter((c) => hit(c.number, c.name)).map((c) => ({ entity: c.entity, id: c.id, name: c.name, detail: `Case · ${c.number} · ${c.status}` }));
    return matches.slice(0, 10);
  }

  async getCustomer(ref: { entity: string; id: string }): Promise<CustomerRecord> {
    await this.#answer('getCustomer');
    return copy(this.#customer(ref));
  }

  async getCase(ref: { entity: string; id: string }): Promise<CaseRecord> {
    await this.#answer('getCase');
    return copy(this.#case(ref));
  }

  async listRecentCases(customer: { entity: string; id: string }): Promise<CaseRecord[]> {
    await this.#answer('listRecentCases');
    const record = this.#customer(customer);
    const people = record.entity === 'contact' ? [record.id] : this.records.contacts.filter((c) => c.accountId === record.id).map((c) => c.id);
    return this.records.cases
      .filter((c) => people.includes(c.customerId))
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, 10)
      .map(copy);
  }

  async listActivities(subject: SummarySubject): Promise<Activity[]> {
    await this.#answer('listActivities');
    const ids = [subject.workItemId, subject.customer?.id, subject.case?.id].filter((id): id is string => !!id);
    return ids
      .flatMap((id) => this.records.activities.get(id) ?? [])
      .sort((a, b) => b.at - a.at)
      .map(copy);
  }

  async addNote(workItemId: string, text: string): Promise<Activity> {
    await this.#answer('addNote');
    this.#get(workItemId);
    const subject = typeof text === 'string' ? text.trim() : '';
    if (!subject) throw new CrmError('invalid', 'A note needs some text.');
    if (subject.length > 2000) throw new CrmError('invalid', 'A note is at most 2,000 characters.');
    const notes = this.records.activities.get(workItemId) ?? [];
    const note: Activity = { id: `ACT-${workItemId}-${notes.length}`, about: 'conversation', type: 'Note', subject, at: this.#now(), by: this.agentId };
    this.records.activities.set(workItemId, [...notes, note]);
    return copy(note);
  }

  async linkRecord(workItemId: string, record: RecordRef): Promise<WorkItem> {
    await this.#answer('linkRecord');
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

  async unlinkRecord(workItemId: string, slot: LinkSlot): Promise<WorkItem> {
    await this.#answer('unlinkRecord');
    const item = this.#get(workItemId);
    if (slot !== 'customer' && slot !== 'case') throw new CrmError('invalid', `Unlink "customer" or "case", not ${JSON.stringify(slot)}.`);
    const { [slot]: _gone, ...rest } = item;
    const next: WorkItem = { ...rest, updatedAt: Math.max(this.#now(), item.updatedAt) };
    this.#store(next);
    return copy(next);
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

/** Text as search compares it: no accents, no case. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase().trim();
}

function copy<T>(value: T): T {
  return structuredClone(value);
}
