// Shared by the service's tests: the databases to run against, a service on a port of the test
// range, and an HTTP client that checks every answer against server/openapi.json.
import { createServer as createNetServer } from 'node:net';
import Ajv2020 from 'ajv/dist/2020.js';
import { createServer, openapi, resolve, type CrmServer, type ServiceOptions } from '../src/app.js';
import { openPglite, openPostgres, type Database } from '../src/db.js';

export interface TestDatabase {
  readonly db: Database;
  /** A connection string for another instance on the same database (PostgreSQL only). */
  readonly url?: string;
  drop(): Promise<void>;
}

export interface DatabaseKind {
  readonly name: 'pglite' | 'postgres';
  open(): Promise<TestDatabase>;
}

let created = 0;

/** PGlite always; PostgreSQL as well when TEST_DATABASE_URL names a server (a fresh database per call). */
export function databases(): DatabaseKind[] {
  const kinds: DatabaseKind[] = [
    {
      name: 'pglite',
      async open() {
        const db = await openPglite();
        return { db, drop: () => db.close().catch(() => {}) };
      },
    },
  ];
  const admin = process.env.TEST_DATABASE_URL;
  if (admin) {
    kinds.push({
      name: 'postgres',
      async open() {
        const name = `crm_test_${process.pid}_${++created}`;
        const control = await openPostgres(admin);
        await control.query(`CREATE DATABASE ${name}`);
        const url = new URL(admin);
        url.pathname = `/${name}`;
        const db = await openPostgres(url.href);
        return {
          db,
          url: url.href,
          async drop() {
            await db.close().catch(() => {});
            await control.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
            await control.close();
          },
        };
      },
    });
  }
  return kinds;
}

/** A free port of the tests' range: 8610–8649, or `TEST_PORTS=from-to` (a shared machine's own range). */
export async function freePort(): Promise<number> {
  const [from, to] = (process.env.TEST_PORTS ?? '8610-8649').split('-').map(Number) as [number, number];
  for (let port = from; port <= to; port++) {
    const free = await new Promise<boolean>((done) => {
      const probe = createNetServer();
      probe.once('error', () => done(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port in ${from}–${to}.`);
}

export interface RunningService {
  readonly server: CrmServer;
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export async function startService(options: ServiceOptions & { port?: number }): Promise<RunningService> {
  const server = await createServer(options);
  const port = options.port ?? (await freePort());
  await server.app.listen({ port, host: '127.0.0.1' });
  return { server, port, url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

// ——— checking answers against the document ———

const ajv = new Ajv2020({ strict: false, allErrors: true });
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
const routes = Object.entries<Record<string, { operationId: string; responses: Record<string, unknown> }>>(openapi.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({
    method: method.toUpperCase(),
    pattern: new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`),
    operation,
  })),
);

/** Every (operation, status) an answer was seen for: the contract test checks none is left out. */
export const seen = new Set<string>();

export interface Answer<T = any> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

/** Calls the service and checks the answer: its status is declared for the operation and its body matches the declared schema. */
export async function call<T = any>(
  base: string,
  method: string,
  path: string,
  init: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] ??= 'application/json';
  const response = await fetch(base + path, { method, headers, body: init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body)) });
  const text = await response.text();
  const body = text ? JSON.parse(text) : undefined;
  const route = routes.find((r) => r.method === method && r.pattern.test(path.split('?')[0]!));
  if (route) {
    const id = route.operation.operationId;
    const declared = route.operation.responses[String(response.status)];
    if (!declared) throw new Error(`${method} ${path} answered ${response.status}, which the document does not declare for ${id}: ${text}`);
    seen.add(`${id} ${response.status}`);
    const schema = (resolve(declared) as { content?: Record<string, { schema: unknown }> }).content?.['application/json']?.schema;
    if (schema) {
      const key = `${id} ${response.status}`;
      let validate = validators.get(key);
      if (!validate) validators.set(key, (validate = ajv.compile(schema as object)));
      if (!validate(body)) throw new Error(`${method} ${path} → ${response.status} does not match the document: ${ajv.errorsText(validate.errors)}\n${text.slice(0, 500)}`);
    }
  }
  return { status: response.status, body: body as T, headers: response.headers };
}

/** Every (operation, status) pair the document declares. */
export function declaredAnswers(): string[] {
  return routes.flatMap((r) => Object.keys(r.operation.responses).map((status) => `${r.operation.operationId} ${status}`));
}

/** Reads Server-Sent Events from a service until `until` says stop (or the time runs out). */
export async function readEvents(
  url: string,
  token: string,
  options: { lastEventId?: string; until: (events: { event: string; data: any; id?: string }[]) => boolean; timeoutMs?: number },
): Promise<{ event: string; data: any; id?: string }[]> {
  const { readEventStream } = await import('../../src/data/http/sse.js');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 5000);
  const events: { event: string; data: any; id?: string }[] = [];
  try {
    const response = await fetch(`${url}/v1/events`, {
      headers: { authorization: `Bearer ${token}`, ...(options.lastEventId ? { 'last-event-id': options.lastEventId } : {}) },
      signal: controller.signal,
    });
    if (response.status !== 200) throw new Error(`The event stream answered ${response.status}.`);
    await readEventStream(response.body!, (event) => {
      events.push({ event: event.event, data: JSON.parse(event.data), ...(event.id ? { id: event.id } : {}) });
      if (options.until(events)) controller.abort();
    });
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
  }
  if (!options.until(events)) throw new Error(`The event stream did not deliver what was awaited; it sent: ${events.map((e) => e.event).join(', ')}`);
  return events;
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Waits until `check` passes (it throws until then), or fails with its last error. */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(50);
    }
  }
}
