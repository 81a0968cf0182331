/**
 * Conversations (work items): their states, the transition table that moves them, which
 * dashboard stream shows them, and the title a conversation session gets. DOM-free.
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

/** What can happen to a conversation, in the words of the agent desktop. */
export type WorkItemEvent =
  | 'pick' // the agent picks it from Open work items
  | 'route' // routing assigns it (an accepted offer)
  | 'assign' // a supervisor assigns it
  | 'customer-left' // the customer leaves before anyone is assigned
  | 'end' // the agent presses End
  | 'customer-ended' // the customer ends the conversation
  | 'close-session' // the agent closes the conversation's session
  | 'set-waiting' // the agent sets it to Waiting
  | 'release' // released to the queue
  | 'transfer' // transferred to another queue or agent
  | 'disconnect-timeout' // the agent was disconnected past the timeout
  | 'reopen' // the agent opens a Waiting item from My work items
  | 'customer-returned' // the customer comes back within the timeout
  | 'timeout' // the waiting timeout passes
  | 'inactivity-timeout'; // an SMS conversation was inactive too long

export interface Transition {
  readonly from: WorkItemState;
  readonly event: WorkItemEvent;
  readonly to: WorkItemState;
  /** Only for these channels; every channel when absent. */
  readonly channels?: readonly Channel[];
}

/** The conversation state machine, as data: every allowed move and nothing else. Closed is final. */
export const WORK_ITEM_TRANSITIONS: readonly Transition[] = [
  { from: 'open', event: 'pick', to: 'active' },
  { from: 'open', event: 'route', to: 'active' },
  { from: 'open', event: 'assign', to: 'active' },
  { from: 'open', event: 'customer-left', to: 'closed', channels: ['chat'] },
  { from: 'active', event: 'end', to: 'wrap-up' },
  { from: 'active', event: 'customer-ended', to: 'wrap-up' },
  { from: 'active', event: 'close-session', to: 'waiting', channels: ['chat', 'voice'] },
  { from: 'active', event: 'set-waiting', to: 'waiting' },
  { from: 'active', event: 'close-session', to: 'in-progress', channels: ['sms'] },
  { from: 'active', event: 'release', to: 'open' },
  { from: 'active', event: 'transfer', to: 'open' },
  { from: 'active', event: 'disconnect-timeout', to: 'open' },
  { from: 'active', event: 'close-session', to: 'closed', channels: ['record'] },
  { from: 'waiting', event: 'reopen', to: 'active' },
  { from: 'waiting', event: 'customer-returned', to: 'open' },
  { from: 'waiting', event: 'timeout', to: 'closed' },
  { from: 'waiting', event: 'customer-ended', to: 'closed' },
  { from: 'in-progress', event: 'inactivity-timeout', to: 'closed' },
  { from: 'wrap-up', event: 'close-session', to: 'closed' },
];

/** An event that the state machine does not allow from the conversation's state. */
export class WorkItemError extends Error {
  override name = 'WorkItemError';
  constructor(
    readonly code: 'illegal-transition' | 'invalid-work-item',
    message: string,
  ) {
    super(message);
  }
}

function transitionFor(state: WorkItemState, channel: Channel, event: WorkItemEvent): Transition | undefined {
  return WORK_ITEM_TRANSITIONS.find((t) => t.from === state && t.event === event && (!t.channels || t.channels.includes(channel)));
}

/** The events allowed for a conversation in this state on this channel. */
export function allowedEvents(state: WorkItemState, channel: Channel): WorkItemEvent[] {
  return WORK_ITEM_TRANSITIONS.filter((t) => t.from === state && (!t.channels || t.channels.includes(channel))).map((t) => t.event);
}

/** The state after `event`; an illegal event throws `illegal-transition` (nothing changes). */
export function nextWorkItemState(state: WorkItemState, channel: Channel, event: WorkItemEvent): WorkItemState {
  const transition = transitionFor(state, channel, event);
  if (!transition) {
    const allowed = allowedEvents(state, channel);
    throw new WorkItemError(
      'illegal-transition',
      `A ${channel} conversation that is ${state} cannot take "${event}"` + (allowed.length ? ` (allowed: ${allowed.join(', ')}).` : ' (it is closed for good).'),
    );
  }
  return transition.to;
}

/**
 * What closing a conversation's session does to it: chat and voice wait for the customer, SMS
 * stays in progress, a record-routed item or one in wrap-up closes. Closing the session of a
 * conversation in any other state changes nothing (`undefined`).
 */
export function sessionCloseEvent(item: Pick<WorkItem, 'state' | 'channel'>): WorkItemEvent | undefined {
  return transitionFor(item.state, item.channel, 'close-session') ? 'close-session' : undefined;
}

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

export type StreamName = 'my' | 'open' | 'closed';
export const STREAM_NAMES: readonly StreamName[] = ['my', 'open', 'closed'];
export const STREAM_TITLES: Readonly<Record<StreamName, string>> = { my: 'My work items', open: 'Open work items', closed: 'Closed work items' };

const MY_STATES: readonly WorkItemState[] = ['active', 'waiting', 'in-progress', 'wrap-up'];

/**
 * The dashboard stream that lists a conversation for this agent: My (assigned to me and not
 * closed), Open (unassigned, in a queue), Closed (closed, handled by me); none otherwise.
 */
export function streamOf(item: Pick<WorkItem, 'state' | 'assignedTo' | 'handledBy'>, agentId: string): StreamName | undefined {
  if (item.state === 'open') return item.assignedTo ? undefined : 'open';
  if (item.state === 'closed') return item.handledBy === agentId || item.assignedTo === agentId ? 'closed' : undefined;
  return MY_STATES.includes(item.state) && item.assignedTo === agentId ? 'my' : undefined;
}

/** The action a stream's rows offer: Pick in Open work items, Open elsewhere (read-only when closed). */
export function streamAction(stream: StreamName): 'open' | 'pick' {
  return stream === 'open' ? 'pick' : 'open';
}

/**
 * The title of a conversation's session: the linked customer's name, else the linked case's
 * title, else the visitor's display name.
 */
export function conversationTitle(item: Pick<WorkItem, 'customer' | 'case' | 'visitor' | 'id'>): string {
  return item.customer?.name?.trim() || item.case?.name?.trim() || item.visitor.displayName.trim() || `Conversation ${item.id}`;
}

/**
 * A work item from outside (a data source, a host), checked: a clear `invalid-work-item` error
 * names the first problem instead of a half-rendered row later.
 */
export function validateWorkItem(data: unknown): WorkItem {
  const fail = (why: string): never => {
    throw new WorkItemError('invalid-work-item', `Not a valid work item: ${why}.`);
  };
  if (typeof data !== 'object' || data === null) return fail('not an object');
  const item = data as Record<string, unknown>;
  const text = (value: unknown, name: string) => (typeof value === 'string' && value.trim() ? value : fail(`"${name}" must be non-empty text`));
  text(item.id, 'id');
  if (!CHANNELS.includes(item.channel as Channel)) fail(`"channel" must be one of ${CHANNELS.join(', ')}`);
  if (!WORK_ITEM_STATES.includes(item.state as WorkItemState)) fail(`"state" must be one of ${WORK_ITEM_STATES.join(', ')}`);
  if (typeof item.subject !== 'string') fail('"subject" must be text');
  const visitor = item.visitor as Record<string, unknown> | undefined;
  if (typeof visitor !== 'object' || visitor === null) fail('"visitor" is missing');
  text(visitor!.displayName, 'visitor.displayName');
  if (typeof visitor!.authenticated !== 'boolean') fail('"visitor.authenticated" must be true or false');
  const queue = item.queue as Record<string, unknown> | undefined;
  if (typeof queue !== 'object' || queue === null) fail('"queue" is missing');
  text(queue!.id, 'queue.id');
  text(queue!.name, 'queue.name');
  for (const time of ['createdAt', 'updatedAt'] as const) if (!Number.isFinite(item[time])) fail(`"${time}" must be a time in milliseconds`);
  for (const ref of ['customer', 'case'] as const) {
    const value = item[ref] as Record<string, unknown> | undefined;
    if (value !== undefined && (typeof value !== 'object' || value === null || typeof value.entity !== 'string' || typeof value.id !== 'string')) {
      fail(`"${ref}" must be a record {entity, id, name}`);
    }
  }
  return data as WorkItem;
}
