import { expect, fixture, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/index.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import type { CustomerSummary } from '../../src/components/customer-summary/customer-summary.js';
import { InMemoryCrm } from '../../src/data/index.js';
import { pickWorkItem } from '../../src/actions/index.js';
import { registerTranslation } from '../../src/i18n/registry.js';
import fr from '../../src/i18n/fr.js';
import ar from '../../src/i18n/ar.js';
import ja from '../../src/i18n/ja.js';
import { accessibleText, realClick, shadow, tabs, until } from '../helpers.js';

async function desk(lang?: string) {
  const crm = new InMemoryCrm({ workItems: 30, seed: 7 });
  const root = await fixture<HTMLElement>(html`<div lang=${lang ?? 'en'}>
    <session-provider .dataSource=${crm}>
      <session-panel></session-panel>
      <app-tab-panel></app-tab-panel>
      <work-item-stream stream="open"></work-item-stream>
      <incoming-conversation></incoming-conversation>
      <session-view></session-view>
    </session-provider>
  </div>`);
  const provider = root.querySelector<SessionProvider>('session-provider')!;
  const store = provider.store;
  const stream = root.querySelector('work-item-stream')!;
  await until(() => !!shadow(stream).querySelector('[part="row"]'), 'the rows');
  const visitor = (await crm.listWorkItems('open')).find((item) => !item.customer)!;
  await pickWorkItem(store, crm, visitor);
  const summary = () => root.querySelector('session-view')!.querySelector<CustomerSummary>('customer-summary')!;
  await until(() => !!summary() && !!shadow(summary()).querySelector('textarea') && !!shadow(summary()).querySelector('[role="combobox"]'), 'the summary');
  crm.offerIncoming();
  await until(() => !!shadow(root.querySelector('incoming-conversation')!).querySelector('[part="offer"]'), 'an offer');
  return { crm, root, store, stream, summary, panel: root.querySelector('session-panel')!, bar: root.querySelector('app-tab-panel')!, incoming: root.querySelector('incoming-conversation')! };
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

describe('switching the language of a live page', function () {
  // Every screen of every element, one page per language: several seconds on a busy machine.
  this.timeout(60_000);
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  before(() => registerTranslation(fr, ar, ja));

  it('re-renders every element in the new language, keeping sessions, focus and typed text', async () => {
    const { crm, root, store, stream, summary, panel, bar, incoming } = await desk();
    const note = shadow(summary()).querySelector('textarea')!;
    note.value = 'Customer asked for a refund';
    note.dispatchEvent(new Event('input'));
    const search = shadow(summary()).querySelector<HTMLInputElement>('[role="combobox"]')!;
    search.value = 'Dubois';
    search.dispatchEvent(new Event('input'));
    const filter = shadow(stream).querySelector<HTMLInputElement>('[part="filter"]')!;
    filter.value = 'a';
    filter.dispatchEvent(new Event('input'));
    const sessionsBefore = store.sessions.map((s) => s.id);
    const focused = store.state.focusedId;
    expect(accessibleText(tabs(panel)[0]!)).to.equal('Home');

    root.lang = 'fr';
    await frame();
    expect(accessibleText(tabs(panel)[0]!)).to.equal('Accueil');
    expect(shadow(bar).querySelector('[role="tab"]')!.textContent!.trim()).to.equal('Synthèse client');
    expect(shadow(stream).querySelector('h2')!.textContent).to.equal('Éléments de travail ouverts');
    expect(shadow(summary()).querySelector('[part="title"]')!.textContent).to.equal('Synthèse client');
    expect(shadow(summary()).querySelector('[role="combobox"]')!.getAttribute('aria-label')).to.equal('Rechercher un client');
    expect(shadow(incoming).querySelector('[part="accept"]')!.textContent!.trim()).to.equal('Accepter');
    // Nothing the agent had is lost.
    expect(store.sessions.map((s) => s.id)).to.deep.equal(sessionsBefore);
    expect(store.state.focusedId).to.equal(focused);
    expect(shadow(summary()).querySelector('textarea')!.value).to.equal('Customer asked for a refund');
    expect(shadow(summary()).querySelector<HTMLInputElement>('[role="combobox"]')!.value).to.equal('Dubois');
    expect(shadow(stream).querySelector<HTMLInputElement>('[part="filter"]')!.value).to.equal('a');

    // The document's language counts when no closer one is set; a closer one wins.
    root.removeAttribute('lang');
    document.documentElement.lang = 'ja';
    await frame();
    expect(accessibleText(tabs(panel)[0]!)).to.equal('ホーム');
    panel.setAttribute('lang', 'fr');
    await frame();
    expect(accessibleText(tabs(panel)[0]!)).to.equal('Accueil');
    expect(shadow(stream).querySelector('h2')!.textContent).to.equal('未割り当ての作業項目');
    document.documentElement.lang = 'en';
    crm.dispose();
  });

  it('an open menu follows the switch, and stays open', async () => {
    const { crm, root, stream } = await desk();
    await realClick(shadow(stream).querySelector<HTMLElement>('[part="more"]')!);
    const menu = shadow(stream).querySelector<HTMLElement>('[role="menu"]')!;
    await until(() => menu.matches(':popover-open'), 'the row menu');
    expect(menu.querySelector('[role="menuitem"]')!.textContent).to.equal('Pick');
    root.lang = 'fr';
    await frame();
    expect(menu.getAttribute('aria-label')).to.equal('Actions sur l’élément de travail');
    expect(menu.querySelector('[role="menuitem"]')!.textContent).to.equal('Prendre');
    expect(menu.matches(':popover-open')).to.be.true;
    crm.dispose();
  });

  it('Arabic, right to left through the host page\'s dir: the screens read Arabic and lay out right to left', async () => {
    const { crm, root, stream, summary, panel, bar, incoming } = await desk();
    root.lang = 'ar';
    root.dir = 'rtl';
    await frame();
    const screens: [string, Element][] = [
      ['session panel', shadow(panel).querySelector('[part="tablist"]')!],
      ['tab bar', shadow(bar).querySelector('[part="tablist"]')!],
      ['stream row', shadow(stream).querySelector('[part="row"]')!],
      ['summary', shadow(summary()).querySelector('[part="header"]')!],
      ['offer', shadow(incoming).querySelector('[part="offer"]')!],
    ];
    for (const [name, element] of screens) expect(getComputedStyle(element).direction, name).to.equal('rtl');
    expect(accessibleText(tabs(panel)[0]!)).to.equal('الرئيسية');
    expect(shadow(stream).querySelector('h2')!.textContent).to.equal('عناصر العمل المفتوحة');
    expect(shadow(incoming).querySelector('[part="accept"]')!.textContent!.trim()).to.equal('قبول');
    // The countdown and counts are written in the page's language, not the browser's.
    const timer = shadow(incoming).querySelector('[role="timer"]')!;
    expect(timer.getAttribute('aria-label')).to.match(/^بقي .+ للرد$/);
    // The accept button sits at the right edge's side in RTL: the first action is to the right of the second.
    const [accept, reject] = [...shadow(incoming).querySelectorAll<HTMLElement>('.actions button')];
    expect(accept!.getBoundingClientRect().left).to.be.greaterThan(reject!.getBoundingClientRect().left);
    crm.dispose();
  });

  it("the kit's own tab pages (an app with no renderer) follow the language too", async () => {
    const { root, store } = await desk();
    const session = store.openRecordSession({ entity: 'account', id: 'A-1', name: 'Contoso' });
    if (session.status !== 'opened') throw new Error(`the session did not open: ${session.status}`);
    store.openTab({ app: { id: 'unknown-app', title: 'Unknown app' } }, { sessionId: session.session.id });
    const view = root.querySelector('session-view')!;
    const text = () => view.querySelector('.ehe-record-page:not([hidden] *) p')?.textContent ?? '';
    await until(() => text().includes('unknown-app'), 'the fallback page');
    expect(text()).to.equal('No renderer is registered for the app "unknown-app".');
    root.lang = 'fr';
    await until(() => text().startsWith('Aucun moteur de rendu'), 'the page in French');
    expect(text()).to.equal('Aucun moteur de rendu n’est enregistré pour l’application « unknown-app ».');
  });
});
