import { createContext } from '@lit/context';
import type { SessionStore } from '../state/session-store.js';

/**
 * The context key for the session store. `Symbol.for` makes it one key per page, so two
 * separately bundled copies of the kit (two micro-frontends) find the same provider. The `v1`
 * follows `SessionStore.interfaceVersion`: an incompatible store gets a new key.
 */
export const sessionStoreContext = createContext<SessionStore>(Symbol.for('engagement-hub/session-store/v1'));
