import type { Channel } from '../../state/work-item.js';
import type { CrmCode } from '../../data/records.js';

// What the agent reads for each channel and state is in the table of terms (`src/i18n/en.ts`:
// `channels`, `states`), in the element's language.

/** A glyph per channel, decorative (the label says it in words). */
export const CHANNEL_GLYPHS: Readonly<Record<Channel, string>> = { chat: '💬', sms: '✉', voice: '☎', record: '📄' };
/**
 * What the agent reads for each code the CRM sends from a fixed list (case status and priority,
 * relationship, preferred channel, activity type). A code missing here is shown as it is.
 */
export const CRM_CODE_LABELS: Readonly<Record<CrmCode, string>> = {
  active: 'Active',
  'on-hold': 'On hold',
  'waiting-for-details': 'Waiting for details',
  resolved: 'Resolved',
  low: 'Low',
  normal: 'Normal',
  high: 'High',
  critical: 'Critical',
  customer: 'Customer',
  partner: 'Partner',
  prospect: 'Prospect',
  vendor: 'Vendor',
  email: 'Email',
  phone: 'Phone',
  chat: 'Chat',
  sms: 'SMS',
  any: 'Any',
  note: 'Note',
  'phone-call': 'Phone call',
  task: 'Task',
  appointment: 'Appointment',
};
