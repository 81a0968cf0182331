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

  it('a host that registers <session-view> and the summary under names of its own gets a working work area', async () => {
    const { SessionView } = await import('../../src/components/session-view/session-view.component.js');
    class AcmeWorkArea extends SessionView {}
    customElements.define('acme-work-area', AcmeWorkArea);
    const crm = new InMemoryCrm({ workItems: 10 });
    const provider = await fixture<HTMLElement & { store: import('../../src/state/index.js').SessionStore }>(html`<session-provider .dataSource=${crm}><acme-work-area></acme-work-area></session-provider>`);
    const view = provider.querySelector<InstanceType<typeof SessionView>>('acme-work-area')!;
    const item = crm.allWorkItems()[1]!;
    provider.store.openConversationSession({ workItemId: item.id, title: 'Chat' });
    await view.updateComplete;
    const anchor = view.querySelector('.ehe-tab-content > *')!;
    expect(anchor.localName).to.equal('acme-customer-summary');
    await until(() => !!anchor.shadowRoot?.querySelector('section[data-section="conversation"]'), 'the conversation to load');
    crm.dispose();
  });

  it('static dependencies: a subclass gives its own summary class; one registered nowhere is registered under the kit\'s name', async () => {
    const { SessionView } = await import('../../src/components/session-view/session-view.component.js');
    class OwnSummary extends CustomerSummary {}
    class OwnWorkArea extends SessionView {
      static override dependencies = { 'customer-summary': OwnSummary };
    }
    customElements.define('own-work-area', OwnWorkArea);
    const crm = new InMemoryCrm({ workItems: 10 });
    const provider = await fixture<HTMLElement & { store: import('../../src/state/index.js').SessionStore }>(html`<session-provider .dataSource=${crm}><own-work-area></own-work-area></session-provider>`);
    const view = provider.querySelector<InstanceType<typeof SessionView>>('own-work-area')!;
    provider.store.openConversationSession({ workItemId: crm.allWorkItems()[2]!.id, title: 'Chat' });
    await view.updateComplete;
    const anchor = view.querySelector('.ehe-tab-content > *')!;
    expect(anchor).to.be.instanceOf(OwnSummary);
    expect(anchor.localName).to.equal('customer-summary');
    await until(() => !!anchor.shadowRoot?.textContent?.includes('Customer summary'), 'the summary to render');
    crm.dispose();
  });
});
