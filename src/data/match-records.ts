import type { LinkSlot } from '../state/work-item.js';
import type { AccountRecord, CaseRecord, ContactRecord, RecordMatch } from './records.js';

/** How many matches a search answers: enough to choose from, few enough to read. */
export const MAX_MATCHES = 10;

/**
 * The records an agent can link that match `query`, contacts before accounts: contacts by
 * first, last or full name, company, e-mail or mobile; accounts by name, number, e-mail or phone;
 * cases by number or title. Accents and case are ignored; phone numbers match on their digits.
 */
export function matchRecords(
  records: { readonly accounts: readonly AccountRecord[]; readonly contacts: readonly ContactRecord[]; readonly cases: readonly CaseRecord[] },
  kind: LinkSlot,
  query: string,
): RecordMatch[] {
  const needle = fold(query);
  if (!needle) return [];
  const digits = needle.replace(/\D/g, '');
  const hit = (...fields: string[]) => fields.some((field) => fold(field).includes(needle));
  // At least four digits, so "12" does not match every phone book entry.
  const phoneHit = (phone: string) => digits.length >= 4 && phone.replace(/\D/g, '').includes(digits);
  const { accounts, contacts, cases } = records;
  const matches: RecordMatch[] =
    kind === 'customer'
      ? [
          ...contacts
            .filter((c) => hit(c.firstName, c.lastName, c.name, c.company, c.email) || phoneHit(c.mobile))
            .map((c) => ({ entity: c.entity, id: c.id, name: c.name, detail: `Contact · ${c.company} · ${c.email}` })),
          ...accounts
            .filter((a) => hit(a.name, a.number, a.email) || phoneHit(a.phone))
            .map((a) => ({ entity: a.entity, id: a.id, name: a.name, detail: `Account · ${a.number} · ${a.email}` })),
        ]
      : cases.filter((c) => hit(c.number, c.name)).map((c) => ({ entity: c.entity, id: c.id, name: c.name, detail: `Case · ${c.number} · ${c.status}` }));
  return matches.slice(0, MAX_MATCHES);
}

/** Text as search compares it: no accents, no case. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
