/**
 * Where a store keeps its extras (`sessionExtras`, in session-extras.ts), apart from the extras
 * themselves: an element that only reads them when some exist (the session panel's close dialog
 * and notices) follows them through here, and does not load their code. The keys are registry
 * symbols, so every copy of the kit on the page finds the same extras. Generic over what the
 * extras are (`SessionExtras`), so this file needs nothing from theirs. DOM-free.
 */
import type { SessionStore } from './session-store.js';

const EXTRAS = Symbol.for('engagement-hub/session-extras/v1');
const WAITING = Symbol.for('engagement-hub/session-extras-waiting/v1');

type Slot<T> = { [EXTRAS]?: T; [WAITING]?: Set<(extras: T) => void> };

/** The store's extras if something made them, without making them. */
export function existingExtras<T>(store: SessionStore): T | undefined {
  return (store as unknown as Slot<T>)[EXTRAS];
}

/** Keeps `extras` as the store's own and hands them to whoever waits for them (`whenExtras`). */
export function keepExtras<T>(store: SessionStore, extras: T): void {
  const slot = store as unknown as Slot<T>;
  Object.defineProperty(slot, EXTRAS, { value: extras });
  const waiting = [...(slot[WAITING] ?? [])];
  slot[WAITING]?.clear();
  for (const callback of waiting) callback(extras);
}

/**
 * Calls `use` with the store's extras, now if they exist, else when something makes them.
 * Returns the function that stops waiting (or stops what `use` returned).
 */
export function whenExtras<T>(store: SessionStore, use: (extras: T) => () => void): () => void {
  const slot = store as unknown as Slot<T>;
  const existing = slot[EXTRAS];
  if (existing) return use(existing);
  let stop: (() => void) | undefined;
  const callback = (extras: T) => void (stop = use(extras));
  if (!slot[WAITING]) Object.defineProperty(slot, WAITING, { value: new Set() });
  slot[WAITING]!.add(callback);
  return () => {
    slot[WAITING]?.delete(callback);
    stop?.();
  };
}
