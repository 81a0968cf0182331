// Correct under concurrency: two agents picking the same conversation at once (exactly one wins,
// the other gets `conflict`), and an accept racing the offer's expiry by the database clock.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, databases, sleep, startService, type RunningService, type TestDatabase } from './helpers.js';

for (const kind of databases()) {
  describe(`races on ${kind.name}`, () => {
    let database: TestDatabase;
    let service: RunningService;
    let second: RunningService;
    let secondDb: TestDatabase['db'] | undefined;

    before(async () => {
      database = await kind.open();
      service = await startService({ db: database.db, simulation: true, workItems: 120, offerTimeoutMs: 400, expirySweepMs: 50 });
      // On PostgreSQL the second agent goes through another instance with its own connections.
      if (database.url) {
        const { openPostgres } = await import('../src/db.js');
        secondDb = await openPostgres(database.url);
        second = await startService({ db: secondDb, simulation: true, workItems: 120, offerTimeoutMs: 400 });
      } else second = service;
    });
    after(async () => {
      if (second !== service) await second?.close();
      await secondDb?.close();
      await service?.close();
      await database?.drop();
    });

    test('two agents pick every Open conversation at once: exactly one wins each, the other gets conflict', async () => {
      const open = (await call(service.url, 'GET', '/v1/work-items?stream=open', { token: 'demo-agent-1' })).body.items as { id: string }[];
      assert.ok(open.length >= 20, `enough Open items to race for (${open.length})`);
      const results = await Promise.all(
        open.map(async ({ id }, n) => {
          const pickA = () => call(service.url, 'POST', `/v1/work-items/${id}/events`, { token: 'demo-agent-1', body: { event: 'pick' } });
          const pickB = () => call(second.url, 'POST', `/v1/work-items/${id}/events`, { token: 'demo-agent-2', body: { event: 'pick' } });
          // Who sends first alternates, so each agent wins some of the races.
          const [a, b] = n % 2 ? await Promise.all([pickA(), pickB()]) : await Promise.all([pickB(), pickA()]).then(([y, x]) => [x, y]);
          return { id, a: a!, b: b! };
        }),
      );
      const wins = { 'agent-1': 0, 'agent-2': 0 };
      for (const { id, a, b } of results) {
        const statuses = [a.status, b.status].sort();
        assert.deepEqual(statuses, [200, 409], `${id}: one 200 and one 409, got ${a.status} and ${b.status}`);
        const winner = a.status === 200 ? a.body : b.body;
        const loser = a.status === 200 ? b.body : a.body;
        assert.equal(loser.code, 'conflict');
        const stored = (await call(service.url, 'GET', `/v1/work-items/${id}`, { token: 'demo-agent-3' })).body;
        assert.equal(stored.assignedTo, winner.assignedTo, `${id} belongs to the agent told it won`);
        wins[winner.assignedTo as 'agent-1']++;
      }
      console.log(`# pick races: agent-1 won ${wins['agent-1']}, agent-2 won ${wins['agent-2']}`);
      assert.ok(wins['agent-1'] > 0 && wins['agent-2'] > 0, 'each agent won some races');
    });

    test('an accept racing the offer’s expiry: either accepted (Active, mine) or expired (still Open), never both or neither', async () => {
      const outcomes = { accepted: 0, expired: 0 };
      for (let round = 0; round < 12; round++) {
        const offer = (await call(service.url, 'POST', '/v1/offers', { token: 'demo-agent-1' })).body;
        // Aim at the expiry (400 ms by the database clock), a little before or after.
        await sleep(Math.max(0, offer.expiresAt - offer.offeredAt - 60 + (round % 4) * 40));
        const answer = await call(service.url, 'POST', `/v1/offers/${offer.id}/accept`, { token: 'demo-agent-1' });
        const item = (await call(service.url, 'GET', `/v1/work-items/${offer.workItem.id}`, { token: 'demo-agent-1' })).body;
        if (answer.status === 200) {
          outcomes.accepted++;
          assert.equal(item.state, 'active');
          assert.equal(item.assignedTo, 'agent-1');
        } else {
          assert.equal(answer.status, 410);
          assert.equal(answer.body.code, 'expired');
          outcomes.expired++;
          assert.equal(item.state, 'open');
          assert.equal(item.assignedTo, undefined);
        }
        // Either way the offer is gone (accepted, or withdrawn by the sweep).
        await sleep(150);
        const offers = (await call(service.url, 'GET', '/v1/offers', { token: 'demo-agent-1' })).body.offers as { id: string }[];
        assert.equal(offers.some((o) => o.id === offer.id), false);
      }
      console.log(`# accept vs expiry: ${outcomes.accepted} accepted, ${outcomes.expired} expired`);
      assert.ok(outcomes.accepted > 0 && outcomes.expired > 0, `both outcomes happened: ${JSON.stringify(outcomes)}`);
    });
  });
}
