import type { ReactiveControllerHost } from 'lit';
import type { SessionChange, SessionState } from '../state/session.js';
import type { SessionStore } from '../state/session-store.js';
import { ContextValueController } from './context-value-controller.js';
import { sessionStoreContext } from './session-context.js';
import { pageSessionStore } from './page-store.js';

/**
 * Connects an element to the session store above it (the nearest provider's, or the page's own)
 * and re-renders it on every change of that store.
 */
export class SessionStoreController {
  readonly #value: ContextValueController<SessionStore>;

  constructor(host: ReactiveControllerHost & HTMLElement, onChange?: (change: SessionChange, state: SessionState) => void) {
    this.#value = new ContextValueController(host, sessionStoreContext, {
      fallback: pageSessionStore,
      attach: (store) =>
        store.subscribe((change, state) => {
          host.requestUpdate();
          onChange?.(change, state);
        }),
    });
  }

  /** The store this element works with. */
  get store(): SessionStore {
    return this.#value.value!;
  }
}
