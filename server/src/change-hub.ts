/**
 * Live changes for the event streams of one service instance. Every writing transaction logs its
 * changes (with increasing ids, in commit order) and NOTIFYs; each instance LISTENs, reads the log
 * past its cursor and hands each change to its connected streams. So two instances on one
 * database keep every agent's streams in step. A stream that reconnects with `Last-Event-ID` is
 * replayed what it missed from the log, or told to `resync` when the log no longer holds it.
 */
import type { Database } from './db.js';
import { CHANGES_CHANNEL, type CrmService } from './crm-service.js';

export interface StreamClient {
  readonly agentId: string;
  /** Writes one event; `id` is absent for events that are not in the log (ready, resync, snapshots). */
  send(event: string, data: unknown, id?: number): void;
}

export interface ChangeHubOptions {
  /** At most this many events are replayed to a reconnecting stream; more, and it is told to resync (default 5,000). */
  maxReplay?: number;
  /** A safety net for a lost NOTIFY: read the log this often anyway (default 1 s). */
  pollMs?: number;
}

interface LogRow {
  seq: number;
  agent_id: string | null;
  kind: string;
  payload: unknown;
}

export class ChangeHub {
  readonly #db: Database;
  readonly #service: CrmService;
  readonly #clients = new Set<StreamClient>();
  readonly #maxReplay: number;
  readonly #pollMs: number;
  #cursor = 0;
  #queue: Promise<unknown> = Promise.resolve();
  #stopListening?: () => Promise<void>;
  #poll?: ReturnType<typeof setInterval>;

  constructor(db: Database, service: CrmService, options: ChangeHubOptions = {}) {
    this.#db = db;
    this.#service = service;
    this.#maxReplay = options.maxReplay ?? 5_000;
    this.#pollMs = options.pollMs ?? 1_000;
  }

  get cursor(): number {
    return this.#cursor;
  }

  get clientCount(): number {
    return this.#clients.size;
  }

  async start(): Promise<void> {
    this.#cursor = await this.#service.lastEventId();
    this.#stopListening = await this.#db.listen(CHANGES_CHANNEL, () => void this.pump(), () => void this.pump());
    this.#poll = setInterval(() => void this.pump(), this.#pollMs);
    this.#poll.unref?.();
  }

  async stop(): Promise<void> {
    clearInterval(this.#poll);
    await this.#stopListening?.().catch(() => {});
    this.#clients.clear();
    await this.#queue.catch(() => {});
  }

  /** Reads the log past the cursor and hands every change to its streams. */
  pump(): Promise<void> {
    return this.#serial(() => this.#pumpNow());
  }

  /**
   * Opens a stream: `ready`, then (with a `Last-Event-ID`) every logged change after it or a
   * `resync`, then this agent's current offers; from then on, every change as it is logged.
   */
  connect(client: StreamClient, lastEventId?: number): Promise<void> {
    return this.#serial(async () => {
      await this.#pumpNow();
      let replay: LogRow[] = [];
      let resync: string | undefined;
      if (lastEventId !== undefined) {
        const [{ min } = { min: null }] = await this.#db.query<{ min: number | null }>('SELECT min(seq)::float8 AS min FROM changes');
        if (lastEventId > this.#cursor) resync = 'The service does not know that event id (its database was reset?).';
        else if (lastEventId < this.#cursor && (min === null || lastEventId < Number(min) - 1)) resync = 'The events since then are no longer kept.';
        else {
          replay = await this.#db.query<LogRow>(
            'SELECT seq::float8 AS seq, agent_id, kind, payload FROM changes WHERE seq > $1 AND seq <= $2 AND (agent_id IS NULL OR agent_id = $3) ORDER BY seq LIMIT $4',
            [lastEventId, this.#cursor, client.agentId, this.#maxReplay + 1],
          );
          if (replay.length > this.#maxReplay) {
            replay = [];
            resync = 'Too much changed since then to replay.';
          }
        }
      }
      if (resync) client.send('resync', { reason: resync });
      client.send('ready', { agentId: client.agentId, lastEventId: String(this.#cursor) });
      for (const row of replay) client.send(row.kind, row.payload, Number(row.seq));
      client.send('offers', { offers: await this.#service.listOffers(client.agentId) });
      this.#clients.add(client);
    });
  }

  disconnect(client: StreamClient): void {
    this.#clients.delete(client);
  }

  async #pumpNow(): Promise<void> {
    for (;;) {
      const rows = await this.#db.query<LogRow>('SELECT seq::float8 AS seq, agent_id, kind, payload FROM changes WHERE seq > $1 ORDER BY seq LIMIT 500', [this.#cursor]);
      for (const row of rows) {
        const seq = Number(row.seq);
        for (const client of this.#clients) {
          if (row.agent_id !== null && row.agent_id !== client.agentId) continue;
          try {
            client.send(row.kind, row.payload, seq);
          } catch {
            this.#clients.delete(client);
          }
        }
        this.#cursor = seq;
      }
      if (rows.length < 500) return;
    }
  }

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(work);
    this.#queue = run.catch(() => {});
    return run;
  }
}
