import { expect, fixture, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/session-panel/session-panel.js';
import '../../src/components/work-item-stream/work-item-stream.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import type { WorkItemStream } from '../../src/components/work-item-stream/work-item-stream.js';
import { InMemoryCrm } from '../../src/data/index.js';
import { conversationTitle } from '../../src/state/index.js';
import { registerTranslation } from '../../src/i18n/registry.js';
import de from '../../src/i18n/de.js';
import { realClick, shadow, until } from '../helpers.js';

// Opening one session more than the limit allows reads one sentence (`sessionLimit`), whether the
// agent opened it from the session panel's side (a record link, host code) or from a stream.

/** Text as the agent reads it: the names' isolates left out. */
const read = (text: string) => text.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

describe('the session limit, in the language of the page', function () {
  this.timeout(30_000);
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  before(() => registerTranslation(de));

  it('the panel and a stream say the same German sentence', async () => {
    const crm = new InMemoryCrm({ workItems: 20, seed: 5 });
    const provider = await fixture<SessionProvider>(html`<session-provider lang="de" max-sessions="1" .dataSource=${crm}>
      <session-panel></session-panel>
      <work-item-stream stream="closed"></work-item-stream>
    </session-provider>`);
    const store = provider.store;
    const panel = provider.querySelector('session-panel')!;
    const stream = provider.querySelector<WorkItemStream>('work-item-stream')!;
    store.openRecordSession({ entity: 'account', id: 'A-1', name: 'Contoso' });

    store.openRecordSession({ entity: 'contact', id: 'C-1', name: 'Émilie Dubois' });
    await until(() => !!shadow(panel).querySelector('[role="status"], [part~="notice"]')?.textContent?.trim(), 'the panel notice');
    const panelNotice = read(shadow(panel).querySelector('[role="status"], [part~="notice"]')!.textContent!);
    expect(panelNotice).to.equal('Neben der Startseite können 1 Sitzung geöffnet sein. Schließen Sie eine, um „Émilie Dubois“ zu öffnen.');

    await until(() => !!shadow(stream).querySelector('[part="row"]'), 'the closed rows');
    const item = stream.items[0]!;
    const title = conversationTitle(item);
    await realClick(shadow(stream).querySelector<HTMLButtonElement>(`[part="row"][data-id="${item.id}"] button[aria-haspopup]`)!);
    await until(() => !!shadow(stream).querySelector('[role="menuitem"]'), 'the menu');
    await realClick(shadow(stream).querySelector<HTMLElement>('[role="menuitem"]')!);
    await until(() => !!shadow(stream).querySelector('[part="notice"]')?.textContent?.trim(), 'the stream notice');
    expect(read(shadow(stream).querySelector('[part="notice"]')!.textContent!)).to.equal(`Neben der Startseite können 1 Sitzung geöffnet sein. Schließen Sie eine, um „${title}“ zu öffnen.`);
    expect(store.sessions).to.have.length(2);
    crm.dispose();
  });
});
