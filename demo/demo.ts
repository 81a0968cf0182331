// The demo host page: a CRM that embeds the kit. It uses only the public API.
import { getSessionStore, type Session } from '../src/index.js';
import { entityLabel, recentRecords } from './records.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const panel = document.querySelector('session-panel')!;

// The host recognises its own record URLs (main.aspx?etn=…&id=…) as session-enabled links.
panel.recordLinkMatcher = (url) => {
  const entity = url.searchParams.get('etn');
  const id = url.searchParams.get('id');
  return url.pathname.endsWith('/main.aspx') && entity && id ? { entity, id } : undefined;
};

// Records are written with textContent only: names come from customers and are never markup.
const list = $('recent-records');
for (const record of recentRecords) {
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

const store = getSessionStore(panel);
function showFocused(session: Session): void {
  $('work-title').textContent = session.title;
  $('home-content').hidden = session.kind !== 'home';
  $('record-content').hidden = session.kind === 'home';
  $('work-hint').textContent = session.kind === 'home' ? 'Your dashboard.' : `Session ${session.id}`;
  if (session.record) $('record-what').textContent = `${entityLabel[session.record.entity] ?? session.record.entity} ${session.record.id}`;
}
store.subscribe((_change, state) => showFocused(store.getSession(state.focusedId)));
showFocused(store.focusedSession);
