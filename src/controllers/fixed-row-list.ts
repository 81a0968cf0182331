import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Which rows of a long list of equal-height rows to mount: the ones inside the list's own
 * scrolling box, plus a few on either side (issue 12: `@lit-labs/virtualizer` measured every row,
 * kept 25 mounted and weighed 6 KB; a list whose rows all have one known height needs none of it).
 *
 * The list element scrolls itself; one child of it, the sizer, is as tall as all rows together
 * (CSS: count × row height), and each row is placed by CSS at its index × the row height, so rows
 * land right under any CSS zoom and need no measuring. This controller only reads the sizer's
 * height when the list's size changes (the row pitch) and the scroll position, and asks the
 * host to render again when the range of rows to mount changes. A hidden list (no size) keeps
 * its rows, so hiding and showing a list re-creates nothing.
 *
 * Alternatives: `@lit-labs/virtualizer` (variable heights, window scrolling), `<vaadin-grid>`.
 */
export class FixedRowListController implements ReactiveController {
  /** The rows to mount before the list has been measured: a screenful at most row heights. */
  static readonly initialRows = 16;

  /** First and last row index to mount (inclusive; `last` may pass the end). Before the list is measured: a guess, a screenful. */
  first = 0;
  last = FixedRowListController.initialRows - 1;
  #list?: HTMLElement;
  #pitch = 0;
  /** The list's height and scroll position as last seen (-1: not yet). */
  #viewHeight = -1;
  #scrollTop = 0;
  #shown = false;
  #resize?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: {
      /** The scrolling list element, when rendered. */
      list: () => HTMLElement | null | undefined;
      /** The element as tall as every row together. */
      sizer: () => HTMLElement | null | undefined;
      /** How many rows there are. */
      count: () => number;
      /** Rows mounted beyond each edge of the view, so a fast scroll shows no gap. */
      overscan?: number;
      /** Called when the list gets a size again after having none (shown, re-attached). */
      onShown?: () => void;
      /** Called when the list loses its size (hidden). */
      onHidden?: () => void;
    },
  ) {
    host.addController(this);
  }

  /** The height of one row in the list's scroll coordinates, 0 until measured. */
  get pitch(): number {
    return this.#pitch;
  }

  /** The rows inside the list's view (no overscan), as last seen; before it is measured, the mounted ones. */
  get inView(): { first: number; last: number } {
    if (!this.#pitch || this.#viewHeight <= 0) return { first: this.first, last: this.last };
    return { first: Math.floor(this.#scrollTop / this.#pitch), last: Math.ceil((this.#scrollTop + this.#viewHeight) / this.#pitch) - 1 };
  }

  /** Brings a row into the list's view (the nearest edge), and mounts it. */
  scrollToIndex(index: number): void {
    const list = this.#list;
    if (!list || !this.#pitch) return;
    const top = index * this.#pitch;
    const bottom = top + this.#pitch;
    if (top < list.scrollTop) list.scrollTop = top;
    else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
    this.sync();
  }

  /** Mounts the rows for the list's scroll position now (after the host set it), not at the next scroll event. */
  sync(): void {
    const list = this.#list;
    if (!list) return;
    this.#scrollTop = list.scrollTop;
    this.#viewHeight = list.clientHeight;
    this.#update();
  }

  hostConnected(): void {
    this.hostUpdated();
  }

  hostDisconnected(): void {
    this.#resize?.disconnect();
    this.#list?.removeEventListener('scroll', this.#onScroll);
    this.#list = undefined;
  }

  hostUpdated(): void {
    const list = this.options.list() ?? undefined;
    if (list !== this.#list) {
      this.#resize?.disconnect();
      this.#list?.removeEventListener('scroll', this.#onScroll);
      this.#list = list;
      this.#shown = false;
      this.#viewHeight = -1;
      this.#scrollTop = 0;
      if (!list) {
        this.first = 0;
        this.last = FixedRowListController.initialRows - 1;
        return;
      }
      list.addEventListener('scroll', this.#onScroll, { passive: true });
      // Shown, hidden, resized, zoomed: the first callback comes at once, with layout done.
      this.#resize ??= new ResizeObserver(() => this.#resized());
      this.#resize.observe(list);
    }
    // Reads no layout here (a render's layout is not done yet): the view's size and scroll
    // position are those last seen. More rows than the view needs are fine right after a render
    // (the first render mounts a guess): render again only when a row in view is missing.
    this.#update(true);
  }

  #onScroll = (): void => {
    this.#scrollTop = this.#list!.scrollTop;
    this.#update();
  };

  #resized(): void {
    const list = this.#list;
    if (!list?.isConnected) return;
    this.#viewHeight = list.clientHeight;
    this.#scrollTop = list.scrollTop;
    const shown = this.#viewHeight > 0;
    if (shown !== this.#shown) {
      this.#shown = shown;
      if (!shown) this.options.onHidden?.();
    }
    this.#measure();
    this.#update();
    if (shown) this.options.onShown?.();
  }

  /** Reads the row pitch from the sizer: its height over the row count, in unzoomed pixels. */
  #measure(): void {
    const sizer = this.options.sizer();
    const count = this.options.count();
    if (!sizer || count === 0) return;
    const height = sizer.getBoundingClientRect().height / ((sizer as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom || 1);
    if (height > 0) this.#pitch = height / count;
  }

  /** Works out the rows to mount from the scroll position; renders again when they change. */
  #update(keepMore = false): void {
    const count = this.options.count();
    let first = 0;
    let last = Math.min(count, FixedRowListController.initialRows) - 1;
    if (this.#pitch && this.#viewHeight > 0) {
      const overscan = this.options.overscan ?? 3;
      first = Math.max(0, Math.floor(this.#scrollTop / this.#pitch) - overscan);
      last = Math.min(count - 1, Math.ceil((this.#scrollTop + this.#viewHeight) / this.#pitch) - 1 + overscan);
    } else if (this.#viewHeight === 0) {
      // Hidden: keep the rows it has (within the list), so hiding and showing re-creates nothing.
      first = Math.min(this.first, Math.max(0, count - 1));
      last = Math.min(this.last, count - 1);
    }
    if (keepMore && first >= this.first && last <= this.last) return;
    if (first !== this.first || last !== this.last) {
      this.first = first;
      this.last = last;
      this.host.requestUpdate();
    }
  }
}
