import type { ReactiveControllerHost } from 'lit';
import type { SessionChange, SessionState } from '../state/session.js';
import type { SessionStore } from '../state/session-store.js';
import { sessionExtras, type SessionExtrasChange } from '../state/session-extras.js';
import { ContextValueController } from './context-value-controller.js';
import { sessionStoreContext } from './session-context.js';
import { pageSessionStore } from './page-store.js';

/**
 * Connects an element to the session store above it (the nearest provider's, or the page's own)
 * and re-renders it on every change of that store.
 */
export class SessionStoreController {
  readonly #value: ContextValueController<SessionStore>;

  /**
   * `onExtras`, when given, also follows the store's extras (unsaved input, drafts, notices; see
   * `sessionExtras`) and re-renders the host on their changes.
   */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    onChange?: (change: SessionChange, state: SessionState) => void,
    onExtras?: (change: SessionExtrasChange) => void,
  ) {
    this.#value = new ContextValueController(host, sessionStoreContext, {
      fallback: pageSessionStore,
      attach: (store) => {
        const stopStore = store.subscribe((change, state) => {
          host.requestUpdate();
          onChange?.(change, state);
        });
        const stopExtras = onExtras
          ? sessionExtras(store).subscribe((change) => {
              host.requestUpdate();
              onExtras(change);
            })
          : undefined;
        return () => {
          stopStore();
          stopExtras?.();
        };
      },
    });
  }

  /** The store this element works with. */
  get store(): SessionStore {
    return this.#value.value!;
  }
}
