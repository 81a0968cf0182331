/**
 * One small interface over the two databases the service runs on: embedded PGlite (the default,
 * no set-up) and a real PostgreSQL server through `pg` (when `DATABASE_URL` is set). The service
 * writes plain SQL for both; only connecting, transactions and LISTEN differ.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { Pool, PoolClient } from 'pg';

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `onNotify` for every NOTIFY on `channel` (from any connection, any process); `onReconnect` after a lost listener came back. */
  listen(channel: string, onNotify: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
  readonly kind: 'pglite' | 'postgres';
}

/** Embedded PostgreSQL (WASM) in this process: in memory, or in `dataDir` when given. */
export async function openPglite(dataDir?: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db: PGlite = await PGlite.create(dataDir ? { dataDir } : {});
  const wrap = (q: { query: PGlite['query'] }): Queryable => ({
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await q.query<Row>(sql, params)).rows;
    },
  });
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    async listen(channel, onNotify) {
      const stop = await db.listen(channel, onNotify);
      return async () => stop();
    },
    close: () => db.close(),
  };
}

/** A PostgreSQL server: a pool for queries and transactions, one more connection for LISTEN. */
export async function openPostgres(connectionString: string): Promise<Database> {
  const pg = (await import('pg')).default;
  // Numbers stay numbers: bigint (20) and numeric (1700) answer as text otherwise.
  pg.types.setTypeParser(20, (value: string) => Number(value));
  pg.types.setTypeParser(1700, (value: string) => Number(value));
  const pool: Pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle client that loses the server must not crash the process: the next query fails instead.
  pool.on('error', () => {});
  const wrap = (client: Pool | PoolClient): Queryable => ({
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as Row[];
    },
  });
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, onNotify, onReconnect) {
      let client: InstanceType<typeof pg.Client> | undefined;
      let stopped = false;
      let retry: ReturnType<typeof setTimeout> | undefined;
      const connect = async (again: boolean): Promise<void> => {
        const next = new pg.Client({ connectionString });
        next.on('notification', (message) => message.channel === channel && onNotify(message.payload ?? ''));
        next.on('error', () => {});
        next.on('end', () => {
          if (stopped) return;
          retry = setTimeout(() => void connect(true).catch(() => next.emit('end')), 500);
        });
        await next.connect();
        await next.query(`LISTEN ${quoteIdent(channel)}`);
        client = next;
        if (again) onReconnect?.();
      };
      await connect(false);
      return async () => {
        stopped = true;
        clearTimeout(retry);
        await client?.end().catch(() => {});
      };
    },
    close: () => pool.end(),
  };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
