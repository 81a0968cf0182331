/** Work items from outside (a data source, a host), checked before anything renders them. DOM-free. */
import { WorkItemError } from './work-item-error.js';
import { CHANNELS, WORK_ITEM_STATES, type Channel, type WorkItem, type WorkItemState } from './work-item.js';

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
