// A host that imports one name from the all-in-one entry: the entry still registers every element.
import { SessionStore } from 'engagement-hub-elements';
globalThis.hostStore = new SessionStore();
