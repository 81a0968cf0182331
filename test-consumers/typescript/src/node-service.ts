// A Node service in strict TypeScript without the DOM library: the model entry and the in-memory
// CRM type-check on their own (their types need no DOM).
import { SessionStore, SessionStoreError, WORK_ITEM_TRANSITIONS, applyWorkItemEvent, pickWorkItem, type SessionChange, type SessionStartedEventDetail } from 'engagement-hub-elements/model.js';
import { InMemoryCrm } from 'engagement-hub-elements/in-memory-crm.js';

const store = new SessionStore({ maxSessions: 3 });
store.subscribe((change: SessionChange) => console.log(change.type));
const crm = new InMemoryCrm({ workItems: 5 });
const [first] = await crm.listWorkItems('open');
if (first) {
  const picked = await pickWorkItem(store, crm, first);
  console.log(picked, applyWorkItemEvent(first, 'pick', { agentId: crm.agentId, at: Date.now() }).state);
}
try {
  store.closeSession('home');
} catch (error) {
  if (error instanceof SessionStoreError) console.log(error.code);
}
const started: Pick<SessionStartedEventDetail, 'via'> = { via: 'pick' };
console.log(WORK_ITEM_TRANSITIONS.length, started);
