import { actOnStore } from '../events.js';
import { sessionTabs } from '../state/app-tabs.js';
import { ANCHOR_TAB_ID } from '../state/session.js';
import type { SessionStore } from '../state/session-store.js';
import { sessionExtras } from '../state/session-extras.js';
import '../state/store-tabs.js';

/** A shortcut: modifiers and a key `code`, like `Alt+ArrowDown` or `Alt+Shift+KeyW`. */
export type Shortcut = string;

export interface DesktopShortcuts {
  nextSession: Shortcut;
  previousSession: Shortcut;
  /** `Alt+Digit{n}` by default: `{n}` stands for 1–9, the session's place in the panel. */
  sessionNumber: Shortcut;
  nextTab: Shortcut;
  previousTab: Shortcut;
  closeTab: Shortcut;
  /** Which actions also work while the agent types in a text field. */
  whileTyping: readonly (keyof Omit<DesktopShortcuts, 'whileTyping'>)[];
}

/**
 * Windows, Linux and ChromeOS: Alt+Shift with an arrow, a digit or W. Alt alone is taken there:
 * Alt+Left/Right are Back/Forward in every browser, Alt+1…9 switch browser tabs (Chrome and
 * Firefox on Linux), Alt+Up/Down open a select's list, Alt+letter opens menus. Alt+Shift with
 * these keys types nothing and means nothing to Chrome, Edge or Firefox, to Windows (its
 * Alt+Shift layout switch happens only when the two are pressed alone) or to GNOME and KDE, so
 * moving also works from inside a text field; closing a tab does not, so a stray key never closes
 * work.
 */
export const PC_SHORTCUTS: DesktopShortcuts = {
  nextSession: 'Alt+Shift+ArrowDown',
  previousSession: 'Alt+Shift+ArrowUp',
  sessionNumber: 'Alt+Shift+Digit{n}',
  nextTab: 'Alt+Shift+ArrowRight',
  previousTab: 'Alt+Shift+ArrowLeft',
  closeTab: 'Alt+Shift+KeyW',
  whileTyping: ['nextSession', 'previousSession', 'sessionNumber', 'nextTab', 'previousTab'],
};

/**
 * macOS: Control+Shift instead. Option+Shift is taken there: with an arrow it selects by word or
 * paragraph in text fields, with a digit or a letter it types a character (Option+Shift+W is „).
 * Control+Shift with these keys types nothing and is not bound by Safari, Chrome or Firefox
 * (their tab keys use Command), nor by macOS (Mission Control and Spaces use Control with an
 * arrow without Shift, VoiceOver Control+Option).
 */
export const MAC_SHORTCUTS: DesktopShortcuts = {
  ...PC_SHORTCUTS,
  nextSession: 'Ctrl+Shift+ArrowDown',
  previousSession: 'Ctrl+Shift+ArrowUp',
  sessionNumber: 'Ctrl+Shift+Digit{n}',
  nextTab: 'Ctrl+Shift+ArrowRight',
  previousTab: 'Ctrl+Shift+ArrowLeft',
  closeTab: 'Ctrl+Shift+KeyW',
};

/** Whether this browser runs on macOS (or iPadOS with a keyboard), where the Mac set applies. */
export function isApplePlatform(nav: { platform?: string; userAgentData?: { platform?: string } } | undefined = globalThis.navigator as never): boolean {
  const platform = nav?.userAgentData?.platform || nav?.platform || '';
  return /^(mac|iphone|ipad|ipod)/i.test(platform) || /macOS/i.test(platform);
}

/** The defaults for this platform: `MAC_SHORTCUTS` on Apple systems, `PC_SHORTCUTS` elsewhere. */
export const DEFAULT_SHORTCUTS: DesktopShortcuts = isApplePlatform() ? MAC_SHORTCUTS : PC_SHORTCUTS;

function matches(shortcut: Shortcut, event: KeyboardEvent, code = event.code): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop();
  const want = (name: string) => parts.includes(name);
  return (
    key === code &&
    want('Alt') === event.altKey &&
    want('Shift') === event.shiftKey &&
    want('Ctrl') === event.ctrlKey &&
    want('Meta') === event.metaKey
  );
}

function typing(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0] as HTMLElement | undefined;
  if (!target || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.localName === 'textarea' || target.localName === 'select') return true;
  return target.localName === 'input' && !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes((target as HTMLInputElement).type);
}

/**
 * Listens for the desktop's keyboard shortcuts on `root` and moves the store's focus. Returns the
 * function that stops listening. The store decides everything; this only maps keys to calls.
 * The events a shortcut causes (`session-focused`, `app-tab-focused`, `app-tab-closed`) fire from
 * `source` (the element that listens, `<session-view>`), or from `root`.
 */
export function listenForShortcuts(root: Document, store: () => SessionStore, config: Partial<DesktopShortcuts> = {}, source: EventTarget = root): () => void {
  const shortcuts = { ...DEFAULT_SHORTCUTS, ...config };
  const onKeydown = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const s = store();
    const { sessions, focusedId } = s.state;
    const index = sessions.findIndex((session) => session.id === focusedId);
    const session = sessions[index]!;
    const tabs = sessionTabs(session);
    const tabIndex = tabs.findIndex((tab) => tab.id === (session.focusedTabId ?? ANCHOR_TAB_ID));
    const allowed = (action: keyof Omit<DesktopShortcuts, 'whileTyping'>) => !typing(event) || shortcuts.whileTyping.includes(action);
    let act: (() => void) | undefined;
    if (matches(shortcuts.nextSession, event) && allowed('nextSession')) act = () => s.focusSession(sessions[(index + 1) % sessions.length]!.id);
    else if (matches(shortcuts.previousSession, event) && allowed('previousSession')) act = () => s.focusSession(sessions[(index - 1 + sessions.length) % sessions.length]!.id);
    else if (matches(shortcuts.nextTab, event) && allowed('nextTab')) act = () => s.focusTab(session.id, tabs[(tabIndex + 1) % tabs.length]!.id);
    else if (matches(shortcuts.previousTab, event) && allowed('previousTab')) act = () => s.focusTab(session.id, tabs[(tabIndex - 1 + tabs.length) % tabs.length]!.id);
    else if (matches(shortcuts.closeTab, event) && allowed('closeTab') && tabs[tabIndex]!.kind !== 'anchor') act = () => void sessionExtras(s).requestTabClose(session.id, tabs[tabIndex]!.id);
    else if (allowed('sessionNumber')) {
      for (let n = 1; n <= 9 && !act; n++) {
        if (matches(shortcuts.sessionNumber.replace('{n}', String(n)), event) && sessions[n - 1]) act = () => s.focusSession(sessions[n - 1]!.id);
      }
    }
    if (!act) return;
    event.preventDefault();
    actOnStore(source, s, act);
  };
  root.addEventListener('keydown', onKeydown);
  return () => root.removeEventListener('keydown', onKeydown);
}
