// The demo against the reference CRM service (npm start): same-origin, through the demo server's
// proxy, signed in as the agent of `?agent=` (agent-1, agent-2 or agent-3; two windows, two agents).
// `?crm=offline`, or no service behind the demo server (npm run start:offline), keeps the
// embedded in-memory CRM.
import { createHttpCrmDataSource, type HttpCrmDataSource } from '../src/data/http/index.js';

export async function connectLiveCrm(): Promise<HttpCrmDataSource | undefined> {
  const params = new URLSearchParams(location.search);
  if (params.get('crm') === 'offline') return undefined;
  const health = await fetch('/health', { cache: 'no-store' }).catch(() => undefined);
  if (!health?.ok || !health.headers.get('content-type')?.includes('json')) return undefined;
  const agent = params.get('agent') || 'agent-1';
  return createHttpCrmDataSource(location.origin, { token: `demo-${agent}` });
}
