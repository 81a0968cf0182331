import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { InMemoryCrm } from '../src/data/index.js';
import { provideCrmDataSource } from '../src/index.js';
import { accessibleText, deepActiveElement, realClick, shadow, tabs, until } from './helpers.js';

// End to end, as an agent: an unauthenticated conversation is offered → Accept → search the
// customer → link the contact → the session tab takes the contact's name → unlink → the
// visitor's name comes back.
describe('end to end: link a contact to an unauthenticated conversation', () => {
  it('renames the session to the contact and back to the visitor', async () => {
    const crm = new InMemoryCrm({ workItems: 20, seed: 21 });
    const page = await fixture<HTMLElement>(html`<div>
      <session-panel></session-panel>
      <incoming-conversation></incoming-conversation>
      <customer-summary></customer-summary>
    </div>`);
    provideCrmDataSource(page, crm);
    const panel = page.querySelector('session-panel')!;
    const incoming = page.querySelector('incoming-conversation')!;
    const summary = page.querySelector('customer-summary')!;
    const titles = () => tabs(panel).map(accessibleText);

    crm.offerIncoming({ channel: 'chat', customer: undefined, case: undefined, visitor: { displayName: 'Visitor 7310', authenticated: false } });
    await until(() => !!shadow(incoming).querySelector('[part="accept"]'), 'the offer');
    await realClick(shadow(incoming).querySelector('[part="accept"]')!);
    await until(() => titles().includes('Visitor 7310'), 'the visitor session');

    const contact = crm.records.contacts.find((c) => /^[A-Za-z]+$/.test(c.lastName))!;
    await until(() => !!shadow(summary).querySelector('[role="combobox"][aria-label="Search customers"]'), 'the customer search');
    shadow(summary).querySelector<HTMLInputElement>('[role="combobox"][aria-label="Search customers"]')!.focus();
    await sendKeys({ type: contact.email });
    await until(() => shadow(summary).querySelectorAll('[role="option"]').length === 1, 'the contact in the results');
    await sendKeys({ press: 'Enter' });

    await until(() => titles().includes(contact.name), 'the tab renamed to the contact');
    expect(titles()).to.not.include('Visitor 7310');
    expect(tabs(panel).find((t) => accessibleText(t) === contact.name)!.selected).to.be.true;

    await until(() => deepActiveElement()?.getAttribute('aria-label') === `Unlink ${contact.name}`, 'focus on Unlink');
    await sendKeys({ press: 'Enter' });
    await until(() => titles().includes('Visitor 7310'), 'the visitor name back');
    expect(titles()).to.not.include(contact.name);
    crm.dispose();
  });
});
