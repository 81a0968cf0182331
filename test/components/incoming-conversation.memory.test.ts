import '../../src/components/incoming-conversation/incoming-conversation.js';
import { shadow } from '../helpers.js';
import { testForMemoryLeaks } from '../memory.helper.js';

// Leak test beside the element's tests (issues 10 and 12; see test/memory.helper.ts).
testForMemoryLeaks({
  tag: 'incoming-conversation',
  state: 'with two offers ringing',
  setup: ({ crm }) => {
    crm.offerIncoming({ channel: 'chat', customer: undefined, case: undefined, visitor: { displayName: 'Visitor 4821', authenticated: false } });
    crm.offerIncoming({ channel: 'sms', customer: { entity: 'contact', id: 'c', name: 'Émilie Dubois' } });
  },
  ready: (incoming) => shadow(incoming).querySelectorAll('[part="offer"]').length === 2,
});
