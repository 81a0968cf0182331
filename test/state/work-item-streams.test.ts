import { expect } from '@open-wc/testing';
import { streamAction, streamOf } from '../../src/state/index.js';

// Which dashboard stream lists a conversation (work-item-streams.ts).
describe('streams', () => {
  const me = 'agent-1';
  it('My work items: assigned to me and not closed', () => {
    for (const state of ['active', 'waiting', 'in-progress', 'wrap-up'] as const) {
      expect(streamOf({ state, assignedTo: me }, me)).to.equal('my');
      expect(streamOf({ state, assignedTo: 'agent-2' }, me)).to.be.undefined;
    }
  });
  it('Open work items: unassigned Open', () => {
    expect(streamOf({ state: 'open' }, me)).to.equal('open');
    expect(streamOf({ state: 'open', assignedTo: 'agent-2' }, me)).to.be.undefined;
  });
  it('Closed work items: closed ones I handled', () => {
    expect(streamOf({ state: 'closed', handledBy: me }, me)).to.equal('closed');
    expect(streamOf({ state: 'closed', handledBy: 'agent-2' }, me)).to.be.undefined;
  });
  it('offer Pick in Open work items and Open elsewhere', () => {
    expect(streamAction('open')).to.equal('pick');
    expect(streamAction('my')).to.equal('open');
    expect(streamAction('closed')).to.equal('open');
  });
});
