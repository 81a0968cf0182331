import { expect, oneEvent } from '@open-wc/testing';
import type { SessionPanel } from '../../src/components/session-panel/session-panel.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import { persistenceName } from '../../src/state/index.js';
import { until } from '../helpers.js';

type DesktopWindow = Window & { desktopReady?: boolean };

/** One browser window of the agent's desktop: a same-origin iframe, reloaded like a real page. */
async function openWindow(key: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = new URL(`../fixtures/desktop-window.html?key=${encodeURIComponent(key)}`, import.meta.url).href;
  frame.style.inlineSize = '600px';
  frame.style.blockSize = '300px';
  document.body.append(frame);
  await oneEvent(frame, 'load');
  await ready(frame);
  return frame;
}

async function ready(frame: HTMLIFrameElement): Promise<void> {
  await until(() => (frame.contentWindow as DesktopWindow).desktopReady === true && !!panelOf(frame).shadowRoot, 'the desktop in the window', 5000);
  await panelOf(frame).updateComplete;
}

const panelOf = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector<SessionPanel>('session-panel')!;
const providerOf = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector<SessionProvider>('session-provider')!;
// What the agent reads on each session tab (the test page's helpers stop at the frame's realm).
const sessionNames = (frame: HTMLIFrameElement) => [...panelOf(frame).shadowRoot!.querySelectorAll('session-tab')].map((tab) => tab.shadowRoot!.querySelector('[part="label"]')!.textContent!.trim());

/** Shift + click on a record link in that window, as the agent does. */
function shiftClick(frame: HTMLIFrameElement, name: string): void {
  const win = frame.contentWindow as unknown as typeof globalThis;
  const link = [...frame.contentDocument!.querySelectorAll('a')].find((a) => a.textContent === name)!;
  link.dispatchEvent(new win.MouseEvent('click', { bubbles: true, cancelable: true, composed: true, shiftKey: true, button: 0 }));
}

describe('a real reload of the page', () => {
  const key = `reload-agent-${Date.now()}`;
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    localStorage.removeItem(persistenceName(key));
  });

  it('location.reload() brings back the sessions, the focus, the app tabs and the panel mode from localStorage', async () => {
    const frame = await openWindow(key);
    shiftClick(frame, 'Contoso');
    shiftClick(frame, 'Émilie Dubois');
    const store = providerOf(frame).store;
    store.openTab({ app: { id: 'kb', title: 'Knowledge' } });
    store.focusSession('record:account:A-1');
    store.togglePanelMode();
    await panelOf(frame).updateComplete;
    expect(sessionNames(frame)).to.deep.equal(['Home', 'Contoso', 'Émilie Dubois']);

    frame.contentWindow!.location.reload();
    await oneEvent(frame, 'load');
    await ready(frame);
    expect(sessionNames(frame)).to.deep.equal(['Home', 'Contoso', 'Émilie Dubois']);
    const restored = providerOf(frame).store;
    expect(restored).to.not.equal(store);
    expect(restored.state.focusedId).to.equal('record:account:A-1');
    expect(restored.state.panelMode).to.equal('collapsed');
    expect(restored.findSession('record:contact:C-1')!.tabs!.map((t) => t.title)).to.deep.equal(['Knowledge']);
  });
});

describe('two windows of the same agent', () => {
  const key = `two-windows-${Date.now()}`;
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((f) => f.remove());
    localStorage.removeItem(persistenceName(key));
    localStorage.removeItem(persistenceName(`${key}-someone-else`));
  });

  it('a session opened, retitled or closed in one window appears in the other; another agent\'s window stays apart', async () => {
    const [one, two, stranger] = await Promise.all([openWindow(key), openWindow(key), openWindow(`${key}-someone-else`)]);
    shiftClick(one, 'Contoso');
    await until(() => sessionNames(two).includes('Contoso'), 'the session opened in the other window');
    expect(providerOf(two).store.state.focusedId, 'the other window keeps its own focus').to.equal('home');

    providerOf(two).store.setSessionTitle('record:account:A-1', 'Contoso Ltd');
    await until(() => sessionNames(one).includes('Contoso Ltd'), 'the new title in the first window');

    // The agent closes it in window one, with the panel's X and the confirmation.
    const panel = panelOf(one);
    panel.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Close session Contoso Ltd"]')!.click();
    await panel.updateComplete;
    panel.shadowRoot!.querySelector<HTMLButtonElement>('dialog button[value="confirm"]')!.click();
    await until(() => !sessionNames(two).includes('Contoso Ltd'), 'the close in the other window');
    expect(sessionNames(stranger), 'another agent\'s window heard nothing').to.deep.equal(['Home']);

    // A window opened later starts from what the agent has now, not from an older state.
    shiftClick(two, 'Émilie Dubois');
    await until(() => sessionNames(one).includes('Émilie Dubois'), 'the second session');
    const late = await openWindow(key);
    expect(sessionNames(late)).to.deep.equal(['Home', 'Émilie Dubois']);
    // And the other agent's reload never brings this agent's sessions.
    stranger.contentWindow!.location.reload();
    await oneEvent(stranger, 'load');
    await ready(stranger);
    expect(sessionNames(stranger)).to.deep.equal(['Home']);
  });
});
