import { expect } from '@open-wc/testing';
import { conversationTitle } from '../../src/state/index.js';

// What the agent reads for a conversation (conversation-title.ts).
describe('conversation titles', () => {
  const visitor = { displayName: 'Visitor 4821', authenticated: false };
  it('use the linked customer, else the linked case, else the visitor', () => {
    expect(conversationTitle({ id: '1', visitor, customer: { entity: 'contact', id: 'c', name: 'Émilie Dubois' }, case: { entity: 'incident', id: 'i', name: 'Refund' } })).to.equal('Émilie Dubois');
    expect(conversationTitle({ id: '1', visitor, case: { entity: 'incident', id: 'i', name: 'Refund' } })).to.equal('Refund');
    expect(conversationTitle({ id: '1', visitor })).to.equal('Visitor 4821');
    expect(conversationTitle({ id: '1', visitor: { displayName: ' ', authenticated: false } })).to.equal('Conversation 1');
  });
});
