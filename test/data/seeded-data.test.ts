import { expect } from '@open-wc/testing';
import { InMemoryCrm } from '../../src/data/index.js';
import { STREAM_NAMES, allowedEvents, streamOf, validateWorkItem } from '../../src/state/index.js';

/** What the embedded CRM is seeded with: realistic, varied, hostile where it should be, and reproducible. */
describe('InMemoryCrm: seeded data', () => {
  const now = () => Date.UTC(2026, 10, 25);
  const crm = new InMemoryCrm({ seed: 5, workItems: 600, now });
  const items = crm.allWorkItems();
  after(() => crm.dispose());

  it('is the same for the same seed and clock, records included', () => {
    const again = new InMemoryCrm({ seed: 5, workItems: 600, now });
    expect(again.allWorkItems()).to.deep.equal(items);
    expect(again.records).to.deep.equal(crm.records);
  });

  it('every work item is valid, plain JSON data', () => {
    for (const item of items) {
      expect(() => validateWorkItem(item)).to.not.throw();
      expect(JSON.parse(JSON.stringify(item))).to.deep.include({ id: item.id, state: item.state });
    }
    expect(new Set(items.map((i) => i.id)).size).to.equal(items.length);
  });

  it('every state on every channel that can reach it, and every stream filled', () => {
    for (const channel of ['chat', 'sms', 'voice', 'record'] as const) {
      const states = new Set(items.filter((i) => i.channel === channel).map((i) => i.state));
      for (const state of ['open', 'active', 'waiting', 'wrap-up', 'closed'] as const) expect(states, `${channel} ${state}`).to.include(state);
    }
    // In-progress is where an SMS goes when its session closes: only SMS conversations get there.
    expect(items.filter((i) => i.state === 'in-progress').every((i) => i.channel === 'sms')).to.be.true;
    expect(items.some((i) => i.state === 'in-progress')).to.be.true;
    for (const stream of STREAM_NAMES) expect(items.some((i) => streamOf(i, crm.agentId) === stream), stream).to.be.true;
  });

  it('who has each item matches its state: Open and Closed unassigned, the rest assigned, some to other agents', () => {
    for (const item of items) expect(item.assignedTo === undefined, `${item.id} ${item.state}`).to.equal(item.state === 'open' || item.state === 'closed');
    expect(items.some((i) => i.assignedTo && i.assignedTo !== crm.agentId)).to.be.true;
    expect(items.every((i) => i.state === 'closed' || allowedEvents(i.state, i.channel).length > 0)).to.be.true;
  });

  it('authenticated visitors have a linked customer; anonymous ones are "Visitor 1234" with none', () => {
    const anonymous = items.filter((i) => !i.visitor.authenticated);
    expect(anonymous.length).to.be.above(0);
    for (const item of anonymous) {
      expect(item.customer).to.be.undefined;
      expect(item.visitor.displayName).to.match(/^Visitor \d{4}$/);
    }
    for (const item of items.filter((i) => i.visitor.authenticated)) expect(item.customer?.name).to.equal(item.visitor.displayName);
    expect(items.some((i) => i.case)).to.be.true;
    expect(items.filter((i) => i.channel === 'chat').every((i) => i.visitor.browser && i.visitor.os && i.preChat?.length)).to.be.true;
  });

  it('names in many scripts, one very long one, and hostile ones kept as plain text', () => {
    const names = crm.records.contacts.map((c) => c.name).join(' ');
    for (const script of ['Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew', 'Han', 'Hangul', 'Devanagari']) {
      expect(new RegExp(`\\p{Script=${script}}`, 'u').test(names), script).to.be.true;
    }
    expect(names).to.match(/[À-ž]/);
    expect(crm.records.contacts.some((c) => c.name.length > 60)).to.be.true;
    expect(names).to.contain('<img src=x onerror=alert(1)>').and.contain('"; DROP TABLE');
    expect(items.some((i) => i.visitor.displayName.includes('<img'))).to.be.true;
  });

  it('contacts belong to accounts, and cases to contacts', () => {
    const accounts = new Set(crm.records.accounts.map((a) => a.id));
    const contacts = new Set(crm.records.contacts.map((c) => c.id));
    expect(crm.records.contacts.every((c) => accounts.has(c.accountId))).to.be.true;
    expect(crm.records.cases.every((c) => contacts.has(c.customerId))).to.be.true;
    for (const item of items) if (item.customer) expect(contacts.has(item.customer.id)).to.be.true;
  });

  it('10,000 work items seed quickly', () => {
    const start = performance.now();
    const big = new InMemoryCrm({ workItems: 10_000 });
    expect(performance.now() - start).to.be.below(3000);
    expect(big.workItem('WI-20000')).to.exist;
  });
});
