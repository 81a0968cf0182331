/**
 * Why a store call was refused. Every refusal leaves the store exactly as it was.
 *
 * - `invalid-record`: a record reference without a usable entity or id.
 * - `unknown-session`: no session has that id.
 * - `home-not-closable`: the Home session can never be closed.
 * - `unknown-tab`: the session has no application tab with that id.
 * - `anchor-not-closable`: a session's anchor tab can never be closed (or retitled).
 * - `invalid-option`: a setting out of range (for example a session limit below 1).
 * - `invalid-snapshot`: saved state that is not a snapshot this store can restore.
 */
export type SessionStoreErrorCode =
  | 'invalid-record'
  | 'unknown-session'
  | 'home-not-closable'
  | 'unknown-tab'
  | 'anchor-not-closable'
  | 'invalid-option'
  | 'invalid-snapshot';

/** The error every refused store call throws; `code` says why, for code that wants to branch. */
export class SessionStoreError extends Error {
  override name = 'SessionStoreError';
  constructor(
    readonly code: SessionStoreErrorCode,
    message: string,
  ) {
    super(message);
  }
}
