/**
 * The one checking layer between the kit and a CRM. Every answer that crosses the
 * `CrmDataSource` boundary goes through here, whoever wrote the data source:
 *
 * - every failure becomes a `CrmError` with a message the agent can read (a rejection with
 *   `null`, a string, a `TypeError` from deep inside the CRM, a method that throws at once);
 * - every answer is checked (work items, offers, records, activities, lists) and its displayed
 *   text made safe (`displayText`); an answer the kit cannot use is a `malformed` `CrmError`;
 * - subscriptions never throw back into the CRM, skip malformed changes, and always give a
 *   function to stop them.
 *
 * Elements read their data source through `checkedDataSource` (the context controller maps it),
 * and the model's actions (`pickWorkItem`, `acceptOffer`…) do too, so a host's raw data source
 * is checked whichever way it comes in. DOM-free.
 */
import { displayText } from '../state/title.js';
import type { LinkSlot, WorkItem } from '../state/work-item.js';
import type { WorkItemEvent } from '../state/work-item-events.js';
import type { StreamName } from '../state/work-item-streams.js';
import { validateWorkItem } from '../state/validate-work-item.js';
import type { RecordRef } from '../state/session.js';
import { CrmError, type CallOptions, type CrmDataSource, type CrmErrorCode, type IncomingOffer, type WorkItemChange } from './crm-data-source.js';
import type { Activity, CaseRecord, CustomerRecord, RecordMatch, SummarySubject } from './records.js';

const CODES: readonly CrmErrorCode[] = ['not-found', 'conflict', 'illegal-transition', 'invalid', 'expired', 'unavailable', 'aborted', 'malformed'];
const MESSAGE_LENGTH = 300;

/**
 * Any thrown value as a `CrmError` the agent can read. A `CrmError` (from this copy of the kit or
 * another) keeps its code and message; a string becomes the message; anything else (an internal
 * `TypeError`, `null`) says the CRM did not answer, and the details go to the console.
 */
export function toCrmError(error: unknown, doing = 'answer'): CrmError {
  try {
    if (error instanceof CrmError && displayText(error.message, MESSAGE_LENGTH) === error.message && error.message) return error;
    const { code, message, name } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; message?: unknown; name?: unknown };
    if (name === 'AbortError') return new CrmError('aborted', 'The request was cancelled.');
    const text = displayText(typeof error === 'string' ? error : message, MESSAGE_LENGTH);
    if ((error instanceof CrmError || name === 'CrmError') && CODES.includes(code as CrmErrorCode)) {
      return new CrmError(code as CrmErrorCode, text || 'The CRM refused without saying why.');
    }
    if (typeof error === 'string' && text) return new CrmError('unavailable', text);
  } catch {
    // a hostile thrown value (a proxy, a throwing getter): the generic message below
  }
  console.warn(`engagement-hub-elements: the CRM failed to ${doing} with`, error);
  return new CrmError('unavailable', `The CRM did not ${doing}. Try again in a moment.`);
}

const malformed = (what: string, why: string) => new CrmError('malformed', `The CRM sent ${what} the desktop cannot read (${why}).`);

/** A list from outside, as an array: anything iterable; otherwise a `malformed` error. */
function list(value: unknown, what: string): unknown[] {
  if (typeof value === 'string' || value === null || typeof (value as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] !== 'function') {
    throw malformed(what, 'not a list');
  }
  return Array.from(value as Iterable<unknown>);
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw malformed(what, 'not an object');
  return value as Record<string, unknown>;
}

function id(value: unknown, what: string, field = 'id'): string {
  if (typeof value !== 'string' || !value.trim() || value.length > 200) throw malformed(what, `no usable "${field}"`);
  return value;
}

// Text that `displayText` would give back unchanged: letters, digits, punctuation and symbols
// (no marks, no invisible fillers) with single spaces between. Most CRM text is; testing for it
// is one pass with no copy, where making text safe is five (10,000 work items on a first load).
const PLAIN = /^(?![^]*[\u115F\u1160\u3164\uFFA0\u2800])[\p{L}\p{N}\p{P}\p{S}]+(?: [\p{L}\p{N}\p{P}\p{S}]+)*$/u;

/** Text to show, made safe; a missing or non-text value shows as blank. */
function text(value: unknown, max = 200): string {
  if (typeof value === 'string' && value.length <= max && PLAIN.test(value)) return value;
  return displayText(value, max, max * 3);
}

function time(value: unknown, what: string, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw malformed(what, `"${field}" is not a time`);
  return value;
}

function ref(value: unknown): RecordRef | undefined {
  if (value === undefined) return undefined;
  const r = value as RecordRef;
  return { entity: r.entity, id: r.id, ...(r.name !== undefined ? { name: text(r.name) } : {}) };
}

/** The work items `checkWorkItem` made: an element given one needs not check it again. */
const checkedItems = new WeakSet<object>();

/** Whether a value is a work item this layer checked (and nobody else made). */
export const isCheckedWorkItem = (value: unknown): value is WorkItem => typeof value === 'object' && value !== null && checkedItems.has(value);

/** A work item from the CRM, checked (`validateWorkItem`) and with its displayed text made safe. */
export function checkWorkItem(value: unknown): WorkItem {
  let item: WorkItem;
  try {
    item = validateWorkItem(value);
  } catch (error) {
    throw malformed('a conversation', (error as Error).message.replace(/^Not a valid work item: |\.$/g, ''));
  }
  const v = item.visitor;
  const customer = ref(item.customer);
  const kase = ref(item.case);
  const checked: WorkItem = {
    ...item,
    subject: text(item.subject, 500),
    visitor: {
      ...v,
      displayName: text(v.displayName),
      ...(v.browser !== undefined ? { browser: text(v.browser) } : {}),
      ...(v.os !== undefined ? { os: text(v.os) } : {}),
      ...(v.location !== undefined ? { location: text(v.location) } : {}),
      ...(v.language !== undefined ? { language: text(v.language) } : {}),
    },
    queue: { id: item.queue.id, name: text(item.queue.name) },
    ...(customer ? { customer } : {}),
    ...(kase ? { case: kase } : {}),
    ...(item.preChat ? { preChat: item.preChat.map((p) => ({ question: text(p.question, 500), answer: text(p.answer, 1000) })) } : {}),
  };
  checkedItems.add(checked);
  return checked;
}

/** Work items checked at a time: a long list is checked a slice at a time, in tasks of their own. */
const CHECKED_PER_TASK = 500;

/**
 * The work items of a list, checked; a malformed one passed on unchanged (a stream counts what it
 * leaves out). Issue 12: checking 3,000 at once was most of a long task on the demo's start-up,
 * so past the first slice the page gets to run (input, frames) between slices.
 */
async function checkWorkItems(items: readonly unknown[]): Promise<WorkItem[]> {
  const checked: WorkItem[] = [];
  for (let start = 0; start < items.length; start += CHECKED_PER_TASK) {
    if (start > 0) await nextTask();
    for (let i = start; i < Math.min(items.length, start + CHECKED_PER_TASK); i++) {
      try {
        checked.push(checkWorkItem(items[i]));
      } catch {
        checked.push(items[i] as WorkItem);
      }
    }
  }
  return checked;
}

/** Lets the page's other tasks run first: `scheduler.yield()` where the engine has it. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** An offer from the CRM, checked: its work item, and a real time it expires at. */
export function checkOffer(value: unknown): IncomingOffer {
  const offer = record(value, 'an offer');
  return {
    id: id(offer.id, 'an offer'),
    workItem: checkWorkItem(offer.workItem),
    offeredAt: offer.offeredAt === undefined ? time(offer.expiresAt, 'an offer', 'expiresAt') : time(offer.offeredAt, 'an offer', 'offeredAt'),
    expiresAt: time(offer.expiresAt, 'an offer', 'expiresAt'),
  };
}

function checkChange(value: unknown): WorkItemChange {
  const change = record(value, 'a conversation change');
  if (change.type === 'upsert') return { type: 'upsert', item: checkWorkItem(change.item) };
  if (change.type === 'remove') return { type: 'remove', id: id(change.id, 'a conversation change') };
  throw malformed('a conversation change', 'its type is neither "upsert" nor "remove"');
}

function checkCustomer(value: unknown): CustomerRecord {
  const r = record(value, 'a customer');
  if (r.entity !== 'contact' && r.entity !== 'account') throw malformed('a customer', 'neither a contact nor an account');
  const fields = r.entity === 'contact' ? ['firstName', 'lastName', 'jobTitle', 'accountId', 'company', 'email', 'mobile', 'city', 'preferredChannel'] : ['number', 'email', 'phone', 'city', 'relationship', 'preferredChannel'];
  const clean: Record<string, string> = { entity: r.entity, id: id(r.id, 'a customer'), name: text(r.name) };
  for (const field of fields) clean[field] = text(r[field]);
  return clean as unknown as CustomerRecord;
}

function checkCase(value: unknown): CaseRecord {
  const r = record(value, 'a case');
  if (r.entity !== 'incident') throw malformed('a case', 'not a case');
  const clean: Record<string, unknown> = { entity: 'incident', id: id(r.id, 'a case'), name: text(r.name), createdAt: typeof r.createdAt === 'number' && Number.isFinite(r.createdAt) ? r.createdAt : 0 };
  for (const field of ['number', 'priority', 'status', 'product', 'owner']) clean[field] = text(r[field]);
  clean.customerId = typeof r.customerId === 'string' ? r.customerId : '';
  return clean as unknown as CaseRecord;
}

const ABOUT = ['customer', 'case', 'conversation'];
function checkActivity(value: unknown): Activity {
  const r = record(value, 'an activity');
  if (!ABOUT.includes(r.about as string)) throw malformed('an activity', '"about" is not customer, case or conversation');
  return { id: id(r.id, 'an activity'), about: r.about as Activity['about'], type: text(r.type, 40) as Activity['type'], subject: text(r.subject, 500), at: time(r.at, 'an activity', 'at'), by: text(r.by) };
}

const MATCHED = ['account', 'contact', 'incident'];
function checkMatch(value: unknown): RecordMatch {
  const r = record(value, 'a search result');
  if (!MATCHED.includes(r.entity as string)) throw malformed('a search result', 'not an account, contact or case');
  return { entity: r.entity as RecordMatch['entity'], id: id(r.id, 'a search result'), name: text(r.name), detail: text(r.detail) };
}

/** Each entry checked; entries the kit cannot use are left out and reported on the console. */
function each<T>(value: unknown, what: string, check: (entry: unknown) => T): T[] {
  const kept: T[] = [];
  for (const entry of list(value, what)) {
    try {
      kept.push(check(entry));
    } catch (error) {
      console.warn(`engagement-hub-elements: left out of ${what}: ${(error as Error).message}`);
    }
  }
  return kept;
}

const checkedSources = new WeakMap<object, CrmDataSource>();
const CHECKED = Symbol.for('engagement-hub/checked-data-source/v1');

/**
 * `crm` behind the checking layer; the same wrapper for the same data source, and a checked one
 * is returned as it is. Anything that is not an object gives a data source whose every call
 * fails with a clear message.
 */
export function checkedDataSource(crm: CrmDataSource): CrmDataSource {
  if (typeof crm !== 'object' || crm === null) return new CheckedDataSource(undefined);
  if ((crm as unknown as Record<symbol, unknown>)[CHECKED]) return crm;
  let checked = checkedSources.get(crm);
  if (!checked) checkedSources.set(crm, (checked = new CheckedDataSource(crm)));
  return checked;
}

class CheckedDataSource implements CrmDataSource {
  readonly [CHECKED] = true;
  readonly #crm: CrmDataSource | undefined;

  constructor(crm: CrmDataSource | undefined) {
    this.#crm = crm;
  }

  get agentId(): string {
    try {
      const agentId = this.#crm?.agentId;
      return typeof agentId === 'string' ? agentId : '';
    } catch {
      return '';
    }
  }

  /** Calls the CRM and checks its answer; every failure is a readable `CrmError`. */
  async #call<T>(doing: string, run: (crm: CrmDataSource) => unknown, check: (answer: unknown) => T | Promise<T>): Promise<T> {
    let answer: unknown;
    try {
      if (!this.#crm) throw new CrmError('unavailable', 'No CRM is connected.');
      answer = await run(this.#crm);
    } catch (error) {
      throw toCrmError(error, doing);
    }
    try {
      return await check(answer);
    } catch (error) {
      throw toCrmError(error, doing);
    }
  }

  listWorkItems(stream: StreamName, options?: CallOptions): Promise<WorkItem[]> {
    // Malformed items are passed on unchanged, so a stream can count what it leaves out.
    return this.#call('list conversations', (crm) => crm.listWorkItems(stream, options), (answer) => checkWorkItems(list(answer, 'a list of conversations')));
  }

  getWorkItem(workItemId: string, options?: CallOptions): Promise<WorkItem> {
    return this.#call('load the conversation', (crm) => crm.getWorkItem(workItemId, options), checkWorkItem);
  }

  changeWorkItem(workItemId: string, event: WorkItemEvent, options?: CallOptions): Promise<WorkItem> {
    return this.#call('change the conversation', (crm) => crm.changeWorkItem(workItemId, event, options), checkWorkItem);
  }

  acceptOffer(offerId: string, options?: CallOptions): Promise<WorkItem> {
    return this.#call('accept the conversation', (crm) => crm.acceptOffer(offerId, options), checkWorkItem);
  }

  rejectOffer(offerId: string, options?: CallOptions): Promise<void> {
    return this.#call('reject the conversation', (crm) => crm.rejectOffer(offerId, options), () => undefined);
  }

  searchRecords(kind: LinkSlot, query: string, options?: CallOptions): Promise<RecordMatch[]> {
    return this.#call('search', (crm) => crm.searchRecords(kind, query, options), (answer) => each(answer, 'the search results', checkMatch));
  }

  getCustomer(customer: { entity: string; id: string }, options?: CallOptions): Promise<CustomerRecord> {
    return this.#call('load the customer', (crm) => crm.getCustomer(customer, options), checkCustomer);
  }

  getCase(kase: { entity: string; id: string }, options?: CallOptions): Promise<CaseRecord> {
    return this.#call('load the case', (crm) => crm.getCase(kase, options), checkCase);
  }

  listRecentCases(customer: { entity: string; id: string }, options?: CallOptions): Promise<CaseRecord[]> {
    return this.#call('list recent cases', (crm) => crm.listRecentCases(customer, options), (answer) => each(answer, 'the recent cases', checkCase));
  }

  listActivities(subject: SummarySubject, options?: CallOptions): Promise<Activity[]> {
    return this.#call('list activities', (crm) => crm.listActivities(subject, options), (answer) => each(answer, 'the activities', checkActivity));
  }

  addNote(workItemId: string, noteText: string, options?: CallOptions): Promise<Activity> {
    // The note is saved once the CRM says yes, whatever else it answers: no second copy on retry.
    return this.#call('save the note', (crm) => crm.addNote(workItemId, noteText, options), (answer) => {
      try {
        return checkActivity(answer);
      } catch {
        return { id: `note:${Date.now()}`, about: 'conversation', type: 'note', subject: text(noteText, 500), at: Date.now(), by: '' };
      }
    });
  }

  linkRecord(workItemId: string, linked: RecordRef, options?: CallOptions): Promise<WorkItem> {
    return this.#call('link the record', (crm) => crm.linkRecord(workItemId, linked, options), checkWorkItem);
  }

  unlinkRecord(workItemId: string, slot: LinkSlot, options?: CallOptions): Promise<WorkItem> {
    return this.#call('unlink the record', (crm) => crm.unlinkRecord(workItemId, slot, options), checkWorkItem);
  }

  subscribeWorkItems(listener: (change: WorkItemChange) => void): () => void {
    return this.#subscribe('conversation changes', (crm, deliver) => crm.subscribeWorkItems(deliver), (raw) => listener(checkChange(raw)));
  }

  subscribeOffers(listener: (offers: readonly IncomingOffer[]) => void): () => void {
    return this.#subscribe('offers', (crm, deliver) => crm.subscribeOffers(deliver), (raw) => listener(each(raw, 'the offers', checkOffer)));
  }

  /** Subscribes through the CRM; nothing thrown goes back into it, and stopping always works. */
  #subscribe(what: string, subscribe: (crm: CrmDataSource, deliver: (raw: unknown) => void) => unknown, deliver: (raw: unknown) => void): () => void {
    let stopped = false;
    const guarded = (raw: unknown) => {
      if (stopped) return;
      try {
        deliver(raw);
      } catch (error) {
        console.warn(`engagement-hub-elements: ignored ${what} the desktop cannot use:`, error instanceof CrmError ? error.message : error);
      }
    };
    let stop: unknown;
    try {
      if (!this.#crm) throw new CrmError('unavailable', 'No CRM is connected.');
      stop = subscribe(this.#crm, guarded);
    } catch (error) {
      console.warn(`engagement-hub-elements: could not listen to ${what}: ${toCrmError(error, `listen to ${what}`).message}`);
    }
    return () => {
      if (stopped) return;
      stopped = true;
      try {
        if (typeof stop === 'function') stop();
        else if (stop !== undefined) console.warn(`engagement-hub-elements: the CRM gave no way to stop listening to ${what}.`);
      } catch (error) {
        console.warn(`engagement-hub-elements: stopping ${what} failed:`, error);
      }
    };
  }
}
