import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { SessionPanel } from '../../src/components/session-panel/session-panel.component.js';
import { SessionProvider } from '../../src/components/session-provider/session-provider.component.js';
import type { SessionView } from '../../src/components/session-view/session-view.component.js';
import { getSessionStore, pageSessionStore } from '../../src/context/index.js';
import { SessionStore } from '../../src/state/index.js';
import { accessibleText, tabNamed, tabs } from '../helpers.js';

/** Every element that works with a session store, as a framework binding would meet it. */
const STORE_TAGS = ['session-panel', 'work-item-stream', 'incoming-conversation', 'customer-summary', 'app-tab-panel', 'session-view', 'session-provider'];

/** Console errors written while `run` runs. */
async function consoleErrors(run: () => unknown): Promise<string[]> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.error = original;
  }
  return errors;
}

function storeWith(name: string): SessionStore {
  const store = new SessionStore();
  store.openRecordSession({ entity: 'contact', id: name, name });
  return store;
}

describe('the store property: elements accept a store handed to them', () => {
  for (const tag of STORE_TAGS) {
    it(`<${tag}>.store = aStore works and never throws (a framework's property binding)`, async () => {
      const element = await fixture<HTMLElement & { store: SessionStore }>(`<${tag}></${tag}>`);
      const store = storeWith(`Handed to ${tag}`);
      expect(() => (element.store = store)).not.to.throw();
      expect(element.store).to.equal(store);
      // Used, not just kept: the element shares it with what is inside it, over the page store.
      const inside = element.appendChild(document.createElement('div'));
      expect(getSessionStore(inside)).to.equal(store);
    });
  }

  it('a panel shows the store handed to it, over the page store, and follows its changes', async () => {
    const panel = await fixture<SessionPanel>(html`<session-panel></session-panel>`);
    const store = storeWith('Handed Contact');
    panel.store = store;
    await panel.updateComplete;
    expect(tabs(panel).map(accessibleText)).to.deep.equal(['Home', 'Handed Contact']);
    expect(pageSessionStore().findSession('record:contact:Handed Contact'), 'the page store is untouched').to.equal(undefined);

    store.openRecordSession({ entity: 'account', id: 'A', name: 'Later Account' });
    await panel.updateComplete;
    expect(tabs(panel).map(accessibleText)).to.deep.equal(['Home', 'Handed Contact', 'Later Account']);

    tabNamed(panel, 'Home').click();
    await panel.updateComplete;
    expect(store.state.focusedId, "the agent's click goes to the handed store").to.equal('home');
  });

  it('the handed store wins over the provider, and undefined goes back to the provider', async () => {
    const provider = await fixture<SessionProvider>(html`<session-provider><session-panel></session-panel></session-provider>`);
    const panel = provider.querySelector('session-panel')!;
    const handed = storeWith('Own Store');
    panel.store = handed;
    await panel.updateComplete;
    expect(panel.store).to.equal(handed);
    expect(tabs(panel).map(accessibleText)).to.deep.equal(['Home', 'Own Store']);

    panel.store = undefined;
    await panel.updateComplete;
    expect(panel.store).to.equal(provider.store);
    expect(tabs(panel).map(accessibleText)).to.deep.equal(['Home']);
  });

  it('elements inside an element handed a store share it (a view and its summaries)', async () => {
    const view = await fixture<SessionView>(html`<session-view><customer-summary></customer-summary></session-view>`);
    const summary = view.querySelector('customer-summary')!;
    const store = storeWith('Shared Down');
    view.store = store;
    await view.updateComplete;
    expect(getSessionStore(summary)).to.equal(store);
    expect(summary.store).to.equal(store);
  });

  it('a value that is not a store is refused with one console error, the element keeps its store', async () => {
    for (const tag of STORE_TAGS) {
      const element = await fixture<HTMLElement & { store: unknown }>(`<${tag}></${tag}>`);
      const before = element.store;
      const errors = await consoleErrors(() => {
        element.store = { state: 'not a store' };
      });
      expect(errors, tag).to.have.length(1);
      expect(errors[0]).to.contain(`<${tag}>.store must be a SessionStore`);
      expect(element.store, tag).to.equal(before);
      // The one description of a bad value (the model's): an object is named by its class.
      const wrongObject = await consoleErrors(() => {
        element.store = document.createElement('div');
      });
      expect(wrongObject[0], tag).to.contain('got an object (HTMLDivElement)');
    }
  });

  it('a store set before the element is defined is taken over when it upgrades', async () => {
    const root = await fixture(html`<div><early-store-panel></early-store-panel><early-store-provider></early-store-provider></div>`);
    const panelStore = storeWith('Early Panel');
    const providerStore = storeWith('Early Provider');
    (root.querySelector('early-store-panel') as unknown as { store: SessionStore }).store = panelStore;
    (root.querySelector('early-store-provider') as unknown as { store: SessionStore }).store = providerStore;
    customElements.define('early-store-panel', class extends SessionPanel {});
    customElements.define('early-store-provider', class extends SessionProvider {});
    const panel = root.querySelector('early-store-panel') as SessionPanel;
    await panel.updateComplete;
    expect(panel.store).to.equal(panelStore);
    expect(tabs(panel).map(accessibleText)).to.deep.equal(['Home', 'Early Panel']);
    panelStore.openRecordSession({ entity: 'case', id: 'C-1', name: 'Later Case' });
    await panel.updateComplete;
    expect(tabs(panel).map(accessibleText), 'the panel follows the early store').to.deep.equal(['Home', 'Early Panel', 'Later Case']);
    expect((root.querySelector('early-store-provider') as SessionProvider).store).to.equal(providerStore);
  });
});
