import { CrmError, type CrmDataSource } from './crm-data-source.js';

/** The data source specs `connectDataSource` (and `<session-provider data-source>`) understand. */
export const DATA_SOURCE_SPECS = ['in-memory', 'https://… (a CRM service speaking server/openapi.json)'] as const;

/** What a URL spec needs besides the URL: the agent's bearer token (a string, or asked before each request). */
export interface ConnectOptions {
  token?: string | (() => string | undefined | Promise<string | undefined>);
}

/**
 * Turns a data source spec, as written in an attribute, into a connected `CrmDataSource`, so a
 * page that can only write HTML can still choose its CRM. `in-memory` is the embedded
 * `InMemoryCrm` (loaded only now, by dynamic import, so pages that never ask for it never load
 * it); a URL (`https://crm.example/api`, or `/api` on the page's origin) is the HTTP data source
 * for a service that speaks `server/openapi.json`, signed in with `options.token`. Rejects with a `CrmError` (`invalid`) that says what is understood for anything else.
 */
export async function connectDataSource(spec: string, options: ConnectOptions = {}): Promise<CrmDataSource> {
  const value = String(spec).trim();
  if (value === 'in-memory') {
    const { InMemoryCrm } = await import('./index.js');
    return new InMemoryCrm();
  }
  // A URL (absolute, or a path on the page's own origin) is a CRM service: the HTTP data source,
  // loaded only now too.
  if (/^(https?:\/\/|\/)/i.test(value)) {
    const { createHttpCrmDataSource } = await import('./http/index.js');
    return createHttpCrmDataSource(new URL(value, globalThis.location?.href).href, { token: options.token });
  }
  throw new CrmError(
    'invalid',
    `Unknown data source ${JSON.stringify(value)}: use ${DATA_SOURCE_SPECS.map((known) => `"${known}"`).join(' or ')}, ` +
      `or set the provider's dataSource property to your own CrmDataSource.`,
  );
}
