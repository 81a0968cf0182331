import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SessionChange, SessionState } from '../state/session.js';
import type { SessionStore } from '../state/session-store.js';
import { sessionStoreContext } from './session-context.js';
import { ensureContextRoot, pageSessionStore } from './page-store.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Connects an element to the session store above it: the nearest provider's, or the page's own
 * when there is none. Follows the element when it moves, switches when a provider turns up later,
 * re-renders the host on every change and lets go of the store on disconnect.
 */
export class SessionStoreController implements ReactiveController {
  #store?: SessionStore;
  #provided = false;
  #unsubscribe?: () => void;

  constructor(
    private readonly host: Host,
    private readonly onChange?: (change: SessionChange, state: SessionState) => void,
  ) {
    ensureContextRoot(host.ownerDocument);
    // Added before this controller, so its request is answered before hostConnected below runs.
    new ContextConsumer(host, {
      context: sessionStoreContext,
      subscribe: true,
      callback: (store) => {
        this.#provided = true;
        this.#use(store);
      },
    });
    host.addController(this);
  }

  /** The store this element works with. */
  get store(): SessionStore {
    return this.#store ?? pageSessionStore();
  }

  hostConnected(): void {
    if (!this.#provided) this.#use(pageSessionStore());
  }

  hostDisconnected(): void {
    this.#provided = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#store = undefined;
  }

  #use(store: SessionStore): void {
    if (store === this.#store && this.#unsubscribe) return;
    this.#unsubscribe?.();
    this.#store = store;
    this.#unsubscribe = store.subscribe((change, state) => {
      this.host.requestUpdate();
      this.onChange?.(change, state);
    });
    this.host.requestUpdate();
  }
}
