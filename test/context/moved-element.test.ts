import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/session-panel/session-panel.js';
import '../../src/components/session-provider/session-provider.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import { pageSessionStore } from '../../src/context/index.js';
import { accessibleText, tabs } from '../helpers.js';

describe('context: an element moved in the DOM', () => {
  it('follows the provider it is moved under, and the page store when moved out of all', async () => {
    const root = await fixture(html`<div><session-provider id="a"><session-panel></session-panel></session-provider><session-provider id="b"></session-provider><div id="outside"></div></div>`);
    const a = root.querySelector<SessionProvider>('#a')!;
    const b = root.querySelector<SessionProvider>('#b')!;
    const panel = root.querySelector('session-panel')!;
    b.store.openRecordSession({ entity: 'account', id: 'b', name: 'Desk B' });
    expect(panel.store).to.equal(a.store);

    b.append(panel);
    await panel.updateComplete;
    expect(panel.store).to.equal(b.store);
    expect(tabs(panel).map(accessibleText)).to.deep.equal(['Home', 'Desk B']);

    root.querySelector('#outside')!.append(panel);
    await panel.updateComplete;
    expect(panel.store).to.equal(pageSessionStore());
    expect(tabs(panel).map(accessibleText)).to.deep.equal(['Home']);
  });

  it('stops listening to a store once disconnected', async () => {
    const provider = await fixture<SessionProvider>(html`<session-provider><session-panel></session-panel></session-provider>`);
    const panel = provider.querySelector('session-panel')!;
    panel.remove();
    let updates = 0;
    const original = panel.requestUpdate.bind(panel);
    panel.requestUpdate = (...args: Parameters<typeof original>) => {
      updates++;
      return original(...args);
    };
    provider.store.openRecordSession({ entity: 'account', id: 'x', name: 'After removal' });
    expect(updates).to.equal(0);
  });
});
