import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/session-panel/session-panel.js';
import '../../src/components/session-view/session-view.js';
import { getSessionStore, provideCrmDataSource } from '../../src/context/index.js';
import { InMemoryCrm } from '../../src/data/index.js';
import { pendingRequests } from '../helpers.js';

// Issue 12: with the data source provided on <html> (as the demo and the README do), every
// session's content asked for it, the page's context root (on <html> too) recorded each request
// although the provider answered it, and never let go: ~2 entries per open and close, forever.
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('the page context root', function () {
  this.timeout(60_000);

  it('keeps no request per session opened and closed when a provider on <html> answers', async () => {
    const crm = new InMemoryCrm({ workItems: 20, seed: 2 });
    provideCrmDataSource(document.documentElement, crm);
    const root = await fixture<HTMLElement>(html`<div><session-panel></session-panel><session-view></session-view></div>`);
    const store = getSessionStore(root);
    const cycle = async (i: number) => {
      store.openRecordSession({ entity: 'account', id: `R-${i}`, name: `Account ${i}` });
      await frame();
      store.closeSession(`record:account:R-${i}`);
    };
    for (let i = 0; i < 20; i++) await cycle(i);
    const before = pendingRequests();
    for (let i = 20; i < 1020; i++) await cycle(i);
    // Requests nobody answers (the session store here: the page's own, no provider) are kept for a
    // late provider, and those of elements that left are forgotten whenever the list doubles past
    // 64: bounded, not one per cycle.
    expect(pendingRequests() - before, 'requests kept after 1,000 opens and closes').to.be.at.most(64);
    crm.dispose();
  });
});
