/**
 * Conversations (work items): their states, the transition table that moves them and who has
 * them after each move, which dashboard stream shows them, and the title a conversation session
 * gets. DOM-free, plain data.
 */
import type { RecordRef } from './session.js';
import { displayText } from './title.js';

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

/** Who makes a conversation event happen. */
export type EventActor = 'agent' | 'customer' | 'routing' | 'supervisor' | 'system';

/**
 * What can happen to a conversation, in the words of the agent desktop, and who makes it happen.
 * The data source lets the agent apply only the agent's own events; the customer, routing and
 * the system cause the others.
 */
export const WORK_ITEM_EVENTS = {
  pick: 'agent', // the agent picks it from Open work items
  route: 'routing', // routing assigns it (the agent accepted an offer)
  assign: 'supervisor', // a supervisor assigns it to an agent
  'customer-left': 'customer', // the customer leaves before anyone is assigned
  end: 'agent', // the agent presses End
  'customer-ended': 'customer', // the customer ends the conversation
  'close-session': 'agent', // the agent closes the conversation's session
  'set-waiting': 'agent', // the agent sets it to Waiting
  release: 'agent', // the agent releases it to the queue
  transfer: 'agent', // the agent transfers it to another queue or agent
  'disconnect-timeout': 'system', // the agent was disconnected past the timeout
  reopen: 'agent', // the agent opens a Waiting item from My work items
  'customer-returned': 'customer', // the customer comes back within the timeout
  timeout: 'system', // the waiting timeout passes
  'inactivity-timeout': 'system', // an SMS conversation was inactive too long
} as const satisfies Record<string, EventActor>;
export type WorkItemEvent = keyof typeof WORK_ITEM_EVENTS;

/** True for the name of a conversation event (for data from outside). */
export function isWorkItemEvent(value: unknown): value is WorkItemEvent {
  return typeof value === 'string' && Object.hasOwn(WORK_ITEM_EVENTS, value);
}

/** Events that take a conversation from the queue to an agent: whoever applies them must say to whom. */
const ASSIGNING_EVENTS: readonly WorkItemEvent[] = ['pick', 'route', 'assign'];

export interface Transition {
  readonly from: WorkItemState;
  readonly event: WorkItemEvent;
  readonly to: WorkItemState;
  /** Only for these channels; every channel when absent. */
  readonly channels?: readonly Channel[];
}

/**
 * The conversation state machine, as data: every allowed move and nothing else, one row per
 * line of behaviour.md's table and cause. Closed is final. Frozen: it is the one copy of the rule.
 */
export const WORK_ITEM_TRANSITIONS: readonly Transition[] = freezeRows([
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
]);

function freezeRows(rows: Transition[]): readonly Transition[] {
  for (const row of rows) {
    if (row.channels) Object.freeze(row.channels);
    Object.freeze(row);
  }
  return Object.freeze(rows);
}

/**
 * Why the conversation model refused something; the conversation is left exactly as it was.
 *
 * - `illegal-transition`: the table has no move for this event from this state on this channel.
 * - `unknown-event`: not one of `WORK_ITEM_EVENTS`.
 * - `agent-required`: an event that assigns the conversation (pick, route, assign) without the
 *   agent it goes to.
 * - `invalid-work-item`: data that is not a work item (see `validateWorkItem`).
 */
export type WorkItemErrorCode = 'illegal-transition' | 'unknown-event' | 'agent-required' | 'invalid-work-item';

export class WorkItemError extends Error {
  override name = 'WorkItemError';
  constructor(
    readonly code: WorkItemErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function transitionFor(state: WorkItemState, channel: Channel, event: WorkItemEvent): Transition | undefined {
  return WORK_ITEM_TRANSITIONS.find((t) => t.from === state && t.event === event && (!t.channels || t.channels.includes(channel)));
}

/**
 * The events allowed for a conversation in this state on this channel; without a channel, those
 * allowed on at least one channel. Empty for Closed.
 */
export function allowedEvents(state: WorkItemState, channel?: Channel): WorkItemEvent[] {
  const events = WORK_ITEM_TRANSITIONS.filter((t) => t.from === state && (!channel || !t.channels || t.channels.includes(channel))).map((t) => t.event);
  return [...new Set(events)];
}

/**
 * The state after `event`. An unknown event throws `unknown-event`, an event the table does not
 * allow throws `illegal-transition` naming the state, the event and the allowed events.
 */
export function nextWorkItemState(state: WorkItemState, channel: Channel, event: WorkItemEvent): WorkItemState {
  if (!isWorkItemEvent(event)) {
    throw new WorkItemError('unknown-event', `${JSON.stringify(event)} is not a conversation event (events: ${Object.keys(WORK_ITEM_EVENTS).join(', ')}).`);
  }
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
 * A conversation after `event`, as a new object: its state by the table, and who has it. Moving
 * back to Open puts it in the queue (unassigned); Closed keeps only who handled it last; pick,
 * route and assign give it to `by.agentId`; every other move leaves it with its agent. Refusals throw a `WorkItemError` and the item
 * is untouched.
 */
export function applyWorkItemEvent(item: WorkItem, event: WorkItemEvent, by: { readonly agentId?: string; readonly at: number }): WorkItem {
  const state = nextWorkItemState(item.state, item.channel, event);
  const assigning = ASSIGNING_EVENTS.includes(event);
  if (assigning && !by.agentId) throw new WorkItemError('agent-required', `"${event}" gives the conversation to an agent: say which one.`);
  const agent = state === 'open' || state === 'closed' ? undefined : assigning ? by.agentId : item.assignedTo;
  const { assignedTo: _previous, ...rest } = item;
  const handledBy = agent ?? item.assignedTo ?? item.handledBy;
  return {
    ...rest,
    state,
    ...(agent ? { assignedTo: agent } : {}),
    ...(handledBy ? { handledBy } : {}),
    updatedAt: Math.max(by.at, item.updatedAt),
  };
}

/**
 * What closing a conversation's session does to it: chat and voice wait for the customer, SMS
 * stays in progress, a record-routed item or one in wrap-up closes. Closing the session of a
 * conversation in any other state changes nothing (`undefined`).
 */
export function sessionCloseEvent(item: Pick<WorkItem, 'state' | 'channel'>): WorkItemEvent | undefined {
  return transitionFor(item.state, item.channel, 'close-session') ? 'close-session' : undefined;
}

/** The state a conversation is in after its session closes (unchanged when closing does nothing to it). */
export function stateAfterSessionClose(item: Pick<WorkItem, 'state' | 'channel'>): WorkItemState {
  return sessionCloseEvent(item) ? nextWorkItemState(item.state, item.channel, 'close-session') : item.state;
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
export function conversationTitle(item: Pick<WorkItem, 'customer' | 'case' | 'visitor' | 'id'>, placeholder: (id: string) => string = (id) => `Conversation ${id}`): string {
  // Blank or invisible names fall through to the next, and finally to a placeholder (elements pass the term).
  return displayText(item.customer?.name) || displayText(item.case?.name) || displayText(item.visitor.displayName) || placeholder(displayText(item.id));
}

/** The queue a conversation waits in, as the agent reads it: a placeholder when it has no name. */
export function queueName(item: Pick<WorkItem, 'queue'>, unnamed = 'Unnamed queue'): string {
  return displayText(item.queue.name) || unnamed;
}

/**
 * A work item from outside (a data source, a host), checked: a clear `invalid-work-item` error
 * names the first problem instead of a half-rendered row later. Answers the same object.
 */
export function validateWorkItem(data: unknown): WorkItem {
  const fail = (why: string): never => {
    throw new WorkItemError('invalid-work-item', `Not a valid work item: ${why}.`);
  };
  const object = (value: unknown, name: string) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : fail(`"${name}" is missing`));
  const text = (value: unknown, name: string) => (typeof value === 'string' && value.trim() ? value : fail(`"${name}" must be non-empty text`));
  const optionalText = (value: unknown, name: string) => value === undefined || typeof value === 'string' || fail(`"${name}" must be text when present`);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('not an object');
  const item = data as Record<string, unknown>;
  // Ids become session ids and element attributes: keep them to what the session store accepts.
  if (text(item.id, 'id').length > 200) fail('"id" must be at most 200 characters');
  if (!CHANNELS.includes(item.channel as Channel)) fail(`"channel" must be one of ${CHANNELS.join(', ')}`);
  if (!WORK_ITEM_STATES.includes(item.state as WorkItemState)) fail(`"state" must be one of ${WORK_ITEM_STATES.join(', ')}`);
  if (typeof item.subject !== 'string') fail('"subject" must be text');
  const visitor = object(item.visitor, 'visitor');
  // A blank name still is the agent's conversation: shown with a placeholder, never left out.
  if (typeof visitor.displayName !== 'string') fail('"visitor.displayName" must be text');
  if (typeof visitor.authenticated !== 'boolean') fail('"visitor.authenticated" must be true or false');
  for (const detail of ['browser', 'os', 'location', 'language'] as const) optionalText(visitor[detail], `visitor.${detail}`);
  const queue = object(item.queue, 'queue');
  text(queue.id, 'queue.id');
  if (typeof queue.name !== 'string') fail('"queue.name" must be text');
  for (const agent of ['assignedTo', 'handledBy'] as const) if (item[agent] !== undefined) text(item[agent], agent);
  for (const time of ['createdAt', 'updatedAt'] as const) if (!Number.isFinite(item[time])) fail(`"${time}" must be a time in milliseconds`);
  for (const slot of ['customer', 'case'] as const) {
    const ref = item[slot] as Record<string, unknown> | undefined;
    const isRecord = typeof ref === 'object' && ref !== null && typeof ref.entity === 'string' && typeof ref.id === 'string' && ref.id.trim() !== '' && (ref.name === undefined || typeof ref.name === 'string');
    if (ref !== undefined && !isRecord) fail(`"${slot}" must be a record {entity, id, name}`);
  }
  if (item.preChat !== undefined) {
    if (!Array.isArray(item.preChat)) fail('"preChat" must be a list of {question, answer}');
    (item.preChat as unknown[]).forEach((entry, n) => {
      const pair = entry as Record<string, unknown> | null;
      if (typeof pair?.question !== 'string' || typeof pair.answer !== 'string') fail(`"preChat[${n}]" must be {question, answer} as text`);
    });
  }
  return data as WorkItem;
}
