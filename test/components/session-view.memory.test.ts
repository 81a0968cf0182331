import { fixture, html } from '@open-wc/testing';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/session-view/session-view.js';
import '../../src/components/customer-summary/customer-summary.js';
import { pickWorkItem } from '../../src/actions/index.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import { InMemoryCrm } from '../../src/data/index.js';
import { chromiumOnly, expectNothingRetained, mountAndRemove, retainedPerCycle } from '../memory.helper.js';

// Leak test (issues 10 and 12): the work area showing a conversation's customer summary, created and removed many times in a desktop that stays,
// keeps no DOM node, listener, context request or JS object once garbage is collected.
describe('<session-view> memory', function () {
  before(function () {
    chromiumOnly(this);
  });
  this.timeout(120_000);

  it('showing a conversation\'s customer summary, created and removed many times, keeps nothing', async () => {
    const crm = new InMemoryCrm({ workItems: 40, seed: 9 });
    const provider = await fixture<SessionProvider>(html`<session-provider .dataSource=${crm} max-sessions="20"></session-provider>`);
    const store = provider.store;
    try {
      const item = crm.allWorkItems().find((i) => i.state === 'open' && i.customer)!;
      await pickWorkItem(store, crm, item);
      const kept = await retainedPerCycle(async () => {
        const element = document.createElement('session-view');

        await mountAndRemove(provider, element, () => {
          const summary = element.querySelector('customer-summary');
          return !!summary?.shadowRoot && summary.shadowRoot.querySelectorAll('section').length > 0 && !summary.shadowRoot.querySelector('[aria-busy="true"]');
        });
      });
      expectNothingRetained(kept, '<session-view>');
    } finally {
      crm.dispose();
    }
  });
});
