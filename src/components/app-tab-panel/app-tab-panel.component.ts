import { LitElement, html, nothing } from 'lit';
import { SessionStoreController } from '../../context/store-controller.js';
import { MenuController } from '../../controllers/menu.js';
import { deepActiveElement, holdsFocus } from '../../controllers/focus.js';
import { TabBarController } from '../../controllers/tab-bar.js';
import { actOnStore } from '../../events.js';
import { RecordLinkController } from '../../controllers/record-link.js';
import type { RecordLinkMatcher } from '../../gesture/session-links.js';
import type { AppSandboxPolicy } from '../../state/app-sandbox.js';
import { sessionTabs } from '../../state/app-tabs.js';
import { displayText } from '../../state/title.js';
import { ANCHOR_TAB_ID, type Session, type SessionChange } from '../../state/session.js';
import type { SessionStore } from '../../state/session-store.js';
import { sessionExtras, type SessionExtrasChange, type UnsavedInput } from '../../state/session-extras.js';
import { buttonStyles } from '../shared/button.styles.js';
import { dialogStyles } from '../shared/dialog.styles.js';
import { namedTerm } from '../shared/named-term.js';
import { menuStyles } from '../shared/menu.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { appTabPanelStyles } from './app-tab-panel.styles.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { commonTerms, tabTerms } from '../../i18n/en.js';
import { tabTitle } from '../../i18n/model-terms.js';
import '../../state/store-tabs.js';

/** This element's English terms: its fallback, and the terms it reads in every language. */
const TERMS = { ...commonTerms, ...tabTerms };

/** Close questions a tab bar has taken: with two bars on one session, only one asks. */
const asked = new WeakSet<SessionExtrasChange>();

/** An entry of the **Open application** menu: an entity form or a third-party app. */
export interface AppDefinition {
  /** Identifies the app for renderers: `case`, `knowledge-search`, `partner-portal`… */
  readonly id: string;
  /** The menu item and the tab's title. */
  readonly title: string;
  /** A third-party app's address, shown in a sandboxed iframe by `<session-view>`. */
  readonly url?: string;
  /**
   * How the app's iframe is sandboxed; safe by default (see `AppSandboxPolicy`): it never
   * navigates the desktop, and an app on the desktop's own origin gets an opaque origin unless
   * `trustedSameOrigin: true` says you trust it like your own code.
   */
  readonly sandbox?: AppSandboxPolicy;
}

/**
 * The application tabs of the focused session (or of `session-id`): its anchor tab first, then
 * the records and apps the agent opened, with **Open application** (+) to open more.
 *
 * Ctrl+click (Cmd+click on macOS) on a session-enabled record link anywhere on the page opens
 * the record as a tab of the focused session; opening a record that already has a tab there
 * shows that tab. Closing a tab shows the nearest tab on its left; a host can veto a close. A tab whose content has unsaved
 * input (see the `session-content-dirty` event) closes only after the agent confirms, in a dialog
 * that says what will be lost.
 *
 * Keyboard (WAI-ARIA tabs pattern, horizontal): one tab stop; Left/Right (mirrored right to
 * left), Home/End move; Enter or Space shows the tab; Delete closes it.
 *
 * @summary Application tabs of a session, with Open application and close buttons.
 * @tagname app-tab-panel
 *
 * @attr session-id - The session whose tabs to show; the focused session when absent.
 *
 * Tab events fire here only for what the agent did in this panel, once each however many
 * panels show the session; a tab opened by Ctrl+click fires from the link, one opened from the
 * customer summary from `<customer-summary>`, a keyboard shortcut's from `<session-view>`, and
 * host code's store calls fire none (`store.subscribe` hears every change).
 *
 * @fires {CustomEvent<AppTabEventDetail>} app-tab-opened - The agent opened an app here (Open application).
 * @fires {CustomEvent<AppTabEventDetail>} app-tab-focused - The agent showed another tab here (click, Enter, Space; an app opened here; the tab left of one closed here).
 * @fires {CustomEvent<AppTabEventDetail>} app-tab-close-requested - The agent asked to close a tab (X or Delete), before any confirmation. Cancelable: `preventDefault()` keeps it.
 * @fires {CustomEvent<AppTabEventDetail>} app-tab-closed - The agent closed a tab here (X, Delete, or the close dialog confirmed here).
 * @fires {CustomEvent<AppTabLimitReachedEventDetail>} app-tab-limit-reached - An app chosen here could not open: the session has as many tabs as it may. Every panel of the session tells the agent.
 *
 * @csspart tablist - The row of tabs.
 * @csspart tab - A tab (the anchor tab also has the part `anchor`; the shown tab, `selected`: `app-tab-panel::part(tab selected)`).
 * @csspart anchor - The session's anchor tab (with the part `tab`).
 * @csspart selected - The shown tab (with the part `tab`).
 * @csspart close-button - The X of a closable tab.
 * @csspart add - The Open application button.
 * @csspart notice - The message shown when the tab limit is reached.
 * @csspart menu - The Open application menu.
 * @csspart menu-item - An application in the menu.
 * @csspart dialog - The confirmation asked before closing a tab with unsaved input.
 *
 * @cssprop [--ehe-app-tab-height=2.5rem] - Height of the tabs.
 * @cssprop --ehe-color-surface - Background. Every `--ehe-color-*` token has light and dark defaults that follow the page's `color-scheme`.
 * @cssprop --ehe-color-surface-raised - Raised backgrounds: icons, badges, loading placeholders.
 * @cssprop --ehe-color-text - Text colour.
 * @cssprop --ehe-color-text-muted - Secondary text and icons.
 * @cssprop --ehe-color-border - Borders.
 * @cssprop --ehe-color-accent - Primary buttons, selection and focus rings.
 * @cssprop --ehe-color-on-accent - Text on the accent colour.
 * @cssprop --ehe-color-hover - Hover background.
 * @cssprop --ehe-color-danger - Errors and destructive buttons.
 * @cssprop --ehe-focus-ring - Focus outline (default: 2px solid the accent colour).
 * @cssprop --ehe-radius - Corner radius (default 6px).
 * @cssprop --ehe-font-family - Font (default: system-ui, sans-serif).
 * @cssprop --ehe-font-size - Base font size (default 0.875rem).
 */
export class AppTabPanel extends LitElement {
  static override styles = [tokens, buttonStyles, menuStyles, dialogStyles, appTabPanelStyles];
  static override properties = {
    sessionId: { attribute: 'session-id' },
    applications: { attribute: false },
    recordLinkMatcher: { attribute: false },
  };

  /** The session whose tabs to show; the focused session when absent. */
  declare sessionId?: string;

  /** What the Open application menu offers. */
  declare applications: readonly AppDefinition[];

  /** Recognises record links by URL for Ctrl+click, like `<session-panel>`'s. */
  declare recordLinkMatcher?: RecordLinkMatcher;

  readonly #sessions = new SessionStoreController(
    this,
    (change) => this.#follow(change),
    (change) => {
      if (change.type !== 'tab-close-confirmation' || change.sessionId !== this.#session?.id) return;
      // The bar where the agent asked takes the question now; a shortcut's goes to the first bar.
      if (this.#requesting) this.#ask(change);
      else queueMicrotask(() => this.#ask(change));
    },
  );
  /** A close of this bar's own is being requested (its question is this bar's to ask). */
  #requesting = false;
  /** The tab whose close the agent is confirming, and what it would lose. */
  #closing?: { sessionId: string; tabId: string; title: string; unsaved: readonly UnsavedInput[]; hadFocus: boolean };
  #returnFocus?: HTMLElement;
  readonly #bar = new TabBarController<HTMLElement>(this, {
    orientation: 'horizontal',
    tabs: () => this.#tabElements,
    selectedId: () => this.#shownTabId,
    select: (id) => {
      const session = this.#session;
      if (session) actOnStore(this, this.store, () => this.store.focusTab(session.id, id));
    },
    requestClose: (id) => this.requestClose(id),
    closeLabel: (title) => this.localize.t.closeNamed('tab', title),
    closeHint: (label) => this.localize.t.deleteHint(label),
  });
  readonly #menu = new MenuController<'open'>(this, {
    label: () => this.localize.t.applicationsToOpen,
    onSelect: (item) => {
      const app = this.applications.find((a) => a.id === item.id);
      if (app) actOnStore(this, this.store, () => this.store.openTab({ app }, { sessionId: this.#session?.id }));
    },
  });
  protected readonly localize = new LocalizeController(this, TERMS);
  protected readonly links = new RecordLinkController(this, {
    gesture: 'new-tab',
    matcher: () => this.recordLinkMatcher,
    open: (store, record, link) => actOnStore(link, store, () => store.openTab({ record })),
  });

  constructor() {
    super();
    this.applications = [];
  }

  /**
   * Asks to close a tab as its X does: fires `app-tab-close-requested`, then closes it, after
   * the agent's confirmation when the tab has unsaved input.
   */
  requestClose(tabId: string): void {
    const session = this.#session;
    const tab = session && sessionTabs(session).find((t) => t.id === tabId);
    if (!session || !tab || tab.kind === 'anchor') return;
    if (!this.#bar.requestClose('app-tab-close-requested', { session, tab })) return;
    const hadFocus = holdsFocus(this);
    // The store's extras decide: a clean tab closes now, a dirty one comes back as a question.
    this.#requesting = true;
    try {
      if (actOnStore(this, this.store, () => sessionExtras(this.store).requestTabClose(session.id, tab.id)) === 'closed') this.#afterClose(hadFocus);
    } finally {
      this.#requesting = false;
    }
  }

  /** Asks the agent to confirm a close, unless another bar of the session already does. */
  #ask(question: SessionExtrasChange & { type: 'tab-close-confirmation' }): void {
    if (!asked.has(question) && this.#confirmClose(question.tabId, question.unsaved)) asked.add(question);
  }

  /** Focus follows to the tab now shown (the one on the left), if the agent was in the tab bar. */
  #afterClose(hadFocus: boolean): void {
    if (hadFocus) void this.updateComplete.then(() => this.#bar.tabFor(this.#shownTabId)?.focus());
  }

  /** Shows the close dialog; false when this bar cannot ask now (the tab is gone, it already asks). */
  #confirmClose(tabId: string, unsaved: readonly UnsavedInput[]): boolean {
    const session = this.#session;
    const tab = session && sessionTabs(session).find((t) => t.id === tabId);
    if (!session || !tab || this.#closing) return false;
    this.#returnFocus = deepActiveElement(this.ownerDocument);
    this.#closing = { sessionId: session.id, tabId, title: tab.title, unsaved, hadFocus: holdsFocus(this) };
    this.requestUpdate();
    void this.updateComplete.then(() => this.renderRoot.querySelector('dialog')?.showModal());
    return true;
  }

  #onDialogClose = (): void => {
    const dialog = this.renderRoot.querySelector('dialog')!;
    const closing = this.#closing;
    const confirmed = dialog.returnValue === 'confirm';
    dialog.returnValue = '';
    this.#closing = undefined;
    this.requestUpdate();
    const session = closing && this.store.findSession(closing.sessionId);
    if (confirmed && session && sessionTabs(session).some((t) => t.id === closing.tabId)) {
      actOnStore(this, this.store, () => this.store.closeTab(closing.sessionId, closing.tabId));
      this.#afterClose(closing.hadFocus);
    } else this.#returnFocus?.focus();
    this.#returnFocus = undefined;
  };

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

  get #session(): Session | undefined {
    return this.sessionId ? this.store.findSession(this.sessionId) : this.store.focusedSession;
  }

  get #shownTabId(): string | undefined {
    const session = this.#session;
    return session ? (session.focusedTabId ?? ANCHOR_TAB_ID) : undefined;
  }

  get #tabElements(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')];
  }

  protected override willUpdate(): void {
    const session = this.#session;
    this.style.setProperty('--tab-count', String(session ? sessionTabs(session).length : 1));
  }

  protected override render() {
    const session = this.#session;
    if (!session) return nothing;
    const tabs = sessionTabs(session);
    const shown = session.focusedTabId ?? ANCHOR_TAB_ID;
    const t = this.localize.t;
    return html`<div class="bar">
        <div part="tablist" role="tablist" aria-label=${t.applications} @click=${this.#bar.onClick} @keydown=${this.#bar.onKeydown}>
          ${tabs.map(
            (tab) =>
              html`<div
                part=${['tab', tab.kind === 'anchor' ? 'anchor' : '', tab.id === shown ? 'selected' : ''].filter(Boolean).join(' ')}
                role="tab"
                data-id=${tab.id}
                aria-selected=${tab.id === shown}
                title=${tabTitle(t, session, tab)}
                aria-keyshortcuts=${tab.kind === 'anchor' ? nothing : 'Delete'}
                ?data-closable=${tab.kind !== 'anchor'}
              >
                <span class="label" dir="auto">${tabTitle(t, session, tab)}</span>
              </div>`,
          )}
        </div>
        ${this.#bar.closeButtons(tabs.map((tab) => ({ id: tab.id, title: tab.title, closable: tab.kind !== 'anchor' })))}
        <button
          part="add"
          class="icon-button"
          aria-label=${t.openApplication}
          title=${t.openApplication}
          aria-haspopup="menu"
          aria-expanded=${this.#menu.isOpenFor('open')}
          ?disabled=${this.applications.length === 0}
          @click=${(event: Event) => this.#menu.open(event.currentTarget as HTMLElement, this.applications.map((a) => ({ id: a.id, label: displayText(a.title) || displayText(a.id) })), 'open')}
        >
          +
        </button>
      </div>
      ${this.#bar.renderNotice()}
      ${this.#menu.render()}
      <dialog part="dialog" role="alertdialog" aria-labelledby="close-tab-title" aria-describedby="close-tab-text" @close=${this.#onDialogClose}>
        <form method="dialog">
          <h2 id="close-tab-title">${t.closeQuestion('tab')}</h2>
          <p id="close-tab-text">
            ${namedTerm((n) => t.closeTabText(n[0], this.localize.list((this.#closing?.unsaved ?? []).map((u) => u.what))), [this.#closing?.title ?? ''])}
          </p>
          <div class="actions">
            <button class="button" value="cancel" autofocus>${t.cancel}</button>
            <button class="button danger" value="confirm">${t.closeConfirm('tab')}</button>
          </div>
        </form>
      </dialog>`;
  }

  /** What the bar shows of a change, whoever made it (events are for the agent's own acts). */
  #follow(change: SessionChange): void {
    switch (change.type) {
      case 'tab-opened':
      case 'tab-focused':
      case 'tab-closed':
        if (change.session.id === this.#session?.id) this.#bar.notice = '';
        break;
      case 'tab-limit-reached':
        if (change.session.id === this.#session?.id) this.#bar.notice = () => namedTerm((n) => this.localize.t.tabLimit(change.maxTabs, n[0]), [change.title]);
        break;
      case 'session-focused':
        this.#bar.notice = '';
        break;
    }
  }
}
