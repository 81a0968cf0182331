/** The dashboard's streams (My, Open, Closed work items): which one lists a conversation. DOM-free. */
import type { WorkItem, WorkItemState } from './work-item.js';

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
