import { expect, fixture, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/session-panel/session-panel.js';
import '../../src/components/work-item-stream/work-item-stream.js';
import '../../src/components/incoming-conversation/incoming-conversation.js';
import '../../src/components/customer-summary/customer-summary.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import type { WorkItemStream } from '../../src/components/work-item-stream/work-item-stream.js';
import type { IncomingConversation } from '../../src/components/incoming-conversation/incoming-conversation.js';
import type { CustomerSummary } from '../../src/components/customer-summary/customer-summary.js';
import { CrmError, InMemoryCrm, type CrmDataSource } from '../../src/data/index.js';
import { checkedDataSource } from '../../src/data/checked-data-source.js';
import { type WorkItem } from '../../src/state/index.js';
import { pickWorkItem } from '../../src/actions/index.js';
import { realClick, shadow, until } from '../helpers.js';

setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

// A CRM whose answers are wrong in every way a real back end can get them wrong: each faulty
// answer × each element, checked for a clear message in the agent's words and nothing stuck.

const METHODS = [
  'listWorkItems',
  'getWorkItem',
  'changeWorkItem',
  'subscribeWorkItems',
  'subscribeOffers',
  'acceptOffer',
  'rejectOffer',
  'searchRecords',
  'getCustomer',
  'getCase',
  'listRecentCases',
  'listActivities',
  'addNote',
  'linkRecord',
  'unlinkRecord',
] as const;
type Method = (typeof METHODS)[number];

/** The in-memory CRM, with some of its methods replaced by faulty ones. */
function faulty(crm: InMemoryCrm, overrides: Partial<Record<Method, (...args: never[]) => unknown>>): CrmDataSource {
  const source: Record<string, unknown> = { agentId: crm.agentId };
  for (const method of METHODS) source[method] = (...args: unknown[]) => (crm[method] as (...a: unknown[]) => unknown)(...args);
  return Object.assign(source, overrides) as unknown as CrmDataSource;
}

/** Ways to fail: rejections with anything at all. */
const REJECTIONS: [string, () => Promise<never>][] = [
  ['null', () => Promise.reject(null)],
  ['undefined', () => Promise.reject(undefined)],
  ['a string', () => Promise.reject('Server busy')],
  ['a number', () => Promise.reject(503)],
  ['an internal TypeError', () => Promise.reject(new TypeError('s is not iterable'))],
  ['a 100,000-character message', () => Promise.reject(new CrmError('unavailable', 'x'.repeat(100000)))],
  ['a synchronous throw', () => {
    throw null;
  }],
];
/** Ways to answer garbage. */
const GARBAGE: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['a string', 'ok'],
  ['an empty object', {}],
  ['a list', []],
];

/** A message fit for an agent: not blank, no "undefined"/"null"/[object Object], no internals. */
function expectReadable(message: string): void {
  expect(message.trim()).to.not.equal('');
  expect(message).to.not.match(/undefined|null|\[object|is not iterable|TypeError|Cannot read/);
  expect(message.length).to.be.below(1200);
}

/** The element's own box holds all its text: nothing wider than it. */
function expectWithinBox(element: HTMLElement): void {
  const width = element.getBoundingClientRect().width;
  for (const node of shadow(element).querySelectorAll<HTMLElement>('*')) {
    expect(node.getBoundingClientRect().width, `${node.localName}.${node.className || node.getAttribute('part')}`).to.be.at.most(width + 1);
  }
}

async function desktop(source: CrmDataSource, body = html``) {
  const root = await fixture<HTMLElement>(html`<div style="inline-size: 40rem">
    <session-provider .dataSource=${source}><session-panel></session-panel>${body}</session-provider>
  </div>`);
  const provider = root.querySelector('session-provider') as SessionProvider;
  return { root, provider, store: provider.store };
}

let unhandled: unknown[] = [];
/** A test that also fails when anything was thrown at the page while it ran. */
function check(name: string, test: () => Promise<void> | void): void {
  it(name, async () => {
    await test();
    expect(unhandled, 'nothing thrown at the page').to.deep.equal([]);
  });
}

describe('faulty data sources', () => {
  let crm: InMemoryCrm;
  const onUnhandled = (event: PromiseRejectionEvent) => {
    unhandled.push(event.reason);
    event.preventDefault();
  };
  const onError = (event: ErrorEvent) => {
    if (!String(event.message).includes('ResizeObserver')) unhandled.push(event.error ?? event.message);
  };
  const consoleWarn = console.warn;
  beforeEach(() => {
    crm = new InMemoryCrm({ workItems: 20 });
    unhandled = [];
    window.addEventListener('unhandledrejection', onUnhandled);
    window.addEventListener('error', onError);
    console.warn = () => {}; // the layer reports what it dropped; not under test here
  });
  afterEach(() => {
    crm.dispose();
    window.removeEventListener('unhandledrejection', onUnhandled);
    window.removeEventListener('error', onError);
    console.warn = consoleWarn;
  });

  describe('<work-item-stream>', () => {
    const alertOf = (stream: WorkItemStream) => shadow(stream).querySelector<HTMLElement>('[role="alert"]');

    for (const [what, reject] of REJECTIONS) {
      check(`a list rejected with ${what} shows a readable error with Retry, and Retry loads`, async () => {
        let fail = true;
        const source = faulty(crm, { listWorkItems: (...args: never[]) => (fail ? reject() : crm.listWorkItems(...(args as [never]))) });
        const { provider } = await desktop(source, html`<work-item-stream stream="open"></work-item-stream>`);
        const stream = provider.querySelector('work-item-stream')!;
        await until(() => !!alertOf(stream), 'the error');
        expectReadable(alertOf(stream)!.textContent!);
        expectWithinBox(stream);
        fail = false;
        await realClick([...alertOf(stream)!.querySelectorAll('button')].find((b) => b.textContent === 'Retry')!);
        await until(() => !!shadow(stream).querySelector('[part="row"]'), 'rows after Retry');
      });
    }

    for (const [what, answer] of [...GARBAGE.filter(([, a]) => !Array.isArray(a)), ['a number', 42]] as [string, unknown][]) {
      check(`a list answered with ${what} (not a list) says so, not "is not iterable"`, async () => {
        const { provider } = await desktop(faulty(crm, { listWorkItems: async () => answer }), html`<work-item-stream stream="my"></work-item-stream>`);
        const stream = provider.querySelector('work-item-stream')!;
        await until(() => !!alertOf(stream), 'the error');
        expectReadable(alertOf(stream)!.textContent!);
        expect(alertOf(stream)!.textContent).to.contain('cannot read');
      });
    }

    for (const [what, answer] of GARBAGE) {
      check(`Pick answered with ${what}: a clear notice, no session, and Pick works again`, async () => {
        let broken = true;
        const source = faulty(crm, { changeWorkItem: (...args: never[]) => (broken ? Promise.resolve(answer) : crm.changeWorkItem(...(args as [never, never]))) });
        const { provider, store } = await desktop(source, html`<work-item-stream stream="open"></work-item-stream>`);
        const stream = provider.querySelector('work-item-stream')!;
        await until(() => stream.items.length > 0, 'the rows');
        const item = stream.items[0]!;
        const result = await pickWorkItem(store, source, item);
        expect(result.status).to.equal('failed');
        expectReadable((result as { message: string }).message);
        expect(store.sessions).to.have.length(1);
        broken = false;
        expect((await pickWorkItem(store, source, item)).status).to.equal('opened');
      });
    }

    check('live changes that are null or garbage are skipped; the CRM never gets an error back; a broken unsubscribe does not throw', async () => {
      let push: (change: unknown) => void = () => {};
      const source = faulty(crm, {
        subscribeWorkItems: ((listener: (c: unknown) => void) => {
          push = listener;
          return 'not a function';
        }) as never,
      });
      const { provider } = await desktop(source, html`<work-item-stream stream="open"></work-item-stream>`);
      const stream = provider.querySelector('work-item-stream')!;
      await until(() => stream.items.length > 0, 'the rows');
      const count = stream.items.length;
      for (const change of [null, undefined, 42, {}, { type: 'upsert' }, { type: 'upsert', item: { id: 'x' } }, { type: 'remove' }, { type: 'explode' }]) {
        expect(() => push(change)).to.not.throw();
      }
      expect(stream.items).to.have.length(count);
      expect(() => stream.remove()).to.not.throw();
    });

    check('a subscribe that throws still lets the stream load', async () => {
      const source = faulty(crm, {
        subscribeWorkItems: () => {
          throw new TypeError('subscribe exploded');
        },
      });
      const { provider } = await desktop(source, html`<work-item-stream stream="open"></work-item-stream>`);
      const stream = provider.querySelector('work-item-stream')!;
      await until(() => stream.items.length > 0, 'the rows');
    });

    check('a conversation with a blank visitor or queue name is shown with a placeholder, not left out', async () => {
      const [mine] = crm.addWorkItems([{ ...crm.allWorkItems()[0]!, id: 'WI-blank', state: 'active', assignedTo: crm.agentId, customer: undefined, case: undefined, visitor: { displayName: ' \u200B ', authenticated: false }, queue: { id: 'q', name: '' }, updatedAt: Date.now() + 1000 }]);
      const { provider } = await desktop(crm, html`<work-item-stream stream="my"></work-item-stream>`);
      const stream = provider.querySelector('work-item-stream')!;
      await until(() => !!shadow(stream).querySelector('[part="row"][data-id="WI-blank"]'), 'the row');
      const row = shadow(stream).querySelector('[part="row"][data-id="WI-blank"]')!;
      expect(row.querySelector('.name')!.textContent).to.equal(`Conversation ${mine!.id}`);
      expect(row.querySelector('.queue')!.textContent).to.equal('Unnamed queue');
      expect(shadow(stream).textContent).to.not.contain('could not be shown');
    });
  });

  describe('<incoming-conversation>', () => {
    const cards = (el: IncomingConversation) => [...shadow(el).querySelectorAll<HTMLElement>('[part="offer"]')];
    const live = (el: IncomingConversation) => shadow(el).querySelector('[aria-live="polite"]')!.textContent!;

    check('shows only well-formed offers that can still be answered, announces only those, and never throws on a tick', async () => {
      const good = crm.offerIncoming({ visitor: { displayName: 'Good offer', authenticated: false }, customer: undefined, case: undefined });
      const item = (name: string): WorkItem => ({ ...good.workItem, id: `WI-${name}`, visitor: { displayName: name, authenticated: false } });
      const now = Date.now();
      const offers = [
        null,
        42,
        { id: 'no-item', expiresAt: now + 30000 },
        { id: 'nan', workItem: item('NaN expiry'), offeredAt: now, expiresAt: NaN },
        { id: 'string', workItem: item('String expiry'), offeredAt: now, expiresAt: 'soon' },
        { id: 'infinite', workItem: item('Infinite expiry'), offeredAt: now, expiresAt: Infinity },
        { id: 'past', workItem: item('Past expiry'), offeredAt: now - 60000, expiresAt: now - 1000 },
        { id: 'bad-item', workItem: { id: 'x' }, offeredAt: now, expiresAt: now + 30000 },
        { ...good, expiresAt: now + 90000 },
      ];
      const source = faulty(crm, {
        subscribeOffers: ((listener: (o: unknown) => void) => {
          listener(offers);
          return () => {};
        }) as never,
      });
      const { provider } = await desktop(source, html`<incoming-conversation></incoming-conversation>`);
      const incoming = provider.querySelector('incoming-conversation')!;
      await until(() => cards(incoming).length === 1, 'the one good offer');
      expect(cards(incoming)[0]!.textContent).to.contain('Good offer');
      expect(cards(incoming)[0]!.querySelector('[role="timer"]')!.textContent).to.match(/^1:(29|30)$/);
      expect(live(incoming)).to.contain('Good offer');
      expect(live(incoming)).to.not.match(/NaN|String|Infinite|Past/);
      await new Promise((resolve) => setTimeout(resolve, 1200)); // a clock tick or two
    });

    check('offers that are not a list show nothing and throw nothing', async () => {
      let push: (o: unknown) => void = () => {};
      const source = faulty(crm, {
        subscribeOffers: ((listener: (o: unknown) => void) => {
          push = listener;
          return undefined;
        }) as never,
      });
      const { provider } = await desktop(source, html`<incoming-conversation></incoming-conversation>`);
      const incoming = provider.querySelector('incoming-conversation')!;
      for (const value of [null, undefined, 'offers', 42, {}]) expect(() => push(value)).to.not.throw();
      await incoming.updateComplete;
      expect(cards(incoming)).to.have.length(0);
      expect(() => incoming.remove()).to.not.throw();
    });

    for (const [what, answer] of [...GARBAGE, ...REJECTIONS.map(([w, r]) => [`a rejection with ${w}`, r] as [string, unknown])]) {
      check(`Accept answered with ${what}: a clear notice, no session, and the buttons work again`, async () => {
        const source = faulty(crm, { acceptOffer: (() => (typeof answer === 'function' ? (answer as () => unknown)() : Promise.resolve(answer))) as never });
        const { provider, store } = await desktop(source, html`<incoming-conversation></incoming-conversation>`);
        const incoming = provider.querySelector('incoming-conversation')!;
        crm.offerIncoming({ visitor: { displayName: 'Anna', authenticated: false }, customer: undefined, case: undefined });
        await until(() => cards(incoming).length === 1, 'the offer');
        const accept = [...cards(incoming)[0]!.querySelectorAll('button')].find((b) => b.textContent === 'Accept')!;
        await realClick(accept);
        const notice = () => shadow(incoming).querySelector('[part="notice"]')!.textContent!;
        await until(() => notice().startsWith('Could not accept'), 'the notice');
        expectReadable(notice());
        expect(store.sessions).to.have.length(1);
        await until(() => !accept.disabled, 'Accept enabled again');
        expectWithinBox(incoming);
      });
    }
  });

  describe('<customer-summary>', () => {
    async function summaryOf(source: CrmDataSource) {
      const { provider, store } = await desktop(source, html`<customer-summary></customer-summary>`);
      const summary = provider.querySelector('customer-summary') as CustomerSummary;
      return { summary, store };
    }
    const settled = (summary: CustomerSummary) => () => !!shadow(summary).querySelector('section') && !shadow(summary).querySelector('[aria-busy="true"]');
    const alerts = (summary: CustomerSummary) => [...shadow(summary).querySelectorAll<HTMLElement>('[role="alert"]')];

    for (const [what, answer] of GARBAGE) {
      check(`a conversation answered with ${what}: an error with Retry, no section stuck loading`, async () => {
        const item = crm.allWorkItems().find((w) => w.customer)!;
        const { summary, store } = await summaryOf(faulty(crm, { getWorkItem: async () => answer }));
        store.openConversationSession({ workItemId: item.id, title: 'Chat' });
        await until(settled(summary), 'the summary to settle');
        expect(alerts(summary)).to.have.length.greaterThan(0);
        for (const alert of alerts(summary)) expectReadable(alert.textContent!);
        expect(alerts(summary)[0]!.querySelector('button')!.textContent).to.equal('Retry');
      });
    }

    for (const [what, reject] of REJECTIONS) {
      check(`a customer rejected with ${what}: the Customer section says so within its box, with Retry`, async () => {
        const contact = crm.records.contacts[3]!;
        const { summary, store } = await summaryOf(faulty(crm, { getCustomer: reject as never }));
        store.openRecordSession(contact);
        await until(settled(summary), 'the summary to settle');
        const customer = shadow(summary).querySelector<HTMLElement>('[data-section="customer"]')!;
        const alert = customer.querySelector<HTMLElement>('[role="alert"]')!;
        expectReadable(alert.textContent!);
        expectWithinBox(summary);
      });
    }

    check('lists that are not lists, and records with missing fields, show errors or blanks, never "undefined"', async () => {
      const contact = crm.records.contacts[5]!;
      const source = faulty(crm, {
        listRecentCases: async () => ({ length: 3 }),
        listActivities: async () => [null, { id: 'a', about: 'case', type: 'note', subject: 'Kept', at: Date.now(), by: 'Ana' }, { id: 'b' }],
        getCustomer: async () => ({ entity: 'contact', id: contact.id, name: 'Only a name' }),
      });
      const { summary, store } = await summaryOf(source);
      store.openRecordSession(contact);
      await until(settled(summary), 'the summary to settle');
      expect(shadow(summary).querySelector('[data-section="customer"]')!.textContent).to.contain('Only a name');
      expect(shadow(summary).textContent).to.not.contain('undefined');
      expect(shadow(summary).querySelector('[data-section="recentCases"] [role="alert"]')).to.exist;
      expect(shadow(summary).querySelector('[data-section="activities"]')!.textContent).to.contain('Kept');
    });
  });

  describe('<session-provider> keeping conversations in step', () => {
    for (const [what, reject] of REJECTIONS) {
      check(`closing a conversation's session when the CRM rejects with ${what} throws nothing at the page`, async () => {
        const item = crm.allWorkItems()[0]!;
        const { store } = await desktop(faulty(crm, { getWorkItem: reject as never }));
        store.openConversationSession({ workItemId: item.id, title: 'Chat' });
        store.closeSession(`conversation:${item.id}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      });
    }
  });

  describe('the checking layer', () => {
    check('is one wrapper per data source, and wraps a checked one no further', () => {
      const checked = checkedDataSource(crm);
      expect(checkedDataSource(crm)).to.equal(checked);
      expect(checkedDataSource(checked)).to.equal(checked);
    });

    check('a data source that is not even an object fails every call with a clear CrmError', async () => {
      const none = checkedDataSource(null as never);
      const error = await none.listWorkItems('my').catch((e: unknown) => e);
      expect(error).to.be.instanceOf(CrmError);
      expectReadable((error as Error).message);
      expect(() => none.subscribeOffers(() => {})()).to.not.throw();
    });
  });
});
