/** The stable ids of sessions and tabs opened for a record or a conversation. DOM-free. */

/** `record:{entity}:{id}`: the id of a record's session, and of its tab in any session. */
export function recordSessionId(record: { entity: string; id: string }): string {
  return `record:${record.entity}:${record.id}`;
}

/** `conversation:{workItemId}`: the id of a conversation's session. */
export function conversationSessionId(workItemId: string): string {
  return `conversation:${workItemId}`;
}
