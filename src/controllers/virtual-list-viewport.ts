import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps a `virtualize({scroller: true})` list rendering its rows wherever the host page puts it:
 * stacked below the fold, inside the page's own scrolling container, hidden then shown, zoomed.
 *
 * The virtualizer renders only the rows it believes are inside the window and the scrolling
 * ancestors it found when it was created. It looks for them once, while Lit is still building
 * the template outside the document (lit/lit#4232), so it finds none: a list below the fold of a
 * scrolling container is told it is invisible, never hears that container scroll, and stays
 * empty until a resize. An IntersectionObserver sees every scrolling ancestor, present or
 * future; whenever the list's visible share changes, this reconnects the virtualizer, which then
 * looks for its ancestors again (now in the document) and lays the rows out for what is visible.
 */
export class VirtualListViewportController implements ReactiveController {
  #list?: HTMLElement;
  #observer?: IntersectionObserver;

  constructor(
    host: ReactiveControllerHost,
    /** The list element the virtualizer is attached to, if it is rendered. */
    private readonly findList: () => HTMLElement | null | undefined,
    /** Called when the list comes into view (shown, scrolled to), after the virtualizer is told. */
    private readonly onVisible?: () => void,
    /** Called when the list leaves the view (hidden, scrolled away). */
    private readonly onHidden?: () => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const list = this.findList() ?? undefined;
    if (list === this.#list) return;
    this.#observer?.disconnect();
    this.#list = list;
    if (!list || typeof IntersectionObserver === 'undefined') return;
    // Every 10 % of the list's area: a long list revealed bit by bit is laid out again in time.
    this.#observer ??= new IntersectionObserver((entries) => this.#onVisibility(entries), { threshold: Array.from({ length: 11 }, (_, i) => i / 10) });
    // The first callback comes at once, with the list now in the document.
    this.#observer.observe(list);
  }

  hostConnected(): void {
    // Moved or re-attached: the list may not re-render, so watch it again now.
    this.hostUpdated();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#list = undefined;
  }

  #onVisibility(entries: IntersectionObserverEntry[]): void {
    const entry = entries.at(-1);
    if (!entry || entry.target !== this.#list || !this.#list.isConnected) return;
    if (!entry.isIntersecting) {
      this.onHidden?.();
      return;
    }
    const virtualizer = (this.#list as VirtualizerHostElement)[virtualizerRef];
    if (virtualizer) {
      virtualizer.disconnected();
      virtualizer.connected();
    }
    this.onVisible?.();
  }
}
