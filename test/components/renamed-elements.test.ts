import { expect, fixture, html } from '@open-wc/testing';
// The host registers the kit's classes under names of its own before any kit registration runs.
import { CustomerSummary } from '../../src/components/customer-summary/customer-summary.component.js';
import { InMemoryCrm } from '../../src/data/index.js';
import { until } from '../helpers.js';

customElements.define('acme-customer-summary', CustomerSummary);

describe('elements registered by the host under other names', () => {
  it('<session-view> makes its customer summaries from the class, under the host’s name, and warns of nothing', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      await import('../../src/components/session-provider/session-provider.js');
      await import('../../src/components/session-view/session-view.js');
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('customer-summary')), 'no warning about the summary').to.deep.equal([]);
    expect(customElements.get('customer-summary'), 'the kit did not register the class a second time').to.be.undefined;
    const crm = new InMemoryCrm({ workItems: 10 });
    const provider = await fixture<HTMLElement & { store: import('../../src/state/index.js').SessionStore }>(html`<session-provider .dataSource=${crm}><session-view></session-view></session-provider>`);
    const view = provider.querySelector('session-view')!;
    const item = crm.allWorkItems()[0]!;
    provider.store.openConversationSession({ workItemId: item.id, title: 'Chat' });
    await view.updateComplete;
    const anchor = view.querySelector('acme-customer-summary, customer-summary')!;
    expect(anchor.localName).to.equal('acme-customer-summary');
    await until(() => !!anchor.shadowRoot?.textContent?.includes('Customer summary'), 'the summary to render');
    crm.dispose();
  });
});
