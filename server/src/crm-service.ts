/**
 * The CRM on PostgreSQL: every `CrmDataSource` operation as SQL, made as one agent. The rules are
 * the kit's own (`applyWorkItemEvent`, `WORK_ITEM_EVENTS`, `streamOf`, `linkSlotOf`, `matchRecords`),
 * imported, never copied; this file only adds what a shared database needs: every change in one
 * transaction, a conditional UPDATE so concurrent changes cannot both win, offers and their expiry
 * by the database clock, and a change log (the event stream) written in commit order.
 */
import { CrmError } from '../../src/data/crm-data-source.js';
import type { IncomingOffer, WorkItemChange } from '../../src/data/crm-data-source.js';
import { InMemoryCrm } from '../../src/data/in-memory-crm.js';
import { matchRecords } from '../../src/data/match-records.js';
import type { AccountRecord, Activity, CaseRecord, ContactRecord, CustomerRecord, RecordMatch } from '../../src/data/records.js';
import { seedWorkItem } from '../../src/data/seed-data.js';
import { SeededRandom } from '../../src/data/seeded-random.js';
import type { RecordRef } from '../../src/state/session.js';
import {
  WORK_ITEM_EVENTS,
  WorkItemError,
  applyWorkItemEvent,
  isWorkItemEvent,
  linkSlotOf,
  streamOf,
  type LinkSlot,
  type StreamName,
  type WorkItem,
} from '../../src/state/work-item.js';
import type { Database, Queryable } from './db.js';
import { MIGRATION_LOCK } from './migrations.js';

/** Taken by every writing transaction just before it logs its changes: log order = commit order. */
const CHANGE_LOG_LOCK = 7_406_002;
export const CHANGES_CHANNEL = 'crm_changes';
const MAX_NOTE_LENGTH = 2000;
const STREAMS: readonly StreamName[] = ['my', 'open', 'closed'];

export interface SeedOptions {
  /** The in-memory CRM's seed: the service holds the same data (default 1). */
  seed?: number;
  /** How many work items to seed (default 40). */
  workItems?: number;
  /** The agent the seed's own items go to (default `agent-1`, as in the in-memory CRM). */
  agentId?: string;
}

interface LoggedChange {
  readonly agentId: string | null;
  readonly kind: 'change' | 'offers';
  readonly payload: WorkItemChange | { offers: IncomingOffer[] };
}

/** Seeds an empty database from the in-memory CRM's seed (the same records and work items); a seeded one is left alone. */
export async function seed(db: Database, options: SeedOptions = {}): Promise<boolean> {
  const seedNumber = options.seed ?? 1;
  const count = options.workItems ?? 40;
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    if ((await tx.query("SELECT 1 FROM meta WHERE key = 'seed'")).length) return false;
    const now = await dbNow(tx);
    const crm = new InMemoryCrm({ seed: seedNumber, workItems: count, agentId: options.agentId ?? 'agent-1', now: () => now });
    const { accounts, contacts, cases, activities } = crm.records;
    await tx.query('INSERT INTO records (entity, id, data) SELECT r->>\'entity\', r->>\'id\', r FROM jsonb_array_elements($1::jsonb) r', [JSON.stringify([...accounts, ...contacts, ...cases])]);
    const timeline = [...activities.entries()].flatMap(([subject, list]) => list.map((activity) => ({ subject, activity })));
    await tx.query("INSERT INTO activities (subject_id, data) SELECT a->>'subject', a->'activity' FROM jsonb_array_elements($1::jsonb) a", [JSON.stringify(timeline)]);
    await tx.query(
      `INSERT INTO work_items (id, state, assigned_to, handled_by, data)
       SELECT w->>'id', w->>'state', w->>'assignedTo', w->>'handledBy', w FROM jsonb_array_elements($1::jsonb) w`,
      [JSON.stringify(crm.allWorkItems())],
    );
    await tx.query('SELECT setval(\'incoming_index\', $1, false)', [count]);
    await tx.query("INSERT INTO meta (key, value) VALUES ('seed', $1::jsonb)", [JSON.stringify({ seed: seedNumber, workItems: count })]);
    crm.dispose();
    return true;
  });
}

/** Now, by the database's clock, in epoch ms. */
async function dbNow(q: Queryable): Promise<number> {
  const [row] = await q.query<{ now: number }>('SELECT floor(extract(epoch from now()) * 1000)::float8 AS now');
  return Number(row!.now);
}

const notFound = (id: unknown) => new CrmError('not-found', `No work item has the id ${JSON.stringify(id)}.`);
/** A conditional UPDATE that lost its race: the transaction rolls back and the change is decided again. */
class LostRace extends Error {}

export interface CrmServiceOptions {
  /** How long an offer waits for Accept or Reject, by the database clock (default 30 s). */
  offerTimeoutMs?: number;
  /** The seed simulated incoming conversations are drawn from (default 1). */
  seed?: number;
}

export class CrmService {
  readonly #db: Database;
  readonly #offerTimeoutMs: number;
  readonly #seed: number;
  #records?: Promise<{ accounts: AccountRecord[]; contacts: ContactRecord[]; cases: CaseRecord[] }>;

  constructor(db: Database, options: CrmServiceOptions = {}) {
    this.#db = db;
    this.#offerTimeoutMs = options.offerTimeoutMs ?? 30_000;
    this.#seed = options.seed ?? 1;
  }

  async listWorkItems(agentId: string, stream: StreamName): Promise<WorkItem[]> {
    if (!STREAMS.includes(stream)) throw new CrmError('invalid', `Unknown stream ${JSON.stringify(stream)}: ask for "my", "open" or "closed".`);
    // SQL narrows; the kit's streamOf decides.
    const where = {
      my: "state NOT IN ('open', 'closed') AND assigned_to = $1",
      open: "state = 'open' AND $1::text IS NOT NULL",
      closed: "state = 'closed' AND (handled_by = $1 OR assigned_to = $1)",
    }[stream];
    const rows = await this.#db.query<{ data: WorkItem }>(`SELECT data FROM work_items WHERE ${where}`, [agentId]);
    return rows.map((row) => row.data).filter((item) => streamOf(item, agentId) === stream);
  }

  async getWorkItem(id: string): Promise<WorkItem> {
    const [row] = await this.#db.query<{ data: WorkItem }>('SELECT data FROM work_items WHERE id = $1', [id]);
    if (!row) throw notFound(id);
    return row.data;
  }

  /** Applies one of the agent's events: one conditional UPDATE on the version read, so of two racing changes exactly one wins. */
  async changeWorkItem(agentId: string, id: string, event: string): Promise<WorkItem> {
    if (!isWorkItemEvent(event) || WORK_ITEM_EVENTS[event] !== 'agent') {
      const agentEvents = Object.entries(WORK_ITEM_EVENTS).filter(([, by]) => by === 'agent').map(([name]) => name);
      throw new CrmError('invalid', `${JSON.stringify(event)} is not something the agent does to a conversation (the agent can: ${agentEvents.join(', ')}).`);
    }
    return this.#mutate(id, (item, now) => {
      if (item.assignedTo && item.assignedTo !== agentId) {
        throw new CrmError('conflict', event === 'pick' ? `Another agent picked “${item.subject}” first.` : `“${item.subject}” is assigned to another agent.`);
      }
      return applyEvent(item, event, agentId, now);
    });
  }

  async listOffers(agentId: string): Promise<IncomingOffer[]> {
    return offersOf(this.#db, agentId);
  }

  /** Accepting deletes the offer only while it is live by the database clock, then routes the item to the agent, in one transaction. */
  async acceptOffer(agentId: string, offerId: string): Promise<WorkItem> {
    return retryLostRaces(() =>
      this.#db.transaction(async (tx) => {
        const [offer] = await tx.query<{ work_item_id: string }>('DELETE FROM offers WHERE id = $1 AND agent_id = $2 AND expires_at > now() RETURNING work_item_id', [offerId, agentId]);
        if (!offer) throw new CrmError('expired', 'This conversation is no longer offered to you.');
        return this.#mutateIn(tx, offer.work_item_id, (item, now) => {
          try {
            return applyEvent(item, 'route', agentId, now);
          } catch {
            throw new CrmError('expired', 'This conversation is no longer offered to you.');
          }
        });
      }),
    );
  }

  async rejectOffer(agentId: string, offerId: string): Promise<void> {
    await this.#db.transaction(async (tx) => {
      const [offer] = await tx.query('DELETE FROM offers WHERE id = $1 AND agent_id = $2 AND expires_at > now() RETURNING id', [offerId, agentId]);
      if (!offer) throw new CrmError('expired', 'This conversation is no longer offered to you.');
      await logChanges(tx, [{ agentId, kind: 'offers', payload: { offers: await offersOf(tx, agentId) } }]);
    });
  }

  /** Routing offers a new Open conversation (seeded like the in-memory CRM's) to the agent. */
  async simulateIncoming(agentId: string): Promise<IncomingOffer> {
    // Read before the transaction: PGlite has one connection, so a query beside an open transaction would wait for it.
    const records = await this.#allRecords();
    return this.#db.transaction(async (tx) => {
      const [{ index } = { index: 0 }] = await tx.query<{ index: number }>("SELECT nextval('incoming_index')::float8 AS index");
      const now = await dbNow(tx);
      const seeded = seedWorkItem(new SeededRandom(this.#seed * 100_003 + Number(index)), { ...records, activities: new Map(), queues: QUEUES }, Number(index), { agentId, now, state: 'open' });
      const { assignedTo: _a, handledBy: _h, ...fresh } = { ...seeded, createdAt: now, updatedAt: now };
      const item: WorkItem = { ...fresh, state: 'open' };
      const inserted = await tx.query(
        'INSERT INTO work_items (id, state, data) VALUES ($1, $2, $3::jsonb) ON CONFLICT (id) DO NOTHING RETURNING id',
        [item.id, item.state, JSON.stringify(item)],
      );
      if (!inserted.length) throw new CrmError('conflict', `A work item ${JSON.stringify(item.id)} already exists.`);
      const offerId = `offer-${item.id}`;
      await tx.query("INSERT INTO offers (id, work_item_id, agent_id, offered_at, expires_at) VALUES ($1, $2, $3, now(), now() + $4 * interval '1 millisecond')", [offerId, item.id, agentId, this.#offerTimeoutMs]);
      const offers = await offersOf(tx, agentId);
      await logChanges(tx, [
        { agentId: null, kind: 'change', payload: { type: 'upsert', item } },
        { agentId, kind: 'offers', payload: { offers } },
      ]);
      return offers.find((offer) => offer.id === offerId)!;
    });
  }

  /** Withdraws every offer whose expiry has passed by the database clock; answers how many. Any instance may run it: a DELETE takes each row once. */
  async expireOffers(): Promise<number> {
    return this.#db.transaction(async (tx) => {
      const expired = await tx.query<{ agent_id: string }>('DELETE FROM offers WHERE expires_at <= now() RETURNING agent_id');
      const agents = [...new Set(expired.map((row) => row.agent_id))];
      if (agents.length) await logChanges(tx, await Promise.all(agents.map(async (agent) => ({ agentId: agent, kind: 'offers' as const, payload: { offers: await offersOf(tx, agent) } }))));
      return expired.length;
    });
  }

  async searchRecords(kind: LinkSlot, query: string): Promise<RecordMatch[]> {
    if (kind !== 'customer' && kind !== 'case') throw new CrmError('invalid', `Search "customer" or "case", not ${JSON.stringify(kind)}.`);
    return matchRecords(await this.#allRecords(), kind, query);
  }

  async getCustomer(ref: { entity: string; id: string }): Promise<CustomerRecord> {
    if (ref.entity === 'account' || ref.entity === 'contact') {
      const [row] = await this.#db.query<{ data: CustomerRecord }>('SELECT data FROM records WHERE entity = $1 AND id = $2', [ref.entity, ref.id]);
      if (row) return row.data;
    }
    throw new CrmError('not-found', `No contact or account ${JSON.stringify(ref.id)} in the CRM.`);
  }

  async getCase(ref: { entity: string; id: string }): Promise<CaseRecord> {
    const [row] = ref.entity === 'incident' ? await this.#db.query<{ data: CaseRecord }>("SELECT data FROM records WHERE entity = 'incident' AND id = $1", [ref.id]) : [];
    if (!row) throw new CrmError('not-found', `No case ${JSON.stringify(ref.id)} in the CRM.`);
    return row.data;
  }

  async listRecentCases(customer: { entity: string; id: string }): Promise<CaseRecord[]> {
    const record = await this.getCustomer(customer);
    const { contacts, cases } = await this.#allRecords();
    const people = new Set(record.entity === 'contact' ? [record.id] : contacts.filter((c) => c.accountId === record.id).map((c) => c.id));
    return cases
      .filter((c) => people.has(c.customerId))
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, 10);
  }

  async listActivities(subject: { workItemId?: string; customer?: { id: string }; case?: { id: string } }): Promise<Activity[]> {
    const ids = [subject.workItemId, subject.customer?.id, subject.case?.id].filter((id): id is string => !!id);
    if (!ids.length) return [];
    const rows = await this.#db.query<{ data: Activity }>('SELECT data FROM activities WHERE subject_id = ANY($1::text[]) ORDER BY seq', [ids]);
    return rows.map((row) => row.data).sort((a, b) => b.at - a.at);
  }

  async addNote(agentId: string, workItemId: string, text: string): Promise<Activity> {
    const subject = typeof text === 'string' ? text.trim() : '';
    return this.#db.transaction(async (tx) => {
      if (!(await tx.query('SELECT 1 FROM work_items WHERE id = $1', [workItemId])).length) throw notFound(workItemId);
      if (!subject) throw new CrmError('invalid', 'A note needs some text.');
      if (subject.length > MAX_NOTE_LENGTH) throw new CrmError('invalid', `A note is at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters.`);
      const now = await dbNow(tx);
      const [row] = await tx.query<{ seq: number }>("SELECT nextval(pg_get_serial_sequence('activities', 'seq'))::float8 AS seq");
      const note: Activity = { id: `ACT-${workItemId}-N${row!.seq}`, about: 'conversation', type: 'note', subject, at: now, by: agentId };
      await tx.query('INSERT INTO activities (seq, subject_id, data) VALUES ($1, $2, $3::jsonb)', [row!.seq, workItemId, JSON.stringify(note)]);
      return note;
    });
  }

  async linkRecord(workItemId: string, record: RecordRef): Promise<WorkItem> {
    const slot = linkSlotOf(record?.entity);
    if (!slot) throw new CrmError('invalid', `Only contacts, accounts and cases can be linked, not ${JSON.stringify(record?.entity)}.`);
    const found = slot === 'customer' ? await this.getCustomer(record) : await this.getCase(record);
    return this.#mutate(workItemId, (item, now) => {
      const linked = item[slot];
      if (linked && linked.id !== found.id) throw new CrmError('conflict', `“${linked.name}” is already linked: unlink it first.`);
      return { ...item, [slot]: { entity: found.entity, id: found.id, name: found.name }, updatedAt: Math.max(now, item.updatedAt) };
    });
  }

  async unlinkRecord(workItemId: string, slot: LinkSlot): Promise<WorkItem> {
    if (slot !== 'customer' && slot !== 'case') throw new CrmError('invalid', `Unlink "customer" or "case", not ${JSON.stringify(slot)}.`);
    return this.#mutate(workItemId, (item, now) => {
      const { [slot]: _gone, ...rest } = item;
      return { ...rest, updatedAt: Math.max(now, item.updatedAt) };
    });
  }

  /** The newest change id, or 0. */
  async lastEventId(): Promise<number> {
    const [row] = await this.#db.query<{ seq: number }>('SELECT coalesce(max(seq), 0)::float8 AS seq FROM changes');
    return Number(row!.seq);
  }

  /** Keeps the newest `keep` changes for replay; older ids get a `resync`. */
  async pruneChanges(keep: number): Promise<void> {
    await this.#db.query('DELETE FROM changes WHERE seq <= (SELECT max(seq) FROM changes) - $1', [keep]);
  }

  // ——— internals ———

  async #mutate(id: string, change: (item: WorkItem, now: number) => WorkItem): Promise<WorkItem> {
    // A lost race re-reads and decides again (now seeing the winner): conflict, illegal-transition, or a change on top.
    return retryLostRaces(() => this.#db.transaction((tx) => this.#mutateIn(tx, id, change)));
  }

  async #mutateIn(tx: Queryable, id: string, change: (item: WorkItem, now: number) => WorkItem): Promise<WorkItem> {
    const [row] = await tx.query<{ version: number; data: WorkItem; now: number }>(
      'SELECT version, data, floor(extract(epoch from now()) * 1000)::float8 AS now FROM work_items WHERE id = $1',
      [id],
    );
    if (!row) throw notFound(id);
    const next = change(row.data, Number(row.now));
    // The one conditional UPDATE: it wins only if nobody changed the item since it was read.
    const updated = await tx.query(
      'UPDATE work_items SET version = version + 1, state = $3, assigned_to = $4, handled_by = $5, data = $6::jsonb WHERE id = $1 AND version = $2 RETURNING id',
      [id, row.version, next.state, next.assignedTo ?? null, next.handledBy ?? null, JSON.stringify(next)],
    );
    if (!updated.length) throw new LostRace();
    const changes: LoggedChange[] = [{ agentId: null, kind: 'change', payload: { type: 'upsert', item: next } }];
    // An offered conversation that is no longer Open is no longer on offer.
    if (next.state !== 'open') {
      const withdrawn = await tx.query<{ agent_id: string }>('DELETE FROM offers WHERE work_item_id = $1 RETURNING agent_id', [id]);
      for (const agent of new Set(withdrawn.map((w) => w.agent_id))) changes.push({ agentId: agent, kind: 'offers', payload: { offers: await offersOf(tx, agent) } });
    }
    await logChanges(tx, changes);
    return next;
  }

  #allRecords() {
    // Records are never written by the service: read them once.
    this.#records ??= this.#db.query<{ data: AccountRecord | ContactRecord | CaseRecord }>('SELECT data FROM records ORDER BY entity, id').then((rows) => {
      const all = rows.map((row) => row.data);
      return {
        accounts: all.filter((r): r is AccountRecord => r.entity === 'account'),
        contacts: all.filter((r): r is ContactRecord => r.entity === 'contact'),
        cases: all.filter((r): r is CaseRecord => r.entity === 'incident'),
      };
    });
    this.#records.catch(() => (this.#records = undefined));
    return this.#records;
  }
}

// The in-memory CRM's queues (the seed draws a queue for each item).
const QUEUES = new InMemoryCrm({ workItems: 0 }).records.queues;

async function retryLostRaces<T>(attempt: () => Promise<T>): Promise<T> {
  for (let n = 0; n < 8; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof LostRace)) throw error;
    }
  }
  throw new CrmError('unavailable', 'The CRM is busy. Try again.');
}

function applyEvent(item: WorkItem, event: Parameters<typeof applyWorkItemEvent>[1], agentId: string, now: number): WorkItem {
  try {
    return applyWorkItemEvent(item, event, { agentId, at: now });
  } catch (error) {
    if (error instanceof WorkItemError) throw new CrmError(error.code === 'illegal-transition' ? 'illegal-transition' : 'invalid', error.message);
    throw error;
  }
}

async function offersOf(q: Queryable, agentId: string): Promise<IncomingOffer[]> {
  const rows = await q.query<{ id: string; data: WorkItem; offered_at: number; expires_at: number }>(
    `SELECT o.id, w.data, floor(extract(epoch from o.offered_at) * 1000)::float8 AS offered_at, floor(extract(epoch from o.expires_at) * 1000)::float8 AS expires_at
       FROM offers o JOIN work_items w ON w.id = o.work_item_id
      WHERE o.agent_id = $1 AND o.expires_at > now() ORDER BY o.offered_at, o.id`,
    [agentId],
  );
  return rows.map((row) => ({ id: row.id, workItem: row.data, offeredAt: Number(row.offered_at), expiresAt: Number(row.expires_at) }));
}

/** Logs changes (in commit order, under the log lock) and wakes every instance's listeners at commit. */
async function logChanges(tx: Queryable, changes: readonly LoggedChange[]): Promise<void> {
  if (!changes.length) return;
  await tx.query('SELECT pg_advisory_xact_lock($1)', [CHANGE_LOG_LOCK]);
  const rows = await tx.query<{ seq: number }>(
    `INSERT INTO changes (agent_id, kind, payload)
     SELECT c->>'agentId', c->>'kind', c->'payload' FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(c, n) ORDER BY n
     RETURNING seq::float8 AS seq`,
    [JSON.stringify(changes)],
  );
  await tx.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, String(Math.max(...rows.map((r) => Number(r.seq))))]);
}
