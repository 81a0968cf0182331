import { expect } from '@open-wc/testing';
import { WorkItemError, validateWorkItem } from '../../src/state/index.js';

// Work items from outside, checked (validate-work-item.ts).
describe('validateWorkItem', () => {
  const good = {
    id: 'WI-1',
    channel: 'chat',
    state: 'open',
    subject: 'Refund',
    visitor: { displayName: 'Visitor 1', authenticated: false },
    queue: { id: 'q', name: 'Billing' },
    createdAt: 1,
    updatedAt: 2,
  };
  it('accepts a well-formed item', () => {
    expect(validateWorkItem(good)).to.equal(good);
  });
  const broken: [string, unknown][] = [
    ['not an object', null],
    ['"id"', { ...good, id: '' }],
    ['"channel"', { ...good, channel: 'fax' }],
    ['"state"', { ...good, state: 'lost' }],
    ['"subject"', { ...good, subject: 7 }],
    ['"visitor" is missing', { ...good, visitor: undefined }],
    ['"visitor.displayName"', { ...good, visitor: { authenticated: true } }],
    ['"visitor.authenticated"', { ...good, visitor: { displayName: 'x', authenticated: 'yes' } }],
    ['"queue.name"', { ...good, queue: { id: 'q' } }],
    ['"createdAt"', { ...good, createdAt: 'yesterday' }],
    ['"customer"', { ...good, customer: 'Contoso' }],
  ];
  for (const [problem, data] of broken) {
    it(`names the problem: ${problem}`, () => {
      expect(() => validateWorkItem(data)).to.throw(WorkItemError).with.property('message').that.contains(problem);
    });
  }
});

describe('validateWorkItem: the optional parts', () => {
  const good = {
    id: 'WI-1',
    channel: 'sms',
    state: 'active',
    subject: 'Refund',
    visitor: { displayName: 'Visitor 1', authenticated: false, browser: 'Firefox 133', language: 'fr-FR' },
    queue: { id: 'q', name: 'Billing' },
    assignedTo: 'agent-1',
    createdAt: 1,
    updatedAt: 2,
    preChat: [{ question: 'Order number', answer: '' }],
    case: { entity: 'incident', id: 'CAS-1', name: 'Refund' },
  };
  it('accepts them when well-formed, even after a JSON round trip', () => {
    expect(validateWorkItem(JSON.parse(JSON.stringify(good)))).to.deep.equal(good);
  });
  const broken: [string, unknown][] = [
    ['not an object', ['WI-1']],
    ['"id" must be at most 200', { ...good, id: 'x'.repeat(201) }],
    ['"visitor.browser"', { ...good, visitor: { ...good.visitor, browser: 131 } }],
    ['"assignedTo"', { ...good, assignedTo: '' }],
    ['"handledBy"', { ...good, handledBy: 42 }],
    ['"preChat" must be a list', { ...good, preChat: 'yes' }],
    ['"preChat[1]"', { ...good, preChat: [{ question: 'q', answer: 'a' }, { question: 'q' }] }],
    ['"case"', { ...good, case: { entity: 'incident', id: '' } }],
    ['"customer"', { ...good, customer: { entity: 'contact', id: 'c', name: 7 } }],
  ];
  for (const [problem, data] of broken) {
    it(`names the problem: ${problem}`, () => {
      expect(() => validateWorkItem(data)).to.throw(WorkItemError).with.property('message').that.contains(problem);
    });
  }
});
