import '../../src/components/customer-summary/customer-summary.js';
import { pickWorkItem } from '../../src/actions/index.js';
import { shadow } from '../helpers.js';
import { testForMemoryLeaks } from '../memory.helper.js';

// Leak test beside the element's tests (issues 10 and 12; see test/memory.helper.ts).
testForMemoryLeaks({
  tag: 'customer-summary',
  state: 'of a conversation, every section loaded',
  setup: ({ store, crm }) => pickWorkItem(store, crm, crm.allWorkItems().find((i) => i.state === 'open' && i.customer)!),
  // 1,200 cycles, as the stream's: on a slow machine one internal array (kind "array") grew
  // once in each half of 400 cycles and read as 8.1 B a cycle; a real leak still shows per cycle.
  cycles: 1200,
  ready: (summary) => shadow(summary).querySelectorAll('section').length > 0 && !shadow(summary).querySelector('[aria-busy="true"]'),
});
