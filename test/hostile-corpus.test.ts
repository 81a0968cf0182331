import { expect, fixture, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../src/index.js';
import type { SessionProvider } from '../src/components/session-provider/session-provider.js';
import type { WorkItemStream } from '../src/components/work-item-stream/work-item-stream.js';
import type { IncomingConversation } from '../src/components/incoming-conversation/incoming-conversation.js';
import type { CustomerSummary } from '../src/components/customer-summary/customer-summary.js';
import type { AppTabPanel } from '../src/components/app-tab-panel/app-tab-panel.js';
import type { SessionView } from '../src/components/session-view/session-view.js';
import type { SessionPanel } from '../src/components/session-panel/session-panel.js';
import { InMemoryCrm, type CrmDataSource } from '../src/data/index.js';
import { MAX_MARKS_PER_CHARACTER, MAX_TITLE_CODE_UNITS, SessionStore, SessionStoreError, graphemes, sessionTabs, type WorkItem } from '../src/state/index.js';
import { heavyStrings, hostileStrings, markupStrings, nothingRan, prototypeNames } from './fixtures/hostile-corpus.js';
import { shadow, until } from './helpers.js';

setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

// The hostile corpus fed to every entry point: the store's methods, each element's attributes,
// properties and data. Nothing may run, everything renders as text, and nothing leaves its box.

/** Every element and text node inside `root`, through shadow roots. */
function* deep(root: Element | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deep(element.shadowRoot);
  }
}

/** No markup from the corpus became elements; no handler attributes; nothing ran. */
function expectInert(root: Element): void {
  expect(nothingRan(), 'a script of the corpus ran').to.be.true;
  for (const element of deep(root)) {
    expect(['img', 'script', 'style'].includes(element.localName) && !element.closest('svg'), `a <${element.localName}> was made from data`).to.be.false;
    if (element.localName === 'iframe') expect(element.hasAttribute('srcdoc'), 'an iframe from data').to.be.false;
    for (const attribute of element.getAttributeNames()) expect(attribute.startsWith('on'), `${element.localName}[${attribute}]`).to.be.false;
    if (element.localName === 'a') expect(element.getAttribute('href') ?? '').to.not.match(/^\s*javascript:/i);
  }
}

/** The part of a node's box the agent can see: clipped by every ancestor that hides overflow. */
function visibleWidth(node: Element, stop: Element): number {
  const rect = node.getBoundingClientRect();
  let [left, right] = [rect.left, rect.right];
  for (let parent = parentOf(node); parent && parent !== stop; parent = parentOf(parent)) {
    const style = getComputedStyle(parent);
    if (style.overflowX === 'visible') continue;
    const clip = parent.getBoundingClientRect();
    [left, right] = [Math.max(left, clip.left), Math.min(right, clip.right)];
  }
  return Math.max(0, right - left);
}
const parentOf = (node: Element): Element | null => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);

/** Every box inside the element fits in its width; text is wrapped or cut, never overflowing. */
function expectWithinBox(element: HTMLElement): void {
  const box = element.getBoundingClientRect();
  for (const node of deep(element.shadowRoot ?? element)) {
    const width = visibleWidth(node, element);
    if (width === 0) continue;
    expect(width, `<${node.localName} ${node.getAttribute('part') ?? node.className}> in <${element.localName}>`).to.be.at.most(box.width + 1);
  }
  expect(element.scrollWidth, `<${element.localName}> scrolls sideways`).to.be.at.most(element.clientWidth + 1);
}

/** Displayed text: bounded, well formed, marks bounded. */
function expectSafeText(text: string): void {
  expect(/\p{Cs}/u.test(text), 'a lone surrogate').to.be.false;
  expect(text).to.not.match(/[\u0000-\u0008\u000B-\u001F\u202A-\u202E\u2066-\u2069]/);
  const runs = text.match(/\p{M}+/gu) ?? [];
  for (const run of runs) expect(Array.from(run).length).to.be.at.most(MAX_MARKS_PER_CHARACTER);
}

const displayed = (strings: readonly string[]) => strings.filter((s) => s.trim());

async function desktop(source: CrmDataSource, body = html``) {
  const root = await fixture<HTMLElement>(html`<div style="inline-size: 36rem; display: grid; grid-template-columns: minmax(0, 1fr)">
    <session-provider .dataSource=${source}>${body}</session-provider>
  </div>`);
  return { root, provider: root.querySelector('session-provider') as SessionProvider };
}

describe('the hostile corpus × every entry point', () => {
  let crm: InMemoryCrm;
  beforeEach(() => (crm = new InMemoryCrm({ workItems: 5 })));
  afterEach(() => {
    crm.dispose();
    expect(nothingRan(), 'a script of the corpus ran').to.be.true;
  });

  it('every store method that takes text keeps it safe, or refuses with a SessionStoreError', () => {
    const store = new SessionStore({ maxSessions: 100, maxTabs: 100 });
    const refusedOrSafe = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        expect(error).to.be.instanceOf(SessionStoreError);
      }
    };
    hostileStrings.forEach((text, n) => {
      refusedOrSafe(() => store.openRecordSession({ entity: 'account', id: String(n), name: text }));
      refusedOrSafe(() => store.openRecordSession({ entity: text, id: text, name: text }));
      refusedOrSafe(() => store.openConversationSession({ workItemId: `W${n}`, title: text }));
      refusedOrSafe(() => store.setSessionTitle(`record:account:${n}`, text));
      refusedOrSafe(() => store.setSessionIcon(`record:account:${n}`, text));
      refusedOrSafe(() => store.openTab({ app: { id: 'kb', title: text } }, { sessionId: `record:account:${n}` }));
      refusedOrSafe(() => store.openTab({ app: { id: text, title: text, url: text } }));
      refusedOrSafe(() => store.openTab({ record: { entity: 'incident', id: text, name: text } }));
      refusedOrSafe(() => store.focusSession(text));
      refusedOrSafe(() => store.setPanelMode(text as never));
    });
    for (const session of store.sessions) {
      for (const text of [session.title, session.icon ?? '', ...sessionTabs(session).map((t) => t.title)]) {
        expectSafeText(text);
        expect(text.length).to.be.at.most(MAX_TITLE_CODE_UNITS);
      }
      expect(session.title.trim()).to.not.equal('');
      if (session.icon) expect(graphemes(session.icon).length).to.be.at.most(3);
    }
    const copy = new SessionStore({ maxSessions: 100, maxTabs: 100 });
    copy.restore(JSON.parse(JSON.stringify(store)));
    expect(copy.state).to.deep.equal(store.state);
  });

  it('<session-panel> and <app-tab-panel> show hostile titles as text, inside their boxes', async () => {
    const { provider } = await desktop(crm, html`<session-panel></session-panel><app-tab-panel></app-tab-panel>`);
    const { store } = provider;
    store.setMaxSessions(100);
    store.setMaxTabs(100);
    displayed(hostileStrings).forEach((text, n) => store.openRecordSession({ entity: 'account', id: String(n), name: text }));
    displayed(hostileStrings).forEach((text) => store.openTab({ app: { id: 'kb', title: text } }));
    const panel = provider.querySelector('session-panel') as SessionPanel;
    const tabsBar = provider.querySelector('app-tab-panel') as AppTabPanel;
    tabsBar.applications = displayed(hostileStrings).map((title, n) => ({ id: `app-${n}`, title }));
    await panel.updateComplete;
    await tabsBar.updateComplete;
    for (const element of [panel, tabsBar]) {
      expectInert(element);
      expectWithinBox(element);
    }
    const shownText = [...deep(shadow(panel))].map((e) => e.textContent ?? '').join('');
    expect(shownText).to.contain(markupStrings[0]);
    // The Open application menu lists the hostile app titles as safe text.
    tabsBar.applications = [...tabsBar.applications, { id: 'untitled', title: undefined as never }];
    await tabsBar.updateComplete;
    (shadow(tabsBar).querySelector('[part="add"]') as HTMLButtonElement).click();
    await until(() => shadow(tabsBar).querySelectorAll('[role="menuitem"]').length === tabsBar.applications.length, 'the menu');
    const items = [...shadow(tabsBar).querySelectorAll('[role="menuitem"]')].map((m) => m.textContent!);
    for (const item of items) {
      expectSafeText(item);
      expect(item.length).to.be.at.most(MAX_TITLE_CODE_UNITS);
    }
    expect(items.at(-1)).to.equal('untitled');
    expectInert(tabsBar);
  });

  it('<customer-summary work-item-id> with a hostile id shows it as safe text, with a readable error', async () => {
    const { provider } = await desktop(crm, html`<customer-summary></customer-summary>`);
    const summary = provider.querySelector('customer-summary') as CustomerSummary;
    for (const text of heavyStrings.filter((s) => s.trim())) {
      summary.workItemId = text;
      await until(() => !!shadow(summary).querySelector('[role="alert"]'), 'the not-found error');
      expectSafeText(shadow(summary).textContent!);
      expectWithinBox(summary);
    }
  });

  it('<work-item-stream> shows conversations with hostile names, subjects and queues as text, in its box', async () => {
    const base = crm.allWorkItems()[0]!;
    crm.addWorkItems(
      hostileStrings.map((text, n) => ({ ...base, id: `WI-hostile-${n}`, state: 'open', assignedTo: undefined, customer: undefined, case: undefined, subject: text, visitor: { displayName: text, authenticated: false }, queue: { id: 'q', name: text }, createdAt: Date.now() - n })),
    );
    const { provider } = await desktop(crm, html`<work-item-stream stream="open" style="--ehe-stream-height: 60rem"></work-item-stream>`);
    const stream = provider.querySelector('work-item-stream') as WorkItemStream;
    await until(() => stream.items.length >= hostileStrings.length, 'every conversation');
    await until(() => shadow(stream).querySelectorAll('[part="row"]').length > 10, 'rows');
    expect(shadow(stream).textContent).to.not.contain('could not be shown');
    expectInert(stream);
    expectWithinBox(stream);
    for (const row of shadow(stream).querySelectorAll('[part="row"]')) expectSafeText(row.textContent!);
  });

  it('<work-item-stream> with a prototype name as its stream says it does not know it', async () => {
    for (const name of prototypeNames) {
      const { provider } = await desktop(crm, html`<work-item-stream stream=${name}></work-item-stream>`);
      const stream = provider.querySelector('work-item-stream') as WorkItemStream;
      await stream.updateComplete;
      const text = shadow(stream).textContent!;
      expect(text).to.contain(`Unknown stream "${name}"`);
      expect(text).to.not.match(/function|\[native code\]|\[object/);
    }
  });

  it('<incoming-conversation> shows hostile offers as text, in its box', async () => {
    const { provider } = await desktop(crm, html`<incoming-conversation></incoming-conversation>`);
    const incoming = provider.querySelector('incoming-conversation') as IncomingConversation;
    for (const text of hostileStrings) crm.offerIncoming({ subject: text, visitor: { displayName: text, authenticated: false }, customer: undefined, case: undefined, queue: { id: 'q', name: text } });
    await until(() => shadow(incoming).querySelectorAll('[part="offer"]').length === hostileStrings.length, 'every offer');
    expectInert(incoming);
    expectWithinBox(incoming);
    expectSafeText(shadow(incoming).textContent!);
  });

  it('<customer-summary> shows hostile records, answers, activities and errors as text, in its box', async () => {
    const pick = (n: number) => hostileStrings[n % hostileStrings.length]!;
    const item = crm.allWorkItems()[0]!;
    const hostileItem: WorkItem = {
      ...item,
      subject: pick(1),
      visitor: { displayName: pick(2), authenticated: false, browser: pick(3), os: pick(4), location: pick(5), language: pick(6) },
      preChat: hostileStrings.map((text) => ({ question: text, answer: text })),
    };
    const source = {
      ...Object.fromEntries(['listWorkItems', 'changeWorkItem', 'subscribeWorkItems', 'subscribeOffers', 'acceptOffer', 'rejectOffer', 'searchRecords', 'getCase', 'addNote', 'linkRecord', 'unlinkRecord'].map((m) => [m, (...args: unknown[]) => (crm as unknown as Record<string, (...a: unknown[]) => unknown>)[m]!(...args)])),
      agentId: crm.agentId,
      getWorkItem: async () => hostileItem,
      getCustomer: async () => ({ entity: 'contact', id: 'c1', name: pick(7), firstName: pick(8), lastName: pick(9), jobTitle: pick(10), accountId: 'a', company: pick(11), email: pick(12), mobile: pick(13), city: pick(14), preferredChannel: pick(15) }),
      listRecentCases: async () => hostileStrings.map((text, n) => ({ entity: 'incident', id: `CAS-${n}`, number: text, name: text, priority: text, status: text, product: text, owner: text, customerId: 'c1', createdAt: 0 })),
      listActivities: async () => hostileStrings.map((text, n) => ({ id: `A${n}`, about: 'conversation', type: text, subject: text, at: Date.now(), by: text })),
    } as unknown as CrmDataSource;
    const { provider } = await desktop(source, html`<customer-summary></customer-summary>`);
    const summary = provider.querySelector('customer-summary') as CustomerSummary;
    provider.store.openConversationSession({ workItemId: item.id, title: pick(0), readOnly: false });
    await until(() => !!shadow(summary).querySelector('section') && !shadow(summary).querySelector('[aria-busy="true"]'), 'the summary');
    expectInert(summary);
    expectWithinBox(summary);
    expectSafeText(shadow(summary).textContent!);
  });

  it('<session-view> pages for hostile records and prototype-named apps are text, and name nothing they are not', async () => {
    const { provider } = await desktop(crm, html`<session-view></session-view>`);
    const view = provider.querySelector('session-view') as SessionView;
    view.renderers = { app: {}, entity: {} };
    const { store } = provider;
    store.setMaxTabs(100);
    for (const name of [...prototypeNames.filter((n) => /^[A-Za-z]/.test(n)), 'constructor']) {
      store.openTab({ app: { id: name, title: name } });
      await view.updateComplete;
      const page = view.contentOf('home', store.focusedSession.focusedTabId!)!;
      expect(page.textContent).to.contain(`No renderer is registered for the app "${name}"`);
    }
    store.openRecordSession({ entity: 'constructor', id: '1', name: 'Prototype entity' });
    await view.updateComplete;
    expect(view.contentOf('record:constructor:1', 'anchor')!.textContent).to.contain('constructor 1');
    heavyStrings.filter((s) => s.trim()).forEach((text, n) => store.openTab({ record: { entity: 'incident', id: `H${n}`, name: text } }));
    await view.updateComplete;
    expectInert(view);
    expectWithinBox(view);
  });
});
