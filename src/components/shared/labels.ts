import type { Channel, WorkItemState } from '../../state/work-item.js';
import type { CrmCode } from '../../data/records.js';

/** What the agent reads for each channel and state. */
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = { chat: 'Chat', sms: 'SMS', voice: 'Voice', record: 'Record' };
export const STATE_LABELS: Readonly<Record<WorkItemState, string>> = {
  open: 'Open',
  active: 'Active',
  waiting: 'Waiting',
  'in-progress': 'In progress',
  'wrap-up': 'Wrap-up',
  closed: 'Closed',
};
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
