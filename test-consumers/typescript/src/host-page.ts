// A host page written in strict TypeScript against the installed package: every entry point
// resolves with its types (no TS7016), tags are typed through HTMLElementTagNameMap, and the
// kit's events are typed on elements, `document` and `window`.
import { getSessionStore, provideCrmDataSource, connectDataSource, type SessionEventMap, type SessionStartedEventDetail } from 'engagement-hub-elements';
import { SessionStore, SessionStoreError, WorkItemState, nextWorkItemState, type Session, type SessionStoreErrorCode, type WorkItem } from 'engagement-hub-elements/model.js';
import { SessionPanel } from 'engagement-hub-elements/session-panel.js';
import { SessionTab } from 'engagement-hub-elements/session-tab.js';
import { SessionProvider } from 'engagement-hub-elements/session-provider.js';
import { WorkItemStream } from 'engagement-hub-elements/work-item-stream.js';
import { IncomingConversation } from 'engagement-hub-elements/incoming-conversation.js';
import { CustomerSummary } from 'engagement-hub-elements/customer-summary.js';
import { AppTabPanel } from 'engagement-hub-elements/app-tab-panel.js';
import { SessionView } from 'engagement-hub-elements/session-view.js';
import { InMemoryCrm, type InMemoryCrmOptions } from 'engagement-hub-elements/in-memory-crm.js';
import * as selfContained from 'engagement-hub-elements/engagement-hub-elements.bundle.min.js';
// @ts-expect-error The state machine and the actions are the model entry's (model.js), not the page entry's.
import { WORK_ITEM_TRANSITIONS as notOnThePageEntry } from 'engagement-hub-elements';

// Tags: createElement and querySelector give the element classes.
const panel: SessionPanel = document.createElement('session-panel');
const tab: SessionTab = document.createElement('session-tab');
const provider: SessionProvider | null = document.querySelector('session-provider');
const stream: WorkItemStream = document.createElement('work-item-stream');
const incoming: IncomingConversation = document.createElement('incoming-conversation');
const summary: CustomerSummary = document.createElement('customer-summary');
const apps: AppTabPanel = document.createElement('app-tab-panel');
const view: SessionView = document.createElement('session-view');
stream.stream = 'open';
tab.label = 'Contoso';
summary.workItemId = 'WI-1';
apps.applications = [{ id: 'kb', title: 'Knowledge' }];
view.noShortcuts = true;
incoming.hidden = false;
panel.recordLinkMatcher = (url) => (url.pathname === '/main.aspx' ? { entity: 'account', id: url.searchParams.get('id') ?? '' } : undefined);

// Data: the in-memory CRM, or one named by a spec.
const options: InMemoryCrmOptions = { workItems: 10, latencyMs: [50, 200] };
if (provider) {
  provider.dataSource = new InMemoryCrm(options);
  provider.dataSourceSpec = 'in-memory';
}
provideCrmDataSource(document.documentElement, new selfContained.InMemoryCrm());
void connectDataSource('in-memory').then((crm) => crm.listWorkItems('open'));

// The store from the page, and the model's types.
const store: SessionStore = getSessionStore(panel);
const opened = store.openRecordSession({ entity: 'account', id: '42', name: 'Contoso' });
const state: WorkItemState = nextWorkItemState(WorkItemState.Open, 'chat', 'pick');
const error = new SessionStoreError('unknown-session', 'no such session');
// Error codes are a typed, documented union: each mistake its own code.
const codes: SessionStoreErrorCode[] = ['invalid-record', 'invalid-conversation', 'invalid-app', 'invalid-url', 'anchor-not-closable', 'anchor-not-retitlable'];
// @ts-expect-error Not a SessionStoreErrorCode.
codes.push('invalid-thing');

// Events, typed on an element…
panel.addEventListener('session-focused', (event) => {
  const now: Session = event.detail.session;
  const before: string | undefined = event.detail.previous?.title;
  console.log(now.title, before);
});
panel.addEventListener('session-close-requested', (event) => event.preventDefault());
apps.addEventListener('app-tab-opened', (event) => console.log(event.detail.tab.title));
// …on the document…
document.addEventListener('session-limit-reached', (event) => {
  const limit: number = event.detail.maxSessions;
  console.log(limit, event.detail.title);
});
// …and on the window.
window.addEventListener('session-started', (event) => {
  const via: 'open' | 'pick' | 'accept' = event.detail.via;
  const item: WorkItem = event.detail.workItem;
  console.log(via, item.id, event.detail.session.title);
});
// @ts-expect-error `session-started` carries a SessionStartedEventDetail, which has no maxSessions.
window.addEventListener('session-started', (event) => console.log(event.detail.maxSessions.toFixed()));

const detail: SessionStartedEventDetail | undefined = undefined as SessionEventMap['session-started']['detail'] | undefined;
console.log(opened.status, state, error.code, detail, codes, notOnThePageEntry);
