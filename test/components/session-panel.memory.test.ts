import { fixture, html } from '@open-wc/testing';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/session-panel/session-panel.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import { InMemoryCrm } from '../../src/data/index.js';
import { shadow } from '../helpers.js';
import { chromiumOnly, expectNothingRetained, mountAndRemove, retainedPerCycle } from '../memory.helper.js';

// Leak test (issues 10 and 12): a session panel with ten session tabs, created and removed many times in a desktop that stays,
// keeps no DOM node, listener, context request or JS object once garbage is collected.
describe('<session-panel> memory', function () {
  before(function () {
    chromiumOnly(this);
  });
  this.timeout(120_000);

  it('with ten session tabs, created and removed many times, keeps nothing', async () => {
    const crm = new InMemoryCrm({ workItems: 40, seed: 9 });
    const provider = await fixture<SessionProvider>(html`<session-provider .dataSource=${crm} max-sessions="20"></session-provider>`);
    const store = provider.store;
    try {
      for (let n = 1; n <= 10; n++) store.openRecordSession({ entity: 'account', id: `A-${n}`, name: `Account ${n}` });
      const kept = await retainedPerCycle(async () => {
        const element = document.createElement('session-panel');

        await mountAndRemove(provider, element, () => shadow(element).querySelectorAll('[role="tab"]').length === 11);
      });
      expectNothingRetained(kept, '<session-panel>');
    } finally {
      crm.dispose();
    }
  });
});
