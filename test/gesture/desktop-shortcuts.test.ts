import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/session-provider/session-provider.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import { DEFAULT_SHORTCUTS, MAC_SHORTCUTS, PC_SHORTCUTS, isApplePlatform, listenForShortcuts } from '../../src/gesture/desktop-shortcuts.js';

// Issue 13: the default shortcuts collide with no browser or system key.

async function desk() {
  const provider = await fixture<SessionProvider>(html`<session-provider></session-provider>`);
  const store = provider.store;
  store.openRecordSession({ entity: 'account', id: 'A', name: 'Contoso' });
  store.openTab({ app: { id: 'kb', title: 'Knowledge' } });
  store.focusSession('home');
  return store;
}

async function chord(modifiers: string[], key: string): Promise<void> {
  for (const m of modifiers) await sendKeys({ down: m });
  await sendKeys({ press: key });
  for (const m of [...modifiers].reverse()) await sendKeys({ up: m });
}

/** Whether the kit took a key (prevented the browser's own action), without letting the browser act. */
function takes(key: string, init: KeyboardEventInit): boolean {
  // Synthetic on purpose: a real Alt+Left would make the test page go Back.
  const event = new KeyboardEvent('keydown', { key, code: key, bubbles: true, cancelable: true, composed: true, ...init });
  document.body.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('desktop shortcuts', () => {
  it('pick the set by platform: Control+Shift on macOS and iPadOS, Alt+Shift elsewhere', () => {
    expect(isApplePlatform({ platform: 'MacIntel' })).to.be.true;
    expect(isApplePlatform({ userAgentData: { platform: 'macOS' } })).to.be.true;
    expect(isApplePlatform({ platform: 'iPad' })).to.be.true;
    expect(isApplePlatform({ platform: 'Win32' })).to.be.false;
    expect(isApplePlatform({ platform: 'Linux x86_64', userAgentData: { platform: 'Linux' } })).to.be.false;
    expect(DEFAULT_SHORTCUTS).to.equal(isApplePlatform() ? MAC_SHORTCUTS : PC_SHORTCUTS);
  });

  it('no default uses a key the browser or the system owns', () => {
    // Browser Back/Forward (Alt+arrows, Windows/Linux), tab switching (Alt+digit on Linux,
    // Ctrl+digit / Cmd+digit elsewhere), Cmd/Ctrl+W and Ctrl+Shift+W (close window), macOS Option
    // (types characters, selects by word), Mission Control (Ctrl+arrow without Shift).
    const taken = /^(Alt\+(Arrow|Digit)|Ctrl\+(Arrow|Digit|KeyW)|Meta\+|Ctrl\+Shift\+KeyW$)/;
    for (const [name, shortcut] of Object.entries(PC_SHORTCUTS)) if (typeof shortcut === 'string') expect(shortcut, name).to.not.match(taken);
    for (const [name, shortcut] of Object.entries(MAC_SHORTCUTS)) {
      if (typeof shortcut === 'string') expect(shortcut, name).to.match(/^Ctrl\+Shift\+/).and.not.match(/Alt|Meta/);
    }
  });

  it('leaves Alt+Left/Right and Alt+digit to the browser (Back, Forward, browser tabs)', async () => {
    const store = await desk();
    const stop = listenForShortcuts(document, () => store, PC_SHORTCUTS);
    try {
      expect(takes('ArrowLeft', { altKey: true }), 'Alt+Left is Back').to.be.false;
      expect(takes('ArrowRight', { altKey: true }), 'Alt+Right is Forward').to.be.false;
      expect(takes('Digit2', { altKey: true }), 'Alt+2 is a browser tab on Linux').to.be.false;
      expect(store.focusedSession.id).to.equal('home');
    } finally {
      stop();
    }
  });

  it('the Mac set works with Control+Shift and real keys', async () => {
    const store = await desk();
    const stop = listenForShortcuts(document, () => store, MAC_SHORTCUTS);
    try {
      document.body.focus();
      await chord(['Control', 'Shift'], 'ArrowDown');
      expect(store.focusedSession.title).to.equal('Contoso');
      await chord(['Control', 'Shift'], 'ArrowLeft');
      expect(store.focusedSession.focusedTabId ?? 'anchor').to.equal('anchor');
      await chord(['Control', 'Shift'], 'ArrowRight');
      expect(store.focusedSession.focusedTabId).to.equal('app:kb:1');
      await chord(['Control', 'Shift'], 'ArrowUp');
      expect(store.focusedSession.id).to.equal('home');
    } finally {
      stop();
    }
  });
});
