// A Node service that keeps an agent's sessions and works conversations, with the kit's model
// entry and in-memory CRM: no page, no DOM, no element.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SessionStore, SessionStoreError, WorkItemState, WorkItemError, nextWorkItemState, pickWorkItem, keepConversationsInStep } from 'engagement-hub-elements/model.js';
import { InMemoryCrm } from 'engagement-hub-elements/in-memory-crm.js';

assert.equal(typeof globalThis.document, 'undefined', 'this runs without a DOM');

// Sessions: open, focus, retitle, close, the limit, save and restore.
const store = new SessionStore({ maxSessions: 2 });
const changes = [];
store.subscribe((change) => changes.push(change.type));
const contoso = store.openRecordSession({ entity: 'account', id: '42', name: 'Contoso Ltd' });
assert.equal(contoso.status, 'opened');
assert.equal(store.openRecordSession({ entity: 'account', id: '42', name: 'Contoso Ltd' }).status, 'focused');
store.openRecordSession({ entity: 'contact', id: 'C-7', name: 'Émilie Dubois' });
assert.equal(store.openRecordSession({ entity: 'case', id: '9', name: 'Broken meter' }).status, 'limit-reached');
store.setSessionTitle(contoso.session.id, 'Contoso Group');
assert.equal(store.getSession(contoso.session.id).title, 'Contoso Group');
const saved = JSON.parse(JSON.stringify(store));
store.closeSession(contoso.session.id);
assert.deepEqual(store.sessions.map((session) => session.title), ['Home', 'Émilie Dubois']);
assert.throws(() => store.closeSession('home'), (error) => error instanceof SessionStoreError && error.code === 'home-not-closable');
assert.throws(() => store.restore({ sessions: 'corrupted' }), (error) => error instanceof SessionStoreError && error.code === 'invalid-snapshot');
assert.throws(() => store.openConversationSession({ workItemId: ' ' }), (error) => error instanceof SessionStoreError && error.code === 'invalid-conversation');
store.restore(saved);
assert.equal(store.sessions.length, 3);
assert.ok(changes.length >= 4, `listeners hear every change (heard ${changes.join(", ")})`);

// The conversation state machine.
assert.equal(nextWorkItemState(WorkItemState.Open, 'chat', 'pick'), WorkItemState.Active);
assert.throws(() => nextWorkItemState(WorkItemState.Closed, 'chat', 'pick'), (error) => error instanceof WorkItemError && error.code === 'illegal-transition');

// Pick a conversation from the in-memory CRM: it becomes the agent's and opens a session.
const crm = new InMemoryCrm({ workItems: 30, seed: 7 });
const desk = new SessionStore();
const stopStepping = keepConversationsInStep(desk, () => crm);
const [open] = await crm.listWorkItems('open');
const picked = await pickWorkItem(desk, crm, open);
assert.equal(picked.status, 'opened');
assert.equal(desk.focusedSession.id, picked.session.id);
assert.ok((await crm.listWorkItems('my')).some((item) => item.id === open.id), 'the picked conversation is in My work items');
assert.equal((await crm.getWorkItem(open.id)).state, WorkItemState.Active);
stopStepping();
crm.dispose();

// The all-in-one element entry imports in Node too (Lit's Node build stands in for the DOM).
const kit = await import('engagement-hub-elements');
assert.equal(typeof kit.SessionPanel, 'function');
assert.equal(kit.SessionStore, SessionStore, 'one model, whichever entry it comes from');

// The public surface is small and deliberate (README, "entry points"): a change to it is a
// change to this list. The root entry is what a host page needs; model.js adds the state machine,
// the actions and the data-source helpers for services; every other module is internal.
assert.deepEqual(Object.keys(kit).sort(), [
  'AppTabPanel', 'CRM_CODE_LABELS', 'CrmError', 'CustomerSummary', 'DEFAULT_SHORTCUTS', 'IncomingConversation', 'MAC_SHORTCUTS', 'PC_SHORTCUTS', 'SessionPanel', 'SessionProvider', 'SessionStore',
  'SessionStoreError', 'SessionTab', 'SessionView', 'TAB_DIRTY_MESSAGE', 'TAB_PORT_MESSAGE', 'TAB_TITLE_MESSAGE', 'WorkItemStream', 'connectDataSource', 'crmDataSourceContext',
  'displayText', 'getSessionStore', 'normaliseTitle', 'persistSessions', 'provideCrmDataSource', 'provideSessionStore', 'recheckConversations', 'registerTranslation',
  'sessionExtras', 'sessionStoreContext', 'sessionTabs',
]);
const model = await import('engagement-hub-elements/model.js');
assert.deepEqual(Object.keys(model).sort(), [
  'APP_PERMISSIONS', 'CrmError', 'DEFAULT_APP_PERMISSIONS', 'MAX_MARKS_PER_CHARACTER', 'MAX_TITLE_CODE_UNITS', 'MAX_TITLE_LENGTH', 'SessionStore',
  'SessionStoreError', 'WORK_ITEM_EVENTS', 'WORK_ITEM_TRANSITIONS', 'WorkItemError', 'WorkItemState', 'acceptOffer', 'allowedEvents',
  'applyWorkItemEvent', 'checkedDataSource', 'connectDataSource', 'displayText', 'keepConversationsInStep', 'linkConversationRecord',
  'nextWorkItemState', 'normaliseTitle', 'openWorkItem', 'pickWorkItem', 'recheckConversations', 'sessionTabs', 'streamOf',
  'unlinkConversationRecord', 'validateWorkItem',
]);

// Tools read the package's metadata and its custom elements manifest through its exports.
const require = createRequire(import.meta.url);
assert.equal(JSON.parse(readFileSync(require.resolve('engagement-hub-elements/package.json'), 'utf8')).name, 'engagement-hub-elements');
assert.equal(JSON.parse(readFileSync(require.resolve('engagement-hub-elements/custom-elements.json'), 'utf8')).schemaVersion.split('.')[0], '1');
assert.ok(JSON.parse(readFileSync(require.resolve('engagement-hub-elements/custom-elements.json'), 'utf8')).modules.length > 0);
console.log('node consumer: sessions, state machine and Pick work in Node');
