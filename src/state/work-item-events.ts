/** What can happen to a conversation and who makes it happen. DOM-free, plain data. */
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
export const ASSIGNING_EVENTS: readonly WorkItemEvent[] = ['pick', 'route', 'assign'];
