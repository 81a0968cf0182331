/**
 * What a customer summary shows and loads, as rules (DOM-free, Lit-free): which entities have a
 * summary, which sections load for which subject, and whose customer a case is. The elements ask
 * these functions; no element restates them.
 */
import type { RecordRef } from './session.js';
import { linkSlotOf } from './work-item.js';

/** A reference to a CRM record: what the data source's calls take. */
export interface SummaryRef {
  readonly entity: string;
  readonly id: string;
}

/** The sections of a customer summary. */
export type SummarySection = 'conversation' | 'customer' | 'case' | 'recentCases' | 'activities';

/**
 * Whether a session (or a tab's record) is shown by a customer summary: every conversation, and
 * the records a conversation can link (contacts and accounts as its customer, cases as its case).
 */
export function hasCustomerSummary(subject: { readonly conversation?: unknown; readonly record?: { readonly entity: string } }): boolean {
  return !!subject.conversation || !!linkSlotOf(subject.record?.entity as string);
}

/**
 * Where a summary starts, for a session:
 * - `nothing`: Home (or no session): nothing loads;
 * - `conversation`: the conversation loads first, and its links decide the rest (see `recordsPlan`);
 * - `records`: a record session: the sections of `recordsPlan` load at once;
 * - `unsupported`: a record whose entity has no summary.
 */
export type SummaryStart =
  | { readonly kind: 'nothing' }
  | { readonly kind: 'conversation'; readonly workItemId: string }
  | { readonly kind: 'records'; readonly customer?: SummaryRef; readonly case?: SummaryRef }
  | { readonly kind: 'unsupported'; readonly entity: string };

export function summaryStart(session: { readonly kind: string; readonly conversation?: { readonly workItemId: string }; readonly record?: RecordRef } | undefined): SummaryStart {
  if (!session || session.kind === 'home') return { kind: 'nothing' };
  if (session.conversation) return { kind: 'conversation', workItemId: session.conversation.workItemId };
  const record = session.record;
  if (!record) return { kind: 'nothing' };
  // A record is the summary's customer or its case: the slot a conversation would link it into.
  const slot = linkSlotOf(record.entity);
  return slot ? { kind: 'records', [slot]: { entity: record.entity, id: record.id } } : { kind: 'unsupported', entity: record.entity };
}

/** What a summary's records are: the customer and case it knows, and the conversation they belong to. */
export interface SummarySubjectRefs {
  readonly workItemId?: string;
  readonly customer?: SummaryRef;
  readonly case?: SummaryRef;
}

/**
 * Which record sections load for a subject. A conversation always shows its Customer and Case
 * (empty, with a search to link one, when nothing is linked); a record shows only what it has.
 * Recent cases need a customer; the activities always load. `customerFromCase` says that the
 * customer is not known yet and is the case's customer once the case has loaded (a case opened
 * on its own).
 */
export function recordsPlan(subject: SummarySubjectRefs): { readonly sections: ReadonlySet<SummarySection>; readonly customerFromCase: boolean } {
  const sections = new Set<SummarySection>();
  if (subject.customer || subject.workItemId) sections.add('customer');
  if (subject.customer) sections.add('recentCases');
  if (subject.case || subject.workItemId) sections.add('case');
  sections.add('activities');
  return { sections, customerFromCase: !!subject.case && !subject.customer && !subject.workItemId };
}

/** A case's customer is its contact. */
export function caseCustomer(kase: { readonly customerId: string }): SummaryRef {
  return { entity: 'contact', id: kase.customerId };
}
