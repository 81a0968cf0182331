import { expect, fixture, html } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { sendKeys } from '@web/test-runner-commands';
import { InMemoryCrm } from '../src/data/index.js';
import { provideCrmDataSource, type WorkItemStream } from '../src/index.js';
import { accessibleText, deepActiveElement, realClick, shadow, tabs, until } from './helpers.js';

// End to end, as an agent: Pick from Open work items → the session is focused in the session
// panel → the item is listed in My work items. The page is wired as a host would wire it.
describe('end to end: Pick from Open work items', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  it('picks, focuses the new session in the panel and lists the item in My work items', async () => {
    const crm = new InMemoryCrm({ workItems: 80, seed: 11 });
    const page = await fixture<HTMLElement>(html`<div class="desktop">
      <session-panel></session-panel>
      <main>
        <work-item-stream stream="my"></work-item-stream>
        <work-item-stream stream="open"></work-item-stream>
      </main>
    </div>`);
    page.style.cssText = 'display: grid; grid-template-columns: 12rem 1fr; --ehe-stream-height: 10rem';
    provideCrmDataSource(page, crm);
    const panel = page.querySelector('session-panel')!;
    const [my, open] = [...page.querySelectorAll<WorkItemStream>('work-item-stream')];
    await until(() => !!shadow(open!).querySelector('[part="row"]'), 'Open work items to load');
    const first = shadow(open!).querySelector<HTMLElement>('[part="row"]')!;
    const title = first.querySelector('.name')!.textContent!;
    await realClick(first.querySelector('[part="more"]')!);
    await until(() => deepActiveElement()?.textContent === 'Pick', 'the menu on Pick');
    await sendKeys({ press: 'Enter' });

    await until(() => tabs(panel).some((tab) => accessibleText(tab) === title && tab.selected), 'the session focused in the panel');
    await until(() => my!.items.some((item) => item.id === first.dataset.id), 'the item in My work items');
    expect(open!.items.some((item) => item.id === first.dataset.id)).to.be.false;
    crm.dispose();
  });
});
