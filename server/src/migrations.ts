/**
 * The schema, as numbered migrations applied once each, in order, under an advisory lock so two
 * instances starting together on one database do not both migrate. Add a migration; never edit one.
 */
import type { Database } from './db.js';

/** Serialises migrations and seeding across instances. */
const MIGRATION_LOCK = 7_406_001;

export const MIGRATIONS: readonly { readonly version: number; readonly name: string; readonly sql: string }[] = [
  {
    version: 1,
    name: 'work items, records, activities, offers, change log',
    sql: `
      CREATE TABLE work_items (
        id text PRIMARY KEY,
        version integer NOT NULL DEFAULT 1,
        state text NOT NULL,
        assigned_to text,
        handled_by text,
        data jsonb NOT NULL
      );
      CREATE INDEX work_items_by_state ON work_items (state, assigned_to);
      CREATE TABLE records (
        entity text NOT NULL,
        id text NOT NULL,
        data jsonb NOT NULL,
        PRIMARY KEY (entity, id)
      );
      CREATE TABLE activities (
        seq bigserial PRIMARY KEY,
        subject_id text NOT NULL,
        data jsonb NOT NULL
      );
      CREATE INDEX activities_by_subject ON activities (subject_id);
      CREATE TABLE offers (
        id text PRIMARY KEY,
        work_item_id text NOT NULL REFERENCES work_items (id) ON DELETE CASCADE,
        agent_id text NOT NULL,
        offered_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX offers_by_agent ON offers (agent_id, offered_at);
      CREATE INDEX offers_by_expiry ON offers (expires_at);
      -- Every change, in commit order: the event stream's ids and its replay.
      CREATE TABLE changes (
        seq bigserial PRIMARY KEY,
        agent_id text,
        kind text NOT NULL,
        payload jsonb NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE meta (key text PRIMARY KEY, value jsonb NOT NULL);
      CREATE SEQUENCE incoming_index;
    `,
  },
  {
    version: 2,
    name: 'fixed-list values as codes, not English display text',
    sql: `
      -- 'On hold' -> 'on-hold', 'Phone call' -> 'phone-call', 'SMS' -> 'sms': each code is its old text, lower case, hyphenated.
      UPDATE records SET data = data || jsonb_build_object('priority', lower(replace(data->>'priority', ' ', '-')), 'status', lower(replace(data->>'status', ' ', '-'))) WHERE entity = 'incident' AND data ? 'priority' AND data ? 'status';
      UPDATE records SET data = data || jsonb_build_object('preferredChannel', lower(data->>'preferredChannel')) WHERE entity IN ('contact', 'account') AND data ? 'preferredChannel';
      UPDATE records SET data = data || jsonb_build_object('relationship', lower(data->>'relationship')) WHERE entity = 'account' AND data ? 'relationship';
      UPDATE activities SET data = data || jsonb_build_object('type', lower(replace(data->>'type', ' ', '-'))) WHERE data ? 'type';
    `,
  },
];

/** Applies the migrations this database lacks; answers the versions applied now. */
export async function migrate(db: Database): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => Number(row.version)));
    const applied: number[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}

/** The statements of a migration (they hold no semicolons inside strings). */
function splitStatements(sql: string): string[] {
  return sql
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
}

export { MIGRATION_LOCK };
