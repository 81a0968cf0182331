/** The CRM records the customer summary shows. Plain JSON data. */

export type PreferredChannel = 'Email' | 'Phone' | 'Chat' | 'SMS' | 'Any';

export interface AccountRecord {
  readonly entity: 'account';
  readonly id: string;
  readonly name: string;
  /** The account number agents search by, e.g. `ACC-1001`. */
  readonly number: string;
  readonly email: string;
  readonly phone: string;
  readonly city: string;
  readonly relationship: 'Customer' | 'Partner' | 'Prospect' | 'Vendor';
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
  readonly priority: 'Low' | 'Normal' | 'High' | 'Critical';
  readonly status: 'Active' | 'On hold' | 'Waiting for details' | 'Resolved';
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
  readonly type: 'Note' | 'Email' | 'Phone call' | 'Chat' | 'Task' | 'Appointment';
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
