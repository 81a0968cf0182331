import { sessionTabs } from '../state/app-tabs.js';
import { ANCHOR_TAB_ID } from '../state/session.js';
import type { SessionStore } from '../state/session-store.js';
import { sessionExtras } from '../state/session-extras.js';

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
 * The defaults. Alt with an arrow or a digit types nothing, so moving between sessions and tabs
 * also works from inside a text field; closing a tab does not, so a stray key never closes work.
 */
export const DEFAULT_SHORTCUTS: DesktopShortcuts = {
  nextSession: 'Alt+ArrowDown',
  previousSession: 'Alt+ArrowUp',
  sessionNumber: 'Alt+Digit{n}',
  nextTab: 'Alt+ArrowRight',
  previousTab: 'Alt+ArrowLeft',
  closeTab: 'Alt+Shift+KeyW',
  whileTyping: ['nextSession', 'previousSession', 'sessionNumber', 'nextTab', 'previousTab'],
};

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
 */
export function listenForShortcuts(root: Document, store: () => SessionStore, config: Partial<DesktopShortcuts> = {}): () => void {
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
    act();
  };
  root.addEventListener('keydown', onKeydown);
  return () => root.removeEventListener('keydown', onKeydown);
}
