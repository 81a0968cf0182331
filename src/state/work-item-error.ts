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

/** Every code, in the order the README's table lists them. */
export const WORK_ITEM_ERROR_CODES = Object.freeze(['illegal-transition', 'unknown-event', 'agent-required', 'invalid-work-item'] as const satisfies readonly WorkItemErrorCode[]);

/** The error the conversation model throws; `code` says why. */
export class WorkItemError extends Error {
  override name = 'WorkItemError';
  constructor(
    readonly code: WorkItemErrorCode,
    message: string,
  ) {
    super(message);
  }
}
