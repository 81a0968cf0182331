// A bounded loopback load test of the reference service: `npm run load [-- --agents 50 --seconds 60]`.
// Simulated agents (the kit's HttpCrmDataSource each, with its live event stream) pick, open,
// link, note and close conversations at random on one service on embedded PGlite (or DATABASE_URL).
// Afterwards it checks that no conversation is assigned to two agents, that every agent's view
// equals the database, and prints latency percentiles. Exits non-zero when a check fails.
import { parseArgs } from 'node:util';
import { createHttpCrmDataSource } from '../src/data/http/index.js';
import { CrmError } from '../src/data/crm-data-source.js';
import { STREAM_NAMES, streamOf, type WorkItem, type WorkItemEvent } from '../src/state/index.js';
import { createServer } from '../server/src/app.js';
import { openPglite, openPostgres } from '../server/src/db.js';
import { ClientView } from '../server/test/client-view.js';

const { values } = parseArgs({
  options: {
    agents: { type: 'string', default: process.env.LOAD_AGENTS ?? '50' },
    seconds: { type: 'string', default: process.env.LOAD_SECONDS ?? '60' },
    port: { type: 'string', default: '8660' },
    'work-items': { type: 'string', default: '2000' },
  },
});
const agents = Number(values.agents);
const seconds = Number(values.seconds);
const port = Number(values.port);
const workItems = Number(values['work-items']);
for (const [name, value] of Object.entries({ agents, seconds, port, workItems })) {
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`✖ --${name} must be a whole number above 0.`);
    process.exit(2);
  }
}

const tokens = Object.fromEntries(Array.from({ length: agents }, (_, i) => [`load-token-${i + 1}`, `agent-${i + 1}`]));
const db = process.env.DATABASE_URL ? await openPostgres(process.env.DATABASE_URL) : await openPglite();
const server = await createServer({ db, tokens, workItems, simulation: true, offerTimeoutMs: 5_000 });
await server.app.listen({ port, host: '127.0.0.1' });
const url = `http://127.0.0.1:${port}`;
console.log(`Load test: ${agents} agents for ${seconds} s on ${db.kind === 'pglite' ? 'embedded PGlite' : 'PostgreSQL'} (${workItems} work items), ${url}`);

const latencies = new Map<string, number[]>();
const outcomes = new Map<string, number>();
async function timed<T>(name: string, work: () => Promise<T>): Promise<T | undefined> {
  const start = performance.now();
  try {
    const result = await work();
    (latencies.get(name) ?? latencies.set(name, []).get(name)!).push(performance.now() - start);
    outcomes.set(`${name} ok`, (outcomes.get(`${name} ok`) ?? 0) + 1);
    return result;
  } catch (error) {
    (latencies.get(name) ?? latencies.set(name, []).get(name)!).push(performance.now() - start);
    const code = error instanceof CrmError ? error.code : 'error';
    outcomes.set(`${name} ${code}`, (outcomes.get(`${name} ${code}`) ?? 0) + 1);
    if (!(error instanceof CrmError) || code === 'unavailable') throw error;
    return undefined;
  }
}

const views = await Promise.all(
  Array.from({ length: agents }, async (_, i) => new ClientView(await createHttpCrmDataSource(url, { token: `load-token-${i + 1}`, timeoutMs: 30_000 })).load()),
);
const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)];
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const deadline = Date.now() + seconds * 1000;

async function agentLoop(view: ClientView): Promise<void> {
  const crm = view.crm;
  while (Date.now() < deadline) {
    const items = [...view.items.values()];
    const mine = items.filter((item) => streamOf(item, crm.agentId) === 'my');
    const open = items.filter((item) => streamOf(item, crm.agentId) === 'open');
    const roll = Math.random();
    if (roll < 0.4 && open.length) {
      await timed('pick', () => crm.changeWorkItem(pick(open)!.id, 'pick'));
    } else if (roll < 0.55 && mine.length) {
      await timed('open', () => crm.getWorkItem(pick(mine)!.id));
    } else if (roll < 0.7 && mine.length) {
      const item = pick(mine)!;
      if (item.case) await timed('unlink', () => crm.unlinkRecord(item.id, 'case'));
      else await timed('link', () => crm.linkRecord(item.id, { entity: 'incident', id: `CAS-${String(1001 + Math.floor(Math.random() * 60)).padStart(5, '0')}`, name: '' }));
    } else if (roll < 0.75 && mine.length) {
      await timed('note', () => crm.addNote(pick(mine)!.id, 'Load test note'));
    } else if (mine.length) {
      // Close: release it to the queue, end it, or close its session (by channel and state).
      const item = pick(mine)!;
      const event: WorkItemEvent = item.state === 'active' ? (Math.random() < 0.5 ? 'release' : 'end') : item.state === 'wrap-up' ? 'close-session' : item.state === 'waiting' ? 'reopen' : 'close-session';
      await timed('close', () => crm.changeWorkItem(item.id, event));
    } else {
      await timed('search', () => crm.searchRecords('customer', pick(['Contoso', 'Dubois', 'ACC-10', 'García'])!));
    }
    await sleep(50 + Math.random() * 200);
  }
}

let failed = false;
const started = performance.now();
await Promise.all(views.map(agentLoop)).catch((error) => {
  console.error('✖ An agent failed:', error);
  failed = true;
});
const ran = (performance.now() - started) / 1000;

// Let every stream catch up, then compare each view with the database.
const truth = async () => {
  const rows = await db.query<{ data: WorkItem }>('SELECT data FROM work_items');
  return new Map(rows.map((row) => [row.data.id, row.data]));
};
const settleBy = Date.now() + 15_000;
let mismatches: string[] = [];
for (;;) {
  const database = await truth();
  mismatches = [];
  for (const view of views) {
    for (const stream of STREAM_NAMES) {
      const expected = [...database.values()].filter((item) => streamOf(item, view.crm.agentId) === stream).map((item) => `${item.id}@${item.updatedAt}:${item.state}:${item.case?.id ?? '-'}`).sort();
      const actual = [...view.items.values()].filter((item) => streamOf(item, view.crm.agentId) === stream).map((item) => `${item.id}@${item.updatedAt}:${item.state}:${item.case?.id ?? '-'}`).sort();
      if (expected.join() !== actual.join()) mismatches.push(`${view.crm.agentId} ${stream}: ${actual.length} rows seen, ${expected.length} in the database`);
    }
  }
  if (!mismatches.length || Date.now() > settleBy) break;
  await sleep(200);
}

// No conversation in two agents' My work items, by the database and by every agent's view.
const database = await truth();
const holders = new Map<string, string[]>();
for (const view of views) {
  for (const item of view.items.values()) if (streamOf(item, view.crm.agentId) === 'my') (holders.get(item.id) ?? holders.set(item.id, []).get(item.id)!).push(view.crm.agentId);
}
const doubled = [...holders].filter(([, who]) => who.length > 1);
const orphaned = [...database.values()].filter((item) => item.state !== 'open' && item.state !== 'closed' && !item.assignedTo);

const percentile = (list: number[], p: number) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0;
};
const all = [...latencies.values()].flat();
console.log(`\n${all.length} calls in ${ran.toFixed(1)} s (${(all.length / ran).toFixed(0)}/s)`);
for (const [name, list] of [...latencies].sort()) console.log(`  ${name.padEnd(7)} ${String(list.length).padStart(6)} calls   p50 ${percentile(list, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(list, 95).toFixed(1).padStart(7)} ms`);
console.log(`  outcomes: ${[...outcomes].sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
console.log(`p95 latency: ${percentile(all, 95).toFixed(1)} ms (p50 ${percentile(all, 50).toFixed(1)} ms, p99 ${percentile(all, 99).toFixed(1)} ms)`);

const checks = [
  { ok: !failed, what: 'every call answered (no unavailable)' },
  { ok: doubled.length === 0, what: `no conversation assigned to two agents${doubled.length ? `: ${doubled.slice(0, 5).map(([id, who]) => `${id} → ${who.join(', ')}`).join('; ')}` : ''}` },
  { ok: orphaned.length === 0, what: `no conversation being worked on without an agent${orphaned.length ? `: ${orphaned.length}` : ''}` },
  { ok: mismatches.length === 0, what: `every agent's view equals the database${mismatches.length ? `: ${mismatches.slice(0, 5).join('; ')}` : ''}` },
];
for (const check of checks) console.log(`${check.ok ? '✔' : '✖'} ${check.what}`);

for (const view of views) view.close();
await server.close();
await db.close();
process.exit(checks.every((c) => c.ok) ? 0 : 1);
