import { LitElement, css, html } from 'lit';
import { SessionStoreController } from '../../context/store-controller.js';
import type { SessionStore } from '../../state/session-store.js';
import { listenForShortcuts, type DesktopShortcuts } from '../../gesture/desktop-shortcuts.js';
import { APP_DIRTY_MESSAGE, APP_TITLE_MESSAGE, appSandbox, originOf, readAppMessage } from '../../state/app-sandbox.js';
import { sessionTabs } from '../../state/app-tabs.js';
import { ownEntry } from '../../state/own.js';
import { ANCHOR_TAB_ID, type AppTab, type Session } from '../../state/session.js';
import { CustomerSummary } from '../customer-summary/customer-summary.component.js';
import { sessionExtras } from '../../state/session-extras.js';
import { hasCustomerSummary } from '../../state/summary-plan.js';
import { defineElement } from '../../define.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { commonTerms, viewTerms } from '../../i18n/en.js';
import '../../state/store-tabs.js';

/** This element's English terms: its fallback, and the terms it reads in every language. */
const TERMS = { ...commonTerms, ...viewTerms };

/** Makes a tab's content: a tag name, or a function that returns the element. */
export type TabRenderer = string | ((context: { tab: AppTab; session: Session }) => HTMLElement);

export interface TabRenderers {
  /** By record entity (`incident`, `account`…): record tabs, and record sessions' anchor tabs. */
  readonly entity?: Readonly<Record<string, TabRenderer>>;
  /** By app id (`case`, `knowledge-search`…): app tabs opened from the Open application menu. */
  readonly app?: Readonly<Record<string, TabRenderer>>;
}

/** The message an app in an iframe sends through its tab's port to name its tab: `{type, title}`. */
export const TAB_TITLE_MESSAGE = APP_TITLE_MESSAGE;

/** The message an app sends through its tab's port to say it has unsaved input: `{type, dirty, what?}`. */
export const TAB_DIRTY_MESSAGE = APP_DIRTY_MESSAGE;

/** The message that hands an app in an iframe its tab's private port (`event.ports[0]`), at each load. */
export const TAB_PORT_MESSAGE = 'engagement-hub:tab-port';

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
 * A third-party app's iframe is sandboxed by its definition's `sandbox` policy (see
 * `AppSandboxPolicy`): by default it may never navigate the desktop, and an app served from the
 * desktop's own origin runs in an opaque origin unless it is deliberately trusted.
 *
 * An app in an iframe may name its tab through a private channel: at each load of its page the
 * view posts it `{type: 'engagement-hub:tab-port'}` with a `MessagePort` (to the app's origin
 * when the app keeps it); the app names its tab with `port.postMessage({type:
 * 'engagement-hub:tab-title', title: 'Order 42'})`, and says it holds unsaved input with
 * `port.postMessage({type: 'engagement-hub:tab-dirty', dirty: true, what: 'the order form'})` (then
 * `dirty: false` once saved): closing the tab or its session asks first. Nothing else can name a tab: not another tab,
 * not another frame, not a message posted to the window.
 *
 * Keyboard shortcuts (see `DEFAULT_SHORTCUTS`, configurable through `shortcuts`, off with
 * `no-shortcuts`): Alt+Shift (Control+Shift on macOS) with Down/Up next/previous session, 1…9
 * session by place, Right/Left next/previous tab, W close the tab (none collides with the
 * browser's or the system's own keys; see `PC_SHORTCUTS`, `MAC_SHORTCUTS`).
 *
 * @summary The work area: the focused session's tab, with every tab kept alive.
 *
 * @fires {CustomEvent<SessionFocusedEventDetail>} session-focused - A keyboard shortcut focused another session.
 * @fires {CustomEvent<AppTabEventDetail>} app-tab-focused - A keyboard shortcut showed another tab, or closed the shown one.
 * @fires {CustomEvent<AppTabEventDetail>} app-tab-closed - The close-tab shortcut closed a tab with no unsaved input (one with unsaved input asks in `<app-tab-panel>`).
 * @tagname session-view
 *
 * Content with unsaved input says so with a bubbling `session-content-dirty` event
 * (`{dirty, what, kept?}`); the view marks its tab, so closing the tab or its session asks
 * first, and so does leaving the page while input that would not come back (not `kept`) is there.
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
      overflow-wrap: anywhere;
    }
  `;

  /**
   * The elements this one creates, from their classes, by the name the kit registers them under
   * (Shoelace's `static dependencies`): registering this module registers them, a class the host
   * already registered under a name of its own keeps that name, and a class registered nowhere is
   * registered under this name when first needed. A subclass may give its own summary class.
   */
  static dependencies: Readonly<Record<'customer-summary', CustomElementConstructor>> = { 'customer-summary': CustomerSummary };

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
  readonly #contents = new Map<string, { wrapper: HTMLElement; sessionId: string; tab: AppTab; port?: MessagePort }>();
  #stopShortcuts?: () => void;
  protected readonly localize = new LocalizeController(this, TERMS);

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
    this.addEventListener('session-content-dirty', this.#onContentDirty);
    window.addEventListener('beforeunload', this.#onBeforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('session-content-dirty', this.#onContentDirty);
    window.removeEventListener('beforeunload', this.#onBeforeUnload);
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
      this.#stopShortcuts = this.noShortcuts ? undefined : listenForShortcuts(this.ownerDocument, () => this.#sessions.store, this.shortcuts, this);
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
        content.port?.close();
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
      let element: HTMLElement;
      try {
        element = this.#create(shown.tab, shown.session);
        if (!(element instanceof HTMLElement)) throw new TypeError('its renderer returned no element');
      } catch (error) {
        console.error(`<session-view>: the tab "${shown.tab.title}" could not be shown:`, error);
        element = this.#page(shown.tab.title, () => this.localize.t.tabNotShown(error instanceof Error ? error.message : undefined));
      }
      if (element instanceof HTMLIFrameElement && element.classList.contains('ehe-app-frame')) {
        element.addEventListener('load', () => this.#connect(shownKey, element));
      }
      wrapper.append(element);
      this.append(wrapper);
      this.#contents.set(shownKey, { wrapper, sessionId: focused.id, tab: shown.tab });
    }
    for (const [k, content] of this.#contents) {
      content.wrapper.hidden = k !== shownKey;
      content.tab = open.get(k)!.tab;
    }
    for (const [what, text] of this.#pageTexts) {
      if (!what.isConnected) this.#pageTexts.delete(what);
      else what.textContent = text();
    }
  }

  #create(tab: AppTab, session: Session): HTMLElement {
    const record = tab.record ?? (tab.kind === 'anchor' ? session.record : undefined);
    const renderer = tab.kind === 'app' ? ownEntry(this.renderers.app, tab.app!.id) : record ? ownEntry(this.renderers.entity, record.entity) : undefined;
    if (renderer) return make(renderer, tab, session);
    if (tab.kind === 'anchor' && hasCustomerSummary({ conversation: session.conversation, record })) {
      // Made from its class, so it works under whatever name the host registered it.
      const summary = createDependency(this.constructor as typeof SessionView, 'customer-summary');
      summary.setAttribute('session-id', session.id);
      return summary;
    }
    if (tab.kind === 'app' && tab.app?.url) {
      const frame = document.createElement('iframe');
      frame.className = 'ehe-app-frame';
      frame.setAttribute('sandbox', appSandbox(tab.app.url, document.baseURI, tab.app.sandbox).tokens.join(' '));
      frame.src = tab.app.url;
      frame.title = tab.title;
      frame.referrerPolicy = 'no-referrer';
      // Sized through the CSSOM, which a strict CSP allows (a style attribute it would not).
      frame.style.border = '0';
      frame.style.inlineSize = '100%';
      frame.style.minBlockSize = 'var(--ehe-app-frame-height, 32rem)';
      return frame;
    }
    // Nothing registered: a plain page that says what the tab is (text only).
    return this.#page(tab.title, () => (record ? `${record.entity} ${record.id}` : this.localize.t.noRenderer(tab.app?.id ?? '')));
  }

  /** The kit's own pages (no renderer, a renderer that failed): their text follows the language. */
  readonly #pageTexts = new Map<HTMLElement, () => string>();

  #page(title: string, text: () => string): HTMLElement {
    const section = document.createElement('section');
    section.className = 'ehe-record-page';
    const heading = document.createElement('h2');
    heading.textContent = title;
    heading.dir = 'auto';
    const what = document.createElement('p');
    what.textContent = text();
    this.#pageTexts.set(what, text);
    section.append(heading, what);
    return section;
  }

  #onContentDirty = (event: Event): void => {
    const detail = (event as CustomEvent<{ dirty?: unknown; what?: unknown; kept?: unknown } | null>).detail;
    const source = event.target as Element;
    const wrapper = source.closest?.('.ehe-tab-content') as HTMLElement | null;
    if (!wrapper || wrapper.parentElement !== this || !detail) return;
    const { sessionId, tabId } = wrapper.dataset;
    const what = typeof detail.what === 'string' ? detail.what : undefined;
    sessionExtras(this.#sessions.store).setUnsaved(sessionId!, tabId!, source, detail.dirty === true, what, { kept: detail.kept === true });
  };

  /** Leaving the page (reload, close, navigation) with input that would not come back asks first. */
  #onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!sessionExtras(this.#sessions.store).unsavedInputLostOnLeave().length) return;
    event.preventDefault();
    event.returnValue = ''; // older browsers ask only when this is set
  };

  /**
   * A tab's page (re)loaded: it gets a new private port, and the previous one closes. A page that
   * should not keep the desktop's origin but has it (an app that navigated itself into the
   * desktop's origin) is unloaded at once.
   */
  #connect(k: string, frame: HTMLIFrameElement): void {
    const content = this.#contents.get(k);
    const app = content?.tab.app;
    if (!content || !app?.url || !frame.isConnected) return;
    content.port?.close();
    if (content.port) sessionExtras(this.#sessions.store).setUnsaved(content.sessionId, content.tab.id, content.port, false);
    content.port = undefined;
    const { keepsOrigin } = appSandbox(app.url, document.baseURI, app.sandbox);
    if (!app.sandbox?.trustedSameOrigin && readsDesktop(frame)) {
      console.error(`<session-view>: the app "${app.id}" navigated into the desktop's origin; it was unloaded. Trust it with sandbox.trustedSameOrigin if it is yours.`);
      frame.setAttribute('sandbox', '');
      frame.src = 'about:blank';
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => this.#onTitle(k, event.data);
    content.port = channel.port1;
    // An app that keeps its origin gets the port only while its page is on that origin; an
    // opaque-origin page can only be addressed with '*', and only this frame's page receives it.
    const target = keepsOrigin ? (originOf(app.url, document.baseURI) ?? '*') : '*';
    frame.contentWindow?.postMessage({ type: TAB_PORT_MESSAGE }, target, [channel.port2]);
  }

  #onTitle(k: string, data: unknown): void {
    const message = readAppMessage(data);
    const content = this.#contents.get(k);
    const store = this.#sessions.store;
    if (!message || !content || !store.findSession(content.sessionId)) return;
    // The port is the reporter: a page that reloads gets a new one and its old mark is dropped.
    if (message.type === 'dirty') return sessionExtras(store).setUnsaved(content.sessionId, content.tab.id, content.port, message.dirty, message.what);
    try {
      store.setTabTitle(content.sessionId, content.tab.id, message.title);
    } catch (error) {
      console.warn(`<session-view>: a tab title from an app was refused: ${(error as Error).message}`);
    }
  }
}

/** True when the frame's page is on the desktop's own origin (and not the initial blank page). */
function readsDesktop(frame: HTMLIFrameElement): boolean {
  try {
    return !!frame.contentDocument && frame.contentWindow!.location.href !== 'about:blank';
  } catch {
    return false;
  }
}

function key(sessionId: string, tabId: string): string {
  return `${sessionId}\u0000${tabId}`;
}

/** A plain page with a heading and a line of text (text only, never markup). */
/** A dependency's element, from its class; a class not registered yet is registered under the kit's name first. */
function createDependency(view: typeof SessionView, name: keyof typeof SessionView.dependencies): HTMLElement {
  const Dependency = view.dependencies[name];
  try {
    return new Dependency() as HTMLElement;
  } catch {
    // "Illegal constructor": registered under no name yet.
    defineElement(name, Dependency);
    return new Dependency() as HTMLElement;
  }
}

function make(renderer: TabRenderer, tab: AppTab, session: Session): HTMLElement {
  if (typeof renderer === 'function') return renderer({ tab, session });
  const element = document.createElement(renderer) as HTMLElement & { tab?: AppTab; session?: Session };
  element.tab = tab;
  element.session = session;
  return element;
}
