import { expect } from '@open-wc/testing';
// Only the store's core, as on a page that loaded nothing but `<session-panel>`: opening tabs and
// restoring saved state live in their own modules (store-open-tab.ts, store-restore.ts), loaded by
// the elements and entries that need them.
import { SessionStore } from '../../src/state/session-store.js';
import { SessionStoreError } from '../../src/state/errors.js';

describe('the store’s features that live apart from its core', () => {
  it('without them, openTab() and restore() say where they come from and change nothing', () => {
    const store = new SessionStore();
    const heard: string[] = [];
    store.subscribe((change) => heard.push(change.type));
    const before = store.state;
    for (const call of [() => store.openTab({ app: { id: 'kb', title: 'Knowledge' } }), () => store.restore(store.toJSON())]) {
      expect(call).to.throw(SessionStoreError, /model\.js/).with.property('code', 'feature-not-loaded');
    }
    expect(store.state).to.equal(before);
    expect(heard).to.deep.equal([]);
  });

  it('once loaded, every store has them, behind the same safety net as the core', async () => {
    const store = new SessionStore();
    await import('../../src/state/store-open-tab.js');
    await import('../../src/state/store-restore.js');
    const saved = store.toJSON();
    const opened = store.openTab({ app: { id: 'kb', title: 'Knowledge' } });
    expect(opened.status).to.equal('opened');
    const hostile = new Proxy({} as { app: { id: string; title: string } }, { get: () => { throw new Error('no'); } });
    expect(() => store.openTab(hostile)).to.throw(SessionStoreError).with.property('code', 'invalid-argument');
    expect(() => store.restore({ version: 2 })).to.throw(SessionStoreError).with.property('code', 'invalid-snapshot');
    store.restore(saved);
    expect(store.focusedSession.tabs).to.equal(undefined);
    expect(store.openTab.name).to.equal('openTab');
  });
});
