/**
 * `store.restore()`: saved state back into a store, whole or not at all. Apart from the store's
 * core (see `addStoreMethods`) because only saving pages need it, and it brings the snapshot
 * parsing with it. Loaded by `persistSessions`, `recheckConversations`, the root entry and
 * `model.js`. DOM-free.
 */
import { addStoreMethods, changeState } from './session-store.js';
import { parseSnapshot } from './snapshot.js';

addStoreMethods({
  restore(snapshot) {
    this[changeState](parseSnapshot(snapshot), { type: 'state-restored' });
  },
});
