import type { RecordRef } from '../../state/session.js';
import type { LinkSlot, WorkItem } from '../../state/work-item.js';
import type { WorkItemEvent } from '../../state/work-item-events.js';
import { WorkItemError } from '../../state/work-item-error.js';
import { STREAM_NAMES, type StreamName } from '../../state/work-item-streams.js';
import { validateWorkItem } from '../../state/validate-work-item.js';
import { CrmError, type CallOptions, type CrmDataSource, type CrmErrorCode, type IncomingOffer, type WorkItemChange } from '../crm-data-source.js';
import type { Activity, CaseRecord, CustomerRecord, RecordMatch, SummarySubject } from '../records.js';
import { readEventStream, type ServerSentEvent } from './sse.js';

/** Supplies the agent's bearer token; asked before every request and every stream (re)connection, so it can refresh it. */
export type TokenProvider = () => string | undefined | Promise<string | undefined>;

export interface HttpCrmDataSourceOptions {
  /** The agent's bearer token, or a function that answers it (asked before each request). */
  token?: string | TokenProvider;
  /** A request that has not answered after this long fails as `unavailable` (default 10 s). */
  timeoutMs?: number;
  /** How often a safe call (a read) is tried again after an `unavailable` failure (default 2). */
  retries?: number;
  /** The first retry's delay; each next one doubles, with jitter (default 300 ms). */
  retryDelayMs?: number;
  /** Reconnection delays of the event stream: the first, and the most it backs off to (default [500, 10000] ms). */
  reconnectDelayMs?: readonly [number, number];
  /** The stream counts as lost after this long without a byte (the service pings every 15 s; default 45 s). */
  idleTimeoutMs?: number;
  /** The `fetch` to use (tests, instrumentation). Default the global one. */
  fetch?: typeof fetch;
}

/** Whether the event stream is connected; `onConnectionChange` listeners hear every change. */
export type StreamStatus = 'connecting' | 'live' | 'reconnecting' | 'closed';

const CODES: readonly CrmErrorCode[] = ['not-found', 'conflict', 'illegal-transition', 'invalid', 'expired', 'unavailable', 'aborted'];

/**
 * `CrmDataSource` over HTTP, for a service that speaks the wire protocol of `server/openapi.json`
 * (the kit's reference service, or a team's own API in front of their CRM). Reads are retried
 * with backoff; changes are never retried (a pick that timed out may have happened). Live
 * changes come over one Server-Sent Events stream per data source, read with `fetch` so the
 * bearer token goes in a header; it reconnects with `Last-Event-ID` and reloads every list when
 * the service cannot replay the gap. While the service is away, calls fail as `unavailable`.
 *
 * Make one with `createHttpCrmDataSource(url, options)` (it asks the service who the agent is).
 */
export class HttpCrmDataSource implements CrmDataSource {
  readonly agentId: string;
  readonly #base: string;
  readonly #token: TokenProvider;
  readonly #timeoutMs: number;
  readonly #retries: number;
  readonly #retryDelayMs: number;
  readonly #reconnect: readonly [number, number];
  readonly #idleTimeoutMs: number;
  readonly #fetch: typeof fetch;
  readonly #itemListeners = new Set<(change: WorkItemChange) => void>();
  readonly #offerListeners = new Set<(offers: readonly IncomingOffer[]) => void>();
  readonly #statusListeners = new Set<(status: StreamStatus) => void>();
  /** Every work item id this source has handed out: a resync refreshes them all. */
  readonly #known = new Set<string>();
  #offers: readonly IncomingOffer[] = [];
  #lastEventId?: string;
  #stream?: AbortController;
  #status: StreamStatus = 'closed';
  #resyncPending = false;
  #resyncing = false;
  #buffered: WorkItemChange[] = [];

  constructor(baseUrl: string, agentId: string, options: HttpCrmDataSourceOptions = {}) {
    if (typeof agentId !== 'string' || !agentId) throw new CrmError('invalid', 'An HttpCrmDataSource needs the signed-in agent’s id.');
    this.agentId = agentId;
    this.#base = checkBaseUrl(baseUrl);
    const token = options.token;
    this.#token = typeof token === 'function' ? token : () => token;
    this.#timeoutMs = positive(options.timeoutMs ?? 10_000, 'timeoutMs');
    this.#retries = Math.max(0, Math.floor(options.retries ?? 2));
    this.#retryDelayMs = positive(options.retryDelayMs ?? 300, 'retryDelayMs');
    this.#reconnect = options.reconnectDelayMs ?? [500, 10_000];
    this.#idleTimeoutMs = positive(options.idleTimeoutMs ?? 45_000, 'idleTimeoutMs');
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
  }

  // ——— CrmDataSource ———

  async listWorkItems(stream: StreamName, options: CallOptions = {}): Promise<WorkItem[]> {
    if (!STREAM_NAMES.includes(stream)) throw new CrmError('invalid', `Unknown stream ${JSON.stringify(stream)}: ask for "my", "open" or "closed".`);
    const { items } = await this.#request<{ items: unknown[] }>('GET', `/v1/work-items?stream=${stream}`, options);
    return this.#items(items);
  }

  async getWorkItem(id: string, options: CallOptions = {}): Promise<WorkItem> {
    return this.#item(await this.#request('GET', `/v1/work-items/${segment(id, 'A work item id')}`, options));
  }

  async changeWorkItem(id: string, event: WorkItemEvent, options: CallOptions = {}): Promise<WorkItem> {
    return this.#item(await this.#request('POST', `/v1/work-items/${segment(id, 'A work item id')}/events`, options, { event }));
  }

  subscribeWorkItems(listener: (change: WorkItemChange) => void): () => void {
    this.#itemListeners.add(listener);
    this.#ensureStream();
    return () => {
      this.#itemListeners.delete(listener);
      this.#maybeCloseStream();
    };
  }

  subscribeOffers(listener: (offers: readonly IncomingOffer[]) => void): () => void {
    this.#offerListeners.add(listener);
    notify(listener, structuredClone(this.#offers));
    this.#ensureStream();
    return () => {
      this.#offerListeners.delete(listener);
      this.#maybeCloseStream();
    };
  }

  async acceptOffer(offerId: string, options: CallOptions = {}): Promise<WorkItem> {
    return this.#item(await this.#request('POST', `/v1/offers/${segment(offerId, 'An offer id')}/accept`, options));
  }

  async rejectOffer(offerId: string, options: CallOptions = {}): Promise<void> {
    await this.#request('POST', `/v1/offers/${segment(offerId, 'An offer id')}/reject`, options);
  }

  async searchRecords(kind: LinkSlot, query: string, options: CallOptions = {}): Promise<RecordMatch[]> {
    if (kind !== 'customer' && kind !== 'case') throw new CrmError('invalid', `Search "customer" or "case", not ${JSON.stringify(kind)}.`);
    if (typeof query !== 'string') throw new CrmError('invalid', `A search query is text, not ${JSON.stringify(query)}.`);
    if (!query.trim()) return [];
    const params = new URLSearchParams({ kind, q: query.slice(0, 200) });
    return (await this.#request<{ matches: RecordMatch[] }>('GET', `/v1/records/search?${params}`, options)).matches;
  }

  async getCustomer(ref: { entity: string; id: string }, options: CallOptions = {}): Promise<CustomerRecord> {
    return this.#request('GET', `/v1/customers/${recordPath(ref)}`, options);
  }

  async getCase(ref: { entity: string; id: string }, options: CallOptions = {}): Promise<CaseRecord> {
    return this.#request('GET', `/v1/cases/${recordPath(ref)}`, options);
  }

  async listRecentCases(customer: { entity: string; id: string }, options: CallOptions = {}): Promise<CaseRecord[]> {
    return (await this.#request<{ cases: CaseRecord[] }>('GET', `/v1/customers/${recordPath(customer)}/cases`, options)).cases;
  }

  async listActivities(subject: SummarySubject, options: CallOptions = {}): Promise<Activity[]> {
    if (typeof subject !== 'object' || subject === null) throw new CrmError('invalid', 'Activities are listed for a {workItemId, customer, case}.');
    const params = new URLSearchParams();
    if (subject.workItemId) params.set('workItemId', subject.workItemId);
    for (const slot of ['customer', 'case'] as const) {
      const ref = subject[slot];
      if (!ref?.id) continue;
      if (ref.entity) params.set(`${slot}Entity`, ref.entity);
      params.set(`${slot}Id`, ref.id);
    }
    return (await this.#request<{ activities: Activity[] }>('GET', `/v1/activities?${params}`, options)).activities;
  }

  async addNote(workItemId: string, text: string, options: CallOptions = {}): Promise<Activity> {
    if (typeof text !== 'string' || !text.trim()) throw new CrmError('invalid', 'A note needs some text.');
    return this.#request('POST', `/v1/work-items/${segment(workItemId, 'A work item id')}/notes`, options, { text });
  }

  async linkRecord(workItemId: string, record: RecordRef, options: CallOptions = {}): Promise<WorkItem> {
    if (typeof record !== 'object' || record === null) throw new CrmError('invalid', 'Link a record {entity, id, name}.');
    const body = { entity: record.entity, id: record.id, ...(typeof record.name === 'string' ? { name: record.name.slice(0, 1000) } : {}) };
    return this.#item(await this.#request('POST', `/v1/work-items/${segment(workItemId, 'A work item id')}/links`, options, body));
  }

  async unlinkRecord(workItemId: string, slot: LinkSlot, options: CallOptions = {}): Promise<WorkItem> {
    if (slot !== 'customer' && slot !== 'case') throw new CrmError('invalid', `Unlink "customer" or "case", not ${JSON.stringify(slot)}.`);
    return this.#item(await this.#request('DELETE', `/v1/work-items/${segment(workItemId, 'A work item id')}/links/${slot}`, options));
  }

  // ——— beyond the interface ———

  /** Asks the service which agent the token signs in (`GET /v1/me`). */
  async whoAmI(options: CallOptions = {}): Promise<{ agentId: string }> {
    const me = await this.#request<{ agentId?: unknown }>('GET', '/v1/me', options);
    if (typeof me?.agentId !== 'string' || !me.agentId) throw new CrmError('unavailable', 'The CRM did not say who you are.');
    return { agentId: me.agentId };
  }

  /** Demo services only: routing offers this agent a new conversation at once (`POST /v1/offers`). */
  async simulateIncoming(options: CallOptions = {}): Promise<IncomingOffer> {
    return this.#request('POST', '/v1/offers', options);
  }

  /** The event stream's state: `live` while changes arrive, `reconnecting` while the service is away. */
  get streamStatus(): StreamStatus {
    return this.#status;
  }

  /** Hears every change of `streamStatus`; returns the unsubscribe. */
  onStreamStatus(listener: (status: StreamStatus) => void): () => void {
    this.#statusListeners.add(listener);
    return () => this.#statusListeners.delete(listener);
  }

  /** The id of the last event applied (what a reconnection sends as `Last-Event-ID`). */
  get lastEventId(): string | undefined {
    return this.#lastEventId;
  }

  /** Closes the event stream; subscribers stay registered but hear nothing until `subscribe*` is called again. */
  close(): void {
    this.#stream?.abort();
    this.#stream = undefined;
    this.#setStatus('closed');
  }

  // ——— requests ———

  async #request<T>(method: 'GET' | 'POST' | 'DELETE', path: string, options: CallOptions, body?: unknown): Promise<T> {
    const safe = method === 'GET';
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#attempt<T>(method, path, options.signal, body);
      } catch (error) {
        const retry = safe && error instanceof CrmError && error.code === 'unavailable' && attempt < this.#retries && !(error as { final?: boolean }).final;
        if (!retry) throw error;
        const delay = this.#retryDelayMs * 2 ** attempt * (0.75 + Math.random() * 0.5);
        await sleep(delay, options.signal);
      }
    }
  }

  async #attempt<T>(method: string, path: string, signal: AbortSignal | undefined, body: unknown): Promise<T> {
    if (signal?.aborted) throw aborted();
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.#timeoutMs);
    const onAbort = () => timeout.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const headers: Record<string, string> = { accept: 'application/json', ...(await this.#authorization()) };
      if (signal?.aborted) throw aborted();
      if (body !== undefined) headers['content-type'] = 'application/json';
      let response: Response;
      try {
        response = await this.#fetch(this.#base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: timeout.signal, cache: 'no-store' });
      } catch {
        if (signal?.aborted) throw aborted();
        if (timeout.signal.aborted) throw new CrmError('unavailable', `The CRM did not answer within ${(this.#timeoutMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} s. Try again.`);
        throw new CrmError('unavailable', 'The CRM cannot be reached. Check the connection and try again.');
      }
      let text: string;
      try {
        text = await response.text();
      } catch {
        if (signal?.aborted) throw aborted();
        throw new CrmError('unavailable', 'The CRM’s answer was cut off. Try again.');
      }
      if (response.ok) {
        if (response.status === 204 || text === '') return undefined as T;
        try {
          return JSON.parse(text) as T;
        } catch {
          throw new CrmError('unavailable', 'The CRM answered something that is not JSON.');
        }
      }
      throw errorFrom(response.status, text);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async #authorization(): Promise<Record<string, string>> {
    let token: string | undefined;
    try {
      token = await this.#token();
    } catch (error) {
      throw new CrmError('unavailable', `Could not get your sign-in token: ${error instanceof Error ? error.message : String(error)}`);
    }
    return token ? { authorization: `Bearer ${token}` } : {};
  }

  #item(data: unknown): WorkItem {
    try {
      const item = validateWorkItem(data);
      this.#known.add(item.id);
      return item;
    } catch (error) {
      if (error instanceof WorkItemError) throw new CrmError('unavailable', `The CRM answered a broken work item. ${error.message}`);
      throw error;
    }
  }

  #items(data: unknown): WorkItem[] {
    if (!Array.isArray(data)) throw new CrmError('unavailable', 'The CRM answered a broken list of work items.');
    return data.map((item) => this.#item(item));
  }

  // ——— the event stream ———

  #ensureStream(): void {
    if (this.#stream) return;
    const controller = new AbortController();
    this.#stream = controller;
    void this.#runStream(controller.signal);
  }

  #maybeCloseStream(): void {
    if (this.#itemListeners.size || this.#offerListeners.size) return;
    this.close();
  }

  async #runStream(signal: AbortSignal): Promise<void> {
    let failures = 0;
    this.#setStatus('connecting');
    while (!signal.aborted) {
      const connection = new AbortController();
      const stop = () => connection.abort();
      signal.addEventListener('abort', stop, { once: true });
      let idle: ReturnType<typeof setTimeout> | undefined;
      const kick = () => {
        clearTimeout(idle);
        idle = setTimeout(stop, this.#idleTimeoutMs);
      };
      try {
        const headers: Record<string, string> = { accept: 'text/event-stream', ...(await this.#authorization()) };
        if (this.#lastEventId !== undefined) headers['last-event-id'] = this.#lastEventId;
        kick();
        const response = await this.#fetch(`${this.#base}/v1/events`, { headers, signal: connection.signal, cache: 'no-store' });
        if (!response.ok || !response.body) throw errorFrom(response.status, await response.text().catch(() => ''));
        await readEventStream(
          response.body,
          (event) => {
            if (event.event === 'ready') failures = 0;
            this.#onEvent(event);
          },
          kick,
        );
      } catch {
        // Lost, refused or timed out: reconnect below.
      } finally {
        clearTimeout(idle);
        signal.removeEventListener('abort', stop);
      }
      if (signal.aborted) return;
      this.#setStatus('reconnecting');
      const [first, most] = this.#reconnect;
      await sleep(Math.min(most, first * 2 ** failures++) * (0.75 + Math.random() * 0.5), signal).catch(() => {});
    }
  }

  #onEvent({ event, data, id }: ServerSentEvent): void {
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return;
    }
    if (event === 'resync') {
      this.#resyncPending = true;
      return;
    }
    if (event === 'ready') {
      const ready = payload as { lastEventId?: unknown };
      if ((this.#lastEventId === undefined || this.#resyncPending) && typeof ready.lastEventId === 'string') this.#lastEventId = ready.lastEventId;
      this.#setStatus('live');
      if (this.#resyncPending && !this.#resyncing) {
        this.#resyncPending = false;
        void this.#resync();
      }
      return;
    }
    if (id !== undefined) this.#lastEventId = id;
    if (event === 'change') {
      const change = this.#change(payload);
      if (!change) return;
      if (this.#resyncing) this.#buffered.push(change);
      else this.#emit(change);
    } else if (event === 'offers') {
      const offers = (payload as { offers?: unknown }).offers;
      if (!Array.isArray(offers)) return;
      try {
        this.#offers = offers.map((offer: IncomingOffer) => ({ ...offer, workItem: validateWorkItem(offer.workItem) }));
      } catch {
        return;
      }
      for (const listener of [...this.#offerListeners]) notify(listener, structuredClone(this.#offers));
    }
  }

  #change(payload: unknown): WorkItemChange | undefined {
    const change = payload as { type?: unknown; item?: unknown; id?: unknown };
    if (change.type === 'remove' && typeof change.id === 'string') return { type: 'remove', id: change.id };
    if (change.type !== 'upsert') return undefined;
    try {
      return { type: 'upsert', item: validateWorkItem(change.item) };
    } catch {
      return undefined;
    }
  }

  #emit(change: WorkItemChange): void {
    if (change.type === 'upsert') this.#known.add(change.item.id);
    else this.#known.delete(change.id);
    for (const listener of [...this.#itemListeners]) notify(listener, structuredClone(change));
  }

  /**
   * The service could not replay what the stream missed: reload every list, refresh every other
   * item handed out before, tell the subscribers, then apply the changes that came meanwhile.
   */
  async #resync(): Promise<void> {
    this.#resyncing = true;
    try {
      const lists = await Promise.all(STREAM_NAMES.map((stream) => this.listWorkItems(stream)));
      const listed = new Set<string>();
      for (const item of lists.flat()) {
        listed.add(item.id);
        this.#emit({ type: 'upsert', item });
      }
      const others = [...this.#known].filter((id) => !listed.has(id));
      for (let start = 0; start < others.length; start += 8) {
        await Promise.all(
          others.slice(start, start + 8).map(async (id) => {
            try {
              this.#emit({ type: 'upsert', item: await this.getWorkItem(id) });
            } catch (error) {
              if (error instanceof CrmError && error.code === 'not-found') this.#emit({ type: 'remove', id });
              else throw error;
            }
          }),
        );
      }
    } catch {
      // The service went away again: resync after the next connection.
      this.#resyncPending = true;
      this.#stream?.abort();
      this.#stream = undefined;
      if (this.#itemListeners.size || this.#offerListeners.size) this.#ensureStream();
    } finally {
      this.#resyncing = false;
      const buffered = this.#buffered;
      this.#buffered = [];
      for (const change of buffered) this.#emit(change);
    }
  }

  #setStatus(status: StreamStatus): void {
    if (this.#status === status) return;
    this.#status = status;
    for (const listener of [...this.#statusListeners]) notify(listener, status);
  }
}

/**
 * Connects to a CRM service that speaks the kit's wire protocol (`server/openapi.json`): asks it
 * who the token's agent is (`GET /v1/me`), then answers the data source. Fails with a `CrmError`
 * (`unavailable` when the service cannot be reached or refuses the token).
 */
export async function createHttpCrmDataSource(url: string, options: HttpCrmDataSourceOptions & CallOptions = {}): Promise<HttpCrmDataSource> {
  const probe = new HttpCrmDataSource(url, 'unknown', options);
  const { agentId } = await probe.whoAmI(options);
  return new HttpCrmDataSource(url, agentId, options);
}

function errorFrom(status: number, text: string): CrmError {
  let body: { code?: unknown; message?: unknown } = {};
  try {
    body = JSON.parse(text);
  } catch {
    // Not our JSON (a proxy's page): judged by the status alone.
  }
  const message = typeof body.message === 'string' && body.message ? body.message : `The CRM answered ${status}.`;
  if (body.code === 'unauthorized' || status === 401 || status === 403) {
    const error = new CrmError('unavailable', status === 403 ? 'The CRM refused this for your sign-in.' : message);
    (error as { final?: boolean }).final = true;
    return error;
  }
  if (typeof body.code === 'string' && CODES.includes(body.code as CrmErrorCode) && body.code !== 'aborted') return new CrmError(body.code as CrmErrorCode, message);
  if (status === 404) return new CrmError('not-found', message);
  if (status === 409) return new CrmError('conflict', message);
  if (status === 410) return new CrmError('expired', message);
  if (status === 422) return new CrmError('illegal-transition', message);
  if (status >= 400 && status < 500 && status !== 408 && status !== 429) return new CrmError('invalid', message);
  return new CrmError('unavailable', status >= 500 ? 'The CRM could not answer just now. Try again.' : message);
}

function aborted(): CrmError {
  return new CrmError('aborted', 'Cancelled.');
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(aborted());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function segment(value: unknown, what: string): string {
  if (typeof value !== 'string' || !value || value.length > 200) throw new CrmError('invalid', `${what} is non-empty text of at most 200 characters, not ${JSON.stringify(value)}.`);
  return encodeURIComponent(value);
}

function recordPath(ref: { entity: string; id: string }): string {
  if (typeof ref !== 'object' || ref === null) throw new CrmError('invalid', 'A record is {entity, id}.');
  return `${segment(ref.entity, 'A record’s entity')}/${segment(ref.id, 'A record id')}`;
}

function checkBaseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url, typeof location === 'undefined' ? undefined : location.href);
  } catch {
    throw new CrmError('invalid', `The CRM service's address must be a URL, not ${JSON.stringify(url)}.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new CrmError('invalid', `The CRM service's address must be http(s), not ${JSON.stringify(url)}.`);
  return parsed.href.replace(/\/+$/, '');
}

function positive(value: number, name: string): number {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  throw new CrmError('invalid', `${name} must be a number of ms above 0, not ${JSON.stringify(value)}.`);
}

function notify<T>(listener: (value: T) => void, value: T): void {
  try {
    listener(value);
  } catch (error) {
    console.error('engagement-hub-elements: an HttpCrmDataSource subscriber threw:', error);
  }
}
