import { fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/components/session-provider/session-provider.js';
import '../src/components/session-panel/session-panel.js';
import type { SessionPanel } from '../src/components/session-panel/session-panel.js';
import type { SessionProvider } from '../src/components/session-provider/session-provider.js';
import type { SessionTab } from '../src/components/session-tab/session-tab.js';
import type { SessionStore } from '../src/state/index.js';

export interface Desktop {
  provider: SessionProvider;
  panel: SessionPanel;
  store: SessionStore;
}

/** A fresh desktop: a provider with its own store and a panel inside it. */
export async function desktop(maxSessions?: number): Promise<Desktop> {
  const provider = await fixture<SessionProvider>(html`<session-provider max-sessions=${maxSessions ?? 10}><session-panel></session-panel></session-provider>`);
  const panel = provider.querySelector('session-panel')!;
  await panel.updateComplete;
  return { provider, panel, store: provider.store };
}

export function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

/** The session tabs as the agent and a screen reader get them. */
export function tabs(panel: SessionPanel): SessionTab[] {
  return [...shadow(panel).querySelectorAll<SessionTab>('session-tab')];
}

export function tabNamed(panel: SessionPanel, name: string): SessionTab {
  const tab = tabs(panel).find((t) => accessibleText(t) === name);
  if (!tab) throw new Error(`no session tab named "${name}" (have: ${tabs(panel).map(accessibleText).join(', ')})`);
  return tab;
}

/** A button found the way a user finds it: by its accessible name. */
export function button(root: Element | ShadowRoot, name: string): HTMLButtonElement {
  const scope = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  const found = [...scope.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name);
  if (!found) throw new Error(`no button named "${name}"`);
  return found;
}

export function hasButton(root: Element, name: string): boolean {
  return [...shadow(root).querySelectorAll('button')].some((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name);
}

/** Text a screen reader reads for an element whose name comes from its content (shadow included). */
export function accessibleText(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label;
  const root = element.shadowRoot ?? element;
  return [...root.childNodes]
    .map((node) => {
      if (node instanceof Element) return node.getAttribute('aria-hidden') === 'true' ? '' : accessibleText(node);
      return node.nodeType === Node.TEXT_NODE ? node.textContent ?? '' : '';
    })
    .join('')
    .trim();
}

/** The element with focus, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A real mouse click in the middle of an element. */
export async function realClick(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** Waits until `check()` holds (live updates, virtualized rows, async data), or fails saying what. */
/** A key pressed with modifiers held (`chord(['Alt', 'Shift'], 'KeyW')`), as a shortcut is typed. */
export async function chord(modifiers: readonly string[], key: string): Promise<void> {
  for (const modifier of modifiers) await sendKeys({ down: modifier });
  try {
    await sendKeys({ press: key });
  } finally {
    for (const modifier of [...modifiers].reverse()) await sendKeys({ up: modifier });
  }
}

/** Shift + a real click, as the agent opens a record link as a session. */
export async function shiftClick(element: Element): Promise<void> {
  await sendKeys({ down: 'Shift' });
  try {
    await realClick(element);
  } finally {
    await sendKeys({ up: 'Shift' });
  }
}

export async function until(check: () => boolean, what: string, ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  const holds = () => {
    try {
      return check();
    } catch {
      return false; // what it looks for is not there yet
    }
  };
  while (!holds()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function dialogOf(panel: SessionPanel): HTMLDialogElement {
  return shadow(panel).querySelector('dialog')!;
}

/**
 * The engine the tests run in. Every test runs in all three; only a test that needs a
 * Chromium-only command (`emulateMedia`, `a11ySnapshot({ selector })`) may skip the others, saying why.
 */
export const engine: 'chromium' | 'firefox' | 'webkit' = / Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrom(e|ium)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/** Unanswered context requests the page keeps for late providers (any copy or version of the root). */
export function pendingRequests(): number {
  const root = (globalThis as Record<symbol, unknown>)[Symbol.for('engagement-hub/context-root/v1')] as
    | { size?: number; pendingContextRequests?: Map<unknown, { requests: unknown[] }> }
    | undefined;
  if (typeof root?.size === 'number') return root.size;
  let count = 0;
  for (const { requests } of root?.pendingContextRequests?.values() ?? []) count += requests.length;
  return count;
}
