/**
 * A conversation (work item) as plain data: its states, channels, visitor, queue and linked
 * records, and where a linked record goes. The rules that move it live beside it:
 * `work-item-transitions.ts` (the state machine), `work-item-events.ts` (who causes what),
 * `work-item-streams.ts` (which dashboard stream lists it), `conversation-title.ts` (what the agent
 * reads), `validate-work-item.ts` (data from outside, checked). DOM-free.
 */
import type { RecordRef } from './session.js';

export const WorkItemState = {
  Open: 'open',
  Active: 'active',
  Waiting: 'waiting',
  InProgress: 'in-progress',
  WrapUp: 'wrap-up',
  Closed: 'closed',
} as const;
export type WorkItemState = (typeof WorkItemState)[keyof typeof WorkItemState];
export const WORK_ITEM_STATES: readonly WorkItemState[] = Object.values(WorkItemState);

export type Channel = 'chat' | 'sms' | 'voice' | 'record';
export const CHANNELS: readonly Channel[] = ['chat', 'sms', 'voice', 'record'];

export interface Visitor {
  readonly displayName: string;
  readonly authenticated: boolean;
  readonly browser?: string;
  readonly os?: string;
  readonly location?: string;
  readonly language?: string;
}

export interface WorkItem {
  readonly id: string;
  readonly channel: Channel;
  readonly state: WorkItemState;
  /** What the conversation is about, as the customer or the routing put it. */
  readonly subject: string;
  readonly visitor: Visitor;
  /** The contact or account linked to the conversation, once known. */
  readonly customer?: RecordRef;
  /** The case linked to the conversation, once known. */
  readonly case?: RecordRef;
  readonly queue: { readonly id: string; readonly name: string };
  /** The agent working on it; absent while it waits in a queue. */
  readonly assignedTo?: string;
  /** The last agent who worked on it (for Closed work items). */
  readonly handledBy?: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly preChat?: readonly { readonly question: string; readonly answer: string }[];
}

/** Where a linked record goes on a conversation: its customer (contact or account) or its case. */
export type LinkSlot = 'customer' | 'case';

/** The slot a record of this entity links into, or undefined for entities that cannot be linked. */
export function linkSlotOf(entity: string): LinkSlot | undefined {
  return entity === 'contact' || entity === 'account' ? 'customer' : entity === 'incident' ? 'case' : undefined;
}
