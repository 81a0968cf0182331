import { LitElement, css, html } from 'lit';
import { SessionStoreController } from '../../context/store-controller.js';
import type { SessionStore } from '../../state/session-store.js';
import { listenForShortcuts, type DesktopShortcuts } from '../../controllers/desktop-shortcuts.js';
import { sessionTabs } from '../../state/app-tabs.js';
import { ANCHOR_TAB_ID, type AppTab, type Session } from '../../state/session.js';
import '../customer-summary/customer-summary.js';

/** Makes a tab's content: a tag name, or a function that returns the element. */
export type TabRenderer = string | ((context: { tab: AppTab; session: Session }) => HTMLElement);

export interface TabRenderers {
  /** By record entity (`incident`, `account`…): record tabs, and record sessions' anchor tabs. */
  readonly entity?: Readonly<Record<string, TabRenderer>>;
  /** By app id (`case`, `knowledge-search`…): app tabs opened from the Open application menu. */
  readonly app?: Readonly<Record<string, TabRenderer>>;
}

/** The message an app in an iframe posts to its parent to name its tab. */
export const TAB_TITLE_MESSAGE = 'engagement-hub:tab-title';

const DEFAULT_SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-popups';
const SUMMARISED = ['account', 'contact', 'incident'];

/**
 * The work area: shows the focused application tab of the focused session, and keeps every other
 * tab's content alive. A tab's content is created the first time it is shown, then only hidden
 * and shown again, never re-created or moved, so half-typed forms and iframe pages keep their
 * state; closing a tab or a session removes its content (and the content's listeners with it).
 *
 * Home's anchor tab is this element's own content (the host's dashboard, slotted). A
 * conversation's anchor is its `<customer-summary>`; a record session's anchor and record tabs use
 * the renderer registered for the entity (contacts, accounts and cases default to a
 * `<customer-summary>`); app tabs use the renderer registered for the app, else the app's `url` in
 * a sandboxed iframe. Renderers receive `{tab, session}`; a tag name gets them as properties.
 *
 * An app in an iframe may name its tab: `parent.postMessage({type: 'engagement-hub:tab-title',
 * title: 'Order 42'}, '*')`. Only messages from that very iframe and from its app's origin count.
 *
 * Keyboard shortcuts (see `DEFAULT_SHORTCUTS`, configurable through `shortcuts`, off with
 * `no-shortcuts`): Alt+Down/Up next/previous session, Alt+1…9 session by place, Alt+Right/Left
 * next/previous tab, Alt+Shift+W close the tab.
 *
 * @summary The work area: the focused session's tab, with every tab kept alive.
 * @tagname session-view
 *
 * @slot - Home's dashboard: shown when Home's anchor tab is.
 * @slot content - Where the view puts each tab's content; not for you to fill.
 *
 * @attr no-shortcuts - Turns the keyboard shortcuts off.
 *
 * @cssprop [--ehe-app-frame-height=32rem] - Height of a third-party app's iframe.
 */
export class SessionView extends LitElement {
  static override styles = css`
    :host {
      display: block;
      min-block-size: 0;
    }
    .home[hidden],
    ::slotted([hidden]) {
      display: none !important;
    }
    ::slotted(.ehe-tab-content) {
      display: block;
      block-size: 100%;
    }
  `;

  static override properties = {
    renderers: { attribute: false },
    shortcuts: { attribute: false },
    noShortcuts: { type: Boolean, attribute: 'no-shortcuts' },
  };

  /** How tabs render; see the class description. */
  declare renderers: TabRenderers;
  /** Shortcut overrides, merged over `DEFAULT_SHORTCUTS`. */
  declare shortcuts: Partial<DesktopShortcuts>;
  declare noShortcuts: boolean;

  readonly #sessions = new SessionStoreController(this);
  /** Every created content, by session and tab: created once, removed when its tab goes. */
  readonly #contents = new Map<string, { wrapper: HTMLElement; sessionId: string; tab: AppTab }>();
  #stopShortcuts?: () => void;

  constructor() {
    super();
    this.renderers = {};
    this.shortcuts = {};
    this.noShortcuts = false;
  }

  /**
   * The session store this element works with: the one handed to it (`element.store = myStore`,
   * which the elements inside it share), else its `<session-provider>`'s, else the page's.
   * Setting `undefined` goes back to the provider's; anything but a store is refused with one
   * console error (a property set never throws).
   */
  get store(): SessionStore {
    return this.#sessions.store;
  }

  set store(store: SessionStore | undefined) {
    this.#sessions.store = store;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.#onMessage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.#onMessage);
    this.#stopShortcuts?.();
    this.#stopShortcuts = undefined;
  }

  /** The content element of a tab, if it has been shown (for tests and hosts). */
  contentOf(sessionId: string, tabId: string): HTMLElement | undefined {
    return this.#contents.get(key(sessionId, tabId))?.wrapper.firstElementChild as HTMLElement | undefined;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('noShortcuts') || changed.has('shortcuts') || !this.#stopShortcuts) {
      this.#stopShortcuts?.();
      this.#stopShortcuts = this.noShortcuts ? undefined : listenForShortcuts(this.ownerDocument, () => this.#sessions.store, this.shortcuts);
    }
  }

  protected override render() {
    const session = this.#sessions.store.focusedSession;
    const homeShown = session.kind === 'home' && (session.focusedTabId ?? ANCHOR_TAB_ID) === ANCHOR_TAB_ID;
    return html`<div class="home" ?hidden=${!homeShown}><slot></slot></div><slot name="content"></slot>`;
  }

  protected override updated(): void {
    this.#sync();
  }

  /** Brings the light-DOM contents in line with the store: create the shown one, drop the gone. */
  #sync(): void {
    const { sessions, focusedId } = this.#sessions.store.state;
    const open = new Map<string, { session: Session; tab: AppTab }>();
    for (const session of sessions) for (const tab of sessionTabs(session)) open.set(key(session.id, tab.id), { session, tab });
    for (const [k, content] of this.#contents) {
      if (!open.has(k)) {
        content.wrapper.remove();
        this.#contents.delete(k);
      }
    }
    const focused = sessions.find((s) => s.id === focusedId)!;
    const shownKey = key(focused.id, focused.focusedTabId ?? ANCHOR_TAB_ID);
    const shown = open.get(shownKey)!;
    if (!(focused.kind === 'home' && shown.tab.kind === 'anchor') && !this.#contents.has(shownKey)) {
      const wrapper = document.createElement('div');
      wrapper.className = 'ehe-tab-content';
      wrapper.slot = 'content';
      wrapper.dataset.sessionId = focused.id;
      wrapper.dataset.tabId = shown.tab.id;
      wrapper.append(this.#create(shown.tab, shown.session));
      this.append(wrapper);
      this.#contents.set(shownKey, { wrapper, sessionId: focused.id, tab: shown.tab });
    }
    for (const [k, content] of this.#contents) {
      content.wrapper.hidden = k !== shownKey;
      content.tab = open.get(k)!.tab;
    }
  }

  #create(tab: AppTab, session: Session): HTMLElement {
    const record = tab.record ?? (tab.kind === 'anchor' ? session.record : undefined);
    const renderer = tab.kind === 'app' ? this.renderers.app?.[tab.app!.id] : record ? this.renderers.entity?.[record.entity] : undefined;
    if (renderer) return make(renderer, tab, session);
    if (tab.kind === 'anchor' && session.conversation) {
      const summary = document.createElement('customer-summary');
      summary.setAttribute('session-id', session.id);
      return summary;
    }
    if (tab.kind === 'anchor' && record && SUMMARISED.includes(record.entity)) {
      const summary = document.createElement('customer-summary');
      summary.setAttribute('session-id', session.id);
      return summary;
    }
    if (tab.kind === 'app' && tab.app?.url) {
      const frame = document.createElement('iframe');
      frame.src = tab.app.url;
      frame.title = tab.title;
      frame.setAttribute('sandbox', DEFAULT_SANDBOX);
      frame.referrerPolicy = 'no-referrer';
      // Sized through the CSSOM, which a strict CSP allows (a style attribute it would not).
      frame.style.border = '0';
      frame.style.inlineSize = '100%';
      frame.style.minBlockSize = 'var(--ehe-app-frame-height, 32rem)';
      return frame;
    }
    // Nothing registered: a plain page that says what the tab is (text only).
    const page = document.createElement('section');
    page.className = 'ehe-record-page';
    const heading = document.createElement('h2');
    heading.textContent = tab.title;
    const what = document.createElement('p');
    what.textContent = record ? `${record.entity} ${record.id}` : `No renderer is registered for the app "${tab.app?.id ?? ''}".`;
    page.append(heading, what);
    return page;
  }

  #onMessage = (event: MessageEvent): void => {
    const data = event.data as { type?: unknown; title?: unknown } | null;
    if (!data || data.type !== TAB_TITLE_MESSAGE || typeof data.title !== 'string') return;
    for (const content of this.#contents.values()) {
      const frame = content.wrapper.querySelector('iframe');
      if (!frame || frame.contentWindow !== event.source || !content.tab.app?.url) continue;
      // Only the app's own origin may name its tab.
      if (event.origin !== new URL(content.tab.app.url, document.baseURI).origin) return;
      const store = this.#sessions.store;
      if (store.findSession(content.sessionId)) store.setTabTitle(content.sessionId, content.tab.id, data.title);
      return;
    }
  };
}

function key(sessionId: string, tabId: string): string {
  return `${sessionId}\u0000${tabId}`;
}

function make(renderer: TabRenderer, tab: AppTab, session: Session): HTMLElement {
  if (typeof renderer === 'function') return renderer({ tab, session });
  const element = document.createElement(renderer) as HTMLElement & { tab?: AppTab; session?: Session };
  element.tab = tab;
  element.session = session;
  return element;
}
