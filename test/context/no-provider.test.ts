import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/session-panel/session-panel.js';
import { getSessionStore, pageSessionStore } from '../../src/context/index.js';
import { SessionStore } from '../../src/state/index.js';
import type { SessionPanel } from '../../src/components/session-panel/session-panel.js';
import { accessibleText, tabs } from '../helpers.js';

describe('context: no provider on the page', () => {
  beforeEach(() => pageSessionStore().restore(new SessionStore().toJSON()));

  it('a lone <session-panel> just works, on the page-wide store', async () => {
    const panel = await fixture<SessionPanel>(html`<session-panel></session-panel>`);
    expect(panel.store).to.equal(pageSessionStore());
    expect(tabs(panel).map(accessibleText)).to.deep.equal(['Home']);
  });

  it('two panels far apart on the page share that store', async () => {
    const root = await fixture(html`<div><aside><session-panel></session-panel></aside><section><div><session-panel></session-panel></div></section></div>`);
    const [left, right] = root.querySelectorAll('session-panel');
    left!.store.openRecordSession({ entity: 'account', id: '1', name: 'Shared Account' });
    await right!.updateComplete;
    expect(tabs(right!).map(accessibleText)).to.deep.equal(['Home', 'Shared Account']);
  });

  it('host code reaches the same store with getSessionStore()', async () => {
    const panel = await fixture<SessionPanel>(html`<session-panel></session-panel>`);
    expect(getSessionStore()).to.equal(panel.store);
    expect(getSessionStore(panel)).to.equal(panel.store);
  });

  it('the page store is kept under a registry symbol, so a second copy of the kit finds it', () => {
    const key = Symbol.for('engagement-hub/page-session-store/v1');
    expect((globalThis as Record<symbol, unknown>)[key]).to.equal(pageSessionStore());
  });
});
