import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/session-view/session-view.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import type { SessionView } from '../../src/components/session-view/session-view.js';
import { InMemoryCrm } from '../../src/data/index.js';
import { focusedTab, type AppTab, type Session } from '../../src/state/index.js';
import { deepActiveElement, until } from '../helpers.js';

async function setup(configure?: (view: SessionView) => void) {
  const crm = new InMemoryCrm({ workItems: 10 });
  const provider = await fixture<SessionProvider>(html`<session-provider .dataSource=${crm}>
    <session-view><div id="dashboard">Dashboard <input aria-label="Dashboard search" /></div></session-view>
  </session-provider>`);
  const view = provider.querySelector('session-view')!;
  configure?.(view);
  await view.updateComplete;
  return { crm, provider, view, store: provider.store };
}

const visible = (view: SessionView) => [...view.children].filter((c) => !(c as HTMLElement).hidden && c.checkVisibility());
const frameUrl = (origin: string, query: string) => `${origin}/test/fixtures/title-app.html?${query}`;

describe('<session-view>', () => {
  it('shows the host\'s dashboard on Home\'s anchor tab', async () => {
    const { view } = await setup();
    expect(view.querySelector('#dashboard')!.checkVisibility()).to.be.true;
  });

  it('a conversation session\'s anchor is its customer summary; a record session\'s, the record\'s', async () => {
    const { view, store, crm } = await setup();
    const item = crm.allWorkItems()[0]!;
    store.openConversationSession({ workItemId: item.id, title: 'Chat' });
    await view.updateComplete;
    expect(view.contentOf(`conversation:${item.id}`, 'anchor')!.localName).to.equal('customer-summary');
    expect(view.querySelector('#dashboard')!.checkVisibility()).to.be.false;
    store.openRecordSession(crm.records.contacts[4]!);
    await view.updateComplete;
    const summary = view.contentOf(`record:contact:${crm.records.contacts[4]!.id}`, 'anchor')!;
    expect(summary.localName).to.equal('customer-summary');
    expect(summary.getAttribute('session-id')).to.equal(`record:contact:${crm.records.contacts[4]!.id}`);
    crm.dispose();
  });

  it('uses the host\'s renderers: a tag name for an entity, a function for an app', async () => {
    class CaseForm extends HTMLElement {
      tab?: AppTab;
      session?: Session;
    }
    customElements.define('test-case-form', CaseForm);
    const { view, store } = await setup((v) => {
      v.renderers = {
        entity: { incident: 'test-case-form' },
        app: {
          'knowledge-search': ({ tab }) => {
            const el = document.createElement('p');
            el.textContent = `Knowledge for ${tab.title}`;
            return el;
          },
        },
      };
    });
    store.openTab({ record: { entity: 'incident', id: 'CAS-1', name: 'Printer jams' } });
    await view.updateComplete;
    const form = view.contentOf('home', 'record:incident:CAS-1') as CaseForm;
    expect(form).to.be.instanceOf(CaseForm);
    expect(form.tab!.record).to.deep.equal({ entity: 'incident', id: 'CAS-1' });
    expect(form.session!.id).to.equal('home');
    store.openTab({ app: { id: 'knowledge-search', title: 'Knowledge search' } });
    await view.updateComplete;
    expect(view.contentOf('home', 'app:knowledge-search:1')!.textContent).to.equal('Knowledge for Knowledge search');
    expect(visible(view)).to.have.length(1);
  });

  it('a third-party app is a sandboxed iframe titled by its tab', async () => {
    const { view, store } = await setup();
    store.openTab({ app: { id: 'partner', title: 'Partner portal', url: frameUrl(location.origin, 'x=1') } });
    await view.updateComplete;
    const frame = view.contentOf('home', 'app:partner:1') as HTMLIFrameElement;
    expect(frame.localName).to.equal('iframe');
    // Served from the desktop's own origin: no allow-same-origin unless the app is trusted.
    expect(frame.getAttribute('sandbox')).to.equal('allow-scripts allow-forms allow-popups');
    expect(frame.title).to.equal('Partner portal');
  });

  // Naming tabs over each tab's private port, and every attack on it: app-isolation.test.ts.

  it('a renderer that throws or returns no element gives a page that says so, and the view keeps working', async () => {
    const consoleError = console.error;
    console.error = () => {};
    try {
      const { view, store } = await setup((v) => {
        v.renderers = {
          app: {
            broken: () => {
              throw new Error('the form failed to build');
            },
            empty: (() => 'not an element') as never,
            'bad-tag': 'not a valid tag name!',
          },
        };
      });
      for (const id of ['broken', 'empty', 'bad-tag']) {
        store.openTab({ app: { id, title: `App ${id}` } });
        await view.updateComplete;
        const page = view.contentOf('home', `app:${id}:1`)!;
        expect(page.textContent, id).to.contain('This tab could not be shown');
      }
      expect(view.contentOf('home', 'app:broken:1')!.textContent).to.contain('the form failed to build');
      store.focusTab('home', 'anchor');
      await view.updateComplete;
      expect(view.querySelector('#dashboard')!.checkVisibility()).to.be.true;
    } finally {
      console.error = consoleError;
    }
  });


  it('is accessible (axe) on Home, on a conversation\'s summary and on an app iframe', async () => {
    const { view, store, crm } = await setup();
    await expect(view).to.be.accessible();
    store.openConversationSession({ workItemId: crm.allWorkItems()[0]!.id, title: 'Chat' });
    await view.updateComplete;
    const summary = view.contentOf(store.state.focusedId, 'anchor')!;
    await until(() => !!summary.shadowRoot?.querySelector('section') && !summary.shadowRoot.querySelector('[aria-busy="true"]'), 'the summary');
    await expect(view).to.be.accessible();
    store.openTab({ app: { id: 'partner', title: 'Partner portal', url: frameUrl(location.origin, 'x=1') } });
    await view.updateComplete;
    await expect(view).to.be.accessible();
    crm.dispose();
  });

  it('keeps every tab\'s content alive: created once, hidden and shown, never re-created', async () => {
    const { view, store } = await setup();
    store.openTab({ record: { entity: 'incident', id: 'CAS-1', name: 'Printer jams' } });
    await view.updateComplete;
    const first = view.contentOf('home', 'record:incident:CAS-1')!;
    store.openTab({ app: { id: 'kb', title: 'Knowledge' } });
    await view.updateComplete;
    expect(first.isConnected).to.be.true;
    expect(first.checkVisibility()).to.be.false;
    store.focusTab('home', 'record:incident:CAS-1');
    await view.updateComplete;
    expect(view.contentOf('home', 'record:incident:CAS-1')).to.equal(first);
    expect(first.checkVisibility()).to.be.true;
  });

  it('closing a tab or a session removes its content and nothing is left behind', async () => {
    const { view, store } = await setup();
    const connected: string[] = [];
    class Probe extends HTMLElement {
      connectedCallback() {
        connected.push('+');
      }
      disconnectedCallback() {
        connected.push('-');
      }
    }
    customElements.define('test-probe', Probe);
    view.renderers = { app: { probe: 'test-probe' } };
    store.openRecordSession({ entity: 'account', id: 'A', name: 'Contoso' });
    for (let i = 0; i < 6; i++) {
      store.openTab({ app: { id: 'probe', title: `Probe ${i}` } });
      await view.updateComplete;
    }
    expect(view.querySelectorAll('test-probe')).to.have.length(6);
    store.closeTab('record:account:A', 'app:probe:6');
    await view.updateComplete;
    expect(view.querySelectorAll('test-probe')).to.have.length(5);
    store.closeSession('record:account:A');
    await view.updateComplete;
    expect(view.querySelectorAll('test-probe')).to.have.length(0);
    expect(view.querySelectorAll('.ehe-tab-content')).to.have.length(0);
    expect(connected.filter((c) => c === '+').length).to.equal(connected.filter((c) => c === '-').length);
    expect(view.contentOf('record:account:A', 'anchor')).to.be.undefined;
  });

  describe('keyboard shortcuts', () => {
    async function desk() {
      const d = await setup();
      d.store.openRecordSession({ entity: 'account', id: 'A', name: 'Contoso' });
      d.store.openRecordSession({ entity: 'contact', id: 'C', name: 'Émilie' });
      d.store.openTab({ app: { id: 'kb', title: 'Knowledge' } });
      d.store.focusSession('home');
      await d.view.updateComplete;
      return d;
    }
    async function press(key: string, modifiers: string[]) {
      for (const m of modifiers) await sendKeys({ down: m });
      await sendKeys({ press: key });
      for (const m of [...modifiers].reverse()) await sendKeys({ up: m });
    }

    it('Alt+Shift+Down/Up move between sessions, Alt+Shift+digit jumps to a session by place', async () => {
      const { store } = await desk();
      document.body.focus();
      await press('ArrowDown', ['Alt', 'Shift']);
      expect(store.focusedSession.title).to.equal('Contoso');
      await press('ArrowUp', ['Alt', 'Shift']);
      expect(store.focusedSession.title).to.equal('Home');
      await press('3', ['Alt', 'Shift']);
      expect(store.focusedSession.title).to.equal('Émilie');
    });

    it('Alt+Shift+Right/Left move between tabs, Alt+Shift+W closes one — but not while typing', async () => {
      const { store, view } = await desk();
      store.focusSession('record:contact:C');
      await view.updateComplete;
      document.body.focus();
      await press('ArrowLeft', ['Alt', 'Shift']);
      expect(focusedTab(store.focusedSession).id).to.equal('anchor');
      await press('ArrowRight', ['Alt', 'Shift']);
      expect(focusedTab(store.focusedSession).id).to.equal('app:kb:1');
      // The agent is typing in a reply box of the host page.
      const input = document.createElement('input');
      input.setAttribute('aria-label', 'Reply');
      view.parentElement!.append(input);
      input.focus();
      await press('KeyW', ['Alt', 'Shift']);
      expect(store.focusedSession.tabs, 'not closed while typing').to.have.length(1);
      expect(deepActiveElement() === input).to.be.true;
      await press('ArrowLeft', ['Alt', 'Shift']);
      expect(focusedTab(store.focusedSession).id, 'moving still works while typing').to.equal('anchor');
      await press('ArrowRight', ['Alt', 'Shift']);
      input.blur();
      await press('KeyW', ['Alt', 'Shift']);
      expect(store.focusedSession.tabs).to.be.undefined;
      input.remove();
    });

    it('no-shortcuts turns them off', async () => {
      const { store, view } = await desk();
      view.noShortcuts = true;
      await view.updateComplete;
      await press('ArrowDown', ['Alt', 'Shift']);
      expect(store.focusedSession.title).to.equal('Home');
    });
  });
});
