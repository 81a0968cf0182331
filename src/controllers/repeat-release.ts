import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Lets go of what a `repeat` leaves behind when it removes rows (issue 11: DOM nodes kept per
 * screenful scrolled): lit-html ≥ 3.3.1's `removePart()` removes a repeated item's start marker
 * but leaves its end marker comment in the list (lit/lit#5298), so a long list scrolled through
 * would keep one comment per row that left it, forever. Here, a removed start marker's orphaned
 * end marker is removed too. Once Lit removes it itself (the fix of lit/lit#5299), this finds
 * nothing to do.
 */
export class RepeatReleaseController implements ReactiveController {
  #list?: Element;
  readonly #observer = new MutationObserver((records) => this.#release(records));

  constructor(
    host: ReactiveControllerHost,
    private readonly list: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.hostUpdated();
  }

  hostUpdated(): void {
    const list = this.list() ?? undefined;
    if (list === this.#list) return;
    this.#observer.disconnect();
    this.#list = list;
    if (list) this.#observer.observe(list, { childList: true });
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
    this.#list = undefined;
  }

  #release(records: MutationRecord[]): void {
    const list = this.#list;
    if (!list) return;
    const removed = new Set<Node>();
    const followers = new Set<Node>();
    for (const record of records) for (const node of record.removedNodes) removed.add(node);
    for (const record of records) {
      for (const node of record.removedNodes) {
        if (node.parentNode === list) continue; // moved, not removed
        // A marker taken out while the comment after it stays: that comment is its part's end
        // marker, orphaned. (A comment that itself followed a removed marker is an end marker
        // that Lit removed: the one after it belongs to the next row.)
        const next = record.nextSibling;
        if (node.nodeType === Node.COMMENT_NODE && !followers.has(node) && next?.nodeType === Node.COMMENT_NODE && !removed.has(next) && next.parentNode === list) {
          (next as ChildNode).remove();
        }
        if (next) followers.add(next);
      }
    }
    // Our own removals are not the list's: never look at them again.
    this.#observer.takeRecords();
  }
}
