import { fixture, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/work-item-stream/work-item-stream.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import { InMemoryCrm } from '../../src/data/index.js';
import { shadow } from '../helpers.js';
import { chromiumOnly, expectNothingRetained, mountAndRemove, retainedPerCycle } from '../memory.helper.js';

describe('<work-item-stream> memory', function () {
  before(function () {
    chromiumOnly(this);
  });
  this.timeout(120_000);
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  it('created with its rows and removed many times, keeps no node, listener, request or heap', async () => {
    const crm = new InMemoryCrm({ workItems: 120, seed: 5 });
    const provider = await fixture<SessionProvider>(html`<session-provider .dataSource=${crm}></session-provider>`);
    try {
      const kept = await retainedPerCycle(async (i) => {
        const stream = document.createElement('work-item-stream');
        stream.setAttribute('stream', i % 2 ? 'open' : 'my');
        await mountAndRemove(provider, stream, () => !!shadow(stream).querySelector('[part="row"]'));
      });
      expectNothingRetained(kept, '<work-item-stream>');
    } finally {
      crm.dispose();
    }
  });
});
