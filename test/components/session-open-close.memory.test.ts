import { fixture, html } from '@open-wc/testing';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/session-panel/session-panel.js';
import '../../src/components/session-view/session-view.js';
import '../../src/components/app-tab-panel/app-tab-panel.js';
import '../../src/components/work-item-stream/work-item-stream.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import { shadow, until } from '../helpers.js';
import { desktopLeakSuite, expectNothingRetained, frame, retainedPerCycle } from '../memory.helper.js';

// Leak test (issue 12), beside desktop.memory.test.ts (each file has its own time limit): the same agent gesture many times; after garbage collection the
// page holds as many DOM nodes, listeners, context requests and JS objects as before (see
// test/memory.helper.ts). Chromium only (CDP, see memory-plugin).
describe('memory over many sessions opened and closed', function () {
  // Chromium only: the memory command reads the engine's own counters through the DevTools protocol.
  const crm = desktopLeakSuite(this);

  async function desktop() {
    const provider = await fixture<SessionProvider>(html`<session-provider .dataSource=${crm()} max-sessions="20">
      <session-panel></session-panel>
      <app-tab-panel></app-tab-panel>
      <session-view>
        <work-item-stream stream="open"></work-item-stream>
        <work-item-stream stream="my"></work-item-stream>
      </session-view>
    </session-provider>`);
    const stream = provider.querySelector('work-item-stream')!;
    await until(() => !!shadow(stream).querySelector('[part="row"]'), 'rows');
    return { provider, store: provider.store };
  }

  it('opening a session with a summary and tabs, and closing it, keeps no DOM node and no heap (context requests are let go)', async () => {
    const { store } = await desktop();
    // A new session each time (its own id), among 100 names (a new title every cycle is
    // session-titles.memory.test.ts: icons are remembered per session now, not per title).
    const kept = await retainedPerCycle(async (i) => {
      store.openRecordSession({ entity: 'account', id: `A-${i}`, name: `Account ${i % 100}` });
      await frame();
      // Its customer summary shows; then a record tab and an app tab, each shown once.
      store.openTab({ record: { entity: 'contact', id: `C-${i}`, name: `Contact ${i % 100}` } });
      store.openTab({ app: { id: 'kb', title: 'Knowledge' } });
      await frame();
      store.closeSession(`record:account:A-${i}`);
      await frame();
    }, { cycles: 400, warmup: 100 });
    expectNothingRetained(kept, 'open and close a session');
  });
});
