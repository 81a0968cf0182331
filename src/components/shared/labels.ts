import type { Channel, WorkItemState } from '../../state/work-item.js';

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
