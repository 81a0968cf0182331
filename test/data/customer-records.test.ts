import { expect } from '@open-wc/testing';
import { InMemoryCrm } from '../../src/data/index.js';
import { SessionStore } from '../../src/state/index.js';
import { linkConversationRecord, pickWorkItem, unlinkConversationRecord } from '../../src/actions/index.js';

import { rejection } from './rejection.helper.js';

describe('InMemoryCrm: search, summaries and linking', () => {
  let crm: InMemoryCrm;
  beforeEach(() => (crm = new InMemoryCrm({ workItems: 60, seed: 4 })));
  afterEach(() => crm.dispose());

  describe('search', () => {
    const names = async (kind: 'customer' | 'case', query: string) => (await crm.searchRecords(kind, query)).map((m) => `${m.entity}:${m.id}`);

    it('finds contacts by first, last and full name, company, e-mail and mobile', async () => {
      const contact = crm.records.contacts.find((c) => c.lastName && /^[A-Za-z]/.test(c.lastName))!;
      const id = `contact:${contact.id}`;
      expect(await names('customer', contact.firstName)).to.include(id);
      expect(await names('customer', contact.lastName)).to.include(id);
      expect(await names('customer', contact.name)).to.include(id);
      expect(await names('customer', contact.email)).to.include(id);
      expect(await names('customer', contact.mobile.slice(-7))).to.include(id);
      const byCompany = await crm.searchRecords('customer', contact.company);
      expect(byCompany.length).to.be.greaterThan(0);
      expect(byCompany.length).to.be.at.most(10);
    });

    it('finds accounts by name, number, e-mail and phone', async () => {
      const account = crm.records.accounts[0]!;
      const id = `account:${account.id}`;
      expect(await names('customer', account.name)).to.include(id);
      expect(await names('customer', account.number)).to.include(id);
      expect(await names('customer', account.email)).to.include(id);
      expect(await names('customer', account.phone)).to.include(id);
    });

    it('finds cases by number and title, and ignores accents and case', async () => {
      const kase = crm.records.cases[0]!;
      expect(await names('case', kase.number.toLowerCase())).to.include(`incident:${kase.id}`);
      expect(await names('case', kase.name.toUpperCase())).to.include(`incident:${kase.id}`);
      const emilie = crm.records.contacts.find((c) => c.firstName === 'Émilie');
      if (emilie) expect(await names('customer', 'emilie')).to.include(`contact:${emilie.id}`);
    });

    it('answers nothing for a blank query and refuses an unknown kind', async () => {
      expect(await crm.searchRecords('customer', '   ')).to.deep.equal([]);
      expect((await rejection(crm.searchRecords('opportunity' as never, 'x'))).code).to.equal('invalid');
    });

    it('finds hostile names as plain text', async () => {
      expect(await names('customer', '<img src=x')).to.have.length.greaterThan(0);
      expect(await names('customer', '"; DROP TABLE')).to.have.length.greaterThan(0);
    });

    it('finds names in other scripts, folding case and accents there too', async () => {
      for (const contact of crm.records.contacts.filter((c) => /\p{Script=Cyrillic}|\p{Script=Greek}|\p{Script=Han}/u.test(c.name)).slice(0, 5)) {
        expect(await names('customer', contact.name.toUpperCase())).to.include(`contact:${contact.id}`);
      }
      const sofia = crm.records.contacts.find((c) => c.firstName === 'Σοφία');
      if (sofia) expect(await names('customer', 'ΣΟΦΙΑ')).to.include(`contact:${sofia.id}`);
    });

    it('answers at most 10 matches, contacts first, and refuses a query that is not text', async () => {
      const matches = await crm.searchRecords('customer', 'e');
      expect(matches).to.have.length(10);
      expect(matches[0]!.entity).to.equal('contact');
      expect((await rejection(crm.searchRecords('customer', 42 as never))).code).to.equal('invalid');
    });
  });

  describe('summary sections', () => {
    it('a contact profile, an account profile, a case', async () => {
      const contact = crm.records.contacts[5]!;
      expect(await crm.getCustomer(contact)).to.deep.equal(contact);
      const account = crm.records.accounts[2]!;
      expect(await crm.getCustomer(account)).to.deep.include({ entity: 'account', number: account.number });
      const kase = crm.records.cases[3]!;
      expect((await crm.getCase(kase)).priority).to.be.oneOf(['low', 'normal', 'high', 'critical']);
      expect((await rejection(crm.getCustomer({ entity: 'contact', id: 'nope' }))).code).to.equal('not-found');
      expect((await rejection(crm.getCase({ entity: 'contact', id: kase.id }))).code).to.equal('not-found');
    });

    it('recent cases of a contact, and of an account through its contacts, newest first', async () => {
      const kase = crm.records.cases[0]!;
      const contact = crm.records.contacts.find((c) => c.id === kase.customerId)!;
      const ofContact = await crm.listRecentCases(contact);
      expect(ofContact.map((c) => c.id)).to.include(kase.id);
      expect(ofContact.map((c) => c.createdAt)).to.deep.equal([...ofContact.map((c) => c.createdAt)].sort((a, b) => b - a));
      const ofAccount = await crm.listRecentCases({ entity: 'account', id: contact.accountId });
      expect(ofAccount.map((c) => c.id)).to.include(kase.id);
    });

    it('activities of the customer, the case and the conversation, and a quick note', async () => {
      const item = crm.allWorkItems()[0]!;
      const contact = crm.records.contacts[7]!;
      const note = await crm.addNote(item.id, '  Customer prefers a call back after 5 pm ');
      expect(note).to.include({ about: 'conversation', type: 'note', subject: 'Customer prefers a call back after 5 pm' });
      const timeline = await crm.listActivities({ workItemId: item.id, customer: contact });
      expect(timeline[0]!.id).to.equal(note.id);
      expect(timeline.some((a) => a.about === 'customer')).to.be.true;
      expect((await rejection(crm.addNote(item.id, '   '))).code).to.equal('invalid');
    });
  });

  describe('linking', () => {
    it('every link and unlink is told to work item subscribers; relinking the same record is harmless', async () => {
      const item = crm.addWorkItems([{ ...crm.allWorkItems()[0]!, id: 'WI-S', customer: undefined, case: undefined }])[0]!;
      const heard: string[] = [];
      crm.subscribeWorkItems((change) => change.type === 'upsert' && heard.push(change.item.customer?.id ?? '-'));
      const contact = crm.records.contacts[9]!;
      await crm.linkRecord(item.id, contact);
      await crm.linkRecord(item.id, contact);
      await crm.unlinkRecord(item.id, 'customer');
      expect(heard).to.deep.equal([contact.id, contact.id, '-']);
      expect((await rejection(crm.unlinkRecord(item.id, 'visitor' as never))).code).to.equal('invalid');
    });

    it('links a contact and a case, one of each at most, and unlinks', async () => {
      const item = crm.addWorkItems([{ ...crm.allWorkItems()[0]!, id: 'WI-L', customer: undefined, case: undefined }])[0]!;
      const [a, b] = crm.records.contacts;
      const linked = await crm.linkRecord(item.id, a!);
      expect(linked.customer).to.deep.equal({ entity: 'contact', id: a!.id, name: a!.name });
      expect((await rejection(crm.linkRecord(item.id, b!))).code).to.equal('conflict');
      expect((await rejection(crm.linkRecord(item.id, crm.records.accounts[0]!))).code).to.equal('conflict');
      const withCase = await crm.linkRecord(item.id, crm.records.cases[0]!);
      expect(withCase.case?.id).to.equal(crm.records.cases[0]!.id);
      const unlinked = await crm.unlinkRecord(item.id, 'customer');
      expect(unlinked.customer).to.be.undefined;
      expect(unlinked.case).to.exist;
      expect((await rejection(crm.linkRecord(item.id, { entity: 'opportunity', id: '1', name: 'x' }))).code).to.equal('invalid');
      expect((await rejection(crm.linkRecord(item.id, { entity: 'contact', id: 'nope', name: 'x' }))).code).to.equal('not-found');
    });

    it('retitles the conversation session by the rules: customer, else case, else visitor', async () => {
      const store = new SessionStore();
      const item = crm.addWorkItems([
        { ...crm.allWorkItems()[0]!, id: 'WI-T', state: 'open', assignedTo: undefined, customer: undefined, case: undefined, visitor: { displayName: 'Visitor 4821', authenticated: false } },
      ])[0]!;
      await pickWorkItem(store, crm, item);
      const session = () => store.findConversationSession('WI-T')!;
      expect(session().title).to.equal('Visitor 4821');
      const kase = crm.records.cases[1]!;
      await linkConversationRecord(store, crm, 'WI-T', kase);
      expect(session().title).to.equal(kase.name);
      const contact = crm.records.contacts[10]!;
      await linkConversationRecord(store, crm, 'WI-T', contact);
      expect(session().title).to.equal(contact.name);
      await unlinkConversationRecord(store, crm, 'WI-T', 'customer');
      expect(session().title).to.equal(kase.name);
      await unlinkConversationRecord(store, crm, 'WI-T', 'case');
      expect(session().title).to.equal('Visitor 4821');
      const failed = await linkConversationRecord(store, crm, 'WI-T', { entity: 'contact', id: 'nope', name: 'x' });
      expect(failed).to.deep.include({ status: 'failed', code: 'not-found' });
    });
  });
});
