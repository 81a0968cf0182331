// The demo host page: a CRM that embeds the kit. It uses only the public API.
import { InMemoryCrm } from '../src/data/index.js';
import { getSessionStore, persistSessions, provideCrmDataSource, recheckConversations } from '../src/index.js';
import { demoRenderers } from './forms.js';
import { connectLiveCrm } from './live-crm.js';
import { entityLabel, recentRecords } from './records.js';
import { installLanguageSwitch } from './language.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const panel = document.querySelector('session-panel')!;
// Language and direction: English, French, German, Spanish, Arabic (right to left), Japanese.
installLanguageSwitch(document.querySelector('.crm-header')!);

// The host recognises its own record URLs (main.aspx?etn=…&id=…) as session-enabled links.
panel.recordLinkMatcher = (url) => {
  const entity = url.searchParams.get('etn');
  const id = url.searchParams.get('id');
  return url.pathname.endsWith('/main.aspx') && entity && id ? { entity, id } : undefined;
};

// The embedded in-memory CRM, seeded large, with a relaxed simulated router. Under `npm start` the
// page talks to the reference CRM service instead (same seed, so the same records), as `?agent=`.
const live = await connectLiveCrm().catch((error: Error) => {
  document.querySelector('.crm-agent')!.textContent = `Could not sign in to the CRM service: ${error.message} (using the offline CRM)`;
  return undefined;
});
// Live, it only lends its seeded records to the list of recent records (they come before the work items).
const crm = new InMemoryCrm({ seed: 2026, workItems: live ? 0 : 3000, latencyMs: [80, 400] });
if (live) {
  provideCrmDataSource(document.documentElement, live);
  document.querySelector('.crm-agent strong')!.textContent = live.agentId;
  $('simulate').addEventListener('click', () => void live.simulateIncoming().catch((error: Error) => console.error(error)));
} else {
  provideCrmDataSource(document.documentElement, crm);
  crm.startRouter(45_000);
  $('simulate').addEventListener('click', () => crm.offerIncoming());
}

// Nothing lost: the agent's desktop survives a reload and stays in step with their other windows.
const source = live ?? crm;
const desktop = persistSessions(getSessionStore(panel), { key: source.agentId });
if (desktop.restored) void recheckConversations(getSessionStore(panel), source);

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

// Application tabs: the host's own forms, and a "third-party" app served by the demo itself.
const tabs = document.querySelector('app-tab-panel')!;
tabs.applications = [
  { id: 'case', title: 'Case' },
  { id: 'account', title: 'Account' },
  { id: 'contact', title: 'Contact' },
  { id: 'knowledge-search', title: 'Knowledge search' },
  // Served by `npm start` from the next port: another origin, as a real third-party app is.
  { id: 'partner', title: 'Partner shipping app', url: partnerAppUrl() },
];
tabs.recordLinkMatcher = panel.recordLinkMatcher;

function partnerAppUrl(): string {
  const url = new URL('./partner-app.html', location.href);
  if (url.port) url.port = String(Number(url.port) + 1);
  return url.href;
}
document.querySelector('session-view')!.renderers = { app: demoRenderers };
