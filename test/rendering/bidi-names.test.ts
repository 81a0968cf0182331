import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/session-panel/session-panel.js';
import '../../src/components/app-tab-panel/app-tab-panel.js';
import '../../src/components/session-view/session-view.js';
import '../../src/components/work-item-stream/work-item-stream.js';
import '../../src/components/incoming-conversation/incoming-conversation.js';
import '../../src/components/customer-summary/customer-summary.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import type { SessionPanel } from '../../src/components/session-panel/session-panel.js';
import { InMemoryCrm } from '../../src/data/index.js';
import { pickWorkItem } from '../../src/actions/index.js';
import type { OpenSessionResult, Session, WorkItem } from '../../src/state/index.js';
import { shadow, tabs, until } from '../helpers.js';

// Customer-supplied names are isolated from the text around them (issue 13, right-to-left): a
// name sits in a <bdi> or an element with dir="auto" (in a sentence built as a string, between
// FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE), so it takes its own direction in a page of
// the other one. Each place is checked twice: in the DOM, and as rendered — the name's first word
// is drawn on the name's own starting side, and a long name is cut at its own end.

const ARABIC = 'محمد';
const LATIN = 'Smith';

/** The two pages: an Arabic page with a Latin-first name, an English page with an Arabic-first one. */
const PAGES = [
  { dir: 'rtl', lang: 'ar', name: `${LATIN} ${ARABIC}`, long: 'Alexandria Montgomery-Fitzwilliam Wolfeschlegelsteinhausen Bergdorff', nameDir: 'ltr' },
  { dir: 'ltr', lang: 'en', name: `${ARABIC} ${LATIN}`, long: 'عبد الرحمن بن عبد العزيز بن محمد بن عبد الله آل الشيخ الجزائري', nameDir: 'rtl' },
] as const;

function opened(result: OpenSessionResult): Session {
  if (result.status === 'limit-reached') throw new Error('the session did not open');
  return result.session;
}

/** Whether an element isolates its text: a <bdi>, or dir="auto". */
const isolates = (element: Element) => element.localName === 'bdi' || element.getAttribute('dir') === 'auto';

/** The innermost element (shadow roots included) whose whole text is `text`. */
function holderOf(root: Element | ShadowRoot, text: string): Element | undefined {
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const inner = holderOf(element.shadowRoot, text);
      if (inner) return inner;
    }
    if (element.textContent?.trim() === text && ![...element.children].some((child) => child.textContent?.trim() === text)) return element;
  }
  return undefined;
}

/** The box the first letter of a word is drawn in. */
function wordBox(container: Element, word: string): DOMRect {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(word);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    // Its first letter only: WebKit gives a range over a whole word inside an isolate the box of the isolate.
    range.setEnd(node, at + 1);
    return range.getBoundingClientRect();
  }
  throw new Error(`"${word}" is not in ${container.outerHTML.slice(0, 200)}`);
}

/** The name's first word is drawn on the name's own starting side of its second. */
function expectOwnOrder(container: Element, name: string, nameDir: 'ltr' | 'rtl', where: string): void {
  const [first, second] = name.split(' ') as [string, string];
  const a = wordBox(container, first);
  const b = wordBox(container, second);
  expect(a.width * b.width, `${where}: both words are drawn`).to.be.above(0);
  expect(Math.abs(a.top - b.top), `${where}: both words are on one line`).to.be.below(a.height / 2);
  if (nameDir === 'ltr') expect(a.left, `${where}: "${first}" is drawn left of "${second}"`).to.be.below(b.left);
  else expect(a.left, `${where}: "${first}" is drawn right of "${second}"`).to.be.above(b.left);
}

/** A long name that does not fit is cut at its own end: its first letter is drawn at its own start edge. */
function expectCutAtItsEnd(holder: Element, name: string, nameDir: 'ltr' | 'rtl', where: string): void {
  expect(holder.scrollWidth, `${where}: the name is too long for its box`).to.be.above(holder.clientWidth);
  const box = holder.getBoundingClientRect();
  const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
  const node = walker.nextNode()!;
  const range = document.createRange();
  range.setStart(node, node.textContent!.indexOf(name[0]!));
  range.setEnd(node, node.textContent!.indexOf(name[0]!) + 1);
  const letter = range.getBoundingClientRect();
  if (nameDir === 'ltr') expect(letter.left, `${where}: the first letter is at the left edge`).to.be.within(box.left - 1, box.left + 12);
  else expect(letter.right, `${where}: the first letter is at the right edge`).to.be.within(box.right - 12, box.right + 1);
}

async function desk(crm: InMemoryCrm, dir: string, lang: string) {
  const page = await fixture<HTMLElement>(html`<div dir=${dir} lang=${lang}>
    <session-provider .dataSource=${crm}>
      <div style="display: flex; block-size: 40rem">
        <session-panel style="--ehe-session-panel-width: 12rem"></session-panel>
        <main style="flex: 1; min-inline-size: 0">
          <app-tab-panel></app-tab-panel>
          <session-view><div>Home</div></session-view>
          <work-item-stream stream="open" style="inline-size: 28rem; --ehe-stream-height: 10rem"></work-item-stream>
          <incoming-conversation></incoming-conversation>
          <customer-summary></customer-summary>
        </main>
      </div>
    </session-provider>
  </div>`);
  const provider = page.querySelector<SessionProvider>('session-provider')!;
  const $ = (tag: string) => provider.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  return { store: provider.store, panel: provider.querySelector<SessionPanel>('session-panel')!, appTabs: $('app-tab-panel'), view: $('session-view'), stream: $('work-item-stream'), incoming: $('incoming-conversation'), summary: $('customer-summary') };
}

describe('customer-supplied names are isolated', function () {
  this.timeout(20000);
  let crm: InMemoryCrm;
  beforeEach(() => (crm = new InMemoryCrm({ workItems: 12, seed: 3 })));
  afterEach(() => crm.dispose());

  for (const { dir, lang, name, long, nameDir } of PAGES) {
    describe(`"${name}" in a ${dir} page (lang=${lang})`, () => {
      it('session tab, application tab, summary title and record page', async () => {
        const { store, panel, appTabs, view, summary } = await desk(crm, dir, lang);
        const session = opened(store.openRecordSession({ entity: 'account', id: 'a1', name }));
        store.openTab({ record: { entity: 'opportunity', id: 'o1', name } }, { sessionId: session.id });
        await until(() => tabs(panel).length === 2 && shadow(appTabs).querySelectorAll('[role="tab"]').length === 2, 'the tabs');
        await until(() => !!holderOf(view, name), 'the record page');

        const label = shadow(tabs(panel)[1]!).querySelector('[part="label"]')!;
        expect(isolates(label), 'session tab label').to.be.true;
        expectOwnOrder(label, name, nameDir, 'session tab');
        // Tooltips are text too: the close buttons' name the session and the tab with the name isolated.
        expect(shadow(panel).querySelector('[part="close-button"]')!.getAttribute('title')).to.contain(`\u2068${name}\u2069`);
        expect(shadow(appTabs).querySelector('[part="close-button"]')!.getAttribute('title')).to.contain(`\u2068${name}\u2069`);
        const appLabel = holderOf(appTabs.shadowRoot!, name)!;
        expect(isolates(appLabel), 'application tab label').to.be.true;
        expectOwnOrder(appLabel, name, nameDir, 'application tab');
        const heading = holderOf(view, name)!;
        expect(heading.localName).to.equal('h2');
        expect(isolates(heading), 'record page heading').to.be.true;
        expectOwnOrder(heading, name, nameDir, 'record page heading');

        store.focusTab(session.id, 'anchor');
        await until(() => !!shadow(summary).querySelector('[part="subtitle"]'), 'the summary');
        const subtitle = shadow(summary).querySelector('[part="subtitle"]')!;
        expect(isolates(subtitle), 'summary subtitle').to.be.true;
        expectOwnOrder(subtitle, name, nameDir, 'summary subtitle');
      });

      it('a long name in a session tab, an application tab and a stream row is cut at its own end', async () => {
        const { store, panel, appTabs, stream } = await desk(crm, dir, lang);
        const session = opened(store.openRecordSession({ entity: 'account', id: 'a1', name: long }));
        store.openTab({ record: { entity: 'opportunity', id: 'o1', name: long } }, { sessionId: session.id });
        const template = crm.allWorkItems().find((i) => i.state === 'open')!;
        crm.addWorkItems([{ ...template, id: 'WI-long', createdAt: Date.now() + 60_000, customer: { entity: 'contact', id: 'c-long', name: long } }]);
        await until(() => tabs(panel).length === 2 && !!shadow(appTabs).querySelector('.label[dir]'), 'the tabs');
        await until(() => !!shadow(stream).querySelector('[part="row"][data-id="WI-long"] .name'), 'the row');

        expectCutAtItsEnd(shadow(tabs(panel)[1]!).querySelector('[part="label"]')!, long, nameDir, 'session tab');
        // The application tab cuts its title at 14rem.
        expectCutAtItsEnd([...shadow(appTabs).querySelectorAll('.label')].find((l) => l.textContent === long)!, long, nameDir, 'application tab');
        const rowName = shadow(stream).querySelector('[part="row"][data-id="WI-long"] .name')!;
        expectCutAtItsEnd(rowName, long, nameDir, 'stream row');
        expect(isolates(rowName)).to.be.true;
      });

      it('the close dialog and the limit notice keep the sentence around the name in order', async () => {
        // The panel alone, wide enough for the notice's sentence on one line.
        const page = await fixture<HTMLElement>(html`<div dir=${dir} lang=${lang}>
          <style>
            session-panel::part(notice) {
              white-space: nowrap;
            }
          </style>
          <session-provider .dataSource=${crm} max-sessions="1"><session-panel style="--ehe-session-panel-width: 48rem"></session-panel></session-provider>
        </div>`);
        const panel = page.querySelector<SessionPanel>('session-panel')!;
        const { store } = page.querySelector<SessionProvider>('session-provider')!;
        const session = opened(store.openRecordSession({ entity: 'account', id: 'a1', name }));
        panel.requestClose(session.id);
        const dialog = shadow(panel).querySelector('dialog')!;
        await until(() => dialog.open, 'the dialog');
        const text = dialog.querySelector('#close-text')!;
        const holder = holderOf(text, name)!;
        expect(holder.localName === 'bdi' || isolates(holder), 'the name in the dialog').to.be.true;
        expectOwnOrder(text, name, nameDir, 'close dialog');
        await sendKeys({ press: 'Escape' });
        await until(() => !dialog.open, 'the dialog to close');

        // Over the limit: the notice names the session that could not open, in its own <bdi>.
        store.openRecordSession({ entity: 'account', id: 'a2', name });
        const notice = shadow(panel).querySelector('[part="notice"]')!;
        await until(() => notice.textContent!.includes(name), 'the limit notice');
        expect(holderOf(notice, name)?.localName, 'the name in the notice').to.equal('bdi');
        expectOwnOrder(notice, name, nameDir, 'limit notice');
      });

      it("an offer's heading and details, a stream row's queue", async () => {
        const { incoming, stream } = await desk(crm, dir, lang);
        crm.offerIncoming({ channel: 'chat', customer: { entity: 'contact', id: 'c1', name }, subject: name });
        await until(() => !!shadow(incoming).querySelector('[part="offer"] h3'), 'the offer');
        const offer = shadow(incoming).querySelector('[part="offer"]')!;
        const inHeading = holderOf(offer.querySelector('h3')!, name)!;
        expect(inHeading.localName, 'the name in the heading').to.equal('bdi');
        expectOwnOrder(offer.querySelector('h3')!, name, nameDir, 'offer heading');
        const details = offer.querySelector('.details')!;
        expect(holderOf(details, name)!.localName, 'the subject in the details').to.equal('bdi');
        expect([...details.querySelectorAll('bdi')].map((b) => b.textContent)).to.include(crm.offers[0]!.workItem.queue.name);
        expectOwnOrder(details, name, nameDir, 'offer details');

        await until(() => shadow(stream).querySelectorAll('[part="row"] .queue').length > 0, 'rows');
        for (const queue of shadow(stream).querySelectorAll('[part="row"] .queue')) expect(queue.localName, 'a queue name').to.equal('bdi');
      });

      it("the summary's names: customer, recent cases, activities, search results", async () => {
        // The summary alone (WebKit reports a ResizeObserver loop when the stream's virtual list
        // shares a column with a summary that grows).
        const page = await fixture<HTMLElement>(html`<div dir=${dir} lang=${lang}><session-provider .dataSource=${crm}><customer-summary></customer-summary></session-provider></div>`);
        const provider = page.querySelector<SessionProvider>('session-provider')!;
        const { store } = provider;
        const summary = provider.querySelector('customer-summary')!;
        const contact = crm.records.contacts.find((c) => crm.records.cases.some((k) => k.customerId === c.id))!;
        const template = crm.allWorkItems().find((i) => i.channel === 'chat')!;
        const item: WorkItem = crm.addWorkItems([{ ...template, id: 'WI-linked', state: 'open', assignedTo: undefined, customer: { entity: 'contact', id: contact.id, name: contact.name }, case: undefined }])[0]!;
        await pickWorkItem(store, crm, item);
        await until(() => !!shadow(summary).querySelector('[data-section="recentCases"] a') && !shadow(summary).querySelector('[aria-busy="true"]'), 'the recent cases');
        expect(isolates(holderOf(shadow(summary).querySelector('[data-section="customer"] .name-line')!, contact.name)!), 'the customer').to.be.true;
        for (const link of shadow(summary).querySelectorAll('[data-section="recentCases"] a')) expect(isolates(link), `case ${link.textContent}`).to.be.true;
        for (const entry of shadow(summary).querySelectorAll('[data-section="activities"] li')) {
          expect(entry.querySelectorAll('bdi').length, `activity ${entry.textContent}`).to.equal(2);
        }

        // A conversation with nobody linked offers the customer search; each result's name is isolated.
        const anon: WorkItem = crm.addWorkItems([{ ...template, id: 'WI-anon', state: 'open', assignedTo: undefined, customer: undefined, case: undefined }])[0]!;
        await pickWorkItem(store, crm, anon);
        await until(() => !!shadow(summary).querySelector('[role="combobox"][aria-label="Search customers"]'), 'the search');
        shadow(summary).querySelector<HTMLInputElement>('[role="combobox"][aria-label="Search customers"]')!.focus();
        await sendKeys({ type: 'a' });
        await until(() => shadow(summary).querySelectorAll('[role="option"]').length > 0, 'results');
        for (const option of shadow(summary).querySelectorAll('[role="option"]')) {
          expect(isolates(option.querySelector('.option-name')!), `result ${option.textContent}`).to.be.true;
        }
      });
    });
  }
});
