import type { WorkItem } from './work-item.js';
import type { StreamName } from './work-item-streams.js';

/**
 * A live, filtered and sorted view of items keyed by id, kept up to date incrementally: an upsert
 * or a removal costs a binary search and one splice, not a re-sort of everything (issue 12: a
 * stream of 10,000 work items re-sorted all of them on every change). DOM-free.
 *
 * The order must be total (break ties by id), so that every item has exactly one place.
 */
export interface SortedViewOptions<T> {
  /** The item's key. */
  id(item: T): string;
  /** The order: negative when `a` comes first. Must be total (tie-break by id). */
  compare(a: T, b: T): number;
  /** Which items the view shows; all when absent. */
  filter?: (item: T) => boolean;
}

export class SortedView<T> {
  readonly #options: SortedViewOptions<T>;
  readonly #byId = new Map<string, T>();
  /** Every item, sorted. */
  #sorted: T[] = [];
  /** The shown items, sorted: `#sorted` itself while there is no filter. */
  #shown: T[] = [];
  #filter?: (item: T) => boolean;
  #shownSnapshot?: readonly T[];

  constructor(options: SortedViewOptions<T>) {
    this.#options = { ...options };
    this.#filter = options.filter;
    this.#refilter();
  }

  /** How many items there are, shown or not. */
  get size(): number {
    return this.#byId.size;
  }

  /**
   * The shown items in order. The same array until the view changes, then a new one (so that
   * renderers that compare by identity see the change); never mutated after it is handed out.
   */
  get items(): readonly T[] {
    return (this.#shownSnapshot ??= Object.freeze(this.#shown.slice()));
  }

  /** The item with this id, shown or not. */
  get(id: string): T | undefined {
    return this.#byId.get(id);
  }

  has(id: string): boolean {
    return this.#byId.has(id);
  }

  /** All items, sorted, shown or not. */
  all(): readonly T[] {
    return this.#sorted;
  }

  /** Replaces every item (a full load): one sort. */
  reset(items: Iterable<T>): void {
    this.#byId.clear();
    for (const item of items) this.#byId.set(this.#options.id(item), item);
    this.#sorted = [...this.#byId.values()].sort(this.#options.compare);
    this.#refilter();
  }

  /** A new order (e.g. newest first → oldest first): one sort. */
  setCompare(compare: (a: T, b: T) => number): void {
    this.#options.compare = compare;
    this.#sorted.sort(compare);
    this.#refilter();
  }

  /** A new filter (or none): one pass over the items, no sort. */
  setFilter(filter: ((item: T) => boolean) | undefined): void {
    this.#filter = filter;
    this.#refilter();
  }

  /** Adds or replaces an item, in its place. */
  upsert(item: T): void {
    const id = this.#options.id(item);
    const old = this.#byId.get(id);
    if (old !== undefined) this.#removeEverywhere(old);
    this.#byId.set(id, item);
    this.#sorted.splice(this.#insertionPoint(this.#sorted, item), 0, item);
    if (this.#shown !== this.#sorted && this.#filter!(item)) this.#shown.splice(this.#insertionPoint(this.#shown, item), 0, item);
    this.#shownSnapshot = undefined;
  }

  /** Removes an item; false when there was none with this id. */
  remove(id: string): boolean {
    const old = this.#byId.get(id);
    if (old === undefined) return false;
    this.#removeEverywhere(old);
    this.#byId.delete(id);
    this.#shownSnapshot = undefined;
    return true;
  }

  /** The position of an item among the shown ones, or -1. A binary search. */
  indexOf(id: string): number {
    const item = this.#byId.get(id);
    if (item === undefined) return -1;
    const at = this.#insertionPoint(this.#shown, item);
    return this.#shown[at] === item ? at : -1;
  }

  #removeEverywhere(old: T): void {
    this.#removeFrom(this.#sorted, old);
    if (this.#shown !== this.#sorted) this.#removeFrom(this.#shown, old);
  }

  #removeFrom(list: T[], item: T): void {
    const at = this.#insertionPoint(list, item);
    if (list[at] === item) list.splice(at, 1);
  }

  /** The first position whose item does not come before `item`. */
  #insertionPoint(list: readonly T[], item: T): number {
    const { compare } = this.#options;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compare(list[mid]!, item) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  #refilter(): void {
    this.#shown = this.#filter ? this.#sorted.filter(this.#filter) : this.#sorted;
    this.#shownSnapshot = undefined;
  }
}

/**
 * The order of a dashboard stream: by time waiting (Open work items: when it was created) or by
 * last update (My and Closed), newest or oldest first; ties by id (code-unit order), so the order
 * is total.
 */
export function workItemOrder(stream: StreamName, sort: 'newest' | 'oldest'): (a: WorkItem, b: WorkItem) => number {
  const direction = sort === 'oldest' ? 1 : -1;
  const key = stream === 'open' ? 'createdAt' : 'updatedAt';
  return (a, b) => direction * (a[key] - b[key]) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
