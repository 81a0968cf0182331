import '../../src/components/session-view/session-view.js';
import '../../src/components/customer-summary/customer-summary.js';
import { pickWorkItem } from '../../src/actions/index.js';
import { testForMemoryLeaks } from '../memory.helper.js';

// Leak test beside the element's tests (issues 10 and 12; see test/memory.helper.ts).
testForMemoryLeaks({
  tag: 'session-view',
  state: "showing a conversation's customer summary",
  setup: ({ store, crm }) => pickWorkItem(store, crm, crm.allWorkItems().find((i) => i.state === 'open' && i.customer)!),
  ready: (view) => {
    const summary = view.querySelector('customer-summary');
    return !!summary?.shadowRoot && summary.shadowRoot.querySelectorAll('section').length > 0 && !summary.shadowRoot.querySelector('[aria-busy="true"]');
  },
});
