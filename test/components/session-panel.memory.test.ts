import '../../src/components/session-panel/session-panel.js';
import { shadow } from '../helpers.js';
import { testForMemoryLeaks } from '../memory.helper.js';

// Leak test beside the element's tests (issues 10 and 12; see test/memory.helper.ts).
testForMemoryLeaks({
  tag: 'session-panel',
  state: 'with ten session tabs',
  setup: ({ store }) => {
    for (let n = 1; n <= 10; n++) store.openRecordSession({ entity: 'account', id: `A-${n}`, name: `Account ${n}` });
  },
  ready: (panel) => shadow(panel).querySelectorAll('session-tab').length === 11,
});
