import type { ReactiveControllerHost } from 'lit';
import type { SessionChange, SessionState } from '../state/session.js';
import { describeValue } from '../state/errors.js';
import type { SessionStore } from '../state/session-store.js';
import type { SessionExtras, SessionExtrasChange } from '../state/session-extras.js';
import { whenExtras } from '../state/extras-slot.js';
import { ContextValueController } from './context-value-controller.js';
import { sessionStoreContext } from './session-context.js';
import { pageSessionStore } from './page-store.js';

/**
 * Whether `value` is a session store. Duck-typed rather than `instanceof`, so a store made by
 * another copy of the kit on the page (another bundle) counts too.
 */
export function isSessionStore(value: unknown): value is SessionStore {
  const store = value as Partial<SessionStore> | null;
  return (
    typeof store === 'object' &&
    store !== null &&
    typeof store.subscribe === 'function' &&
    typeof store.openRecordSession === 'function' &&
    typeof store.focusSession === 'function' &&
    typeof store.state === 'object'
  );
}

/**
 * Connects an element to the session store above it (the nearest provider's, or the page's own)
 * and re-renders it on every change of that store. A store handed to the element itself
 * (`element.store = myStore`) wins over both and is shared with the elements inside it.
 */
export class SessionStoreController {
  readonly #storeContext: ContextValueController<SessionStore>;

  /**
   * `onExtras`, when given, also follows the store's extras (unsaved input, drafts, notices; see
   * `sessionExtras`) from when something makes them, and re-renders the host on their changes.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    onChange?: (change: SessionChange, state: SessionState) => void,
    onExtras?: (change: SessionExtrasChange) => void,
  ) {
    this.#storeContext = new ContextValueController(host, sessionStoreContext, {
      fallback: pageSessionStore,
      provide: true,
      attach: (store) => {
        const stopStore = store.subscribe((change, state) => {
          host.requestUpdate();
          onChange?.(change, state);
        });
        // Followed once something makes them (an element that reports unsaved input, persistence…):
        // until then there is nothing in them to show.
        const stopExtras = onExtras
          ? whenExtras<SessionExtras>(store, (extras) =>
              extras.subscribe((change) => {
                host.requestUpdate();
                onExtras(change);
              }),
            )
          : undefined;
        return () => {
          stopStore();
          stopExtras?.();
        };
      },
    });
    // A framework may set `store` before the element is defined; that own property would hide
    // the element's accessor, so take its value over.
    if (Object.hasOwn(host, 'store')) {
      const early = (host as { store?: unknown }).store;
      delete (host as { store?: unknown }).store;
      this.store = early as SessionStore | undefined;
    }
  }

  /** The store this element works with. */
  get store(): SessionStore {
    return this.#storeContext.value!;
  }

  /**
   * Hands the element a store of its own; `undefined` or `null` goes back to the provider's.
   * Anything else is refused with one console error, and the element keeps its store: a property
   * set (from a framework binding, say) never throws.
   */
  set store(store: SessionStore | null | undefined) {
    if (store != null && !isSessionStore(store)) {
      console.error(
        `<${this.host.localName}>.store must be a SessionStore (or undefined to use the provider's); got ${describeValue(store)}. The element keeps its store.`,
      );
      return;
    }
    this.#storeContext.override(store ?? undefined);
  }
}
