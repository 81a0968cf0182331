import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { sendKeys } from '@web/test-runner-commands';

// Not ../helpers.js: it registers the source elements, and this page must get the built ones.
async function until(check: () => boolean, what: string, ms = 3000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}

/** The "More options" icon's dots: three sibling circles (a template minifier once nested them, so only one drew). */
function moreOptionsDots(stream: Element): { direct: number; all: number } {
  const svg = stream.shadowRoot!.querySelector('[part="row"] [part="more"] svg')!;
  return { direct: svg.querySelectorAll(':scope > circle').length, all: svg.querySelectorAll('circle').length };
}

// These tests load what `npm run build` wrote to dist/ (the published modules, and the
// self-contained script-tag file), so a build step that breaks the elements fails here even when
// the source tests pass.
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
    const tabs = [...panel.shadowRoot!.querySelectorAll('session-tab')];
    expect(tabs.map((tab) => tab.shadowRoot!.querySelector('[part="label"]')!.getAttribute('title'))).to.deep.equal(['Home', 'Fabrikam Électricité']);
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

describe('the built modules render their templates intact', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  it('draws the "More options" icon of a stream row as three dots', async () => {
    await import(/* @vite-ignore */ bundleUrl);
    const { InMemoryCrm } = await import(/* @vite-ignore */ new URL('../../dist/in-memory-crm.js', import.meta.url).href);
    const provider = await fixture<HTMLElement & { dataSource: unknown }>(html`<session-provider><work-item-stream stream="open"></work-item-stream></session-provider>`);
    provider.dataSource = new InMemoryCrm({ workItems: 5 });
    const stream = provider.querySelector('work-item-stream')!;
    await until(() => !!stream.shadowRoot!.querySelector('[part="row"]'), 'a row');
    expect(moreOptionsDots(stream)).to.deep.equal({ direct: 3, all: 3 });
  });
});

describe('the built modules ship their CSS as written, without its comments', () => {
  // rollup.config.mjs stripCssComments: a comment inside css`` is text every page downloads.
  it('drops the comments of css`` templates and changes nothing else in them', async () => {
    const kit = await import(/* @vite-ignore */ bundleUrl);
    const { sessionPanelStyles } = await import('../../src/components/session-panel/session-panel.styles.js');
    const source = sessionPanelStyles.cssText;
    expect(source, 'the source styles have comments, so this test can fail').to.contain('/*');
    const built = (kit.SessionPanel.styles as { cssText: string }[]).map((style) => style.cssText);
    expect(built.join('\n')).not.to.contain('/*');
    expect(built).to.include(source.replace(/\n?[ \t]*\/\*[\s\S]*?\*\//g, ''));
  });
});

describe('the self-contained file with one script tag', () => {
  it('connects the in-memory CRM from data-source="in-memory" and shows rows, icons intact, no CSP violation', async () => {
    const frame = document.createElement('iframe');
    frame.src = new URL('./script-tag.html', import.meta.url).href;
    frame.style.cssText = 'width: 800px; height: 600px';
    const violations: string[] = [];
    document.body.append(frame);
    await oneEvent(frame, 'load');
    const win = frame.contentWindow!;
    win.document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
    const stream = win.document.querySelector('work-item-stream')!;
    await until(() => !!stream.shadowRoot?.querySelector('[part="row"]'), 'rows from the in-memory CRM', 8000);
    expect(moreOptionsDots(stream)).to.deep.equal({ direct: 3, all: 3 });
    expect(win.customElements.get('session-panel'), 'registered by the one file').to.be.a('function');
    expect(violations).to.deep.equal([]);
    frame.remove();
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
    expect(panel.shadowRoot!.querySelectorAll('session-tab')).to.have.length(1);
    // Styles arrived through constructable stylesheets, which a CSP does not block.
    expect(win.getComputedStyle(panel).display).to.equal('flex');
    const link = win.document.querySelector('a')!;
    link.dispatchEvent(new (win as unknown as typeof globalThis).MouseEvent('click', { bubbles: true, cancelable: true, shiftKey: true, button: 0 }));
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelectorAll('session-tab')).to.have.length(2);
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });
});
