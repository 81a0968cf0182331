import { fixture, html } from '@open-wc/testing';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/app-tab-panel/app-tab-panel.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import { InMemoryCrm } from '../../src/data/index.js';
import { shadow } from '../helpers.js';
import { chromiumOnly, expectNothingRetained, mountAndRemove, retainedPerCycle } from '../memory.helper.js';

// Leak test (issues 10 and 12): the application tabs of a session with an anchor, record and app tabs, created and removed many times in a desktop that stays,
// keeps no DOM node, listener, context request or JS object once garbage is collected.
describe('<app-tab-panel> memory', function () {
  before(function () {
    chromiumOnly(this);
  });
  this.timeout(120_000);

  it('with five tabs, created and removed many times, keeps nothing', async () => {
    const crm = new InMemoryCrm({ workItems: 40, seed: 9 });
    const provider = await fixture<SessionProvider>(html`<session-provider .dataSource=${crm} max-sessions="20"></session-provider>`);
    const store = provider.store;
    try {
      store.openRecordSession({ entity: 'account', id: 'A-1', name: 'Contoso' });
      for (const id of ['kb', 'parcel']) store.openTab({ app: { id, title: id.toUpperCase() } });
      for (const id of ['C-1', 'C-2']) store.openTab({ record: { entity: 'contact', id, name: `Contact ${id}` } });
      const kept = await retainedPerCycle(async () => {
        const element = document.createElement('app-tab-panel');
        (element as HTMLElement & { applications: unknown }).applications = [{ id: 'kb', title: 'Knowledge' }];
        await mountAndRemove(provider, element, () => shadow(element).querySelectorAll('[role="tab"]').length === 5);
      });
      expectNothingRetained(kept, '<app-tab-panel>');
    } finally {
      crm.dispose();
    }
  });
});
