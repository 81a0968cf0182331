import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { holdsFocus } from './focus.js';

/** Which arrows move: Up/Down, or Left/Right (mirrored right to left). */
export type ListOrientation = 'vertical' | 'horizontal';

export interface NavigationKeyOptions {
  orientation: ListOrientation;
  /** Right to left: Left moves forward in a horizontal list. */
  rtl?: boolean;
  /** Past the last item comes the first (and the reverse); otherwise movement stops at the ends. */
  wrap?: boolean;
  /** Items per page, for PageUp/PageDown; without it those keys are not movement keys. */
  pageSize?: number;
  /** Home/End go to the ends (default); false leaves them to a text field (a combobox's caret). */
  homeEnd?: boolean;
}

/**
 * The one place where a key becomes a movement in a list (WAI-ARIA listbox, menu, tabs, grid
 * rows): the index `key` moves to from `index` among `count` items, or `undefined` when the key
 * moves nothing (another key, a modifier held, an empty list). `index` -1 means no item yet:
 * forward goes to the first, back to the last.
 */
export function navigationTarget(event: KeyboardEvent, index: number, count: number, options: NavigationKeyOptions): number | undefined {
  if (count === 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  const { orientation, rtl = false, wrap = true, pageSize, homeEnd = true } = options;
  const [back, forward] = orientation === 'vertical' ? ['ArrowUp', 'ArrowDown'] : rtl ? ['ArrowRight', 'ArrowLeft'] : ['ArrowLeft', 'ArrowRight'];
  const last = count - 1;
  const step = (by: number, wraps: boolean): number => {
    if (index < 0) return by > 0 ? 0 : last;
    const next = index + by;
    if (wraps) return ((next % count) + count) % count;
    return Math.max(0, Math.min(last, next));
  };
  switch (event.key) {
    case forward:
      return step(1, wrap);
    case back:
      return step(-1, wrap);
    case 'Home':
      return homeEnd ? 0 : undefined;
    case 'End':
      return homeEnd ? last : undefined;
    case 'PageDown':
      return pageSize ? step(pageSize, false) : undefined;
    case 'PageUp':
      return pageSize ? step(-pageSize, false) : undefined;
    default:
      return undefined;
  }
}

export interface ListNavigationOptions<T extends HTMLElement> {
  /**
   * The items in order, disabled ones left out; called on every key and update, so keep it cheap.
   * Returning the same array as last time (a host that keeps it until its items change) tells the
   * controller the items are the same: moving the tab stop then writes only the two items concerned
   * instead of checking every item.
   */
  items(): T[];
  orientation: ListOrientation;
  /** Default true. */
  wrap?: boolean;
  /** Default true; false leaves Home/End to the focused text field (`activedescendant` combobox). */
  homeEnd?: boolean;
  /**
   * `roving` (default): one tab stop for the whole list, focus moves between items, keys are
   * heard on the host. `activedescendant`: focus stays on a control (a combobox) that calls
   * `handleKeydown`; the controller keeps `activeIndex` for `aria-activedescendant`.
   */
  mode?: 'roving' | 'activedescendant';
  /** Roving: the item that holds the tab stop while focus is outside the list (the selected one). */
  current?(): T | undefined;
  /** Called after the active item changed by a key (both modes). */
  onMove?(item: T, index: number): void;
}

/**
 * Keyboard movement through a list, shared by every list-like part of the kit: the session and
 * app tab bars, the menus, the record search results and the conversation streams' rows (the
 * latter, virtualized, use `navigationTarget` on their data). Arrows follow the orientation
 * (mirrored right to left), Home/End go to the ends, movement wraps unless told not to. In
 * `roving` mode it also keeps exactly one item tabbable. It only moves; it never selects.
 */
export class ListNavigationController<T extends HTMLElement> implements ReactiveController {
  /** `activedescendant` mode: the active item's index, -1 for none. */
  activeIndex = -1;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ListNavigationOptions<T>,
  ) {
    host.addController(this);
  }

  get #roving(): boolean {
    return (this.options.mode ?? 'roving') === 'roving';
  }

  hostConnected(): void {
    if (!this.#roving) return;
    this.host.addEventListener('keydown', this.#onKeydown);
    this.host.addEventListener('focusout', this.#onFocusout);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.#onKeydown);
    this.host.removeEventListener('focusout', this.#onFocusout);
    this.#items = this.#stop = undefined;
  }

  /** Roving: the items as last seen and the one that got the tab stop. */
  #items?: T[];
  #stop?: T;

  hostUpdated(): void {
    if (!this.#roving) return;
    const items = this.options.items();
    // One focus test on the host spares one per item when focus is elsewhere; within, focus is
    // most often on the tab stop itself.
    const focused = holdsFocus(this.host) ? (this.#stop && holdsFocus(this.#stop) && items === this.#items ? this.#stop : items.find((item) => holdsFocus(item))) : undefined;
    this.#setStop(items, focused ?? this.options.current?.() ?? items[0]);
  }

  /** Roving: moves the tab stop to `item` and focuses it. */
  focusItem(item: T): void {
    this.#setStop(this.options.items(), item);
    item.focus();
  }

  /** The item an event happened in, if any. */
  itemFromEvent(event: Event): T | undefined {
    const items = this.options.items();
    return event.composedPath().find((node): node is T => items.includes(node as T));
  }

  /**
   * `activedescendant` mode: the focused control's keydown. Moves `activeIndex` and returns true
   * (after `preventDefault`) when the key was a movement.
   */
  handleKeydown(event: KeyboardEvent): boolean {
    const items = this.options.items();
    const next = navigationTarget(event, this.activeIndex, items.length, this.#keyOptions());
    if (next === undefined) return false;
    event.preventDefault();
    this.activeIndex = next;
    this.host.requestUpdate();
    items[next]!.scrollIntoView?.({ block: 'nearest' });
    this.options.onMove?.(items[next]!, next);
    return true;
  }

  #keyOptions(): NavigationKeyOptions {
    const rtl = this.options.orientation === 'horizontal' && getComputedStyle(this.host).direction === 'rtl';
    return { orientation: this.options.orientation, rtl, wrap: this.options.wrap ?? true, homeEnd: this.options.homeEnd ?? true };
  }

  #setStop(items: T[], stop: T | undefined): void {
    if (items === this.#items) {
      // The same items: only the old and the new stop change.
      if (stop !== this.#stop) {
        if (this.#stop) this.#stop.tabIndex = -1;
        if (stop) stop.tabIndex = 0;
      }
    } else {
      // Only the items whose tab stop changes are written: a write is a DOM mutation and restyle.
      for (const item of items) {
        const tabIndex = item === stop ? 0 : -1;
        if (item.tabIndex !== tabIndex || !item.hasAttribute('tabindex')) item.tabIndex = tabIndex;
      }
    }
    this.#items = items;
    this.#stop = stop;
  }

  #onFocusout = (): void => {
    // Once focus has left the list, the tab stop goes back to the current item.
    queueMicrotask(() => {
      if (!holdsFocus(this.host)) this.hostUpdated();
    });
  };

  #onKeydown = (event: KeyboardEvent): void => {
    const item = this.itemFromEvent(event);
    if (!item) return;
    const items = this.options.items();
    const next = navigationTarget(event, items.indexOf(item), items.length, this.#keyOptions());
    if (next === undefined) return;
    event.preventDefault();
    this.focusItem(items[next]!);
    this.options.onMove?.(items[next]!, next);
  };
}
