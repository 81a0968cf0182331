/**
 * Runs the reference CRM service: `npm run server`.
 *
 * Environment: PORT (8787), HOST (127.0.0.1), DATABASE_URL (a PostgreSQL server; embedded PGlite
 * when unset), PGLITE_DIR (keep PGlite's data on disk; in memory when unset), CORS_ORIGINS
 * (comma-separated origins allowed to call it from a page), AGENT_TOKENS (`token:agent,…`; the
 * demo tokens demo-agent-1…3 when unset), SEED (1), WORK_ITEMS (40), SIMULATION (1 allows
 * simulated incoming conversations), ROUTER_MS (offer one to every connected agent this often),
 * OFFER_TIMEOUT_MS (30000).
 */
import { createServer } from './src/app.js';
import { openPglite, openPostgres } from './src/db.js';

const env = process.env;
const number = (name: string, fallback: number) => {
  const value = env[name] === undefined || env[name] === '' ? fallback : Number(env[name]);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`✖ ${name} must be a number, not "${env[name]}".`);
    process.exit(1);
  }
  return value;
};
const tokens = env.AGENT_TOKENS
  ? Object.fromEntries(env.AGENT_TOKENS.split(',').map((pair) => pair.split(':').map((part) => part.trim()) as [string, string]))
  : undefined;

const db = env.DATABASE_URL ? await openPostgres(env.DATABASE_URL) : await openPglite(env.PGLITE_DIR || undefined);
const server = await createServer({
  db,
  tokens,
  corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
  seed: number('SEED', 1),
  workItems: number('WORK_ITEMS', 40),
  simulation: env.SIMULATION === '1' || env.SIMULATION === 'true',
  routerIntervalMs: number('ROUTER_MS', 0) || undefined,
  offerTimeoutMs: number('OFFER_TIMEOUT_MS', 30_000),
  logger: env.LOG === '1',
});
const port = number('PORT', 8787);
const host = env.HOST || '127.0.0.1';
await server.app.listen({ port, host });
console.log(`CRM service on http://${host}:${port}/ (${db.kind === 'pglite' ? 'embedded PGlite' : 'PostgreSQL'}; ${server.hub.cursor} events logged)`);

const stop = async () => {
  await server.close();
  await db.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
