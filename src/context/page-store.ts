import { ContextEvent as ContextRequestEvent, type Context } from '@lit/context';

type UnknownContext = Context<unknown, unknown>;
/** `@lit/context`'s `context-provider` event (its class is not exported). */
type ContextProviderEvent<C> = Event & { readonly context: C; readonly contextTarget: Element };
import { SessionStore } from '../state/session-store.js';

// Page-wide state lives under registry symbols rather than module variables, so every copy of the
// kit on the page (two bundles, two versions) shares it instead of making its own.
const PAGE_STORE = Symbol.for('engagement-hub/page-session-store/v1');
const CONTEXT_ROOT = Symbol.for('engagement-hub/context-root/v1');

type PageGlobals = { [PAGE_STORE]?: SessionStore; [CONTEXT_ROOT]?: PendingContextRequests };

/**
 * The store shared by every element on the page that has no `<session-provider>` above it, so
 * that `<session-panel>` dropped in alone just works.
 */
export function pageSessionStore(): SessionStore {
  const page = globalThis as PageGlobals;
  return (page[PAGE_STORE] ??= new SessionStore());
}

/**
 * Makes late providers work: requests that no provider answered are kept and replayed when a
 * provider connects. Attached once per page.
 */
export function ensureContextRoot(doc: Document): void {
  const page = globalThis as PageGlobals;
  if (page[CONTEXT_ROOT]) return;
  page[CONTEXT_ROOT] = new PendingContextRequests();
  page[CONTEXT_ROOT].attach(doc);
}

type Pending = { element: WeakRef<Element>; callback: WeakRef<(...args: never[]) => unknown> };

/**
 * What `@lit/context`'s `ContextRoot` does, without its leak (issue 12): that root, attached to
 * `<html>`, recorded every subscribing request that reached it and dropped none until a provider
 * of the same context connected, even requests a provider on `<html>` itself had answered (both
 * listen there), so every element that ever connected left an entry behind (~2,000 after 1,000
 * session opens and closes). This one listens on the document, past any provider, so it sees
 * only requests nobody answered; and it forgets the requests of elements that have left the page
 * (they ask again when they come back) whenever its list doubles.
 */
export class PendingContextRequests {
  readonly #unansweredRequests = new Map<UnknownContext, Pending[]>();
  #sweepAtSize = 64;

  attach(target: Document | Element): void {
    target.addEventListener('context-request', this.#onRequest as EventListener);
    target.addEventListener('context-provider', this.#onProvider as EventListener);
  }

  detach(target: Document | Element): void {
    target.removeEventListener('context-request', this.#onRequest as EventListener);
    target.removeEventListener('context-provider', this.#onProvider as EventListener);
  }

  /** How many unanswered requests are kept (for leak tests). */
  get size(): number {
    let size = 0;
    for (const list of this.#unansweredRequests.values()) size += list.length;
    return size;
  }

  #onRequest = (event: ContextRequestEvent<UnknownContext>): void => {
    if (event.subscribe !== true) return;
    const element = (event.contextTarget ?? event.composedPath()[0]) as Element;
    const callback = event.callback as unknown as (...args: never[]) => unknown;
    let list = this.#unansweredRequests.get(event.context);
    if (!list) this.#unansweredRequests.set(event.context, (list = []));
    if (list.some((p) => p.element.deref() === element && p.callback.deref() === callback)) return;
    list.push({ element: new WeakRef(element), callback: new WeakRef(callback) });
    if (this.size >= this.#sweepAtSize) this.#sweepAtSize = Math.max(64, 2 * this.#forgetDepartedElements());
  };

  #onProvider = (event: ContextProviderEvent<UnknownContext>): void => {
    const list = this.#unansweredRequests.get(event.context);
    if (!list) return;
    // Still unanswered requests add themselves again as they are dispatched.
    this.#unansweredRequests.delete(event.context);
    for (const { element: elementRef, callback: callbackRef } of list) {
      const element = elementRef.deref();
      const callback = callbackRef.deref();
      if (element?.isConnected && callback) element.dispatchEvent(new ContextRequestEvent(event.context, element, callback as never, true));
    }
  };

  /** Forgets requests of elements that are gone or off the page; returns how many are kept. */
  #forgetDepartedElements(): number {
    let kept = 0;
    for (const [context, list] of this.#unansweredRequests) {
      const live = list.filter((p) => p.element.deref()?.isConnected && p.callback.deref());
      if (live.length) this.#unansweredRequests.set(context, live);
      else this.#unansweredRequests.delete(context);
      kept += live.length;
    }
    return kept;
  }
}
