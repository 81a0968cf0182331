// A host that loads only the session panel.
import 'engagement-hub-elements/session-panel.js';
