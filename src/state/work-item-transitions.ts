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

/** Where an event leads: one state, or a state for each channel that allows it. */
type Target = WorkItemState | { readonly [C in Channel]?: WorkItemState };

/**
 * The conversation state machine, as data: for each state, the events it allows and where each
 * leads (per channel where the channel decides, as closing a session does). Closed is final.
 * behaviour.md's table and causes, state by state.
 */
const MOVES: { readonly [S in WorkItemState]: { readonly [E in WorkItemEvent]?: Target } } = {
  open: { pick: 'active', route: 'active', assign: 'active', 'customer-left': { chat: 'closed' } },
  active: {
    end: 'wrap-up',
    'customer-ended': 'wrap-up',
    'set-waiting': 'waiting',
    release: 'open',
    transfer: 'open',
    'disconnect-timeout': 'open',
    'close-session': { chat: 'waiting', voice: 'waiting', sms: 'in-progress', record: 'closed' },
  },
  waiting: { reopen: 'active', 'customer-returned': 'open', timeout: 'closed', 'customer-ended': 'closed' },
  'in-progress': { 'inactivity-timeout': 'closed' },
  'wrap-up': { 'close-session': 'closed' },
  closed: {},
};

/**
 * The same machine as rows, one per move (one per channel where the channel decides):
 * every allowed move and nothing else. Frozen: it is the one copy of the rule.
 */
export const WORK_ITEM_TRANSITIONS: readonly Transition[] = Object.freeze(
  Object.entries(MOVES).flatMap(([from, moves]) =>
    Object.entries(moves).flatMap(([event, target]) => rows(from as WorkItemState, event as WorkItemEvent, target!)),
  ),
);

function rows(from: WorkItemState, event: WorkItemEvent, target: Target): Transition[] {
  if (typeof target === 'string') return [Object.freeze({ from, event, to: target })];
  return Object.entries(target).map(([channel, to]) => Object.freeze({ from, event, to: to!, channels: Object.freeze([channel as Channel]) }));
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
