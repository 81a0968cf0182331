// Migrations on a database made by an older version of the service.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MIGRATIONS, migrate } from '../src/migrations.js';
import { databases } from './helpers.js';

for (const kind of databases()) {
  describe(`migrations on ${kind.name}`, () => {
    test('version 2: the English values of fixed lists become codes, everything else stays', async () => {
      const database = await kind.open();
      try {
        const { db } = database;
        // The database as version 1 left it.
        await db.query('CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
        for (const statement of MIGRATIONS[0]!.sql.split('\n').filter((l) => !l.trim().startsWith('--')).join('\n').split(';').map((s) => s.trim()).filter(Boolean)) await db.query(statement);
        await db.query("INSERT INTO schema_migrations (version, name) VALUES (1, 'v1')");
        const kase = { entity: 'incident', id: 'CAS-1', name: 'Router', priority: 'Critical', status: 'Waiting for details', owner: 'Ana' };
        const account = { entity: 'account', id: 'ACC-1', name: 'Acme', relationship: 'Partner', preferredChannel: 'SMS' };
        const contact = { entity: 'contact', id: 'CON-1', name: 'Bo', preferredChannel: 'Email' };
        for (const r of [kase, account, contact]) await db.query('INSERT INTO records (entity, id, data) VALUES ($1, $2, $3::jsonb)', [r.entity, r.id, JSON.stringify(r)]);
        await db.query("INSERT INTO activities (subject_id, data) VALUES ('CAS-1', $1::jsonb)", [JSON.stringify({ id: 'A1', about: 'case', type: 'Phone call', subject: 'Called back' })]);

        assert.deepEqual(await migrate(db), [2]);
        const data = async (id: string) => (await db.query<{ data: Record<string, unknown> }>('SELECT data FROM records WHERE id = $1', [id]))[0]!.data;
        assert.deepEqual(await data('CAS-1'), { ...kase, priority: 'critical', status: 'waiting-for-details' });
        assert.deepEqual(await data('ACC-1'), { ...account, relationship: 'partner', preferredChannel: 'sms' });
        assert.deepEqual(await data('CON-1'), { ...contact, preferredChannel: 'email' });
        const [activity] = await db.query<{ data: Record<string, unknown> }>('SELECT data FROM activities');
        assert.deepEqual(activity!.data, { id: 'A1', about: 'case', type: 'phone-call', subject: 'Called back' });
        assert.deepEqual(await migrate(db), [], 'applied once');
      } finally {
        await database.drop();
      }
    });
  });
}
