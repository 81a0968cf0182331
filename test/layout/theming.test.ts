import { expect, fixture, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/index.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import type { SessionTab } from '../../src/components/session-tab/session-tab.js';
import { InMemoryCrm } from '../../src/data/index.js';
import { shadow, tabs, until } from '../helpers.js';

// A host page restyles the kit from its own stylesheet, through parts and custom states only.
const HOST_CSS = `
  .portal session-panel::part(tab):state(selected) { outline: 3px solid rgb(1, 2, 3); }
  .portal session-panel::part(tab selected) { border-inline-start: 4px solid rgb(4, 5, 6); }
  .portal session-panel::part(tab-label) { letter-spacing: 1px; }
  .portal app-tab-panel::part(tab selected) { background-color: rgb(7, 8, 9); }
  .portal session-tab.standalone:state(selected) { background-color: rgb(40, 41, 42); }
  .portal customer-summary::part(header) { background-color: rgb(10, 11, 12); }
  .portal customer-summary::part(card) { background-color: rgb(13, 14, 15); border-radius: 0px; }
  .portal customer-summary::part(customer-card) { border-color: rgb(16, 17, 18); }
  .portal customer-summary::part(card-heading) { color: rgb(19, 20, 21); }
  .portal customer-summary::part(refresh) { background-color: rgb(22, 23, 24); }
  .portal customer-summary::part(button) { text-transform: uppercase; }
`;

const style = (element: Element) => getComputedStyle(element);

describe('theming from the host page', () => {
  let crm: InMemoryCrm;
  let sheet: HTMLStyleElement;
  beforeEach(() => {
    crm = new InMemoryCrm({ workItems: 30, seed: 4 });
    sheet = document.createElement('style');
    sheet.textContent = HOST_CSS;
    document.head.append(sheet);
  });
  afterEach(() => {
    crm.dispose();
    sheet.remove();
  });

  async function portal() {
    const root = await fixture<HTMLElement>(html`<div class="portal">
      <session-provider .dataSource=${crm}>
        <session-panel></session-panel>
        <app-tab-panel .applications=${[{ id: 'kb', title: 'Knowledge search' }]}></app-tab-panel>
        <customer-summary></customer-summary>
      </session-provider>
    </div>`);
    const provider = root.querySelector<SessionProvider>('session-provider')!;
    return { provider, store: provider.store, panel: root.querySelector('session-panel')!, apps: root.querySelector('app-tab-panel')!, summary: root.querySelector('customer-summary')! };
  }

  it('the selected session: :state(selected) and the part name selected, only on the focused one', async () => {
    const { store, panel } = await portal();
    const contact = crm.records.contacts[0]!;
    store.openRecordSession({ entity: 'contact', id: contact.id, name: contact.name });
    await panel.updateComplete;
    const [home, record] = tabs(panel) as [SessionTab, SessionTab];
    expect(style(record).outlineColor, 'via :state(selected)').to.equal('rgb(1, 2, 3)');
    expect(style(record).borderInlineStartColor, 'via ::part(tab selected)').to.equal('rgb(4, 5, 6)');
    expect(style(home).outlineColor).not.to.equal('rgb(1, 2, 3)');
    expect(style(home).borderInlineStartColor).not.to.equal('rgb(4, 5, 6)');
    expect(style(shadow(record).querySelector('[part="label"]')!).letterSpacing, 'the tab label is exported').to.equal('1px');
    store.focusSession('home');
    await panel.updateComplete;
    await tabs(panel)[0]!.updateComplete;
    expect(style(home).outlineColor).to.equal('rgb(1, 2, 3)');
    expect(style(record).outlineColor).not.to.equal('rgb(1, 2, 3)');
  });

  it('a session-tab used on its own matches session-tab:state(selected)', async () => {
    const root = await fixture<HTMLElement>(html`<div class="portal"><session-tab class="standalone" label="Contoso" icon="CO"></session-tab></div>`);
    const tab = root.querySelector<SessionTab>('session-tab')!;
    expect(style(tab).backgroundColor).not.to.equal('rgb(40, 41, 42)');
    tab.selected = true;
    await tab.updateComplete;
    expect(style(tab).backgroundColor).to.equal('rgb(40, 41, 42)');
  });

  it('the selected application tab: ::part(tab selected)', async () => {
    const { store, apps } = await portal();
    store.openTab({ app: { id: 'kb', title: 'Knowledge search' } });
    await apps.updateComplete;
    const appTabs = [...shadow(apps).querySelectorAll('[role="tab"]')];
    const shown = appTabs.find((t) => t.getAttribute('aria-selected') === 'true')!;
    const other = appTabs.find((t) => t !== shown)!;
    expect(style(shown).backgroundColor).to.equal('rgb(7, 8, 9)');
    expect(style(other).backgroundColor).not.to.equal('rgb(7, 8, 9)');
  });

  it('the customer summary: header, cards, headings and buttons', async () => {
    const { store, summary } = await portal();
    const contact = crm.records.contacts[3]!;
    store.openRecordSession({ entity: 'contact', id: contact.id, name: contact.name });
    await until(() => shadow(summary).querySelectorAll('[aria-busy="true"]').length === 0 && !!shadow(summary).querySelector('section'), 'the summary');
    const root = shadow(summary);
    expect(style(root.querySelector('header')!).backgroundColor).to.equal('rgb(10, 11, 12)');
    const cards = [...root.querySelectorAll('section')];
    expect(cards.length).to.be.above(1);
    for (const card of cards) {
      expect(style(card).backgroundColor, `card ${card.dataset.section}`).to.equal('rgb(13, 14, 15)');
      expect(style(card.querySelector('h3')!).color, `heading of ${card.dataset.section}`).to.equal('rgb(19, 20, 21)');
    }
    const customerCard = cards.find((c) => c.dataset.section === 'customer')!;
    expect(style(customerCard).borderTopColor).to.equal('rgb(16, 17, 18)');
    expect(style(cards.find((c) => c !== customerCard)!).borderTopColor).not.to.equal('rgb(16, 17, 18)');
    const refresh = [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Refresh')!;
    expect(style(refresh).backgroundColor).to.equal('rgb(22, 23, 24)');
    expect(style(refresh).textTransform).to.equal('uppercase');
  });
});

describe('documented tokens are honoured', () => {
  // The stream's virtualizer may report a benign "loop completed" error; mocha would fail on it.
  setupIgnoreWindowResizeObserverLoopErrors(before, after);
  interface Declaration {
    tagName?: string;
    cssProperties?: { name: string }[];
  }
  /** Every style rule an element's shadow root applies, and those of kit elements inside it (tokens inherit). */
  function shadowCss(element: Element): string {
    const root = element.shadowRoot;
    if (!root) return '';
    const own = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet!)].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
    const nested = [...root.querySelectorAll('*')].filter((e) => e.localName.includes('-')).map(shadowCss);
    return [own, ...nested].join('\n');
  }

  /** Tokens applied as inline styles on content the element creates, not in its shadow styles. */
  const INLINE: Record<string, string[]> = {
    // Set on each third-party app's iframe: frame.style.minBlockSize = 'var(--ehe-app-frame-height, 32rem)'.
    'session-view': ['--ehe-app-frame-height'],
  };

  it('every --ehe-* property an element documents is read by its styles (or a kit element it renders)', async () => {
    const manifest = await (await fetch(new URL('../../custom-elements.json', import.meta.url))).json();
    const declarations: Declaration[] = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []).filter((d: Declaration) => d.tagName);
    const crm = new InMemoryCrm({ workItems: 5, seed: 1 });
    const root = await fixture<HTMLElement>(html`<session-provider .dataSource=${crm}></session-provider>`);
    const problems: string[] = [];
    for (const declaration of declarations) {
      const element = document.createElement(declaration.tagName!);
      root.append(element);
      await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
      const cssText = shadowCss(element);
      // The shared tokens give each public token a private alias (--_accent: var(--ehe-color-accent, …)).
      const aliases = new Map<string, string>();
      for (const [, alias, token] of cssText.matchAll(/(--_[a-z-]+):\s*var\((--ehe-[a-z-]+)/g)) aliases.set(token!, alias!);
      const uses = cssText.replace(/--_[a-z-]+:[^;]*;/g, '');
      const honoured = (token: string) => new RegExp(`var\\(${token}[,)]`).test(uses) || (aliases.has(token) && new RegExp(`var\\(${aliases.get(token)}[,)]`).test(cssText));
      const documented = new Set((declaration.cssProperties ?? []).map((p) => p.name));
      for (const token of documented) if (!honoured(token) && !INLINE[declaration.tagName!]?.includes(token)) problems.push(`<${declaration.tagName}> documents ${token} but never reads it`);
      for (const token of new Set([...cssText.matchAll(/var\((--ehe-[a-z-]+)/g)].map((m) => m[1]!))) {
        if (honoured(token!) && !documented.has(token!)) problems.push(`<${declaration.tagName}> reads ${token} without documenting it`);
      }
      element.remove();
    }
    crm.dispose();
    expect(problems).to.deep.equal([]);
  });
});

describe('documented parts', () => {
  it('every part an element renders (every element, in the gallery) is documented in custom-elements.json', async function () {
    this.timeout(15000);
    const manifest = await (await fetch(new URL('../../custom-elements.json', import.meta.url))).json();
    const documented = new Map<string, Set<string>>();
    for (const module of manifest.modules) {
      for (const d of module.declarations ?? []) if (d.tagName) documented.set(d.tagName, new Set((d.cssParts ?? []).map((p: { name: string }) => p.name)));
    }
    const frame = document.createElement('iframe');
    frame.src = new URL('../rendering/kit-gallery.html?kit=src', import.meta.url).href;
    frame.style.cssText = 'width: 1280px; height: 800px; border: 0';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    await (frame.contentWindow as Window & { galleryReady: Promise<unknown> }).galleryReady;
    const problems = new Set<string>();
    const seen = new Set<string>();
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        const host = root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (root as ShadowRoot).host.localName : undefined;
        if (host && documented.has(host)) {
          for (const part of element.part) {
            seen.add(`${host}::part(${part})`);
            if (!documented.get(host)!.has(part)) problems.add(`<${host}> renders the part "${part}" without documenting it`);
          }
        }
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(frame.contentDocument!);
    frame.remove();
    expect(seen.size, 'the gallery shows parts').to.be.above(20);
    expect([...problems]).to.deep.equal([]);
  });
});
