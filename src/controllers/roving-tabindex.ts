import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface RovingTabindexOptions<T extends HTMLElement> {
  /** The items in order; called often, so keep it cheap. */
  items(): T[];
  /** The item that holds the tab stop while focus is outside the list (the selected one). */
  current(): T | undefined;
  orientation: 'vertical' | 'horizontal';
}

/**
 * One tab stop for a whole list, moved with the arrow keys, Home and End (the WAI-ARIA roving
 * tabindex). Shared by every list-like element of the kit. Keys other than movement are left to
 * the host; the controller only moves focus, it never selects.
 */
export class RovingTabindexController<T extends HTMLElement> implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: RovingTabindexOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.#onKeydown);
    this.host.addEventListener('focusout', this.#onFocusout);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.#onKeydown);
    this.host.removeEventListener('focusout', this.#onFocusout);
  }

  hostUpdated(): void {
    const items = this.options.items();
    // One :focus-within test on the host spares one per item when focus is elsewhere.
    const focused = this.host.matches(':focus-within') ? items.find((item) => item.matches(':focus-within')) : undefined;
    const stop = focused ?? this.options.current() ?? items[0];
    this.#setStop(items, stop);
  }

  /** Moves the tab stop to `item` and focuses it. */
  focusItem(item: T): void {
    this.#setStop(this.options.items(), item);
    item.focus();
  }

  /** The item an event happened in, if any. */
  itemFromEvent(event: Event): T | undefined {
    const items = this.options.items();
    return event.composedPath().find((node): node is T => items.includes(node as T));
  }

  #setStop(items: T[], stop: T | undefined): void {
    // Only the items whose tab stop changes are written: a write is a DOM mutation and restyle.
    for (const item of items) {
      const tabIndex = item === stop ? 0 : -1;
      if (item.tabIndex !== tabIndex || !item.hasAttribute('tabindex')) item.tabIndex = tabIndex;
    }
  }

  #onFocusout = (): void => {
    // Once focus has left the list, the tab stop goes back to the selected item.
    queueMicrotask(() => {
      if (!this.host.matches(':focus-within')) this.hostUpdated();
    });
  };

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const item = this.itemFromEvent(event);
    if (!item) return;
    const items = this.options.items();
    const index = items.indexOf(item);
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    const [back, forward] =
      this.options.orientation === 'vertical' ? ['ArrowUp', 'ArrowDown'] : rtl ? ['ArrowRight', 'ArrowLeft'] : ['ArrowLeft', 'ArrowRight'];
    let next: number;
    if (event.key === forward) next = (index + 1) % items.length;
    else if (event.key === back) next = (index - 1 + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else return;
    event.preventDefault();
    this.focusItem(items[next]!);
  };
}
