import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

// These tests load what `npm run build` wrote to dist/ (minified, templates minified), so a
// build step that breaks the elements fails here even when the source tests pass.
const bundleUrl = new URL('../../dist/engagement-hub-elements.js', import.meta.url).href;

describe('the built all-in-one bundle (dist/)', () => {
  it('registers every element and exports the public API', async () => {
    const kit = await import(/* @vite-ignore */ bundleUrl).catch(() => {
      throw new Error('dist/ is missing: run `npm run build` first (npm test does it for you).');
    });
    expect(customElements.get('session-panel')).to.equal(kit.SessionPanel);
    expect(customElements.get('session-tab')).to.equal(kit.SessionTab);
    expect(customElements.get('session-provider')).to.equal(kit.SessionProvider);
    expect(customElements.get('work-item-stream')).to.equal(kit.WorkItemStream);
    expect(customElements.get('incoming-conversation')).to.equal(kit.IncomingConversation);
    expect(kit.InMemoryCrm, 'the in-memory CRM is a separate entry').to.be.undefined;
    const crm = await import(/* @vite-ignore */ new URL('../../dist/in-memory-crm.js', import.meta.url).href);
    expect(new crm.InMemoryCrm({ workItems: 3 }).allWorkItems()).to.have.length(3);
    expect(kit.SessionStore).to.be.a('function');
    expect(kit.getSessionStore).to.be.a('function');
  });

  it('runs the panel: opens, renders, asks before closing and closes', async () => {
    const kit = await import(/* @vite-ignore */ bundleUrl);
    const provider = await fixture<HTMLElement & { store: InstanceType<typeof kit.SessionStore> }>(html`<session-provider><session-panel></session-panel></session-provider>`);
    const panel = provider.querySelector('session-panel') as HTMLElement & { updateComplete: Promise<unknown> };
    provider.store.openRecordSession({ entity: 'account', id: '1', name: 'Fabrikam Électricité' });
    await panel.updateComplete;
    const tabs = [...panel.shadowRoot!.querySelectorAll('[role="tab"]')];
    expect(tabs.map((tab) => tab.getAttribute('title'))).to.deep.equal(['Home', 'Fabrikam Électricité']);
    expect(tabs[1]!.shadowRoot!.querySelector('[part="icon"]')!.textContent).to.equal('FA');
    (tabs[1] as HTMLElement).focus();
    await sendKeys({ press: 'Delete' });
    await panel.updateComplete;
    const dialog = panel.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open).to.be.true;
    const closed = oneEvent(panel, 'session-closed');
    dialog.querySelector<HTMLButtonElement>('button[value="confirm"]')!.click();
    await closed;
    expect(provider.store.sessions).to.have.length(1);
    expect(getComputedStyle(panel).display).to.equal('flex');
  });
});

describe('under a strict Content Security Policy', () => {
  it('loads, renders and styles itself with no inline script or style and no violation', async () => {
    const frame = document.createElement('iframe');
    frame.src = new URL('./strict-csp.html', import.meta.url).href;
    frame.style.width = '800px';
    frame.style.height = '400px';
    document.body.append(frame);
    await oneEvent(frame, 'load');
    const win = frame.contentWindow as Window & { kitLoaded: Promise<unknown>; cspViolations: string[] };
    await win.kitLoaded;
    const panel = win.document.querySelector('session-panel') as HTMLElement & { updateComplete: Promise<unknown> };
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelectorAll('[role="tab"]')).to.have.length(1);
    // Styles arrived through constructable stylesheets, which a CSP does not block.
    expect(win.getComputedStyle(panel).display).to.equal('flex');
    const link = win.document.querySelector('a')!;
    link.dispatchEvent(new (win as unknown as typeof globalThis).MouseEvent('click', { bubbles: true, cancelable: true, shiftKey: true, button: 0 }));
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelectorAll('[role="tab"]')).to.have.length(2);
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });
});
