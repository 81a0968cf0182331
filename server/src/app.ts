/**
 * The reference CRM service: the routes of `server/openapi.json`, on Fastify. The document is the
 * single source of the wire protocol: every route, its path, and the JSON schema each request is
 * validated against are read from it here, so the service cannot drift from what clients are
 * told. Each request is made as the agent its bearer token names; errors are JSON `{code, message}`.
 */
import { readFileSync } from 'node:fs';
import cors from '@fastify/cors';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { CrmError } from '../../src/data/crm-data-source.js';
import { ChangeHub } from './change-hub.js';
import { CrmService, seed, type SeedOptions } from './crm-service.js';
import type { Database } from './db.js';
import { migrate } from './migrations.js';

export const openapi = JSON.parse(readFileSync(new URL('../openapi.json', import.meta.url), 'utf8'));

/** The wire's error codes and their HTTP statuses (see `x-crm-error-codes` in the document). */
export type WireErrorCode = 'not-found' | 'conflict' | 'illegal-transition' | 'invalid' | 'expired' | 'unavailable' | 'unauthorized';
const STATUS: Record<WireErrorCode, number> = {
  invalid: 400,
  unauthorized: 401,
  'not-found': 404,
  conflict: 409,
  expired: 410,
  'illegal-transition': 422,
  unavailable: 503,
};

export class WireError extends Error {
  constructor(
    readonly code: WireErrorCode,
    message: string,
    readonly status = STATUS[code],
  ) {
    super(message);
  }
}

/** The demo's agents and their tokens (only when demo tokens are on). */
export const DEMO_TOKENS: Readonly<Record<string, string>> = { 'demo-agent-1': 'agent-1', 'demo-agent-2': 'agent-2', 'demo-agent-3': 'agent-3' };

export interface ServiceOptions extends SeedOptions {
  db: Database;
  /** Bearer token → agent id. Default: the demo tokens. */
  tokens?: Readonly<Record<string, string>>;
  /** Origins allowed to call the service from a page (CORS). Default none. */
  corsOrigins?: readonly string[];
  /** Lets agents ask for simulated incoming conversations (`POST /v1/offers`). Default off. */
  simulation?: boolean;
  /** Offers a simulated conversation to every connected agent this often (needs `simulation`). */
  routerIntervalMs?: number;
  /** How long an offer lasts, by the database clock (default 30 s). */
  offerTimeoutMs?: number;
  /** How often offers past their expiry are withdrawn (default 500 ms). */
  expirySweepMs?: number;
  /** The change log keeps this many events for replay (default 10,000). */
  keepEvents?: number;
  /** Heartbeat comment on idle event streams (default 15 s). */
  heartbeatMs?: number;
  /** Replay at most this many events to a reconnecting stream before asking it to resync. */
  maxReplay?: number;
  logger?: boolean;
}

export interface CrmServer {
  readonly app: FastifyInstance;
  readonly service: CrmService;
  readonly hub: ChangeHub;
  /** Ends every event stream (clients will reconnect elsewhere), stops timers; leaves the database open. */
  close(): Promise<void>;
}

const BODY_LIMIT = 16 * 1024;

export async function createServer(options: ServiceOptions): Promise<CrmServer> {
  const { db } = options;
  await migrate(db);
  await seed(db, options);
  const service = new CrmService(db, { offerTimeoutMs: options.offerTimeoutMs, seed: options.seed });
  const hub = new ChangeHub(db, service, { maxReplay: options.maxReplay });
  await hub.start();
  const tokens = new Map(Object.entries(options.tokens ?? DEMO_TOKENS));
  const streams = new Set<FastifyReply>();

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    // Long ids reach the schema (and answer `invalid`) instead of the router's own 414.
    routerOptions: { maxParamLength: 1000 },
    // Reject what the schemas do not allow; never quietly drop or convert it.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false } },
  });
  await app.register(cors, {
    origin: [...(options.corsOrigins ?? [])],
    methods: ['GET', 'POST', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Last-Event-ID'],
    maxAge: 600,
  });

  // JSON only: a text/plain body is refused (415) rather than parsed as a string.
  app.removeContentTypeParser('text/plain');
  app.decorateRequest('agentId', '');
  app.addHook('onRequest', async (request) => {
    if (request.method === 'OPTIONS' || request.url === '/health') return;
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const agent = match ? tokens.get(match[1]!) : undefined;
    if (!agent) throw new WireError('unauthorized', header ? 'The CRM did not accept your sign-in: sign in again.' : 'Sign in first: this CRM needs a bearer token.');
    (request as FastifyRequest & { agentId: string }).agentId = agent;
  });

  app.setErrorHandler((error: Error & { code?: string; statusCode?: number; validation?: unknown }, request, reply) => {
    const body = wireError(error);
    if (body.status >= 500 && body.code === 'unavailable' && !(error instanceof WireError || error instanceof CrmError)) request.log.error(error);
    void reply.status(body.status).send({ code: body.code, message: body.message });
  });
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({ code: 'not-found', message: `No route ${request.method} ${request.url.split('?')[0]}.` });
  });

  const agent = (request: FastifyRequest) => (request as FastifyRequest & { agentId: string }).agentId;
  type Req = FastifyRequest<{ Params: Record<string, string>; Querystring: Record<string, string>; Body: Record<string, unknown> }>;
  const handlers: Record<string, (request: Req, reply: FastifyReply) => Promise<unknown>> = {
    getMe: async (request) => ({ agentId: agent(request) }),
    listWorkItems: async (request) => ({ items: await service.listWorkItems(agent(request), request.query.stream as 'my') }),
    getWorkItem: async (request) => service.getWorkItem(request.params.id!),
    changeWorkItem: async (request) => service.changeWorkItem(agent(request), request.params.id!, request.body.event as string),
    addNote: async (request, reply) => reply.status(201).send(await service.addNote(agent(request), request.params.id!, request.body.text as string)),
    linkRecord: async (request) => service.linkRecord(request.params.id!, request.body as { entity: string; id: string }),
    unlinkRecord: async (request) => service.unlinkRecord(request.params.id!, request.params.slot as 'case'),
    listOffers: async (request) => ({ offers: await service.listOffers(agent(request)) }),
    simulateIncoming: async (request, reply) => {
      if (!options.simulation) throw new WireError('not-found', 'This service does not simulate incoming conversations.');
      return reply.status(201).send(await service.simulateIncoming(agent(request)));
    },
    acceptOffer: async (request) => service.acceptOffer(agent(request), request.params.offerId!),
    rejectOffer: async (request, reply) => {
      await service.rejectOffer(agent(request), request.params.offerId!);
      return reply.status(204).send();
    },
    searchRecords: async (request) => ({ matches: await service.searchRecords(request.query.kind as 'case', request.query.q!) }),
    getCustomer: async (request) => service.getCustomer({ entity: request.params.entity!, id: request.params.recordId! }),
    listRecentCases: async (request) => ({ cases: await service.listRecentCases({ entity: request.params.entity!, id: request.params.recordId! }) }),
    getCase: async (request) => service.getCase({ entity: request.params.entity!, id: request.params.recordId! }),
    listActivities: async (request) => {
      const q = request.query;
      return {
        activities: await service.listActivities({
          workItemId: q.workItemId,
          customer: q.customerId ? { id: q.customerId } : undefined,
          case: q.caseId ? { id: q.caseId } : undefined,
        }),
      };
    },
    streamEvents: async (request, reply) => openStream(request, reply),
    health: async () => {
      try {
        await db.query('SELECT 1');
      } catch {
        throw new WireError('unavailable', 'The database does not answer.');
      }
      return { ok: true };
    },
  };

  const heartbeatMs = options.heartbeatMs ?? 15_000;
  async function openStream(request: Req, reply: FastifyReply): Promise<void> {
    const header = request.headers['last-event-id'];
    const lastEventId = typeof header === 'string' && header !== '' ? Number(header) : undefined;
    // Fail as JSON while that is still possible: once the stream is open, errors can only close it.
    try {
      await db.query('SELECT 1');
    } catch {
      throw new WireError('unavailable', 'The database does not answer.');
    }
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    streams.add(reply);
    const client = {
      agentId: agent(request),
      send(event: string, data: unknown, id?: number) {
        // A reader that falls this far behind is cut off; it reconnects with Last-Event-ID.
        if (res.writableLength > 4 * 1024 * 1024) return void res.destroy();
        res.write(`${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
      },
    };
    const heartbeat = setInterval(() => res.write(': ping\n\n'), heartbeatMs);
    const end = () => {
      clearInterval(heartbeat);
      hub.disconnect(client);
      streams.delete(reply);
    };
    res.on('close', end);
    try {
      await hub.connect(client, lastEventId);
    } catch (error) {
      request.log.error(error);
      res.destroy();
    }
  }

  for (const [path, item] of Object.entries<Record<string, Operation>>(openapi.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const handler = handlers[operation.operationId];
      if (!handler) throw new Error(`No handler for ${operation.operationId}`);
      app.route({
        method: method.toUpperCase() as 'GET',
        url: path.replace(/\{(\w+)\}/g, ':$1'),
        schema: requestSchema(operation),
        handler: handler as never,
      });
    }
  }

  // Offers expire by the database clock; any instance may sweep them (a DELETE takes each row once).
  const sweep = setInterval(() => void service.expireOffers().catch(() => {}), options.expirySweepMs ?? 500);
  const prune = setInterval(() => void service.pruneChanges(options.keepEvents ?? 10_000).catch(() => {}), 60_000);
  const router =
    options.simulation && options.routerIntervalMs
      ? setInterval(() => {
          const agents = new Set([...streams].map((reply) => agent(reply.request)));
          for (const id of agents) void service.simulateIncoming(id).catch(() => {});
        }, options.routerIntervalMs)
      : undefined;
  for (const timer of [sweep, prune, router]) timer?.unref?.();

  return {
    app,
    service,
    hub,
    async close() {
      clearInterval(sweep);
      clearInterval(prune);
      clearInterval(router);
      for (const reply of streams) reply.raw.destroy();
      streams.clear();
      await hub.stop();
      await app.close();
    },
  };
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: unknown;
  $ref?: string;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: { 'application/json': { schema: unknown } } };
}

/** Fastify's request schema for an operation, taken from the document (references resolved). */
function requestSchema(operation: Operation) {
  const parameters = (operation.parameters ?? []).map((p) => resolve(p) as Parameter);
  const group = (where: Parameter['in']) => {
    const list = parameters.filter((p) => p.in === where);
    if (!list.length) return undefined;
    return {
      type: 'object',
      properties: Object.fromEntries(list.map((p) => [where === 'header' ? p.name.toLowerCase() : p.name, resolve(p.schema)])),
      required: list.filter((p) => p.required).map((p) => (where === 'header' ? p.name.toLowerCase() : p.name)),
      ...(where === 'header' ? {} : { additionalProperties: false }),
    };
  };
  const body = operation.requestBody?.content['application/json'].schema;
  return {
    ...(group('path') ? { params: group('path') } : {}),
    ...(group('query') ? { querystring: group('query') } : {}),
    ...(group('header') ? { headers: group('header') } : {}),
    ...(body ? { body: resolve(body) } : {}),
  };
}

/** The value with every `$ref` into the document replaced by what it points to. */
export function resolve(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(resolve);
  if (typeof value !== 'object' || value === null) return value;
  const ref = (value as { $ref?: unknown }).$ref;
  if (typeof ref === 'string') {
    const target = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], openapi);
    return resolve(target);
  }
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, resolve(v)]));
}

/** Any failure, as the wire's `{code, message}` and its status. */
function wireError(error: Error & { code?: string; statusCode?: number; validation?: unknown }): { status: number; code: WireErrorCode; message: string } {
  if (error instanceof WireError) return { status: error.status, code: error.code, message: error.message };
  if (error instanceof CrmError) {
    // `aborted` and `malformed` are the client's own codes (a call it dropped, an answer it could not read).
    const code: WireErrorCode = error.code === 'aborted' || error.code === 'malformed' ? 'unavailable' : error.code;
    return { status: STATUS[code], code, message: error.message };
  }
  if (error.validation) return { status: 400, code: 'invalid', message: `Invalid request: ${error.message}.` };
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { status: 413, code: 'invalid', message: `The request is larger than ${BODY_LIMIT / 1024} KiB.` };
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { status: 415, code: 'invalid', message: 'Send the request body as application/json.' };
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) return { status: 400, code: 'invalid', message: error.message };
  return { status: 503, code: 'unavailable', message: 'The CRM could not do that just now. Try again.' };
}
