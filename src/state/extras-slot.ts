/**
 * Where a store keeps its extras (`sessionExtras`, in session-extras.ts), apart from the extras
 * themselves: an element that only reads them when some exist (the session panel's close dialog
 * and notices) follows them through here, and does not load their code. The keys are registry
 * symbols, so every copy of the kit on the page finds the same extras. DOM-free.
 */
import type { SessionExtras } from './session-extras.js';
import type { SessionStore } from './session-store.js';

const EXTRAS = Symbol.for('engagement-hub/session-extras/v1');
const WAITING = Symbol.for('engagement-hub/session-extras-waiting/v1');

type Slot = { [EXTRAS]?: SessionExtras; [WAITING]?: Set<(extras: SessionExtras) => void> };

/** The store's extras if something made them, without making them. */
export function existingExtras(store: SessionStore): SessionExtras | undefined {
  return (store as unknown as Slot)[EXTRAS];
}

/** Keeps `extras` as the store's own and hands them to whoever waits for them (`whenExtras`). */
export function keepExtras(store: SessionStore, extras: SessionExtras): void {
  const slot = store as unknown as Slot;
  Object.defineProperty(slot, EXTRAS, { value: extras });
  const waiting = [...(slot[WAITING] ?? [])];
  slot[WAITING]?.clear();
  for (const callback of waiting) callback(extras);
}

/**
 * Calls `use` with the store's extras, now if they exist, else when something makes them.
 * Returns the function that stops waiting (or stops what `use` returned).
 */
export function whenExtras(store: SessionStore, use: (extras: SessionExtras) => () => void): () => void {
  const slot = store as unknown as Slot;
  const existing = slot[EXTRAS];
  if (existing) return use(existing);
  let stop: (() => void) | undefined;
  const callback = (extras: SessionExtras) => void (stop = use(extras));
  if (!slot[WAITING]) Object.defineProperty(slot, WAITING, { value: new Set() });
  slot[WAITING]!.add(callback);
  return () => {
    slot[WAITING]?.delete(callback);
    stop?.();
  };
}
