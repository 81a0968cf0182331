// The service against its OpenAPI document: every operation, every answer it declares (each error
// code included), every body checked against the declared schema, and nothing undeclared.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, databases, declaredAnswers, readEvents, seen, startService, type RunningService, type TestDatabase } from './helpers.js';

const A = 'demo-agent-1';
const B = 'demo-agent-2';

for (const kind of databases()) {
  describe(`the service on ${kind.name}, against server/openapi.json`, () => {
    let database: TestDatabase;
    let service: RunningService;
    let quiet: RunningService;
    let base = '';
    const get = (path: string, token: string | undefined = A) => call(base, 'GET', path, { token });
    const post = (path: string, body?: unknown, token: string | undefined = A) => call(base, 'POST', path, { token, body });

    before(async () => {
      seen.clear();
      database = await kind.open();
      service = await startService({ db: database.db, simulation: true, corsOrigins: ['http://localhost:8600'], offerTimeoutMs: 60_000 });
      // The same database, simulation off and never asked anything yet (its record cache is empty).
      quiet = await startService({ db: database.db });
      base = service.url;
    });
    after(async () => {
      await service?.close();
      await quiet?.close();
      await database?.drop();
    });

    test('every request needs a known bearer token: 401 unauthorized otherwise', async () => {
      const paths: [string, string][] = [
        ['GET', '/v1/me'],
        ['GET', '/v1/work-items?stream=my'],
        ['GET', '/v1/work-items/WI-10001'],
        ['POST', '/v1/work-items/WI-10001/events'],
        ['POST', '/v1/work-items/WI-10001/notes'],
        ['POST', '/v1/work-items/WI-10001/links'],
        ['DELETE', '/v1/work-items/WI-10001/links/case'],
        ['GET', '/v1/offers'],
        ['POST', '/v1/offers'],
        ['POST', '/v1/offers/x/accept'],
        ['POST', '/v1/offers/x/reject'],
        ['GET', '/v1/records/search?kind=case&q=x'],
        ['GET', '/v1/customers/contact/CON-2001'],
        ['GET', '/v1/customers/contact/CON-2001/cases'],
        ['GET', '/v1/cases/incident/CAS-01001'],
        ['GET', '/v1/activities'],
        ['GET', '/v1/events'],
      ];
      for (const [method, path] of paths) {
        const missing = await call(base, method, path);
        assert.equal(missing.status, 401, `${method} ${path}`);
        assert.equal(missing.body.code, 'unauthorized');
        const wrong = await call(base, method, path, { token: 'not-a-token' });
        assert.equal(wrong.status, 401, `${method} ${path}`);
      }
    });

    test('GET /v1/me names the token’s agent; GET /health needs no token', async () => {
      assert.deepEqual((await get('/v1/me')).body, { agentId: 'agent-1' });
      assert.deepEqual((await get('/v1/me', B)).body, { agentId: 'agent-2' });
      assert.deepEqual((await call(base, 'GET', '/health')).body, { ok: true });
    });

    test('listWorkItems: the three streams hold the in-memory CRM’s seed; anything else is invalid', async () => {
      const { InMemoryCrm } = await import('../../src/data/in-memory-crm.js');
      const crm = new InMemoryCrm({ seed: 1, workItems: 40 });
      for (const stream of ['my', 'open', 'closed'] as const) {
        const answer = await get(`/v1/work-items?stream=${stream}`);
        assert.equal(answer.status, 200);
        const ids = (answer.body.items as { id: string }[]).map((i) => i.id).sort();
        assert.deepEqual(ids, (await crm.listWorkItems(stream)).map((i) => i.id).sort(), stream);
      }
      crm.dispose();
      for (const query of ['?stream=mine', '', '?stream=my&extra=1']) {
        const answer = await get(`/v1/work-items${query}`);
        assert.equal(answer.status, 400, query);
        assert.equal(answer.body.code, 'invalid');
      }
    });

    test('getWorkItem: 200, 404 not-found, 400 for an over-long id', async () => {
      assert.equal((await get('/v1/work-items/WI-10001')).body.id, 'WI-10001');
      assert.equal((await get('/v1/work-items/WI-1')).body.code, 'not-found');
      assert.equal((await get(`/v1/work-items/${'x'.repeat(201)}`)).status, 400);
    });

    test('changeWorkItem: pick, conflict for the other agent, illegal-transition, invalid events and bodies, not-found, 413, 415', async () => {
      const open = (await get('/v1/work-items?stream=open')).body.items as { id: string; channel: string }[];
      const item = open[0]!;
      const picked = await post(`/v1/work-items/${item.id}/events`, { event: 'pick' });
      assert.equal(picked.status, 200);
      assert.equal(picked.body.state, 'active');
      assert.equal(picked.body.assignedTo, 'agent-1');
      const lost = await post(`/v1/work-items/${item.id}/events`, { event: 'pick' }, B);
      assert.equal(lost.status, 409);
      assert.equal(lost.body.code, 'conflict');
      const illegal = await post(`/v1/work-items/${item.id}/events`, { event: 'reopen' });
      assert.equal(illegal.status, 422);
      assert.equal(illegal.body.code, 'illegal-transition');
      assert.match(illegal.body.message, /cannot take "reopen"/);
      // The agent cannot route, assign or time out: those are routing's, a supervisor's, the system's.
      const notTheAgents = await post(`/v1/work-items/${open[1]!.id}/events`, { event: 'route' });
      assert.equal(notTheAgents.status, 400);
      assert.equal(notTheAgents.body.code, 'invalid');
      // The agent id never comes from the body.
      const smuggled = await post(`/v1/work-items/${open[1]!.id}/events`, { event: 'pick', agentId: 'agent-3' });
      assert.equal(smuggled.status, 400);
      assert.equal((await get(`/v1/work-items/${open[1]!.id}`)).body.state, 'open');
      assert.equal((await post(`/v1/work-items/${open[1]!.id}/events`, {})).status, 400);
      assert.equal((await post('/v1/work-items/WI-1/events', { event: 'pick' })).body.code, 'not-found');
      const large = await post(`/v1/work-items/${open[1]!.id}/events`, { event: 'pick', padding: 'x'.repeat(20_000) });
      assert.equal(large.status, 413);
      assert.equal(large.body.code, 'invalid');
      const text = await call(base, 'POST', `/v1/work-items/${open[1]!.id}/events`, { token: A, rawBody: 'event=pick', headers: { 'content-type': 'text/plain' } });
      assert.equal(text.status, 415);
      assert.equal(text.body.code, 'invalid');
      const broken = await call(base, 'POST', `/v1/work-items/${open[1]!.id}/events`, { token: A, rawBody: '{"event":', headers: { 'content-type': 'application/json' } });
      assert.equal(broken.status, 400);
      assert.equal((await get(`/v1/work-items/${open[1]!.id}`)).body.state, 'open', 'no failed call changed anything');
    });

    test('addNote: 201 with the agent from the token; invalid blank or over-long notes; not-found; 413; 415', async () => {
      const note = await post('/v1/work-items/WI-10002/notes', { text: '  Called back  ' }, B);
      assert.equal(note.status, 201);
      assert.equal(note.body.subject, 'Called back');
      assert.equal(note.body.by, 'agent-2');
      const activities = await get('/v1/activities?workItemId=WI-10002');
      assert.ok((activities.body.activities as { id: string }[]).some((a) => a.id === note.body.id));
      assert.equal((await post('/v1/work-items/WI-10002/notes', { text: '   ' })).body.code, 'invalid');
      assert.equal((await post('/v1/work-items/WI-10002/notes', { text: 'x'.repeat(2001) })).body.code, 'invalid');
      assert.equal((await post('/v1/work-items/WI-1/notes', { text: 'x' })).body.code, 'not-found');
      assert.equal((await post('/v1/work-items/WI-10002/notes', { text: 'x'.repeat(4000), more: 'y'.repeat(13_000) })).status, 413);
      assert.equal((await call(base, 'POST', '/v1/work-items/WI-10002/notes', { token: A, rawBody: 'hi', headers: { 'content-type': 'text/plain' } })).status, 415);
    });

    test('linkRecord / unlinkRecord: link, conflict on an occupied slot, not-found, invalid entity or slot, 413, 415', async () => {
      const id = 'WI-10003';
      await call(base, 'DELETE', `/v1/work-items/${id}/links/customer`, { token: A });
      const linked = await post(`/v1/work-items/${id}/links`, { entity: 'contact', id: 'CON-2005', name: 'ignored: the CRM’s name wins' });
      assert.equal(linked.status, 200);
      assert.equal(linked.body.customer.id, 'CON-2005');
      assert.notEqual(linked.body.customer.name, 'ignored: the CRM’s name wins');
      const occupied = await post(`/v1/work-items/${id}/links`, { entity: 'account', id: 'ACC-1001' });
      assert.equal(occupied.status, 409);
      assert.equal(occupied.body.code, 'conflict');
      assert.equal((await post(`/v1/work-items/${id}/links`, { entity: 'contact', id: 'CON-9999' })).body.code, 'not-found');
      assert.equal((await post('/v1/work-items/WI-1/links', { entity: 'contact', id: 'CON-2005' })).body.code, 'not-found');
      assert.equal((await post(`/v1/work-items/${id}/links`, { entity: 'queue', id: 'q-sales' })).body.code, 'invalid');
      assert.equal((await post(`/v1/work-items/${id}/links`, { entity: 'contact', id: 'CON-2005', name: 'x'.repeat(17_000) })).status, 413);
      assert.equal((await call(base, 'POST', `/v1/work-items/${id}/links`, { token: A, rawBody: 'x', headers: { 'content-type': 'text/plain' } })).status, 415);
      const unlinked = await call(base, 'DELETE', `/v1/work-items/${id}/links/customer`, { token: A });
      assert.equal(unlinked.status, 200);
      assert.equal(unlinked.body.customer, undefined);
      assert.equal((await call(base, 'DELETE', `/v1/work-items/${id}/links/queue`, { token: A })).status, 400);
      assert.equal((await call(base, 'DELETE', '/v1/work-items/WI-1/links/case', { token: A })).body.code, 'not-found');
    });

    test('offers: simulate, list, accept, reject; expired for a gone offer; 404 where simulation is off', async () => {
      const offer = await post('/v1/offers');
      assert.equal(offer.status, 201);
      assert.equal(offer.body.workItem.state, 'open');
      assert.ok(offer.body.expiresAt > offer.body.offeredAt);
      const listed = await get('/v1/offers');
      assert.deepEqual(
        (listed.body.offers as { id: string }[]).map((o) => o.id),
        [offer.body.id],
      );
      assert.deepEqual((await get('/v1/offers', B)).body.offers, [], 'an offer is for one agent');
      assert.equal((await post(`/v1/offers/${offer.body.id}/accept`, undefined, B)).body.code, 'expired', 'another agent cannot take my offer');
      const accepted = await post(`/v1/offers/${offer.body.id}/accept`);
      assert.equal(accepted.status, 200);
      assert.equal(accepted.body.state, 'active');
      assert.equal(accepted.body.assignedTo, 'agent-1');
      assert.equal((await post(`/v1/offers/${offer.body.id}/accept`)).status, 410);
      const second = await post('/v1/offers');
      assert.equal((await post(`/v1/offers/${second.body.id}/reject`)).status, 204);
      assert.equal((await get(`/v1/work-items/${second.body.workItem.id}`)).body.state, 'open', 'a rejected conversation stays Open');
      assert.equal((await post(`/v1/offers/${second.body.id}/reject`)).body.code, 'expired');
      assert.equal((await post(`/v1/offers/${'x'.repeat(201)}/accept`)).status, 400);
      assert.equal((await post(`/v1/offers/${'x'.repeat(201)}/reject`)).status, 400);
      const off = await call(quiet.url, 'POST', '/v1/offers', { token: A });
      assert.equal(off.status, 404);
      assert.equal(off.body.code, 'not-found');
    });

    test('searchRecords, getCustomer, listRecentCases, getCase, listActivities: answers and not-found / invalid', async () => {
      const found = await get(`/v1/records/search?kind=customer&q=${encodeURIComponent('Contoso')}`);
      assert.equal(found.status, 200);
      assert.ok(found.body.matches.length > 0 && found.body.matches.length <= 10);
      assert.equal((await get('/v1/records/search?kind=queue&q=x')).status, 400);
      assert.equal((await get('/v1/records/search?kind=case')).status, 400);
      assert.equal((await get('/v1/customers/account/ACC-1001')).body.entity, 'account');
      assert.equal((await get('/v1/customers/contact/CON-2001')).body.entity, 'contact');
      assert.equal((await get('/v1/customers/incident/CAS-01001')).body.code, 'not-found');
      assert.equal((await get(`/v1/customers/contact/${'x'.repeat(201)}`)).status, 400);
      assert.equal((await get('/v1/customers/account/ACC-1001/cases')).status, 200);
      assert.equal((await get('/v1/customers/contact/CON-0/cases')).body.code, 'not-found');
      assert.equal((await get(`/v1/customers/contact/${'x'.repeat(201)}/cases`)).status, 400);
      assert.equal((await get('/v1/cases/incident/CAS-01001')).body.id, 'CAS-01001');
      assert.equal((await get('/v1/cases/contact/CON-2001')).body.code, 'not-found');
      assert.equal((await get(`/v1/cases/incident/${'x'.repeat(201)}`)).status, 400);
      const timeline = await get('/v1/activities?customerEntity=contact&customerId=CON-2001&caseEntity=incident&caseId=CAS-01001');
      assert.equal(timeline.status, 200);
      const times = (timeline.body.activities as { at: number }[]).map((a) => a.at);
      assert.deepEqual(times, [...times].sort((x, y) => y - x), 'newest first');
      assert.equal((await get('/v1/activities?who=me')).status, 400);
    });

    test('the event stream: ready with the newest id, changes with ids, this agent’s offers; a bad Last-Event-ID is invalid', async () => {
      const start = await readEvents(base, A, { until: (events) => events.some((e) => e.event === 'offers') });
      const ready = start.find((e) => e.event === 'ready')!;
      assert.match(ready.data.lastEventId, /^\d+$/);
      const stream = readEvents(base, B, { lastEventId: ready.data.lastEventId, until: (events) => events.some((e) => e.event === 'change' && e.data.item.id === 'WI-10004') });
      await post('/v1/work-items/WI-10004/notes', { text: 'not an item change' });
      await post('/v1/work-items/WI-10004/links', { entity: 'incident', id: 'CAS-01002' });
      await call(base, 'DELETE', '/v1/work-items/WI-10004/links/case', { token: A });
      const events = await stream;
      const change = events.find((e) => e.event === 'change')!;
      assert.ok(Number(change.id) > Number(ready.data.lastEventId));
      assert.equal(seen.has('streamEvents 200'), false, 'event streams are read beside call()');
      seen.add('streamEvents 200');
      const bad = await call(base, 'GET', '/v1/events', { token: A, headers: { 'last-event-id': 'abc' } });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.code, 'invalid');
    });

    test('unknown routes answer not-found as JSON; CORS answers only the configured origins', async () => {
      const unknown = await get('/v1/nothing');
      assert.equal(unknown.status, 404);
      assert.equal(unknown.body.code, 'not-found');
      const allowed = await fetch(`${base}/v1/me`, { method: 'OPTIONS', headers: { origin: 'http://localhost:8600', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' } });
      assert.equal(allowed.headers.get('access-control-allow-origin'), 'http://localhost:8600');
      const other = await fetch(`${base}/v1/me`, { method: 'OPTIONS', headers: { origin: 'http://evil.example', 'access-control-request-method': 'GET' } });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
    });

    test('with the database gone, every operation that needs it answers 503 unavailable', async () => {
      // `quiet` shares the database and has cached nothing: close the database under it.
      await database.db.close();
      const q = quiet.url;
      const checks: [string, string, unknown?][] = [
        ['GET', '/v1/work-items?stream=my'],
        ['GET', '/v1/work-items/WI-10001'],
        ['POST', '/v1/work-items/WI-10001/events', { event: 'pick' }],
        ['POST', '/v1/work-items/WI-10001/notes', { text: 'x' }],
        ['POST', '/v1/work-items/WI-10001/links', { entity: 'contact', id: 'CON-2001' }],
        ['DELETE', '/v1/work-items/WI-10001/links/case'],
        ['GET', '/v1/offers'],
        ['POST', '/v1/offers/x/accept'],
        ['POST', '/v1/offers/x/reject'],
        ['GET', '/v1/records/search?kind=case&q=x'],
        ['GET', '/v1/customers/contact/CON-2001'],
        ['GET', '/v1/customers/contact/CON-2001/cases'],
        ['GET', '/v1/cases/incident/CAS-01001'],
        ['GET', '/v1/activities?workItemId=WI-10001'],
        ['GET', '/v1/events'],
        ['GET', '/health'],
      ];
      for (const [method, path, body] of checks) {
        const answer = await call(q, method, path, { token: A, body });
        assert.equal(answer.status, 503, `${method} ${path}`);
        assert.equal(answer.body.code, 'unavailable');
      }
      assert.equal((await call(base, 'POST', '/v1/offers', { token: A })).status, 503);
    });

    test('every answer the document declares was seen (and no other)', () => {
      const missing = declaredAnswers().filter((answer) => !seen.has(answer));
      assert.deepEqual(missing, []);
    });
  });
}
