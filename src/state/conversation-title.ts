/** What the agent reads for a conversation: its session's title and its queue's name. DOM-free. */
import { displayText } from './title.js';
import type { WorkItem } from './work-item.js';

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
