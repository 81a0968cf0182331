import { html, svg, type LitElement, type ReactiveController } from 'lit';
import { fire, type SessionEventMap } from '../events.js';
import { isolate } from '../state/title.js';
import { deepActiveElement } from './focus.js';
import { ListNavigationController, type ListOrientation } from './list-navigation.js';

/** A tab as the bar's close-button column needs it. */
export interface TabBarEntry {
  readonly id: string;
  readonly title: string;
  /** Home and a session's anchor tab have no X (an empty cell keeps the rows lined up). */
  readonly closable: boolean;
}

export interface TabBarOptions<T extends HTMLElement> {
  orientation: ListOrientation;
  /** The rendered tabs, each with `data-id`. */
  tabs(): T[];
  /** The id of the selected tab (the focused session, the shown app tab). */
  selectedId(): string | undefined;
  /** The agent chose a tab (click, Enter, Space). */
  select(id: string): void;
  /** The agent asked to close a tab (its X, Delete): the element's `requestClose`. */
  requestClose(id: string): void;
  /** The X's accessible name for a tab title ("Close session …"). */
  closeLabel(title: string): string;
  /** The X's tooltip: its name (for the isolated title) with the key that does the same ("Close session … (Delete)"). */
  closeHint(label: string): string;
}

/** A message for the agent: text as it came, or made when shown (so it follows the language). */
export type TabBarNotice = string | (() => unknown);

const cross = svg`<path d="M6 6l12 12M18 6L6 18"/>`;

/**
 * What `<session-panel>` and `<app-tab-panel>` share as tab bars (WAI-ARIA tabs): one tab stop
 * moved by the arrows (through `ListNavigationController`), click/Enter/Space select, Delete asks
 * to close, the column of close buttons outside the tablist, the cancelable close request, the
 * limit notice in a status region, and focus given back after the close dialog.
 *
 * The host renders the tablist with `@click=${bar.onClick} @keydown=${bar.onKeydown}`, then
 * `bar.closeButtons(entries)` and `bar.renderNotice()`.
 */
export class TabBarController<T extends HTMLElement> implements ReactiveController {
  readonly navigation: ListNavigationController<T>;
  /** The limit message shown to the agent, '' for none. */
  #notice: TabBarNotice = '';
  #returnFocus?: HTMLElement;

  constructor(
    private readonly host: LitElement,
    private readonly options: TabBarOptions<T>,
  ) {
    host.addController(this);
    this.navigation = new ListNavigationController<T>(host, {
      items: options.tabs,
      current: () => this.tabFor(options.selectedId()),
      orientation: options.orientation,
    });
  }

  hostDisconnected(): void {
    this.#returnFocus = this.#byIdOf = undefined;
    this.#byId.clear();
  }

  get notice(): TabBarNotice {
    return this.#notice;
  }

  /** Shows (or, with '', clears) the notice. */
  set notice(text: TabBarNotice) {
    if (text === this.#notice) return;
    this.#notice = text;
    this.host.requestUpdate();
  }

  tabFor(id: string | undefined): T | undefined {
    if (id === undefined) return undefined;
    const tabs = this.options.tabs();
    // By id, looked up once per list of tabs (a host that keeps its array until the tabs change
    // spares a walk over every tab on each update).
    if (tabs !== this.#byIdOf) {
      this.#byIdOf = tabs;
      this.#byId = new Map(tabs.map((tab) => [tab.dataset.id!, tab]));
    }
    return this.#byId.get(id);
  }

  #byIdOf?: T[];
  #byId = new Map<string, T>();

  /**
   * Fires the cancelable close request from the host; false when a listener vetoed it. Remembers
   * where focus was, for `restoreFocus` after a confirmation.
   */
  requestClose<K extends 'session-close-requested' | 'app-tab-close-requested'>(type: K, detail: SessionEventMap[K]['detail']): boolean {
    if (!fire(this.host, type, detail, { cancelable: true })) return false;
    this.#returnFocus = deepActiveElement(this.host.ownerDocument);
    return true;
  }

  /**
   * After the close dialog: back where the agent was. Tabs are reused by position, so after a
   * close, focus that was in the bar goes to the selected tab rather than to whatever took the row.
   */
  restoreFocus(closed: boolean): void {
    const inBar = this.#returnFocus && this.host.renderRoot.contains(this.#returnFocus);
    const back = closed && inBar ? this.tabFor(this.options.selectedId()) : this.#returnFocus;
    this.#returnFocus = undefined;
    back?.focus();
  }

  onClick = (event: Event): void => {
    const tab = this.navigation.itemFromEvent(event);
    if (!tab) return;
    this.options.select(tab.dataset.id!);
    this.navigation.focusItem(tab);
  };

  onKeydown = (event: KeyboardEvent): void => {
    const tab = this.navigation.itemFromEvent(event);
    if (!tab || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.options.select(tab.dataset.id!);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      this.options.requestClose(tab.dataset.id!);
    }
  };

  /** The close buttons, one cell per tab, outside the tablist (ARIA allows no buttons in it). */
  closeButtons(entries: readonly TabBarEntry[]) {
    return html`<div class="close-buttons">
      ${entries.map((entry) => {
        if (!entry.closable) return html`<span></span>`;
        const label = this.options.closeLabel(entry.title);
        return html`<button part="close-button" class="icon-button" tabindex="-1" aria-label=${label} title=${this.options.closeHint(this.options.closeLabel(isolate(entry.title)))} @click=${() => this.options.requestClose(entry.id)}>
          <svg viewBox="0 0 24 24" width="14" height="14" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true">${cross}</svg>
        </button>`;
      })}
    </div>`;
  }

  renderNotice() {
    return html`<div part="notice" role="status">${typeof this.#notice === 'function' ? this.#notice() : this.#notice}</div>`;
  }
}
