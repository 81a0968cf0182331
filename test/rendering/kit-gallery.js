// Renders every kit element in a state that shows its icons and parts, from the sources or from
// dist/, then resolves window.galleryReady. Used by the rendering checks in this folder.
const params = new URLSearchParams(location.search);
const fromDist = params.get('kit') === 'dist';
document.documentElement.dir = params.get('dir') === 'rtl' ? 'rtl' : 'ltr';

// A fixed clock for everything on the page (times shown, the offer's countdown): same pixels on every run.
const FIXED_NOW = Date.UTC(2026, 0, 15, 10, 0, 0);
Date.now = () => FIXED_NOW;

async function render() {
  const kit = await import(fromDist ? '../../dist/engagement-hub-elements.js' : '../../src/index.ts');
  const { InMemoryCrm } = await import(fromDist ? '../../dist/in-memory-crm.js' : '../../src/data/index.ts');
  const crm = new InMemoryCrm({ seed: 7, workItems: 60 });
  const provider = document.querySelector('session-provider');
  provider.dataSource = crm;
  const store = provider.store;
  const contact = crm.records.contacts[2];
  const template = crm.allWorkItems().find((item) => item.channel === 'chat');
  crm.addWorkItems([{ ...template, id: 'WI-gallery', state: 'active', assignedTo: crm.agentId, customer: { entity: 'contact', id: contact.id, name: contact.name }, case: undefined }]);
  store.openRecordSession({ entity: 'account', id: crm.records.accounts[0].id, name: crm.records.accounts[0].name });
  store.openRecordSession({ entity: 'contact', id: contact.id, name: contact.name });
  store.focusSession('home');
  document.querySelector('app-tab-panel').applications = [{ id: 'kb', title: 'Knowledge search' }];
  store.openTab({ app: { id: 'kb', title: 'Knowledge search' } }, { sessionId: 'home' });
  store.focusTab('home', 'anchor');
  crm.offerIncoming({ channel: 'chat', customer: undefined, case: undefined, visitor: { displayName: 'Visitor 4821', authenticated: false } });
  const stream = document.querySelector('work-item-stream');
  const summary = document.querySelector('customer-summary');
  const until = async (check, what) => {
    for (let i = 0; i < 300 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    if (!check()) throw new Error(`gallery: no ${what}`);
  };
  await until(() => stream.shadowRoot.querySelectorAll('[part="row"]').length >= 3, 'stream rows');
  await until(() => !!document.querySelector('incoming-conversation').shadowRoot.querySelector('[part="accept"]'), 'offer');
  await until(() => summary.shadowRoot.querySelectorAll('section').length >= 2 && !summary.shadowRoot.querySelector('[aria-busy="true"]'), 'summary');
  await document.fonts.ready;
  // Let the virtualizer measure and place the rows.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));
  return { kit, crm, store };
}

window.galleryReady = render();
