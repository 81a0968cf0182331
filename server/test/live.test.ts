// Live across instances and through outages, with the kit's own HttpCrmDataSource as the client:
// a change through one instance reaches a client of another; a client whose stream is cut while
// the service restarts replays what it missed (Last-Event-ID) or resyncs, and its view converges
// to the database with no lost and no duplicated rows.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { HttpCrmDataSource, createHttpCrmDataSource } from '../../src/data/http/index.js';
import { STREAM_NAMES, type WorkItem } from '../../src/state/index.js';
import { ClientView } from './client-view.js';
import type { Database } from '../src/db.js';
import { call, databases, eventually, startService, type RunningService, type TestDatabase } from './helpers.js';

/** The same, read straight from the service. */
async function truth(url: string, token: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const stream of STREAM_NAMES) {
    const items = (await call(url, 'GET', `/v1/work-items?stream=${stream}`, { token })).body.items as WorkItem[];
    out[stream] = items.map((item) => `${item.id}:${item.state}:${item.customer?.id ?? '-'}`).sort();
  }
  return out;
}

const FAST = { reconnectDelayMs: [50, 300] as const, retryDelayMs: 50, timeoutMs: 3000 };

for (const kind of databases()) {
  describe(`live changes on ${kind.name}`, () => {
    let database: TestDatabase;
    let one: RunningService;
    let two: RunningService;
    let twoDb: Database;

    before(async () => {
      database = await kind.open();
      one = await startService({ db: database.db, workItems: 60 });
      // Two instances on one database: on PostgreSQL with their own pools and LISTEN connections.
      twoDb = database.url ? await (await import('../src/db.js')).openPostgres(database.url) : database.db;
      two = await startService({ db: twoDb });
    });
    after(async () => {
      await one?.close();
      await two?.close();
      if (twoDb !== database.db) await twoDb?.close();
      await database?.drop();
    });

    test('a pick through one instance reaches an agent connected to the other, live', async () => {
      const watcher = await new ClientView(await createHttpCrmDataSource(two.url, { token: 'demo-agent-2', ...FAST })).load();
      await eventually(() => assert.equal(watcher.crm.streamStatus, 'live'));
      const [target] = (await call(one.url, 'GET', '/v1/work-items?stream=open', { token: 'demo-agent-1' })).body.items as WorkItem[];
      assert.ok(watcher.streams().open!.some((row) => row.startsWith(`${target!.id}:`)));
      const picked = await call(one.url, 'POST', `/v1/work-items/${target!.id}/events`, { token: 'demo-agent-1', body: { event: 'pick' } });
      assert.equal(picked.status, 200);
      await eventually(() => assert.equal(watcher.items.get(target!.id)?.assignedTo, 'agent-1'));
      assert.equal(watcher.streams().open!.some((row) => row.startsWith(`${target!.id}:`)), false, 'the row left Open work items');
      watcher.close();
    });

    test('the stream cut and the service restarted: the client replays what it missed and converges', async () => {
      const agent = await new ClientView(await createHttpCrmDataSource(one.url, { token: 'demo-agent-1', ...FAST })).load();
      await eventually(() => assert.equal(agent.crm.streamStatus, 'live'));
      const before = agent.crm.lastEventId;
      // The instance the agent is connected to goes away (its streams cut), the other carries on.
      const port = one.port;
      await one.close();
      await eventually(() => assert.equal(agent.crm.streamStatus, 'reconnecting'));
      const open = (await call(two.url, 'GET', '/v1/work-items?stream=open', { token: 'demo-agent-2' })).body.items as WorkItem[];
      for (const item of open.slice(0, 3)) await call(two.url, 'POST', `/v1/work-items/${item.id}/events`, { token: 'demo-agent-2', body: { event: 'pick' } });
      const mine = (await call(two.url, 'GET', '/v1/work-items?stream=my', { token: 'demo-agent-1' })).body.items as WorkItem[];
      await call(two.url, 'POST', `/v1/work-items/${mine[0]!.id}/links`, { token: 'demo-agent-2', body: { entity: 'incident', id: 'CAS-01003' } }).catch(() => {});
      // Calls fail as unavailable while it is away.
      await assert.rejects(agent.crm.getWorkItem(open[0]!.id), { code: 'unavailable' });
      one = await startService({ db: database.db, port });
      await eventually(async () => assert.deepEqual(agent.streams(), await truth(two.url, 'demo-agent-1')), 8000);
      assert.ok(Number(agent.crm.lastEventId) > Number(before), 'it carried on from its Last-Event-ID');
      for (const item of open.slice(0, 3)) assert.equal(agent.items.get(item.id)?.assignedTo, 'agent-2');
      agent.close();
    });

    test('a gap the service no longer keeps: the client is told to resync, reloads, and converges', async () => {
      const agent = await new ClientView(await createHttpCrmDataSource(one.url, { token: 'demo-agent-1', ...FAST })).load();
      await eventually(() => assert.equal(agent.crm.streamStatus, 'live'));
      const port = one.port;
      await one.close();
      const open = (await call(two.url, 'GET', '/v1/work-items?stream=open', { token: 'demo-agent-2' })).body.items as WorkItem[];
      for (const item of open.slice(0, 2)) await call(two.url, 'POST', `/v1/work-items/${item.id}/events`, { token: 'demo-agent-2', body: { event: 'pick' } });
      // Pick one more for agent-1 itself: it must appear in My work items after the resync.
      await call(two.url, 'POST', `/v1/work-items/${open[2]!.id}/events`, { token: 'demo-agent-1', body: { event: 'pick' } });
      // The log forgets everything but the newest event: the client's id is no longer replayable.
      await two.server.service.pruneChanges(1);
      one = await startService({ db: database.db, port });
      await eventually(async () => assert.deepEqual(agent.streams(), await truth(two.url, 'demo-agent-1')), 8000);
      assert.equal(agent.items.get(open[2]!.id)?.assignedTo, 'agent-1');
      agent.close();
    });
  });
}

test('HttpCrmDataSource fails as unavailable when no service answers, and retries reads before it gives up', async () => {
  let calls = 0;
  const crm = new HttpCrmDataSource('http://127.0.0.1:8649', 'agent-1', {
    retries: 2,
    retryDelayMs: 10,
    fetch: async (input, init) => {
      calls++;
      return fetch(input, init);
    },
  });
  await assert.rejects(crm.listWorkItems('open'), { name: 'CrmError', code: 'unavailable' });
  assert.equal(calls, 3, 'a read is tried three times');
  calls = 0;
  await assert.rejects(crm.changeWorkItem('WI-1', 'pick'), { code: 'unavailable' });
  assert.equal(calls, 1, 'a change is never retried');
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(crm.getWorkItem('WI-1', { signal: controller.signal }), { code: 'aborted' });
});

test('HttpCrmDataSource gives up on a call that takes longer than its time-out, as unavailable', async () => {
  const hanging: typeof fetch = (_input, init) =>
    new Promise((_resolve, reject) => {
      const fail = () => reject(new DOMException('aborted', 'AbortError'));
      if (init?.signal?.aborted) fail();
      init?.signal?.addEventListener('abort', fail);
    });
  const crm = new HttpCrmDataSource('http://127.0.0.1:8649', 'agent-1', { timeoutMs: 50, retries: 0, fetch: hanging });
  const started = Date.now();
  await assert.rejects(crm.changeWorkItem('WI-1', 'pick'), { code: 'unavailable', message: /did not answer within/ });
  assert.ok(Date.now() - started < 2000);
  // The caller's own signal wins over the time-out: aborted, not unavailable.
  const controller = new AbortController();
  const pending = new HttpCrmDataSource('http://127.0.0.1:8649', 'agent-1', { timeoutMs: 5000, fetch: hanging }).getWorkItem('WI-1', { signal: controller.signal });
  controller.abort();
  await assert.rejects(pending, { code: 'aborted' });
});
