// A service worker or Node service that needs the model only.
import { SessionStore } from 'engagement-hub-elements/model.js';
globalThis.hostStore = new SessionStore();
