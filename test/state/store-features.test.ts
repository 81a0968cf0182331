import { expect } from '@open-wc/testing';
// Only the store's core, as on a page that loaded nothing but `<session-panel>`: opening tabs and
// restoring saved state live in their own modules (store-tabs.ts, store-restore.ts), loaded by
// the elements and entries that need them.
import { SessionStore } from '../../src/state/session-store.js';
import { SessionStoreError } from '../../src/state/errors.js';

describe('the store’s features that live apart from its core', () => {
  it('without them, the tab calls and restore() say where they come from and change nothing', () => {
    const store = new SessionStore();
    const heard: string[] = [];
    store.subscribe((change) => heard.push(change.type));
    const before = store.state;
    const calls = [
      () => store.openTab({ app: { id: 'kb', title: 'Knowledge' } }),
      () => store.focusTab('home', 'anchor'),
      () => store.closeTab('home', 'app:kb:1'),
      () => store.setTabTitle('home', 'app:kb:1', 'KB'),
      () => store.restore(store.toJSON()),
    ];
    for (const call of calls) {
      expect(call).to.throw(SessionStoreError, /model\.js/).with.property('code', 'feature-not-loaded');
    }
    expect(store.state).to.equal(before);
    expect(heard).to.deep.equal([]);
  });

  it('once loaded, every store has them, behind the same safety net as the core', async () => {
    const store = new SessionStore();
    await import('../../src/state/store-tabs.js');
    await import('../../src/state/store-restore.js');
    const saved = store.toJSON();
    const opened = store.openTab({ app: { id: 'kb', title: 'Knowledge' } });
    if (opened.status !== 'opened') throw new Error('the tab did not open');
    const hostile = new Proxy({} as { app: { id: string; title: string } }, { get: () => { throw new Error('no'); } });
    expect(() => store.openTab(hostile)).to.throw(SessionStoreError).with.property('code', 'invalid-argument');
    expect(() => store.restore({ version: 2 })).to.throw(SessionStoreError).with.property('code', 'invalid-snapshot');
    expect(store.setTabTitle('home', opened.tab.id, 'Knowledge base').title).to.equal('Knowledge base');
    expect(store.closeTab('home', opened.tab.id).id).to.equal(opened.tab.id);
    store.restore(saved);
    expect(store.focusedSession.tabs).to.equal(undefined);
    expect(store.openTab.name).to.equal('openTab');
  });

  it('a store made by another copy of the kit, which loaded fewer features, is served by this copy’s', async () => {
    await import('../../src/state/store-tabs.js');
    // The same module at another address: a second copy of the store's core, with no features of its own.
    const url = `${new URL('../../src/state/session-store.ts', import.meta.url).href}?second-copy`;
    const other = (await import(/* @vite-ignore */ url)) as typeof import('../../src/state/session-store.js');
    expect(other.SessionStore).not.to.equal(SessionStore);
    const store = new other.SessionStore();
    const heard: string[] = [];
    store.subscribe((change) => heard.push(change.type));
    expect(store.openTab({ app: { id: 'kb', title: 'Knowledge' } }).status).to.equal('opened');
    expect(store.focusedSession.tabs).to.have.length(1);
    expect(heard).to.deep.equal(['tab-opened', 'tab-focused']);
  });
});
