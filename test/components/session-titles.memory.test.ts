import { fixture, html } from '@open-wc/testing';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/session-panel/session-panel.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import { chromiumOnly, expectNothingRetained, frame, retainedPerCycle } from '../memory.helper.js';

// Leak test (issue 12, the bench's heap row): every session opened and closed has a title never
// seen before, as an agent's day goes. Whatever the panel derives from a title (its icon) must go
// with the session: nothing kept per title after GC. (It was kept in a cache by title, bounded
// at 512 titles: ~100 B per new title until then.) Chromium only (CDP, see memory-plugin).
describe('memory over sessions with new titles opened and closed', function () {
  before(function () {
    chromiumOnly(this);
  });
  this.timeout(180_000);

  it('keeps nothing per title (icons go with their session)', async () => {
    const provider = await fixture<SessionProvider>(html`<session-provider max-sessions="20"><session-panel></session-panel></session-provider>`);
    const store = provider.store;
    const kept = await retainedPerCycle(
      async (i) => {
        store.openRecordSession({ entity: 'account', id: `T-${i}`, name: `Titled ${i}` });
        await frame();
        store.closeSession(`record:account:T-${i}`);
        await frame();
      },
      { cycles: 400, warmup: 60 },
    );
    expectNothingRetained(kept, 'open and close sessions with new titles');
  });
});
