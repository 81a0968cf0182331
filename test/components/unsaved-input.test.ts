import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/session-panel/session-panel.js';
import '../../src/components/app-tab-panel/app-tab-panel.js';
import '../../src/components/session-view/session-view.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import type { SessionPanel } from '../../src/components/session-panel/session-panel.js';
import type { AppTabPanel } from '../../src/components/app-tab-panel/app-tab-panel.js';
import type { SessionView } from '../../src/components/session-view/session-view.js';
import { InMemoryCrm } from '../../src/data/index.js';
import { pickWorkItem } from '../../src/actions/index.js';
import { memoryStorage } from '../persist/storage.helper.js';
import { button, deepActiveElement, realClick, shadow, tabs, until } from '../helpers.js';

/** A host's form that follows the documented protocol: it says when it has unsaved input. */
function orderForm(): HTMLElement {
  const form = document.createElement('form');
  const label = document.createElement('label');
  label.textContent = 'Order note ';
  const input = document.createElement('input');
  label.append(input);
  form.append(label);
  let dirty = false;
  input.addEventListener('input', () => {
    if (dirty === (input.value !== '')) return;
    dirty = input.value !== '';
    form.dispatchEvent(new CustomEvent('session-content-dirty', { detail: { dirty, what: 'the order note' }, bubbles: true, composed: true }));
  });
  return form;
}

const apps = [
  { id: 'order', title: 'Order form' },
  { id: 'kb', title: 'Knowledge' },
];

/** Whether leaving the page now would ask the agent first (what a reload or closing the window does). */
function leavingAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

async function desktop(persist = false) {
  const provider = await fixture<SessionProvider>(html`<session-provider ?persist=${persist} persist-key="unsaved-test" .storage=${memoryStorage()}>
    <session-panel></session-panel>
    <app-tab-panel .applications=${apps}></app-tab-panel>
    <session-view .renderers=${{ app: { order: () => orderForm() } }}></session-view>
  </session-provider>`);
  const panel = provider.querySelector<SessionPanel>('session-panel')!;
  const bar = provider.querySelector<AppTabPanel>('app-tab-panel')!;
  const view = provider.querySelector<SessionView>('session-view')!;
  await bar.updateComplete;
  return { provider, panel, bar, view, store: provider.store };
}

const appTabs = (bar: AppTabPanel) => [...shadow(bar).querySelectorAll<HTMLElement>('[role="tab"]')];
const dialogOf = (element: Element) => shadow(element).querySelector('dialog')!;

describe('unsaved input: closing asks first and says what will be lost', () => {
  it('an app tab whose content is dirty asks before closing (X, Delete, Alt+Shift+W); Cancel keeps it, Close tab closes it', async () => {
    const { store, bar, view } = await desktop();
    store.openRecordSession({ entity: 'account', id: 'A-1', name: 'Contoso' });
    store.openTab({ app: apps[0]! });
    await bar.updateComplete;
    await view.updateComplete;
    const input = view.contentOf('record:account:A-1', 'app:order:1')!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'Ship to the depot' });

    await realClick(button(bar, 'Close tab Order form'));
    await bar.updateComplete;
    const dialog = dialogOf(bar);
    expect(dialog.open).to.be.true;
    expect(dialog.getAttribute('role')).to.equal('alertdialog');
    expect(dialog.querySelector('h2')!.textContent).to.equal('Close tab?');
    expect(dialog.querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('“Order form” has unsaved input: the order note. Closing the tab loses it.');
    await expect(bar).to.be.accessible();
    expect(deepActiveElement()!.textContent!.trim(), 'Cancel has focus').to.equal('Cancel');
    await sendKeys({ press: 'Escape' });
    await bar.updateComplete;
    expect(dialog.open).to.be.false;
    expect(appTabs(bar).map((t) => t.textContent!.trim())).to.deep.equal(['Contoso', 'Order form']);
    expect(input.value, 'the input is still there').to.equal('Ship to the depot');

    // Alt+Shift+W (the work area's shortcut, not while typing) asks too, rather than closing.
    input.blur();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'KeyW' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Alt' });
    await bar.updateComplete;
    expect(dialog.open).to.be.true;
    const closed = oneEvent(bar, 'app-tab-closed');
    await realClick(button(dialog as unknown as Element, 'Close tab'));
    await closed;
    expect(appTabs(bar).map((t) => t.textContent!.trim())).to.deep.equal(['Contoso']);
  });

  it('a clean tab, or one whose content went clean again, closes at once', async () => {
    const { store, bar, view } = await desktop();
    store.openRecordSession({ entity: 'account', id: 'A-1', name: 'Contoso' });
    store.openTab({ app: apps[0]! });
    await view.updateComplete;
    const input = view.contentOf('record:account:A-1', 'app:order:1')!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'x' });
    await sendKeys({ press: 'Backspace' });
    store.openTab({ app: apps[1]! });
    await bar.updateComplete;
    appTabs(bar)[2]!.focus();
    await sendKeys({ press: 'Delete' });
    await bar.updateComplete;
    expect(dialogOf(bar).open).to.be.false;
    await realClick(button(bar, 'Close tab Order form'));
    await bar.updateComplete;
    expect(dialogOf(bar).open).to.be.false;
    expect(appTabs(bar).map((t) => t.textContent!.trim())).to.deep.equal(['Contoso']);
  });

  it('closing a session names its unsaved input: the quick note in its summary, a form in one of its tabs', async () => {
    const crm = new InMemoryCrm({ workItems: 20, seed: 4 });
    const { provider, store, panel, view } = await desktop();
    provider.dataSource = crm;
    const item = crm.allWorkItems().find((i) => i.state === 'open')!;
    await pickWorkItem(store, crm, item);
    const sessionId = `conversation:${item.id}`;
    await view.updateComplete;
    const summary = view.contentOf(sessionId, 'anchor')!;
    await until(() => !!shadow(summary).querySelector('textarea'), 'the quick note');
    shadow(summary).querySelector('textarea')!.focus();
    await sendKeys({ type: 'Promised a callback' });
    store.openTab({ app: apps[0]! });
    await view.updateComplete;
    view.contentOf(sessionId, 'app:order:1')!.querySelector('input')!.focus();
    await sendKeys({ type: 'Express' });

    const title = store.getSession(sessionId).title;
    await realClick(button(panel, `Close session ${title}`));
    await panel.updateComplete;
    const dialog = dialogOf(panel);
    expect(dialog.open).to.be.true;
    expect(dialog.querySelector('#close-text')!.textContent).to.equal(
      `“${title}” will be closed. Its conversation is not ended. Unsaved input will be lost: a quick note in “Customer summary” and the order note in “Order form”.`,
    );
    await sendKeys({ press: 'Escape' });
    await panel.updateComplete;
    expect(tabs(panel)).to.have.length(2);
    crm.dispose();
  });

  it('without unsaved input the session dialog says only what it always said', async () => {
    const { store, panel } = await desktop();
    store.openRecordSession({ entity: 'account', id: 'A-1', name: 'Contoso' });
    await panel.updateComplete;
    await realClick(button(panel, 'Close session Contoso'));
    await panel.updateComplete;
    // A record session has no conversation, so the dialog no longer mentions one (issue 13).
    expect(dialogOf(panel).querySelector('#close-text')!.textContent).to.equal('“Contoso” will be closed.');
    await sendKeys({ press: 'Escape' });
  });

  it('leaving the page with unsaved input asks first; input the kit keeps as a draft (the quick note, when saved) does not', async () => {
    const { store, view } = await desktop();
    expect(leavingAsks(), 'nothing unsaved').to.be.false;
    store.openRecordSession({ entity: 'account', id: 'A-1', name: 'Contoso' });
    store.openTab({ app: apps[0]! });
    await view.updateComplete;
    const input = view.contentOf('record:account:A-1', 'app:order:1')!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'x' });
    expect(leavingAsks(), 'the order note would be lost').to.be.true;
    await sendKeys({ press: 'Backspace' });
    expect(leavingAsks()).to.be.false;
  });

  for (const persist of [false, true]) {
    it(`a typed quick note ${persist ? 'comes back after a reload with persist, so leaving does not ask' : 'would be lost without persist, so leaving asks'}`, async () => {
      const crm = new InMemoryCrm({ workItems: 20, seed: 4 });
      const { provider, store, view } = await desktop(persist);
      provider.dataSource = crm;
      const item = crm.allWorkItems().find((i) => i.state === 'open')!;
      await pickWorkItem(store, crm, item);
      await view.updateComplete;
      const summary = view.contentOf(`conversation:${item.id}`, 'anchor')!;
      await until(() => !!shadow(summary).querySelector('textarea'), 'the quick note');
      shadow(summary).querySelector('textarea')!.focus();
      await sendKeys({ type: 'Promised a callback' });
      expect(leavingAsks()).to.equal(!persist);
      crm.dispose();
    });
  }
});
