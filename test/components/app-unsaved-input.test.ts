import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/app-tab-panel/app-tab-panel.js';
import '../../src/components/session-view/session-view.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import type { AppTabPanel } from '../../src/components/app-tab-panel/app-tab-panel.js';
import type { SessionView } from '../../src/components/session-view/session-view.js';
import { sessionExtras } from '../../src/state/index.js';
import { button, realClick, shadow, until } from '../helpers.js';

// Issue 11: an app on another origin cannot send the `session-content-dirty` DOM event into the
// desktop; it says it holds unsaved input over its tab's private port
// (`{type: 'engagement-hub:tab-dirty', dirty, what}`), and closing its tab asks first.
const desktopOrigin = location.origin;
const other = desktopOrigin.includes('localhost') ? desktopOrigin.replace('localhost', '127.0.0.1') : desktopOrigin.replace('127.0.0.1', 'localhost');
const partner = `${other}/test/fixtures/title-app.html?title=Partner%20app`;

async function setup(query = '') {
  const provider = await fixture<SessionProvider>(html`<session-provider>
    <app-tab-panel></app-tab-panel>
    <session-view></session-view>
  </session-provider>`);
  const bar = provider.querySelector<AppTabPanel>('app-tab-panel')!;
  const view = provider.querySelector<SessionView>('session-view')!;
  const store = provider.store;
  const opened = store.openTab({ app: { id: 'partner', title: 'Partner', url: partner + query } });
  if (opened.status !== 'opened') throw new Error('the app tab did not open');
  await view.updateComplete;
  const frame = view.contentOf('home', opened.tab.id) as HTMLIFrameElement;
  // The app's page is up and holds its port: it named its tab through it.
  await until(() => store.focusedSession.tabs![0]!.title === 'Partner app', 'the app to name its tab');
  return { bar, view, store, frame, tabId: opened.tab.id };
}

/**
 * Clicks the app's note field (the first line of the fixture) where it is on screen, again until
 * the app says the field has focus: a click that lands before a cross-origin frame can be hit
 * (a separate process in Chromium) reaches the page around it instead.
 */
async function focusNoteInApp(frame: HTMLIFrameElement): Promise<void> {
  const { sendMouse } = await import('@web/test-runner-commands');
  let focused = false;
  const listen = (event: MessageEvent) => {
    if (event.source === frame.contentWindow && event.data?.type === 'fixture:note-focused') focused = true;
  };
  addEventListener('message', listen);
  try {
    for (let attempt = 0; attempt < 20 && !focused; attempt++) {
      const box = frame.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + 30), Math.round(box.y + 18)] });
      const end = performance.now() + 500;
      while (!focused && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    removeEventListener('message', listen);
  }
  if (!focused) throw new Error('the app\'s note field never took focus from a click');
}

const closeButton = (bar: AppTabPanel) => button(bar, 'Close tab Partner app');
const dialog = (bar: AppTabPanel) => shadow(bar).querySelector('dialog')!;

describe('an app on another origin reports unsaved input over its port', function () {
  this.timeout(20_000);

  it('typing in the app marks its tab: closing it asks first and names what would be lost', async () => {
    const { bar, store, frame, tabId } = await setup();
    expect(frame.getAttribute('sandbox')).to.include('allow-same-origin'); // it keeps its own origin: a real cross-origin page
    await focusNoteInApp(frame);
    await sendKeys({ type: 'Deliver on Monday' });
    await until(() => sessionExtras(store).unsavedInput('home', tabId).length === 1, 'the app to say it is dirty');
    await realClick(closeButton(bar));
    await until(() => dialog(bar).open, 'the close confirmation');
    expect(dialog(bar).textContent).to.contain('the order note');
    await realClick(button(dialog(bar) as unknown as Element, 'Cancel'));
    expect(store.focusedSession.tabs!.map((t) => t.id)).to.deep.equal([tabId]);
  });

  it('once the app says it saved, the tab closes without asking; a reloaded page drops its mark', async () => {
    const { bar, store, frame, tabId } = await setup();
    await focusNoteInApp(frame);
    await sendKeys({ type: 'x' });
    await until(() => sessionExtras(store).closeTabNeedsConfirmation('home', tabId), 'dirty');
    const connectedAgain = new Promise<void>((resolve) => {
      const listen = (event: MessageEvent) => {
        if (event.source !== frame.contentWindow || event.data?.type !== 'fixture:connected') return;
        removeEventListener('message', listen);
        resolve();
      };
      addEventListener('message', listen);
    });
    frame.src = `${partner}&again`;
    await until(() => !sessionExtras(store).closeTabNeedsConfirmation('home', tabId), 'the mark dropped with the page that held it');
    await connectedAgain; // the reloaded page holds its new port
    await focusNoteInApp(frame);
    await sendKeys({ type: 'y' });
    await until(() => sessionExtras(store).closeTabNeedsConfirmation('home', tabId), 'dirty again');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' }); // Save
    await until(() => !sessionExtras(store).closeTabNeedsConfirmation('home', tabId), 'clean after Save');
    await realClick(closeButton(bar));
    await until(() => !store.focusedSession.tabs?.length, 'the tab closed');
    expect(dialog(bar).open).to.be.false;
  });

  it('what the app says would be lost is shown as short plain text, never markup', async () => {
    const hostile = `<img src=x onerror="document.title='pwned'">${'x'.repeat(5000)}`;
    const { bar, store, frame, tabId } = await setup(`&what=${encodeURIComponent(hostile)}`);
    await focusNoteInApp(frame);
    await sendKeys({ type: 'z' });
    await until(() => sessionExtras(store).closeTabNeedsConfirmation('home', tabId), 'dirty');
    await realClick(closeButton(bar));
    await until(() => dialog(bar).open, 'the close confirmation');
    expect(dialog(bar).querySelector('img')).to.be.null;
    expect(dialog(bar).textContent).to.contain('<img src=x');
    expect(sessionExtras(store).unsavedInput('home', tabId)[0]!.what.length).to.be.at.most(80);
    expect(document.title).to.not.equal('pwned');
    await realClick(button(dialog(bar) as unknown as Element, 'Cancel'));
  });

  it('ignores malformed dirty messages', async () => {
    const { readAppMessage } = await import('../../src/state/index.js');
    expect(readAppMessage({ type: 'engagement-hub:tab-dirty', dirty: 'yes' })).to.be.undefined;
    expect(readAppMessage({ type: 'engagement-hub:tab-dirty' })).to.be.undefined;
    expect(readAppMessage({ type: 'engagement-hub:tab-dirty', dirty: true, what: 3 })).to.deep.equal({ type: 'dirty', dirty: true });
    expect(readAppMessage({ type: 'engagement-hub:tab-dirty', dirty: false, what: 'the form' })).to.deep.equal({ type: 'dirty', dirty: false, what: 'the form' });
    expect(readAppMessage(null)).to.be.undefined;
  });
});
