import { fixture, html } from '@open-wc/testing';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/incoming-conversation/incoming-conversation.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import { InMemoryCrm } from '../../src/data/index.js';
import { shadow } from '../helpers.js';
import { chromiumOnly, expectNothingRetained, mountAndRemove, retainedPerCycle } from '../memory.helper.js';

// Leak test (issues 10 and 12): the incoming-conversation card with two offers ringing, created and removed many times in a desktop that stays,
// keeps no DOM node, listener, context request or JS object once garbage is collected.
describe('<incoming-conversation> memory', function () {
  before(function () {
    chromiumOnly(this);
  });
  this.timeout(120_000);

  it('with two offers, created and removed many times, keeps nothing', async () => {
    const crm = new InMemoryCrm({ workItems: 40, seed: 9 });
    const provider = await fixture<SessionProvider>(html`<session-provider .dataSource=${crm} max-sessions="20"></session-provider>`);
    try {
      crm.offerIncoming({ channel: 'chat', customer: undefined, case: undefined, visitor: { displayName: 'Visitor 4821', authenticated: false } });
      crm.offerIncoming({ channel: 'sms', customer: { entity: 'contact', id: 'c', name: 'Émilie Dubois' } });
      const kept = await retainedPerCycle(async () => {
        const element = document.createElement('incoming-conversation');

        await mountAndRemove(provider, element, () => shadow(element).querySelectorAll('[part="offer"]').length === 2);
      });
      expectNothingRetained(kept, '<incoming-conversation>');
    } finally {
      crm.dispose();
    }
  });
});
