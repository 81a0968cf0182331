// A host with <session-provider data-source="in-memory">: the CRM is split out, loaded when asked.
import 'engagement-hub-elements/session-provider.js';
