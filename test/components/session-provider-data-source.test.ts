import { expect, fixture, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { sendKeys } from '@web/test-runner-commands';
import { connectDataSource, CrmError, type CrmDataSource, type SessionProvider, type WorkItemStream } from '../../src/index.js';
import { accessibleText, deepActiveElement, realClick, shadow, tabs, until } from '../helpers.js';

// `<session-provider data-source="…">`: a page that can only write HTML connects a CRM.
// This file never imports the in-memory CRM itself, so it can see when the attribute loads it.
const inMemoryCrmLoaded = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/src/data/in-memory-crm.ts'));

describe('<session-provider data-source>', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  it('data-source="in-memory" loads the embedded CRM only then, and the streams and Pick work with nothing else', async () => {
    expect(inMemoryCrmLoaded(), 'nothing loaded the in-memory CRM before the attribute asked for it').to.be.false;
    const provider = await fixture<SessionProvider>(html`<session-provider data-source="in-memory" style="--ehe-stream-height: 12rem">
      <session-panel></session-panel>
      <work-item-stream stream="my"></work-item-stream>
      <work-item-stream stream="open"></work-item-stream>
    </session-provider>`);
    const panel = provider.querySelector('session-panel')!;
    const [my, open] = [...provider.querySelectorAll<WorkItemStream>('work-item-stream')];
    await until(() => !!shadow(open!).querySelector('[part="row"]'), 'Open work items to show rows');
    expect(inMemoryCrmLoaded()).to.be.true;
    expect(provider.dataSource?.agentId).to.equal('agent-1');

    const first = shadow(open!).querySelector<HTMLElement>('[part="row"]')!;
    const name = first.querySelector('.name')!.textContent!;
    await realClick(first.querySelector('[part="more"]')!);
    await until(() => deepActiveElement()?.textContent === 'Pick', 'the menu on Pick');
    await sendKeys({ press: 'Enter' });
    await until(() => tabs(panel).some((tab) => accessibleText(tab) === name && tab.selected), 'the picked session focused');
    await until(() => my!.items.some((item) => item.id === first.dataset.id), 'the item in My work items');
  });

  it('data-source set to a CRM service URL connects the HTTP data source, signed in with the token property', async function () {
    this.timeout(60000);
    // The first request starts the reference service (seconds on a busy machine, longer than the
    // data source's 10 s answer limit): wait for it here, so the test is about connecting.
    for (const end = Date.now() + 50000; !(await fetch('/health').then((r) => r.ok, () => false)); ) {
      if (Date.now() > end) throw new Error('the reference CRM service did not start');
    }
    const provider = await fixture<SessionProvider>(html`<session-provider .token=${'demo-agent-2'} data-source=${location.origin} style="--ehe-stream-height: 12rem">
      <work-item-stream stream="open"></work-item-stream>
    </session-provider>`);
    const open = provider.querySelector<WorkItemStream>('work-item-stream')!;
    await until(() => !!shadow(open).querySelector('[part="row"]'), 'Open work items from the service', 50000);
    expect(provider.dataSource?.agentId, 'the token’s agent, as the service says').to.equal('agent-2');
    expect(provider.dataSource?.constructor.name).to.equal('HttpCrmDataSource');
  });

  it('an unknown data source says so on the console and the streams say no CRM is connected', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      const provider = await fixture<SessionProvider>(html`<session-provider data-source="salesforce"><work-item-stream stream="open"></work-item-stream></session-provider>`);
      await until(() => errors.length > 0, 'a console error');
      const stream = provider.querySelector('work-item-stream')!;
      await stream.updateComplete;
      expect(errors[0]).to.contain('<session-provider data-source="salesforce">').and.contain('Unknown data source "salesforce"').and.contain('"in-memory"');
      expect(shadow(stream).textContent).to.contain('No CRM is connected');
      expect(provider.dataSource).to.be.undefined;
    } finally {
      console.error = original;
    }
  });

  it('a data source set as a property wins over an attribute still loading', async () => {
    const mine = { agentId: 'host-agent' } as unknown as CrmDataSource;
    const provider = await fixture<SessionProvider>(html`<session-provider></session-provider>`);
    provider.setAttribute('data-source', 'in-memory');
    await provider.updateComplete;
    provider.dataSource = mine;
    await connectDataSource('in-memory'); // the attribute's import has settled too
    await new Promise((done) => setTimeout(done));
    expect(provider.dataSource).to.equal(mine);
  });

  it('connectDataSource refuses an unknown spec with a CrmError that lists what is understood', async () => {
    const refusal = await connectDataSource('  https-less nonsense ').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refusal).to.be.instanceOf(CrmError);
    expect((refusal as CrmError).code).to.equal('invalid');
    expect((refusal as CrmError).message).to.contain('"in-memory"');
    const crm = await connectDataSource(' in-memory ');
    expect((await crm.listWorkItems('open')).length).to.be.greaterThan(0);
  });
});
