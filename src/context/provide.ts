import { ContextEvent, ContextProvider } from '@lit/context';
import { SessionStore } from '../state/session-store.js';
import { sessionStoreContext } from './session-context.js';
import { pageSessionStore } from './page-store.js';

/**
 * Makes any element (a host app's own container, a framework's root node) the provider of a
 * session store for everything inside it. Returns the provider; `provider.setValue(other)`
 * swaps the store for every consumer below.
 */
export function provideSessionStore(element: HTMLElement, store: SessionStore = new SessionStore()): ContextProvider<typeof sessionStoreContext> {
  const provider = new ContextProvider(element, { context: sessionStoreContext, initialValue: store });
  // A plain element has no controller lifecycle: announce the provider now so that consumers
  // already waiting (see ContextRoot) re-ask and find it.
  if (element.isConnected) provider.hostConnected();
  return provider;
}

/**
 * The session store an element works with: its provider's, else the page's. Host code uses it
 * to drive the desktop (`getSessionStore(panel).openRecordSession(...)`).
 */
export function getSessionStore(element?: Element): SessionStore {
  let found: SessionStore | undefined;
  element?.dispatchEvent(new ContextEvent(sessionStoreContext, element, (store: SessionStore) => (found = store)));
  return found ?? pageSessionStore();
}
