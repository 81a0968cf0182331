import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/session-view/session-view.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import type { SessionView } from '../../src/components/session-view/session-view.js';
import { InMemoryCrm } from '../../src/data/index.js';
import { SessionStoreError, type AppSandboxPolicy } from '../../src/state/index.js';
import { until } from '../helpers.js';

// The test page's origin, and a second origin for the same server (wtr answers on both names).
const desktop = location.origin;
const other = desktop.includes('localhost') ? desktop.replace('localhost', '127.0.0.1') : desktop.replace('127.0.0.1', 'localhost');
const fixtureUrl = (origin: string, page: string, query = '') => `${origin}/test/fixtures/${page}?${query}`;

async function setup() {
  const crm = new InMemoryCrm({ workItems: 20 });
  const provider = await fixture<SessionProvider>(html`<session-provider .dataSource=${crm}><session-view><p>Dashboard</p></session-view></session-provider>`);
  const view = provider.querySelector('session-view') as SessionView;
  await view.updateComplete;
  return { crm, view, store: provider.store };
}

async function openApp(view: SessionView, id: string, url: string, sandbox?: AppSandboxPolicy): Promise<HTMLIFrameElement> {
  const store = (view.closest('session-provider') as SessionProvider).store;
  const result = store.openTab({ app: { id, title: id, url, ...(sandbox ? { sandbox } : {}) } });
  await view.updateComplete;
  if (result.status !== 'opened') throw new Error(`${id} did not open`);
  return view.contentOf(store.state.focusedId, result.tab.id) as HTMLIFrameElement;
}

/** What the hostile app reports: which of its attempts got through. */
function report(frame: HTMLIFrameElement): Promise<Record<string, boolean>> {
  return new Promise((resolve) => {
    const listen = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.data?.type !== 'hostile-app-report') return;
      window.removeEventListener('message', listen);
      resolve(event.data.results);
    };
    window.addEventListener('message', listen);
  });
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const tabTitles = (view: SessionView) => (view.closest('session-provider') as SessionProvider).store.sessions.flatMap((s) => (s.tabs ?? []).map((t) => t.title));

describe('application tabs are isolated from the desktop', () => {
  afterEach(() => {
    if (location.hash === '#escaped') history.replaceState(null, '', location.pathname + location.search);
  });

  it('sandboxes apps safely by default: no same origin for the desktop\'s origin, never the top window', async () => {
    const { view } = await setup();
    const same = await openApp(view, 'same', fixtureUrl(desktop, 'title-app.html'));
    expect(same.getAttribute('sandbox')!.split(' ')).to.have.members(['allow-scripts', 'allow-forms', 'allow-popups']);
    const third = await openApp(view, 'third', fixtureUrl(other, 'title-app.html'));
    expect(third.getAttribute('sandbox')!.split(' ')).to.have.members(['allow-scripts', 'allow-same-origin', 'allow-forms', 'allow-popups']);
    const trusted = await openApp(view, 'trusted', fixtureUrl(desktop, 'title-app.html'), { trustedSameOrigin: true, allow: ['allow-forms'] });
    expect(trusted.getAttribute('sandbox')!.split(' ')).to.have.members(['allow-scripts', 'allow-same-origin', 'allow-forms']);
    for (const frame of [same, third, trusted]) expect(frame.getAttribute('sandbox')).to.not.include('top-navigation');
  });

  it('refuses sandbox permissions that would let an app out, with a clear error', async () => {
    const { store } = await setup();
    for (const token of ['allow-top-navigation', 'allow-top-navigation-by-user-activation', 'allow-same-origin', 'allow-popups-to-escape-sandbox', 'allow-everything']) {
      let error: unknown;
      try {
        store.openTab({ app: { id: 'x', title: 'X', url: 'https://partner.example/', sandbox: { allow: [token as 'allow-forms'] } } });
      } catch (e) {
        error = e;
      }
      expect(error, token).to.be.instanceOf(SessionStoreError);
      expect((error as Error).message).to.include(token);
    }
    expect(store.focusedSession.tabs).to.be.undefined;
  });

  it('an app served from the desktop\'s own origin cannot reach the page, the store, the CRM, other tabs or the top window', async () => {
    const { view, store } = await setup();
    store.openRecordSession({ entity: 'account', id: 'A', name: 'Contoso' });
    await openApp(view, 'victim', fixtureUrl(desktop, 'title-app.html'));
    const url = fixtureUrl(desktop, 'hostile-app.html', `top=${encodeURIComponent(location.href.split('#')[0]!)}`);
    const tab = store.openTab({ app: { id: 'hostile', title: 'Hostile', url } });
    if (tab.status !== 'opened') throw new Error('not opened');
    await view.updateComplete;
    const hostile = view.contentOf(store.state.focusedId, tab.tab.id) as HTMLIFrameElement;
    const results = await report(hostile);
    await settle(300);
    expect(results).to.deep.equal({
      parentDocument: false,
      storeByContext: false,
      crmByContext: false,
      renameByWindowMessage: false,
      scriptOtherFrames: false,
      removeSandbox: false,
      navigateTop: false,
      navigateTopThroughParent: false,
    });
    expect(location.hash).to.not.equal('#escaped');
    expect(hostile.getAttribute('sandbox')).to.equal('allow-scripts allow-forms allow-popups');
    expect(store.sessions.map((s) => s.title)).to.deep.equal(['Home', 'Contoso']);
    expect(tabTitles(view)).to.deep.equal(['victim', 'Hostile']);
  });

  it('two tabs of the same third-party origin cannot rename each other', async () => {
    const { view, store } = await setup();
    await openApp(view, 'first', fixtureUrl(other, 'title-app.html'));
    const url = fixtureUrl(other, 'hostile-app.html', `top=${encodeURIComponent(location.href.split('#')[0]!)}`);
    const tab = store.openTab({ app: { id: 'second', title: 'Second', url } });
    if (tab.status !== 'opened') throw new Error('not opened');
    await view.updateComplete;
    const results = await report(view.contentOf('home', tab.tab.id) as HTMLIFrameElement);
    // The browser lets same-origin siblings script each other; the desktop must not believe them.
    expect(results.scriptOtherFrames, 'the sibling reached the first app').to.be.true;
    await settle(500);
    expect(tabTitles(view)).to.deep.equal(['first', 'Second']);
  });

  it('with opaqueOrigin, two tabs of one third-party origin cannot even reach each other', async () => {
    const { view, store } = await setup();
    await openApp(view, 'first', fixtureUrl(other, 'title-app.html'), { opaqueOrigin: true });
    const url = fixtureUrl(other, 'hostile-app.html', `top=${encodeURIComponent(location.href.split('#')[0]!)}`);
    const tab = store.openTab({ app: { id: 'second', title: 'Second', url, sandbox: { opaqueOrigin: true } } });
    if (tab.status !== 'opened') throw new Error('not opened');
    await view.updateComplete;
    const frame = view.contentOf('home', tab.tab.id) as HTMLIFrameElement;
    expect(frame.getAttribute('sandbox')).to.not.include('allow-same-origin');
    const results = await report(frame);
    expect(Object.values(results).some(Boolean), JSON.stringify(results)).to.be.false;
    await settle(300);
    expect(tabTitles(view)).to.deep.equal(['first', 'Second']);
  });

  it('only a tab\'s own page names it: not a page it navigated to on another origin, not a stranger frame', async () => {
    const { view, store } = await setup();
    await openApp(view, 'good', fixtureUrl(other, 'title-app.html', 'title=Order%2042'));
    await until(() => tabTitles(view).includes('Order 42'), 'the app\'s title');
    // The app's address is on `other`, but its page moves to the desktop's origin and speaks from there.
    const moved = await openApp(view, 'moved', fixtureUrl(other, 'title-app.html', `go=${encodeURIComponent(fixtureUrl(desktop, 'title-app.html', 'title=Spoofed'))}`));
    const stranger = document.createElement('iframe');
    stranger.setAttribute('sandbox', 'allow-scripts');
    stranger.src = fixtureUrl(desktop, 'hostile-app.html', `top=${encodeURIComponent(location.href.split('#')[0]!)}`);
    document.body.append(stranger);
    await settle(1500);
    stranger.remove();
    expect(store.focusedSession.tabs!.map((t) => t.title)).to.deep.equal(['Order 42', 'moved']);
    // Having landed on the desktop's origin with its own kept, the moved page was unloaded.
    await until(() => moved.getAttribute('sandbox') === '', 'the escaped page to be unloaded');
  });

  it('a page that reloads gets a fresh port and can still name its tab', async () => {
    const { view } = await setup();
    const frame = await openApp(view, 'reloading', fixtureUrl(desktop, 'title-app.html', 'title=First%20load'));
    await until(() => tabTitles(view).includes('First load'), 'the first title');
    frame.src = fixtureUrl(desktop, 'title-app.html', 'title=Second%20load');
    await until(() => tabTitles(view).includes('Second load'), 'the title after a reload');
  });
});
