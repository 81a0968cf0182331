/**
 * The CRM records the customer summary shows. Plain JSON data. Values from a fixed list (a case's
 * status and priority, an account's relationship, a preferred channel, an activity's type) are
 * codes, never display text: the elements show each code's label (`CRM_CODE_LABELS`), which a
 * host may replace. A code the kit does not know is shown as it is.
 */

/** How a customer prefers to be reached. */
export type PreferredChannel = 'email' | 'phone' | 'chat' | 'sms' | 'any';
export const PREFERRED_CHANNELS: readonly PreferredChannel[] = ['email', 'phone', 'chat', 'sms', 'any'];

/** What an account is to the company. */
export type Relationship = 'customer' | 'partner' | 'prospect' | 'vendor';
export const RELATIONSHIPS: readonly Relationship[] = ['customer', 'partner', 'prospect', 'vendor'];

export type CasePriority = 'low' | 'normal' | 'high' | 'critical';
export const CASE_PRIORITIES: readonly CasePriority[] = ['low', 'normal', 'high', 'critical'];

export type CaseStatus = 'active' | 'on-hold' | 'waiting-for-details' | 'resolved';
export const CASE_STATUSES: readonly CaseStatus[] = ['active', 'on-hold', 'waiting-for-details', 'resolved'];

export type ActivityType = 'note' | 'email' | 'phone-call' | 'chat' | 'task' | 'appointment';
export const ACTIVITY_TYPES: readonly ActivityType[] = ['note', 'email', 'phone-call', 'chat', 'task', 'appointment'];

/** Every code of the CRM's fixed lists (some, such as `chat`, are in two lists with one meaning). */
export type CrmCode = PreferredChannel | Relationship | CasePriority | CaseStatus | ActivityType;

export interface AccountRecord {
  readonly entity: 'account';
  readonly id: string;
  readonly name: string;
  /** The account number agents search by, e.g. `ACC-1001`. */
  readonly number: string;
  readonly email: string;
  readonly phone: string;
  readonly city: string;
  readonly relationship: Relationship;
  readonly preferredChannel: PreferredChannel;
}

export interface ContactRecord {
  readonly entity: 'contact';
  readonly id: string;
  readonly name: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly jobTitle: string;
  readonly accountId: string;
  readonly company: string;
  readonly email: string;
  readonly mobile: string;
  readonly city: string;
  readonly preferredChannel: PreferredChannel;
}

/** A contact or an account: the customer of a conversation. */
export type CustomerRecord = AccountRecord | ContactRecord;

export interface CaseRecord {
  readonly entity: 'incident';
  readonly id: string;
  /** The case number agents search by; the same as `id` here. */
  readonly number: string;
  /** The case title. */
  readonly name: string;
  readonly priority: CasePriority;
  readonly status: CaseStatus;
  readonly product: string;
  readonly owner: string;
  /** The contact the case is for. */
  readonly customerId: string;
  readonly createdAt: number;
}

/** One entry of the recent activities timeline. */
export interface Activity {
  readonly id: string;
  /** Which filter shows it: activities of the customer, of the case, or of this conversation. */
  readonly about: 'customer' | 'case' | 'conversation';
  readonly type: ActivityType;
  readonly subject: string;
  readonly at: number;
  readonly by: string;
}

/** A search result: what the agent reads in the list, and the record to link. */
export interface RecordMatch {
  readonly entity: 'account' | 'contact' | 'incident';
  readonly id: string;
  readonly name: string;
  /** A second line that tells look-alikes apart: number, company, e-mail… */
  readonly detail: string;
}

/** What a customer summary is about: its conversation, and the customer and case linked to it. */
export interface SummarySubject {
  readonly workItemId?: string;
  readonly customer?: { readonly entity: string; readonly id: string };
  readonly case?: { readonly entity: string; readonly id: string };
}
