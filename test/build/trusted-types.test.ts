import { expect, oneEvent } from '@open-wc/testing';

type KitWindow = Window & {
  kitsLoaded: Promise<{ first: Record<string, unknown>; second?: Record<string, unknown>; secondError?: string }>;
  cspViolations: string[];
};

async function page(name: string): Promise<{ frame: HTMLIFrameElement; win: KitWindow }> {
  const frame = document.createElement('iframe');
  frame.src = new URL(`./${name}`, import.meta.url).href;
  frame.style.width = '800px';
  frame.style.height = '300px';
  document.body.append(frame);
  await oneEvent(frame, 'load');
  return { frame, win: frame.contentWindow as KitWindow };
}

// Needs dist/ (npm test builds it first).
describe('two copies of the kit under Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it("with `trusted-types lit-html 'allow-duplicates'` both copies load and render, with no violation", async () => {
    const { win } = await page('trusted-types.html');
    const { first, second, secondError } = await win.kitsLoaded;
    expect(secondError).to.be.undefined;
    expect(first.SessionPanel).to.not.equal(second!.SessionPanel, 'two separate copies');
    // The page's <session-panel> is the first copy's; the second copy's class renders under another name.
    const panel = win.document.querySelector('session-panel') as HTMLElement & { updateComplete: Promise<unknown> };
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelectorAll('session-tab')).to.have.length(1);
    win.customElements.define('second-session-panel', class extends (second!.SessionPanel as typeof HTMLElement) {});
    const other = win.document.createElement('second-session-panel') as HTMLElement & { updateComplete: Promise<unknown> };
    win.document.body.append(other);
    await other.updateComplete;
    // Both copies share the page's store (registry-symbol context keys): a Shift+click shows in both.
    const link = win.document.querySelector('a')!;
    link.dispatchEvent(new (win as unknown as typeof globalThis).MouseEvent('click', { bubbles: true, cancelable: true, shiftKey: true, button: 0 }));
    await panel.updateComplete;
    await other.updateComplete;
    expect(panel.shadowRoot!.querySelectorAll('session-tab')).to.have.length(2);
    expect(other.shadowRoot!.querySelectorAll('session-tab')).to.have.length(2);
    // Every other element of the kit renders under the policy too.
    const { InMemoryCrm } = await import(/* @vite-ignore */ new URL('../../dist/in-memory-crm.js', import.meta.url).href);
    const crmOf = (first.provideCrmDataSource as (el: Element, crm: unknown) => void);
    crmOf(win.document.documentElement, new InMemoryCrm({ workItems: 20 }));
    for (const tag of ['app-tab-panel', 'session-view', 'customer-summary', 'incoming-conversation']) win.document.body.append(win.document.createElement(tag));
    const stream = win.document.createElement('work-item-stream');
    stream.setAttribute('stream', 'open');
    win.document.body.append(stream);
    const store = (first.getSessionStore as (el: Element) => { openTab: (t: unknown) => unknown })(panel);
    store.openTab({ app: { id: 'partner', title: 'Partner', url: new URL('../fixtures/title-app.html', import.meta.url).href } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.document.querySelector('session-view iframe, iframe'), 'the app frame').to.exist;
    expect(stream.shadowRoot!.textContent).to.contain('Open work items');
    expect(win.cspViolations).to.deep.equal([]);
  });

  it("without 'allow-duplicates' the second copy's Lit cannot create its policy: why the README asks for it", async () => {
    const { win } = await page('trusted-types-no-duplicates.html');
    const { first, secondError } = await win.kitsLoaded;
    expect(first.SessionPanel, 'the first copy loads').to.be.a('function');
    expect(secondError).to.match(/^TypeError: .*lit-html/);
  });
});
