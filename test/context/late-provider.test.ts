import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/session-panel/session-panel.js';
import { SessionProvider } from '../../src/components/session-provider/session-provider.component.js';
import { SessionPanel } from '../../src/components/session-panel/session-panel.component.js';
import { pageSessionStore } from '../../src/context/index.js';
import { accessibleText, tabs } from '../helpers.js';

describe('context: elements defined or connected in any order', () => {
  it('a provider defined after its panel takes the panel over when it upgrades', async () => {
    const root = await fixture(html`<late-provider-a><session-panel></session-panel></late-provider-a>`);
    const panel = root.querySelector('session-panel')!;
    expect(panel.store, 'before the provider exists: the page store').to.equal(pageSessionStore());
    customElements.define('late-provider-a', class extends SessionProvider {});
    const provider = root as SessionProvider;
    expect(panel.store).to.equal(provider.store);
    provider.store.openRecordSession({ entity: 'contact', id: '7', name: 'Late Provider Contact' });
    await panel.updateComplete;
    expect(tabs(panel).map(accessibleText)).to.deep.equal(['Home', 'Late Provider Contact']);
  });

  it('a panel defined after its provider finds it when it upgrades', async () => {
    const provider = await fixture<SessionProvider>(html`<session-provider><late-panel-b></late-panel-b></session-provider>`);
    customElements.define('late-panel-b', class extends SessionPanel {});
    const panel = provider.querySelector('late-panel-b') as SessionPanel;
    await panel.updateComplete;
    expect(panel.store).to.equal(provider.store);
  });

  it('a panel connected before the provider is connected finds it once both are in the page', async () => {
    const provider = document.createElement('session-provider');
    const panel = document.createElement('session-panel');
    provider.append(panel);
    const host = await fixture(html`<div></div>`);
    host.append(provider);
    await panel.updateComplete;
    expect(panel.store).to.equal(provider.store);
  });

  it('swapping the provider\'s store moves every element inside to the new one', async () => {
    const provider = await fixture<SessionProvider>(html`<session-provider><session-panel></session-panel></session-provider>`);
    const panel = provider.querySelector('session-panel')!;
    const { SessionStore } = await import('../../src/state/index.js');
    const replacement = new SessionStore();
    replacement.openRecordSession({ entity: 'account', id: 'r', name: 'Replacement' });
    provider.store = replacement;
    await panel.updateComplete;
    expect(panel.store).to.equal(replacement);
    expect(tabs(panel).map(accessibleText)).to.deep.equal(['Home', 'Replacement']);
  });
});
