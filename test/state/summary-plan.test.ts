import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { caseCustomer, hasCustomerSummary, recordsPlan, summaryStart, type SummaryRef } from '../../src/state/summary-plan.js';
import { linkSlotOf } from '../../src/state/work-item.js';

const entity = fc.oneof(fc.constantFrom('account', 'contact', 'incident', 'opportunity', 'lead', ''), fc.string({ maxLength: 12 }));
const ref = (entities = entity): fc.Arbitrary<SummaryRef> => fc.record({ entity: entities, id: fc.string({ minLength: 1, maxLength: 8 }) });
const customerRef = ref(fc.constantFrom('account', 'contact'));
const caseRef = ref(fc.constant('incident'));

describe('summary plan (which sections load for which subject)', () => {
  it('Home and no session load nothing; a conversation starts with its conversation', () => {
    expect(summaryStart(undefined)).to.deep.equal({ kind: 'nothing' });
    expect(summaryStart({ kind: 'home' })).to.deep.equal({ kind: 'nothing' });
    expect(summaryStart({ kind: 'conversation', conversation: { workItemId: 'WI-1' } })).to.deep.equal({ kind: 'conversation', workItemId: 'WI-1' });
  });

  it('a record session: a case loads as the case, a contact or account as the customer, anything else has no summary', () => {
    fc.assert(
      fc.property(ref(), (record) => {
        const start = summaryStart({ kind: 'record', record: { ...record, title: 'x' } as never });
        if (record.entity === 'incident') expect(start).to.deep.equal({ kind: 'records', case: record });
        else if (record.entity === 'contact' || record.entity === 'account') expect(start).to.deep.equal({ kind: 'records', customer: record });
        else expect(start).to.deep.equal({ kind: 'unsupported', entity: record.entity });
        // The two rules agree: an entity has a summary exactly when its session starts one.
        expect(hasCustomerSummary({ record })).to.equal(start.kind === 'records');
      }),
    );
  });

  it('every conversation has a summary; a record has one exactly when it is a contact, an account or a case (what links into a slot)', () => {
    expect(hasCustomerSummary({ conversation: { workItemId: 'WI-1' } })).to.equal(true);
    expect(hasCustomerSummary({})).to.equal(false);
    fc.assert(
      fc.property(entity, (e) => {
        expect(hasCustomerSummary({ record: { entity: e } })).to.equal(['account', 'contact', 'incident'].includes(e));
        expect(hasCustomerSummary({ record: { entity: e } })).to.equal(linkSlotOf(e) !== undefined);
      }),
    );
  });

  it('sections: activities always; recent cases only with a customer; a conversation always shows Customer and Case', () => {
    fc.assert(
      fc.property(fc.option(fc.string({ minLength: 1 }), { nil: undefined }), fc.option(customerRef, { nil: undefined }), fc.option(caseRef, { nil: undefined }), (workItemId, customer, kase) => {
        const { sections, customerFromCase } = recordsPlan({ workItemId, customer, case: kase });
        expect(sections.has('activities')).to.equal(true);
        expect(sections.has('conversation'), 'the conversation is loaded before the plan, never by it').to.equal(false);
        expect(sections.has('recentCases')).to.equal(!!customer);
        expect(sections.has('customer')).to.equal(!!customer || !!workItemId);
        expect(sections.has('case')).to.equal(!!kase || !!workItemId);
        // The case's customer is looked up only for a case on its own: never over a known customer, never for a conversation.
        expect(customerFromCase).to.equal(!!kase && !customer && !workItemId);
        // After the case's customer is found, the plan for the case with its customer shows the customer and its cases.
        if (customerFromCase) {
          const then = recordsPlan({ customer: caseCustomer({ customerId: 'C-1' }), case: kase });
          expect([...then.sections].sort()).to.deep.equal(['activities', 'case', 'customer', 'recentCases']);
          expect(then.customerFromCase).to.equal(false);
        }
      }),
    );
  });

  it("a case's customer is its contact", () => {
    fc.assert(fc.property(fc.string(), (id) => {
      expect(caseCustomer({ customerId: id })).to.deep.equal({ entity: 'contact', id });
    }));
  });
});
