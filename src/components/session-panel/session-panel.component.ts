import { LitElement, html, noChange, svg } from 'lit';
import { SessionStoreController } from '../../context/store-controller.js';
import { RecordLinkController } from '../../controllers/record-link.js';
import { TabBarController } from '../../controllers/tab-bar.js';
import { actOnStore } from '../../events.js';
import type { RecordLinkMatcher } from '../../gesture/session-links.js';
import type { Session, SessionChange } from '../../state/session.js';
import { sessionIcon } from '../../state/session-icon.js';
import type { SessionStore } from '../../state/session-store.js';
import type { DesktopNotice, SessionExtras } from '../../state/session-extras.js';
import { existingExtras } from '../../state/extras-slot.js';
import { buttonStyles } from '../shared/button.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import type { SessionTab } from '../session-tab/session-tab.component.js';
import { dialogStyles } from '../shared/dialog.styles.js';
import { namedTerm } from '../shared/named-term.js';
import { TermsController } from '../../i18n/terms-controller.js';
import { commonTerms, sessionTerms } from '../../i18n/en.js';
import { tabTitle } from '../../i18n/model-terms.js';
import { ANCHOR_TAB_ID } from '../../state/session.js';
import { sessionPanelStyles } from './session-panel.styles.js';

/** This element's English terms: its fallback, and the terms it reads in every language. */
const TERMS = { ...commonTerms, ...sessionTerms };

const chevron = svg`<path d="M15 6l-6 6 6 6"/>`;

/**
 * The agent's sessions: Home first, then one per customer, in a vertical tab list.
 *
 * Reads and changes the session store shared through context (the nearest `<session-provider>`,
 * or the page's own store). Shift+click on a session-enabled link anywhere on the page opens it
 * as a session while a panel is connected.
 *
 * Keyboard: Up/Down move between sessions, Home/End to the first/last, Enter or Space focuses the
 * session, Delete asks to close it. Closing always asks for confirmation in a dialog.
 *
 * Events come from where the agent acted: this panel fires what the agent did in it (a click, a
 * key, the close dialog), a Shift+clicked link fires `session-opened` (or `session-focused`,
 * `session-limit-reached`) from the link itself, so each fires once however many panels there
 * are, and also with none. Changes made by host code or by the kit on its own (a CRM rename, a
 * restore) fire no event: subscribe to the store (`store.subscribe`) to hear every change.
 *
 * @summary Vertical list of the agent's sessions, with Home first.
 * @tagname session-panel
 *
 * @fires {CustomEvent<SessionFocusedEventDetail>} session-focused - The agent focused another session here (click, Enter, Space), or closed the focused one.
 * @fires {CustomEvent<SessionEventDetail>} session-close-requested - The agent asked to close a session (X or Delete), before the confirmation. Cancelable: `preventDefault()` keeps it open and shows no dialog.
 * @fires {CustomEvent<SessionEventDetail>} session-closed - The agent confirmed a close here.
 *
 * @csspart toggle - The collapse/expand button.
 * @csspart tablist - The list of session tabs.
 * @csspart tab - Each `<session-tab>`. The focused one is `::part(tab):state(selected)`, and also `::part(tab selected)` where custom states are missing.
 * @csspart selected - The focused session's `<session-tab>` (with the part `tab`).
 * @csspart tab-icon - A session's icon (the tab's `icon` part).
 * @csspart tab-label - A session's title (the tab's `label` part).
 * @csspart close-button - The X next to each closable session.
 * @csspart notice - The message shown when the session limit is reached.
 * @csspart dialog - The close confirmation dialog.
 *
 * @cssprop [--ehe-session-panel-width=15rem] - Width when expanded.
 * @cssprop [--ehe-session-panel-rail-width=3.5rem] - Width when collapsed to an icon rail.
 * @cssprop [--ehe-session-tab-height=2.75rem] - Height of a session row.
 * @cssprop [--ehe-session-icon-size=2rem] - Width and height of a session's icon.
 * @cssprop --ehe-color-surface - Background. Every `--ehe-color-*` token has light and dark defaults that follow the page's `color-scheme`.
 * @cssprop --ehe-color-surface-raised - Icon background.
 * @cssprop --ehe-color-text - Text colour.
 * @cssprop --ehe-color-text-muted - Secondary text and icons.
 * @cssprop --ehe-color-border - Borders.
 * @cssprop --ehe-color-accent - The focused session's icon and focus rings.
 * @cssprop --ehe-color-on-accent - Text on the accent colour.
 * @cssprop --ehe-color-selected - The focused session's background.
 * @cssprop --ehe-color-hover - Hover background.
 * @cssprop --ehe-color-danger - Limit message and the confirm-close button.
 * @cssprop --ehe-focus-ring - Focus outline.
 * @cssprop --ehe-radius - Corner radius.
 * @cssprop --ehe-font-family - Font.
 * @cssprop --ehe-font-size - Base font size (default 0.875rem).
 */
export class SessionPanel extends LitElement {
  static override styles = [tokens, buttonStyles, dialogStyles, sessionPanelStyles];

  static override properties = { recordLinkMatcher: { attribute: false } };

  /**
   * Recognises session-enabled record links by URL, for links without `data-session-*`
   * attributes. Return `{entity, id, name?}` or nothing.
   */
  declare recordLinkMatcher?: RecordLinkMatcher;

  /** The session whose close the agent is confirming. */
  #closing?: Session;
  protected readonly localize = new TermsController(this, TERMS);

  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  /** The rows, kept until they are rendered again (the tab bar knows them by this array). */
  #tabs?: SessionTab[];
  /** What the rows were last rendered from: a change of anything else leaves them alone. */
  #rowsFrom: readonly unknown[] = [];
  /** The row shown selected. */
  #selectedTab?: SessionTab;

  private get tabs(): SessionTab[] {
    return (this.#tabs ??= [...this.renderRoot.querySelectorAll('session-tab')]);
  }

  readonly #storeController = new SessionStoreController(
    this,
    (change) => this.#follow(change),
    (change) => {
      // Sessions the kit changed on its own (after a reload) are explained to the agent.
      if (change.type === 'notice') {
        const { recheck, text } = change.notice;
        this.#bar.notice = recheck ? () => recheckNotice(this.localize.t, recheck) : text;
      }
    },
  );
  readonly #bar = new TabBarController<SessionTab>(this, {
    orientation: 'vertical',
    tabs: () => this.tabs,
    selectedId: () => this.store.state.focusedId,
    select: (id) => actOnStore(this, this.store, () => this.store.focusSession(id)),
    requestClose: (id) => this.requestClose(id),
    closeLabel: (title) => this.localize.t.closeNamed('session', title),
    closeHint: (label) => this.localize.t.deleteHint(label),
  });
  protected readonly links = new RecordLinkController(this, {
    gesture: 'new-session',
    matcher: () => this.recordLinkMatcher,
    open: (store, record, link) => actOnStore(link, store, () => store.openRecordSession(record)),
  });

  /**
   * The session store this element works with: the one handed to it (`element.store = myStore`,
   * which the elements inside it share), else its `<session-provider>`'s, else the page's.
   * Setting `undefined` goes back to the provider's; anything but a store is refused with one
   * console error (a property set never throws).
   */
  get store(): SessionStore {
    return this.#storeController.store;
  }

  set store(store: SessionStore | undefined) {
    this.#storeController.store = store;
  }

  /**
   * Asks to close a session as the X button does: fires `session-close-requested`, then asks the
   * agent to confirm. Home and unknown ids are ignored.
   */
  requestClose(id: string): void {
    const session = this.store.findSession(id);
    if (!session || session.kind === 'home') return;
    if (!this.#bar.requestClose('session-close-requested', { session })) return;
    this.#closing = session;
    this.requestUpdate();
    void this.updateComplete.then(() => this.dialog.showModal());
  }

  protected override willUpdate(): void {
    // Reflected for styling (`session-panel[collapsed]`); the store's panel mode is the truth.
    this.toggleAttribute('collapsed', this.#collapsed);
  }

  get #collapsed(): boolean {
    return this.store.state.panelMode === 'collapsed';
  }

  protected override updated(): void {
    // The selection is the one thing a switch changes in the rows: only the row that loses it and
    // the row that gets it are written (issue 12), the others are left alone.
    const tab = this.#bar.tabFor(this.store.state.focusedId);
    if (tab === this.#selectedTab) return;
    if (this.#selectedTab) showSelected(this.#selectedTab, false);
    if (tab) showSelected(tab, true);
    this.#selectedTab = tab;
  }

  protected override render() {
    const { sessions } = this.store.state;
    const expanded = !this.#collapsed;
    const t = this.localize.t;
    // The rows and their close buttons depend on the sessions (immutable: a changed session is a
    // new object; the store's array itself is new on every change), the panel mode and the
    // language; a switch changes none of them.
    const rowsFrom = [this.#collapsed, t, ...sessions];
    const rowsChanged = rowsFrom.length !== this.#rowsFrom.length || rowsFrom.some((value, n) => value !== this.#rowsFrom[n]);
    if (rowsChanged) {
      this.#rowsFrom = rowsFrom;
      this.#tabs = undefined;
    }
    return html`
      <button
        part="toggle"
        class="icon-button"
        aria-expanded=${expanded}
        aria-label=${expanded ? t.collapsePanel : t.expandPanel}
        title=${expanded ? t.collapsePanel : t.expandPanel}
        @click=${() => this.store.togglePanelMode()}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">${chevron}</svg>
      </button>
      <div class="rows">
        <div part="tablist" role="tablist" aria-label=${t.sessions} aria-orientation="vertical" @click=${this.#bar.onClick} @keydown=${this.#bar.onKeydown}>
          ${rowsChanged
            ? sessions.map((session) => {
                const label = session.kind === 'home' ? t.home : session.title;
                // The selection (\`selected\`, the part \`selected\`) is set in \`updated\`.
                return html`<session-tab
                  part="tab"
                  exportparts="icon: tab-icon, label: tab-label"
                  data-id=${session.id}
                  .label=${label}
                  .icon=${sessionIcon(session, label)}
                  ?collapsed=${this.#collapsed}
                  .keyShortcuts=${session.kind === 'home' ? '' : 'Delete'}
                ></session-tab>`;
              })
            : noChange}
        </div>
        ${rowsChanged ? this.#bar.closeButtons(sessions.map((session) => ({ id: session.id, title: session.title, closable: session.kind !== 'home' }))) : noChange}
      </div>
      ${this.#bar.renderNotice()}
      <dialog part="dialog" role="alertdialog" aria-labelledby="close-title" aria-describedby="close-text" @close=${this.#onDialogClose}>
        <form method="dialog">
          <h2 id="close-title">${t.closeQuestion('session')}</h2>
          <p id="close-text">${this.#closing && namedTerm((n) => t.closeSessionText(n[0]), [this.#closing.title])}${this.#closing?.conversation && !this.#closing.conversation.readOnly ? t.conversationNotEnded : ''}${this.#unsavedWarning()}</p>
          <div class="actions">
            <button class="button" value="cancel" autofocus>${t.cancel}</button>
            <button class="button danger" value="confirm">${t.closeConfirm('session')}</button>
          </div>
        </form>
      </dialog>
    `;
  }

  /** What closing the session in the dialog would lose, in one sentence (or nothing). */
  #unsavedWarning(): string {
    const unsaved = this.#closing ? (existingExtras<SessionExtras>(this.store)?.unsavedInput(this.#closing.id) ?? []) : [];
    const t = this.localize.t;
    return unsaved.length ? ` ${t.unsavedWillBeLost(this.localize.list(unsaved.map((u) => t.unsavedIn(u.what, tabTitle(t, this.store.findSession(u.sessionId), { id: u.tabId, kind: u.tabId === ANCHOR_TAB_ID ? 'anchor' : 'record', title: u.tabTitle })))))}` : '';
  }

  #onDialogClose = async (): Promise<void> => {
    const session = this.#closing;
    const confirmed = this.dialog.returnValue === 'confirm';
    this.dialog.returnValue = '';
    this.#closing = undefined;
    this.requestUpdate();
    const closed = confirmed && session !== undefined && this.store.findSession(session.id) !== undefined;
    if (closed) actOnStore(this, this.store, () => this.store.closeSession(session.id));
    await this.updateComplete;
    this.#bar.restoreFocus(closed);
  };

  /** What the panel shows of a change, whoever made it (events are for the agent's own acts). */
  #follow(change: SessionChange): void {
    switch (change.type) {
      case 'session-opened':
      case 'session-closed':
      case 'max-sessions-changed':
        this.#bar.notice = '';
        break;
      case 'session-limit-reached':
        this.#bar.notice = () => namedTerm((n) => this.localize.t.sessionLimit(change.maxSessions, n[0]), [change.title]);
        break;
    }
  }
}

/** A row shown as the focused session or not: the \`selected\` attribute (its tab's state) and part. */
function showSelected(tab: SessionTab, selected: boolean): void {
  tab.toggleAttribute('selected', selected);
  tab.part.toggle('selected', selected);
}

function recheckNotice(t: typeof TERMS, recheck: NonNullable<DesktopNotice['recheck']>) {
  const sentences = [...recheck.closed.map((title) => namedTerm((n) => t.conversationGone(n[0]), [title])), ...recheck.readOnly.map((title) => namedTerm((n) => t.conversationReadOnlyNow(n[0]), [title]))];
  return sentences.flatMap((sentence, n) => (n ? [' ', ...sentence] : sentence));
}
