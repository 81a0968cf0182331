import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/session-panel/session-panel.js';
import '../../src/components/customer-summary/customer-summary.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import type { CustomerSummary } from '../../src/components/customer-summary/customer-summary.js';
import { CrmError, InMemoryCrm, type CrmDataSource } from '../../src/data/index.js';
import { type WorkItem } from '../../src/state/index.js';
import { pickWorkItem } from '../../src/actions/index.js';
import { CRM_CODE_LABELS } from '../../src/components/shared/labels.js';
import { accessibleText, deepActiveElement, realClick, shadow, tabs, until } from '../helpers.js';

async function setup(crm: CrmDataSource) {
  const provider = await fixture<SessionProvider>(html`<session-provider .dataSource=${crm}>
    <session-panel></session-panel>
    <customer-summary></customer-summary>
  </session-provider>`);
  return { provider, store: provider.store, summary: provider.querySelector('customer-summary')!, panel: provider.querySelector('session-panel')! };
}

const section = (summary: CustomerSummary, title: string) => {
  const found = [...shadow(summary).querySelectorAll('section')].find((s) => s.querySelector('h3')?.textContent === title);
  if (!found) throw new Error(`no section "${title}"`);
  return found;
};
const hasSection = (summary: CustomerSummary, title: string) => [...shadow(summary).querySelectorAll('section h3')].some((h) => h.textContent === title);
const loaded = (summary: CustomerSummary) => () => shadow(summary).querySelectorAll('[aria-busy="true"]').length === 0 && shadow(summary).querySelectorAll('section').length > 0;
const combobox = (summary: CustomerSummary, name: string) => shadow(summary).querySelector<HTMLInputElement>(`[role="combobox"][aria-label="${name}"]`);
const options = (summary: CustomerSummary) => [...shadow(summary).querySelectorAll('[role="option"]')];
const button = (root: Element, name: string) => [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name);

function unauthenticated(crm: InMemoryCrm, id = 'WI-anon'): WorkItem {
  const template = crm.allWorkItems().find((i) => i.channel === 'chat')!;
  return crm.addWorkItems([
    { ...template, id, state: 'open', assignedTo: undefined, customer: undefined, case: undefined, visitor: { ...template.visitor, displayName: 'Visitor 4821', authenticated: false } },
  ])[0]!;
}

describe('<customer-summary>', () => {
  let crm: InMemoryCrm;
  beforeEach(() => (crm = new InMemoryCrm({ workItems: 40, seed: 9 })));
  afterEach(() => crm.dispose());

  it('on Home, says what it is for', async () => {
    const { summary } = await setup(crm);
    expect(shadow(summary).textContent).to.contain('Open a conversation or a record');
  });

  it('shows every section of a conversation with a linked contact and case', async () => {
    const { store, summary } = await setup(crm);
    const contact = crm.records.contacts[12]!;
    const kase = crm.records.cases.find((c) => c.customerId === contact.id) ?? crm.records.cases[0]!;
    const item = crm.addWorkItems([{ ...unauthenticated(crm, 'WI-full'), customer: { entity: 'contact', id: contact.id, name: contact.name }, case: { entity: 'incident', id: kase.id, name: kase.name } }])[0]!;
    await pickWorkItem(store, crm, item);
    await until(loaded(summary), 'the sections');
    const customer = section(summary, 'Customer');
    for (const value of [contact.name, contact.jobTitle, contact.company, contact.city, CRM_CODE_LABELS[contact.preferredChannel], contact.email, contact.mobile]) expect(customer.textContent).to.contain(value);
    expect(button(customer, `Unlink ${contact.name}`)).to.exist;
    const caseSection = section(summary, 'Case');
    for (const value of [kase.name, kase.number, CRM_CODE_LABELS[kase.priority], CRM_CODE_LABELS[kase.status], kase.product, kase.owner]) expect(caseSection.textContent).to.contain(value);
    expect(section(summary, 'Recent cases').querySelectorAll('li').length).to.be.greaterThan(0);
    expect(section(summary, 'Recent activities').querySelectorAll('li').length).to.be.greaterThan(0);
    const conversation = section(summary, 'Conversation summary');
    expect(conversation.querySelector('[role="tablist"]')!.getAttribute('aria-label')).to.equal('Conversation summary');
    expect([...conversation.querySelectorAll('[role="tab"]')].map((t) => t.textContent!.trim())).to.deep.equal(['Pre-chat', 'Visitor details']);
    await expect(summary).to.be.accessible();
  });

  it('Conversation summary: Pre-chat answers, and Visitor details by click or arrow key', async () => {
    const { store, summary } = await setup(crm);
    const item = unauthenticated(crm);
    await pickWorkItem(store, crm, item);
    await until(loaded(summary), 'the sections');
    const conversation = section(summary, 'Conversation summary');
    const visible = () => [...conversation.querySelectorAll<HTMLElement>('[role="tabpanel"]')].find((p) => !p.hidden)!;
    expect(visible().textContent).to.contain(item.preChat![0]!.question);
    conversation.querySelector<HTMLElement>('[role="tab"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await summary.updateComplete;
    expect(visible().textContent).to.contain('Authenticated');
    expect(visible().textContent).to.contain('No');
    expect(visible().textContent).to.contain(item.visitor.browser!);
    await realClick(conversation.querySelector('[role="tab"]')!);
    expect(visible().id).to.equal('panel-pre-chat');
  });

  it('a record session shows the record\'s own summary: a contact; a case with its customer', async () => {
    const { store, summary } = await setup(crm);
    const contact = crm.records.contacts[20]!;
    store.openRecordSession(contact);
    await until(loaded(summary), 'the contact');
    expect(section(summary, 'Customer').textContent).to.contain(contact.email);
    expect(hasSection(summary, 'Conversation summary')).to.be.false;
    expect(combobox(summary, 'Search customers')).to.be.null;
    const kase = crm.records.cases[5]!;
    store.openRecordSession(kase);
    const owner = crm.records.contacts.find((c) => c.id === kase.customerId)!;
    await until(() => section(summary, 'Customer').textContent!.includes(owner.email), 'the case\'s customer');
    expect(section(summary, 'Case').textContent).to.contain(kase.number);
    expect(section(summary, 'Customer').textContent).to.not.contain(contact.email);
  });

  it('renders hostile text as text', async () => {
    const { store, summary } = await setup(crm);
    const hostile = crm.records.contacts.find((c) => c.name.includes('<img'))!;
    store.openRecordSession(hostile);
    await until(loaded(summary), 'the contact');
    expect(shadow(summary).querySelector('img')).to.be.null;
    expect(section(summary, 'Customer').textContent).to.contain('<img src=x onerror=alert(1)>');
  });

  it('shows skeletons while loading, each section failing on its own with Retry', async () => {
    const { store, summary } = await setup(crm);
    const contact = crm.records.contacts[3]!;
    crm.setLatency(150);
    crm.failNext('getCustomer', new CrmError('unavailable', 'The CRM did not answer.'));
    store.openRecordSession(contact);
    await summary.updateComplete;
    expect(shadow(summary).querySelectorAll('[aria-busy="true"]').length).to.be.greaterThan(0);
    await until(loaded(summary), 'the answers');
    const customer = section(summary, 'Customer');
    expect(customer.querySelector('[role="alert"]')!.textContent).to.contain('Could not load Customer: The CRM did not answer.');
    expect(section(summary, 'Recent cases').querySelector('[role="alert"]')).to.be.null;
    expect(section(summary, 'Recent cases').querySelectorAll('li').length).to.be.greaterThan(0);
    await expect(summary).to.be.accessible();
    crm.setLatency(0);
    await realClick(button(customer, 'Retry')!);
    await until(() => section(summary, 'Customer').textContent!.includes(contact.email), 'the retried customer');
  });

  describe('each section fails on its own and retries', () => {
    const cases: [string, 'getWorkItem' | 'getCustomer' | 'getCase' | 'listRecentCases' | 'listActivities'][] = [
      ['Conversation summary', 'getWorkItem'],
      ['Customer', 'getCustomer'],
      ['Case', 'getCase'],
      ['Recent cases', 'listRecentCases'],
      ['Recent activities', 'listActivities'],
    ];
    for (const [title, method] of cases) {
      it(title, async () => {
        const { store, summary } = await setup(crm);
        const contact = crm.records.contacts[12]!;
        const kase = crm.records.cases[4]!;
        const item = crm.addWorkItems([{ ...unauthenticated(crm, 'WI-f'), customer: { entity: 'contact', id: contact.id, name: contact.name }, case: { entity: 'incident', id: kase.id, name: kase.name } }])[0]!;
        await pickWorkItem(store, crm, item);
        await until(loaded(summary), 'the sections');
        crm.failNext(method, new CrmError('unavailable', `${method} is down.`));
        await realClick(button(shadow(summary) as unknown as Element, 'Refresh')!);
        await until(() => !!section(summary, title).querySelector('[role="alert"]'), `the ${title} error`);
        expect(section(summary, title).querySelector('[role="alert"]')!.textContent).to.contain(`Could not load ${title}: ${method} is down.`);
        // The sections that do not depend on the failed call are unaffected.
        const others = ['Customer', 'Case', 'Recent cases', 'Recent activities'].filter((t) => t !== title && method !== 'getWorkItem');
        for (const other of others) expect(section(summary, other).querySelector('[role="alert"]'), other).to.be.null;
        if (method === 'getWorkItem') expect(section(summary, 'Customer').textContent).to.contain('Shown once the conversation summary loads.');
        await realClick(button(section(summary, title), 'Retry')!);
        await until(() => !section(summary, title).querySelector('[role="alert"], [aria-busy="true"]'), `the ${title} retry`);
      });
    }
  });

  it('work-item-id summarises a conversation that has no session', async () => {
    const item = unauthenticated(crm, 'WI-direct');
    const provider = await fixture<SessionProvider>(html`<session-provider .dataSource=${crm}><customer-summary work-item-id="WI-direct"></customer-summary></session-provider>`);
    const summary = provider.querySelector('customer-summary')!;
    await until(loaded(summary), 'the sections');
    expect(section(summary, 'Conversation summary').textContent).to.contain(item.preChat![0]!.question);
    expect(combobox(summary, 'Search customers')).to.exist;
  });

  it('Refresh reloads every section', async () => {
    const { store, summary } = await setup(crm);
    const item = unauthenticated(crm);
    await pickWorkItem(store, crm, item);
    await until(loaded(summary), 'the sections');
    await crm.addNote(item.id, 'Added elsewhere');
    await realClick(button(shadow(summary) as unknown as Element, 'Refresh')!);
    await until(() => section(summary, 'Recent activities').textContent!.includes('Added elsewhere'), 'the new activity');
  });

  it('switching sessions quickly never shows one customer under another session', async () => {
    const slowFor = new Set<string>();
    const releases: (() => void)[] = [];
    const slow: CrmDataSource = Object.create(crm);
    slow.getCustomer = async (ref) => {
      if (slowFor.has(ref.id)) await new Promise<void>((resolve) => releases.push(resolve));
      return crm.getCustomer(ref);
    };
    const { store, summary } = await setup(slow);
    const [a, b] = [crm.records.contacts[30]!, crm.records.contacts[31]!];
    slowFor.add(a.id);
    store.openRecordSession(a);
    await summary.updateComplete;
    store.openRecordSession(b);
    await until(() => loaded(summary)() && section(summary, 'Customer').textContent!.includes(b.email), 'the second customer');
    for (const release of releases) release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(section(summary, 'Customer').textContent).to.contain(b.email);
    expect(section(summary, 'Customer').textContent).to.not.contain(a.email);
  });

  describe('linking', () => {
    async function anonymousConversation() {
      const d = await setup(crm);
      const item = unauthenticated(crm);
      await pickWorkItem(d.store, crm, item);
      await until(loaded(d.summary), 'the sections');
      return { ...d, item };
    }

    it('offers a search for customers and one for cases while nothing is linked', async () => {
      const { summary } = await anonymousConversation();
      expect(combobox(summary, 'Search customers')).to.exist;
      expect(combobox(summary, 'Search cases')).to.exist;
      expect(combobox(summary, 'Search customers')!.getAttribute('aria-expanded')).to.equal('false');
      // Closed, a results list has no box on screen (it once showed as a small empty circle).
      const lists = [...shadow(summary).querySelectorAll('[role="listbox"]')];
      expect(lists).to.have.length(2);
      for (const list of lists) expect(list.getClientRects().length, 'a closed results list drawn on the page').to.equal(0);
      await expect(summary).to.be.accessible();
    });

    it('finds customers by name, e-mail, phone and account number; results are options', async () => {
      const { summary } = await anonymousConversation();
      const contact = crm.records.contacts.find((c) => /^[A-Za-z]+$/.test(c.lastName))!;
      const account = crm.records.accounts[1]!;
      for (const [query, expected] of [
        [contact.lastName, contact.name],
        [contact.email, contact.name],
        [account.number, account.name],
        [account.phone, account.name],
      ] as const) {
        const box = combobox(summary, 'Search customers')!;
        box.focus();
        box.select();
        await sendKeys({ type: query });
        await until(() => options(summary).some((o) => o.textContent!.includes(expected)), `results for ${query}`);
        expect(box.getAttribute('aria-expanded')).to.equal('true');
        expect(shadow(summary).getElementById(box.getAttribute('aria-controls')!)!.getAttribute('role')).to.equal('listbox');
      }
    });

    it('finds cases by number and title', async () => {
      const { summary } = await anonymousConversation();
      const kase = crm.records.cases[7]!;
      const box = combobox(summary, 'Search cases')!;
      box.focus();
      await sendKeys({ type: kase.number });
      await until(() => options(summary).some((o) => o.textContent!.includes(kase.number)), 'the case');
    });

    it('says when nothing matches, and when the search fails (with Retry)', async () => {
      const { summary } = await anonymousConversation();
      const box = combobox(summary, 'Search customers')!;
      box.focus();
      await sendKeys({ type: 'zzzz-nobody' });
      await until(() => shadow(summary).textContent!.includes('No results for “zzzz-nobody”'), 'no results');
      crm.failNext('searchRecords', new CrmError('unavailable', 'Search is down.'));
      await sendKeys({ press: 'Backspace' });
      await until(() => shadow(summary).textContent!.includes('Search failed: Search is down.'), 'the error');
      expect(button(shadow(summary) as unknown as Element, 'Retry')).to.exist;
    });

    it('keyboard: Down/Up move the active option, Enter links it, Escape closes', async () => {
      const { summary, store, item } = await anonymousConversation();
      const contacts = crm.records.contacts.filter((c) => c.firstName === crm.records.contacts[15]!.firstName);
      const box = combobox(summary, 'Search customers')!;
      box.focus();
      await sendKeys({ type: crm.records.contacts[15]!.firstName });
      await until(() => options(summary).length > 0, 'results');
      const active = () => shadow(summary).getElementById(box.getAttribute('aria-activedescendant') ?? '');
      expect(active()!.getAttribute('aria-selected')).to.equal('true');
      if (options(summary).length > 1) {
        await sendKeys({ press: 'ArrowDown' });
        expect(active()).to.satisfy((el: Element) => el === options(summary)[1]);
        await sendKeys({ press: 'ArrowUp' });
      }
      await sendKeys({ press: 'Escape' });
      expect(box.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({ press: 'ArrowDown' });
      expect(box.getAttribute('aria-expanded')).to.equal('true');
      const chosen = options(summary)[0]!.querySelector('.option-name')!.textContent!;
      await sendKeys({ press: 'Enter' });
      await until(() => crm.workItem(item.id)!.customer?.name === chosen, 'the link');
      await until(() => !!button(section(summary, 'Customer'), `Unlink ${chosen}`), 'the linked customer');
      expect(store.findConversationSession(item.id)!.title).to.equal(chosen);
      await until(() => deepActiveElement()?.getAttribute('aria-label') === `Unlink ${chosen}`, 'focus on Unlink');
      expect(contacts.length).to.be.greaterThan(0);
    });

    it('links one customer and one case at most: the search goes once linked, and comes back on unlink', async () => {
      const { summary, item } = await anonymousConversation();
      const kase = crm.records.cases[2]!;
      const box = combobox(summary, 'Search cases')!;
      box.focus();
      await sendKeys({ type: kase.number });
      await until(() => options(summary).length > 0, 'the case');
      await realClick(options(summary)[0]!);
      await until(() => !!button(section(summary, 'Case'), `Unlink ${kase.name}`), 'the linked case');
      expect(combobox(summary, 'Search cases')).to.be.null;
      expect(combobox(summary, 'Search customers')).to.exist;
      await realClick(button(section(summary, 'Case'), `Unlink ${kase.name}`)!);
      await until(() => !!combobox(summary, 'Search cases'), 'the search again');
      expect(crm.workItem(item.id)!.case).to.be.undefined;
      await until(() => deepActiveElement()?.getAttribute('aria-label') === 'Search cases', 'focus back in the search');
    });

    it('a read-only (closed) conversation offers no search, unlink or note', async () => {
      const { store, summary } = await setup(crm);
      const closed = crm.allWorkItems().find((i) => i.state === 'closed' && i.handledBy === crm.agentId)!;
      store.openConversationSession({ workItemId: closed.id, title: 'Closed one', readOnly: true });
      await until(loaded(summary), 'the sections');
      expect(combobox(summary, 'Search customers')).to.be.null;
      expect(shadow(summary).querySelector('[data-unlink]')).to.be.null;
      expect(shadow(summary).querySelector('textarea')).to.be.null;
      expect(shadow(summary).textContent).to.contain('read-only');
    });
  });

  describe('recent activities', () => {
    it('filters by customer, case and conversation activities', async () => {
      const { store, summary } = await setup(crm);
      const contact = crm.records.contacts[40]!;
      const item = crm.addWorkItems([{ ...unauthenticated(crm, 'WI-act'), customer: { entity: 'contact', id: contact.id, name: contact.name } }])[0]!;
      await crm.addNote(item.id, 'Conversation note');
      await pickWorkItem(store, crm, item);
      await until(loaded(summary), 'the sections');
      const activities = section(summary, 'Recent activities');
      const listed = () => [...section(summary, 'Recent activities').querySelectorAll('li')].map((li) => li.textContent!);
      expect(listed().some((t) => t.includes('Conversation note'))).to.be.true;
      const conversationBox = [...activities.querySelectorAll('label')].find((l) => l.textContent!.trim() === 'Conversation')!.querySelector('input')!;
      await realClick(conversationBox);
      await summary.updateComplete;
      expect(listed().some((t) => t.includes('Conversation note'))).to.be.false;
      expect(listed().length).to.be.greaterThan(0);
    });

    it('adds a quick note; a failed save keeps the agent\'s text', async () => {
      const { store, summary } = await setup(crm);
      const item = unauthenticated(crm);
      await pickWorkItem(store, crm, item);
      await until(loaded(summary), 'the sections');
      const note = shadow(summary).querySelector<HTMLTextAreaElement>('textarea')!;
      expect(shadow(summary).querySelector(`label[for="${note.id}"]`)!.textContent).to.equal('Quick note');
      note.focus();
      await sendKeys({ type: 'Prefers e-mail' });
      crm.failNext('addNote');
      await realClick(button(section(summary, 'Recent activities'), 'Add note')!);
      await until(() => section(summary, 'Recent activities').textContent!.includes('The note was not saved'), 'the error');
      expect(shadow(summary).querySelector<HTMLTextAreaElement>('textarea')!.value).to.equal('Prefers e-mail');
      await realClick(button(section(summary, 'Recent activities'), 'Add note')!);
      await until(() => section(summary, 'Recent activities').textContent!.includes('Note: Prefers e-mail'), 'the note');
      expect(shadow(summary).querySelector<HTMLTextAreaElement>('textarea')!.value).to.equal('');
    });
  });

  it('a recent case opens as a tab of the session: by click, and by Ctrl+click through <app-tab-panel>', async () => {
    await import('../../src/components/app-tab-panel/app-tab-panel.js');
    const { store, summary, provider } = await setup(crm);
    provider.append(document.createElement('app-tab-panel'));
    const kase = crm.records.cases[0]!;
    const contact = crm.records.contacts.find((c) => c.id === kase.customerId)!;
    store.openRecordSession(contact);
    await until(() => !!section(summary, 'Recent cases').querySelector('a'), 'the recent cases');
    const links = [...section(summary, 'Recent cases').querySelectorAll('a')];
    await realClick(links[0]!);
    expect(store.focusedSession.tabs!.map((t) => t.kind)).to.deep.equal(['record']);
    store.focusTab(store.focusedSession.id, 'anchor');
    await summary.updateComplete;
    if (links[1]) {
      await sendKeys({ down: 'Control' });
      await realClick(section(summary, 'Recent cases').querySelectorAll('a')[1]!);
      await sendKeys({ up: 'Control' });
      expect(store.focusedSession.tabs).to.have.length(2);
    }
  });

  it('the session title and icon follow the linked customer in <session-panel>', async () => {
    const { store, summary, panel } = await setup(crm);
    const item = unauthenticated(crm);
    await pickWorkItem(store, crm, item);
    await until(loaded(summary), 'the sections');
    const contact = crm.records.contacts.find((c) => c.name.startsWith('Дмитрий')) ?? crm.records.contacts[50]!;
    const box = combobox(summary, 'Search customers')!;
    box.focus();
    await sendKeys({ type: contact.email });
    await until(() => options(summary).length === 1, 'one result');
    await sendKeys({ press: 'Enter' });
    await until(() => tabs(panel).some((t) => accessibleText(t) === contact.name), 'the renamed tab');
    const tab = tabs(panel).find((t) => accessibleText(t) === contact.name)!;
    const { iconForTitle } = await import('../../src/state/index.js');
    expect(shadow(tab).querySelector('[part="icon"]')!.textContent).to.equal(iconForTitle(contact.name));
  });

  it('shows the CRM\'s codes as labels: the kit\'s English, the host\'s own through codeLabels, an unknown code as it is', async () => {
    const { store, summary } = await setup(crm);
    const contact = crm.records.contacts[12]!;
    const kase = crm.records.cases[0]!;
    crm.records.cases[0] = { ...kase, status: 'waiting-for-details', priority: 'urgent-ish' as never };
    const item = crm.addWorkItems([{ ...unauthenticated(crm, 'WI-codes'), customer: { entity: 'contact', id: contact.id, name: contact.name }, case: { entity: 'incident', id: kase.id, name: kase.name } }])[0]!;
    await pickWorkItem(store, crm, item);
    await until(loaded(summary), 'the sections');
    const value = (title: string, term: string) => {
      const terms = [...section(summary, title).querySelectorAll('dt')];
      return terms.find((t) => t.textContent === term)?.nextElementSibling?.textContent;
    };
    expect(value('Case', 'Status')).to.equal('Waiting for details');
    expect(value('Case', 'Priority'), 'an unknown code, as text').to.equal('urgent-ish');
    expect(value('Customer', 'Preferred channel')).to.equal(CRM_CODE_LABELS[contact.preferredChannel]);
    summary.codeLabels = { 'waiting-for-details': 'Attente de détails', [contact.preferredChannel]: 'Canal préféré' };
    await summary.updateComplete;
    expect(value('Case', 'Status')).to.equal('Attente de détails');
    expect(value('Customer', 'Preferred channel')).to.equal('Canal préféré');
    expect(section(summary, 'Recent activities').textContent, 'activity types as labels, never codes').not.to.match(/\b(phone-call|note|email|task|appointment):/);
  });
});
