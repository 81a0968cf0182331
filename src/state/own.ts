/**
 * Look-ups by names that come from outside (stream names, app ids, entities, keys): own
 * properties only, so "constructor", "toString" or "__proto__" find nothing instead of a
 * function of every object.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>> | undefined | null, key: unknown): T | undefined {
  return table != null && typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
}
