import type { InMemoryCrm } from '../src/data/index.js';
import type { RecordRef } from '../src/index.js';

export const entityLabel: Record<string, string> = { account: 'Account', contact: 'Contact', incident: 'Case' };

/**
 * The demo CRM's "recent records": accounts and contacts in several scripts (one very long name,
 * hostile ones) and a few cases, all real records of the embedded CRM so their summaries load.
 */
export function recentRecords(crm: InMemoryCrm): (RecordRef & { name: string })[] {
  const { accounts, contacts, cases } = crm.records;
  return [...accounts.slice(0, 10), ...contacts.slice(0, 12), ...cases.slice(0, 4)].map(({ entity, id, name }) => ({ entity, id, name }));
}
