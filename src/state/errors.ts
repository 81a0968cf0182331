/**
 * Why a store call was refused. Every refusal leaves the store exactly as it was. The codes are
 * public (README, "Errors"): code may branch on them.
 *
 * - `invalid-record`: a record reference without a usable entity or id.
 * - `invalid-conversation`: a conversation without a usable work item id.
 * - `invalid-app`: an app tab without a usable app id, or with a sandbox it may not have.
 * - `invalid-url`: an app address that is not http(s).
 * - `unknown-session`: no session has that id.
 * - `home-not-closable`: the Home session can never be closed.
 * - `unknown-tab`: the session has no application tab with that id.
 * - `anchor-not-closable`: a session's anchor tab can never be closed.
 * - `anchor-not-retitlable`: a session's anchor tab takes its title from its session; it cannot
 *   be retitled on its own.
 * - `invalid-option`: a setting out of range (for example a session limit below 1).
 * - `invalid-snapshot`: saved state that is not a snapshot this store can restore.
 * - `invalid-argument`: an argument of the wrong type (a title that is not text, a listener that
 *   is not a function, an object whose properties cannot even be read).
 * - `feature-not-loaded`: a tab call (`openTab()`…) or `restore()` on a page that loaded only element entries
 *   that don't bring them (a session panel alone); see README, "Entry points".
 */
export type SessionStoreErrorCode =
  | 'invalid-record'
  | 'invalid-conversation'
  | 'invalid-app'
  | 'invalid-url'
  | 'unknown-session'
  | 'home-not-closable'
  | 'unknown-tab'
  | 'anchor-not-closable'
  | 'anchor-not-retitlable'
  | 'invalid-option'
  | 'invalid-snapshot'
  | 'invalid-argument'
  | 'feature-not-loaded';

/** Every code, in the order the README's table lists them (tests hold the two together). */
export const SESSION_STORE_ERROR_CODES = Object.freeze([
  'invalid-record',
  'invalid-conversation',
  'invalid-app',
  'invalid-url',
  'unknown-session',
  'home-not-closable',
  'unknown-tab',
  'anchor-not-closable',
  'anchor-not-retitlable',
  'invalid-option',
  'invalid-snapshot',
  'invalid-argument',
  'feature-not-loaded',
] as const satisfies readonly SessionStoreErrorCode[]);

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

/**
 * A value as an error or console message may show it (the one way the kit describes a bad
 * value): never throws (bigints, symbols, objects without a
 * prototype, proxies) and never runs long.
 */
export function describeValue(value: unknown): string {
  try {
    if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    if (typeof value === 'bigint') return `${value}n`;
    if (typeof value === 'symbol') return 'a symbol';
    if (typeof value === 'function') return 'a function';
    if (value === null || typeof value !== 'object') return String(value);
    if (Array.isArray(value)) return 'a list';
    // The class helps when the wrong object was handed over (an element instead of a store…).
    const name: unknown = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
    return typeof name === 'string' && name !== '' && name !== 'Object' ? `an object (${name.slice(0, 40)})` : 'an object';
  } catch {
    return 'a value that cannot be shown';
  }
}
