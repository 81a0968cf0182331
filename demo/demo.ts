// The demo host page: a CRM that embeds the kit. It uses only the public API.
import { InMemoryCrm } from '../src/data/index.js';
import { getSessionStore, provideCrmDataSource, type Session } from '../src/index.js';
import { entityLabel, recentRecords } from './records.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const panel = document.querySelector('session-panel')!;

// The host recognises its own record URLs (main.aspx?etn=…&id=…) as session-enabled links.
panel.recordLinkMatcher = (url) => {
  const entity = url.searchParams.get('etn');
  const id = url.searchParams.get('id');
  return url.pathname.endsWith('/main.aspx') && entity && id ? { entity, id } : undefined;
};

// The embedded in-memory CRM, seeded large, with a relaxed simulated router.
const crm = new InMemoryCrm({ seed: 2026, workItems: 3000, latencyMs: [80, 400] });
provideCrmDataSource(document.documentElement, crm);
crm.startRouter(45_000);
$('simulate').addEventListener('click', () => crm.offerIncoming());

// Records are written with textContent only: names come from customers and are never markup.
const list = $('recent-records');
for (const record of recentRecords(crm)) {
  const item = document.createElement('li');
  const kind = document.createElement('span');
  kind.className = 'entity';
  kind.textContent = entityLabel[record.entity] ?? record.entity;
  const link = document.createElement('a');
  link.href = `/crm/main.aspx?etn=${encodeURIComponent(record.entity)}&id=${encodeURIComponent(record.id)}`;
  link.dataset.sessionEntity = record.entity;
  link.dataset.sessionId = record.id;
  link.textContent = record.name;
  // A plain click would navigate the CRM; the demo has nowhere to go, so it opens the record here.
  link.addEventListener('click', (event) => {
    if (event.shiftKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    getSessionStore(link).openRecordSession(record);
  });
  item.append(kind, link);
  list.append(item);
}

document.addEventListener('session-started', (event) => {
  const { workItem, via } = event.detail;
  console.info(`Session started by ${via}: ${workItem.channel} conversation ${workItem.id}`);
});

const store = getSessionStore(panel);
function showFocused(session: Session): void {
  $('work-title').textContent = session.title;
  $('home-content').hidden = session.kind !== 'home';
  $('record-content').hidden = session.kind === 'home';
  $('work-hint').textContent = session.kind === 'home' ? 'Your dashboard.' : `Session ${session.id}`;
  if (session.record) $('record-what').textContent = `${entityLabel[session.record.entity] ?? session.record.entity} ${session.record.id}`;
  if (session.conversation) {
    const item = crm.workItem(session.conversation.workItemId);
    $('record-what').textContent = `the ${item?.channel ?? ''} conversation ${session.conversation.workItemId} (${item?.state ?? 'unknown'})${session.conversation.readOnly ? ', read-only' : ''}`;
  }
}
store.subscribe((_change, state) => showFocused(store.getSession(state.focusedId)));
showFocused(store.focusedSession);
