import { createContext, ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/session-panel/session-panel.js';
import { getSessionStore, provideSessionStore, sessionStoreContext } from '../../src/context/index.js';
import { SessionStore } from '../../src/state/index.js';
import { accessibleText, tabs } from '../helpers.js';

describe('context: two separately bundled copies of the kit', () => {
  it('a provider made with another copy\'s context key is found by this copy\'s panel', async () => {
    // What a second bundle does: its own createContext call with the same registry symbol.
    const otherCopysKey = createContext<SessionStore>(Symbol.for('engagement-hub/session-store/v1'));
    expect(otherCopysKey).to.equal(sessionStoreContext);
    const host = await fixture(html`<div></div>`);
    const store = new SessionStore();
    store.openRecordSession({ entity: 'account', id: 'mf', name: 'Micro-frontend Account' });
    const provider = new ContextProvider(host as HTMLElement, { context: otherCopysKey, initialValue: store });
    provider.hostConnected();
    const panel = document.createElement('session-panel');
    host.append(panel);
    await panel.updateComplete;
    expect(panel.store).to.equal(store);
    expect(tabs(panel).map(accessibleText)).to.deep.equal(['Home', 'Micro-frontend Account']);
  });

  it('provideSessionStore turns any host element into a provider', async () => {
    const host = await fixture<HTMLElement>(html`<main><section></section></main>`);
    const store = new SessionStore({ maxSessions: 3 });
    provideSessionStore(host, store);
    const panel = document.createElement('session-panel');
    host.querySelector('section')!.append(panel);
    await panel.updateComplete;
    expect(panel.store).to.equal(store);
    expect(getSessionStore(host.querySelector('section')!)).to.equal(store);
  });

  it('provideSessionStore on an element whose consumers connected first still reaches them', async () => {
    const host = await fixture<HTMLElement>(html`<main><session-panel></session-panel></main>`);
    const panel = host.querySelector('session-panel')!;
    const store = new SessionStore();
    provideSessionStore(host, store);
    await panel.updateComplete;
    expect(panel.store).to.equal(store);
  });
});
