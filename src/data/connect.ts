import { CrmError, type CrmDataSource } from './crm-data-source.js';

/** The data source specs `connectDataSource` (and `<session-provider data-source>`) understand. */
export const DATA_SOURCE_SPECS = ['in-memory'] as const;

/**
 * Turns a data source spec, as written in an attribute, into a connected `CrmDataSource`, so a
 * page that can only write HTML can still choose its CRM. `in-memory` is the embedded
 * `InMemoryCrm` (loaded only now, by dynamic import, so pages that never ask for it never load
 * it). Rejects with a `CrmError` (`invalid`) that says what is understood for anything else.
 */
export async function connectDataSource(spec: string): Promise<CrmDataSource> {
  const value = String(spec).trim();
  if (value === 'in-memory') {
    const { InMemoryCrm } = await import('./index.js');
    return new InMemoryCrm();
  }
  // URL specs (`https://…/api`) will connect an HTTP data source here.
  throw new CrmError(
    'invalid',
    `Unknown data source ${JSON.stringify(value)}: use ${DATA_SOURCE_SPECS.map((known) => `"${known}"`).join(' or ')}, ` +
      `or set the provider's dataSource property to your own CrmDataSource.`,
  );
}
