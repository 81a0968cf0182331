import { expect, fixture, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/index.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import type { WorkItemStream } from '../../src/components/work-item-stream/work-item-stream.js';
import type { CustomerSummary } from '../../src/components/customer-summary/customer-summary.js';
import type { SessionPanel } from '../../src/components/session-panel/session-panel.js';
import { CrmError, InMemoryCrm } from '../../src/data/index.js';
import { openWorkItem, pickWorkItem } from '../../src/actions/index.js';
import { registerTranslation } from '../../src/i18n/registry.js';
import type { Terms } from '../../src/i18n/en.js';
import fr from '../../src/i18n/fr.js';
import de from '../../src/i18n/de.js';
import es from '../../src/i18n/es.js';
import ar from '../../src/i18n/ar.js';
import ja from '../../src/i18n/ja.js';
import { realClick, shadow, until } from '../helpers.js';
import { agentStrings, englishOnly, leftovers, stringsIn } from './leftover-english.helper.js';

const APPS = [
  { id: 'knowledge-search', title: 'KB search' },
  { id: 'parcel', title: 'Parcel tracker' },
];

/** The InMemoryCrm, with every string it answers kept aside: customer data, not the kit's words. */
function recording(crm: InMemoryCrm, data: Set<string>): InMemoryCrm {
  return new Proxy(crm, {
    get(target, key) {
      const value = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result = value.apply(target, args);
        if (result instanceof Promise) return result.then((answer) => (stringsIn(answer, data), answer));
        return result;
      };
    },
  });
}

/**
 * Renders every element in every state the test can reach, in `lang`, and returns what the agent
 * reads there (customer data left out).
 */
async function everyScreen(lang: string, dir: 'ltr' | 'rtl'): Promise<string[]> {
  const crm = new InMemoryCrm({ workItems: 40, seed: 5 });
  const data = new Set<string>(APPS.map((a) => a.title));
  const source = recording(crm, data);
  const root = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}>
    <session-provider max-sessions="3" .dataSource=${source}>
      <session-panel></session-panel>
      <app-tab-panel .applications=${APPS}></app-tab-panel>
      <incoming-conversation></incoming-conversation>
      <work-item-stream stream="my"></work-item-stream>
      <work-item-stream stream="open"></work-item-stream>
      <work-item-stream stream="closed"></work-item-stream>
      <work-item-stream stream="elsewhere"></work-item-stream>
      <customer-summary id="standalone"></customer-summary>
      <session-view></session-view>
    </session-provider>
    <customer-summary id="no-crm"></customer-summary>
    <work-item-stream id="no-crm-stream"></work-item-stream>
  </div>`);
  root.style.cssText = 'display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); --ehe-stream-height: 12rem';
  const strings: string[] = [];
  const collect = async () => {
    await new Promise((resolve) => setTimeout(resolve, 30));
    stringsIn(crm.allWorkItems(), data);
    strings.push(...agentStrings(root, [...data].sort((a, b) => b.length - a.length)));
  };
  const provider = root.querySelector<SessionProvider>('session-provider')!;
  const store = provider.store;
  const panel = root.querySelector<SessionPanel>('session-panel')!;
  const stream = (name: string) => root.querySelector<WorkItemStream>(`work-item-stream[stream="${name}"]`)!;
  for (const name of ['my', 'open', 'closed']) await until(() => !!shadow(stream(name)).querySelector('[part="row"], .message:not([aria-busy])'), `${name} to load`);
  await collect();

  // An offer, announced.
  crm.offerIncoming();
  await until(() => !!shadow(root.querySelector('incoming-conversation')!).querySelector('[part="offer"]'), 'the offer');
  await collect();

  // A conversation with no customer (search boxes), then one with a customer, case, cases and activities.
  const visitor = (await crm.listWorkItems('open')).find((item) => !item.customer)!;
  await pickWorkItem(store, source, visitor);
  const summary = () => root.querySelector('session-view')!.querySelector<CustomerSummary>('customer-summary:not([hidden])')!;
  const settled = (element: CustomerSummary) => () => !!element && shadow(element).querySelectorAll('section').length > 0 && !shadow(element).querySelector('[aria-busy="true"]');
  await until(() => !!summary() && settled(summary())(), 'the summary of a visitor');
  const search = shadow(summary()).querySelector<HTMLInputElement>('[role="combobox"]')!;
  search.value = 'zzzzqqq';
  search.dispatchEvent(new Event('input'));
  await until(() => /\S/.test(shadow(summary()).querySelector('.search-status')!.textContent!), 'the search answer');
  await collect();
  search.value = 'a';
  search.dispatchEvent(new Event('input'));
  await until(() => shadow(summary()).querySelectorAll('[role="option"]').length > 0, 'search results');
  await collect();
  const known = (await crm.listWorkItems('my')).find((item) => item.customer && item.case) ?? (await crm.listWorkItems('my'))[0]!;
  await openWorkItem(store, source, known);
  await until(() => settled(summary())(), 'the summary of a customer');
  await collect();

  // Failures: a section, a stream, a reject.
  crm.failNext('listActivities', new CrmError('unavailable', 'The CRM did not answer. Try again.'));
  summary().refresh();
  await until(() => !!shadow(summary()).querySelector('.error [part~="retry"]'), 'a section error');
  await collect();
  crm.failNext('listWorkItems', new CrmError('unavailable', 'The CRM did not answer. Try again.'));
  await stream('closed').refresh();
  await collect();
  const incoming = root.querySelector('incoming-conversation')!;
  crm.failNext('rejectOffer', new CrmError('unavailable', 'The CRM did not answer. Try again.'));
  await realClick([...shadow(incoming).querySelectorAll('button')].find((b) => b.getAttribute('part') === 'reject')!);
  await until(() => /\S/.test(shadow(incoming).querySelector('[part="notice"]')!.textContent!), 'the reject failure');
  await collect();

  // The session limit, the close dialog, the collapsed panel.
  store.openRecordSession({ entity: 'opportunity', id: 'O-1', name: 'Big deal' });
  store.openRecordSession({ entity: 'account', id: 'A-404', name: 'Nobody' });
  data.add('Big deal').add('Nobody').add('opportunity').add('O-1');
  (root.querySelector('#standalone') as CustomerSummary).setAttribute('session-id', 'record:opportunity:O-1');
  await collect();
  panel.requestClose(store.sessions[1]!.id);
  await until(() => !!shadow(panel).querySelector('dialog[open]'), 'the close dialog');
  await collect();
  shadow(panel).querySelector('dialog')!.close();
  store.togglePanelMode();
  await collect();
  store.togglePanelMode();

  // Application tabs: the menu, a tab with no renderer, the tab limit.
  store.focusSession(store.sessions[1]!.id);
  const bar = root.querySelector('app-tab-panel')!;
  await bar.updateComplete;
  await realClick(shadow(bar).querySelector<HTMLElement>('[part="add"]')!);
  await until(() => !!shadow(bar).querySelector('[role="menu"]:popover-open'), 'the application menu');
  await collect();
  (shadow(bar).querySelector('[role="menu"]') as HTMLElement).hidePopover();
  for (let i = 0; i < 12; i++) store.openTab({ app: APPS[0]! });
  await collect();

  // A stream's row menu, and a filter that matches nothing.
  const open = stream('open');
  const more = shadow(open).querySelector<HTMLElement>('[part="more"]');
  if (more) {
    await realClick(more);
    await until(() => !!shadow(open).querySelector('[role="menu"]:popover-open'), 'the row menu');
    await collect();
    (shadow(open).querySelector('[role="menu"]') as HTMLElement).hidePopover();
  }
  const filter = shadow(stream('my')).querySelector<HTMLInputElement>('[part="filter"]')!;
  filter.value = 'zzzzqqq';
  filter.dispatchEvent(new Event('input'));
  data.add('zzzzqqq');
  await collect();
  crm.dispose();
  return strings;
}

const LANGUAGES: [Terms, 'ltr' | 'rtl'][] = [
  [fr, 'ltr'],
  [de, 'ltr'],
  [es, 'ltr'],
  [ar, 'rtl'],
  [ja, 'ltr'],
];

describe('no English left over', function () {
  // Every screen of every element, one page per language: several seconds on a busy machine.
  this.timeout(60_000);
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  before(() => registerTranslation(fr, de, es, ar, ja));

  for (const [table, dir] of LANGUAGES) {
    it(`every element in every state reads ${table.$name} (${table.$code}${dir === 'rtl' ? ', right to left' : ''})`, async () => {
      const strings = await everyScreen(table.$code, dir);
      expect(strings.length, 'the screens were read').to.be.greaterThan(200);
      expect(leftovers(strings, englishOnly(table))).to.deep.equal([]);
    });
  }

  it('finds English when the language has no table (the check can fail)', async () => {
    const strings = await everyScreen('xx', 'ltr');
    const found = leftovers(strings, englishOnly(fr));
    expect(found.length).to.be.greaterThan(50);
    for (const phrase of ['Home', 'Dashboard', 'My work items', 'Accept', 'Close']) expect(found.some((f) => f.startsWith(`"${phrase}"`)), phrase).to.be.true;
  });

  it('finds a single term left in English in an otherwise translated page', async () => {
    registerTranslation({ $code: 'fr-xt', accept: 'Accept', streamTitles: { open: 'Open work items' } });
    const found = leftovers(await everyScreen('fr-XT', 'ltr'), englishOnly(fr));
    expect(found.some((f) => f.startsWith('"Accept"')), found.join('\n')).to.be.true;
    expect(found.some((f) => f.startsWith('"Open work items"')), found.join('\n')).to.be.true;
  });
});
