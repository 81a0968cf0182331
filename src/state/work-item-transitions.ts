/**
 * The conversation state machine: the transition table, the moves it allows, and who has a
 * conversation after each move. DOM-free; the table is the one copy of the rule.
 */
import { ASSIGNING_EVENTS, WORK_ITEM_EVENTS, isWorkItemEvent, type WorkItemEvent } from './work-item-events.js';
import { WorkItemError } from './work-item-error.js';
import type { Channel, WorkItem, WorkItemState } from './work-item.js';

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
