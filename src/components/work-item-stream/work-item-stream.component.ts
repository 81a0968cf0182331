import { LitElement, html, nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ContextValueController } from '../../context/context-value-controller.js';
import { crmDataSourceContext } from '../../context/data-context.js';
import { SessionStoreController } from '../../context/store-controller.js';
import { ClockController } from '../../controllers/clock.js';
import { LoadTask } from '../../controllers/load-task.js';
import { RepeatReleaseController } from '../../controllers/repeat-release.js';
import { navigationTarget } from '../../controllers/list-navigation.js';
import { fire, storeActingFrom } from '../../events.js';
import { MenuController, type MenuItem } from '../../controllers/menu.js';
import { checkedDataSource, isCheckedWorkItem } from '../../data/checked-data-source.js';
import { FixedRowListController } from '../../controllers/fixed-row-list.js';
import type { CrmDataSource, WorkItemChange } from '../../data/crm-data-source.js';
import { elapsedTextChanges } from '../../state/elapsed.js';
import { ownEntry } from '../../state/own.js';
import { displayText, isolate } from '../../state/title.js';
import type { SessionStore } from '../../state/session-store.js';
import { SortedView, workItemOrder } from '../../state/sorted-view.js';
import { openWorkItem, pickWorkItem, type StartResult } from '../../actions/work-item-actions.js';
import type { WorkItem } from '../../state/work-item.js';
import { STREAM_NAMES, streamAction, streamOf, type StreamName } from '../../state/work-item-streams.js';
import { conversationTitle, queueName } from '../../state/conversation-title.js';
import { validateWorkItem } from '../../state/validate-work-item.js';
import { CHANNEL_GLYPHS } from '../shared/labels.js';
import { buttonStyles } from '../shared/button.styles.js';
import { menuStyles } from '../shared/menu.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { workItemStreamStyles } from './work-item-stream.styles.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { commonTerms, streamTerms } from '../../i18n/en.js';

/** This element's English terms: its fallback, and the terms it reads in every language. */
const TERMS = { ...commonTerms, ...streamTerms };

type Status = { kind: 'idle' | 'loading' | 'ready' } | { kind: 'error'; message: string; code?: string };
export type StreamSort = 'newest' | 'oldest';

const refreshIcon = svg`<path d="M20 11a8 8 0 1 0-2.3 5.7M20 4v7h-7"/>`;
const moreIcon = svg`<circle cx="5" cy="12" r="2.2"/><circle cx="12" cy="12" r="2.2"/><circle cx="19" cy="12" r="2.2"/>`;

/**
 * One dashboard stream of conversations: My work items, Open work items or Closed work items.
 *
 * Reads work items from the CRM data source in context and stays live: rows appear, move between
 * the streams on the page and leave as conversations change, keeping the focused row and an open
 * menu. A list at its top stays at its top and shows new rows there; a list scrolled down keeps
 * the agent's row in place and offers an **N new** button that goes to the top. Each row's **More options** menu offers **Pick** (Open work items:
 * the conversation becomes mine and its session opens) or **Open** (My work items, which revives a
 * Waiting one, and Closed work items, read-only). Long streams are virtualized.
 *
 * Keyboard: one tab stop for the rows; Up/Down, Page Up/Down, Home/End move between rows; Enter,
 * Space or Shift+F10 open the row's menu, whose items are chosen with the arrows and Enter.
 *
 * @summary A live, virtualized list of work items with Open or Pick on each row.
 * @tagname work-item-stream
 *
 * @fires {CustomEvent<SessionStartedEventDetail>} session-started - The agent opened or picked a conversation and its session opened (`via`: 'open' or 'pick').
 * @fires {CustomEvent<SessionEventDetail>} session-opened - Open or Pick opened the conversation's session (fired here, where the agent acted).
 * @fires {CustomEvent<SessionFocusedEventDetail>} session-focused - Open or Pick focused the conversation's session.
 * @fires {CustomEvent<SessionLimitReachedEventDetail>} session-limit-reached - Open or Pick could not open the session: the limit is reached.
 *
 * @csspart header - The title, count and tools.
 * @csspart count - The number of work items shown.
 * @csspart filter - The filter box.
 * @csspart sort - The sort order select.
 * @csspart refresh - The refresh button.
 * @csspart notice - Messages such as "another agent picked it first".
 * @csspart list - The scrolling list of rows.
 * @csspart new-rows - The "N new" button over a list scrolled down, when rows arrived above.
 * @csspart row - One work item.
 * @csspart more - A row's More options button.
 * @csspart menu - The row actions menu.
 * @csspart menu-item - An action in the menu.
 *
 * @cssprop [--ehe-stream-height=24rem] - Height of the list of rows.
 * @cssprop [--ehe-stream-row-height=3.5rem] - Height of one row (rows are all the same height).
 * @cssprop --ehe-color-surface - Background. Every `--ehe-color-*` token has light and dark defaults that follow the page's `color-scheme`.
 * @cssprop --ehe-color-surface-raised - Raised backgrounds: icons, badges, loading placeholders.
 * @cssprop --ehe-color-text - Text colour.
 * @cssprop --ehe-color-text-muted - Secondary text and icons.
 * @cssprop --ehe-color-border - Borders.
 * @cssprop --ehe-color-accent - Primary buttons, selection and focus rings.
 * @cssprop --ehe-color-on-accent - Text on the accent colour.
 * @cssprop --ehe-color-selected - Background of what is selected or highlighted.
 * @cssprop --ehe-color-hover - Hover background.
 * @cssprop --ehe-color-danger - Errors and destructive buttons.
 * @cssprop --ehe-focus-ring - Focus outline (default: 2px solid the accent colour).
 * @cssprop --ehe-radius - Corner radius (default 6px).
 * @cssprop --ehe-font-family - Font (default: system-ui, sans-serif).
 * @cssprop --ehe-font-size - Base font size (default 0.875rem).
 */
export class WorkItemStream extends LitElement {
  static override styles = [tokens, buttonStyles, menuStyles, workItemStreamStyles];

  static override properties = {
    stream: { reflect: true },
    sort: { reflect: true },
  };

  /** Which stream: `my`, `open` or `closed`. */
  declare stream: StreamName;

  /** Newest or oldest first, by time waiting (Open) or by last update (My, Closed). */
  declare sort: StreamSort;

  readonly #sessions = new SessionStoreController(this);
  readonly #data = new ContextValueController<CrmDataSource>(this, crmDataSourceContext, {
    map: checkedDataSource,
    attach: (crm) => {
      void this.#load(crm);
      return crm.subscribeWorkItems(this.#onChange);
    },
  });
  // Repaints only when a visible row's time would read differently (issue 12: every stream
  // re-rendered every second).
  readonly #clock = new ClockController(this, 1000, (then, now) => this.#timeChanges(then, now));
  readonly #menu = new MenuController<string>(this, { label: () => this.localize.t.workItemActions, onSelect: (_item, id) => void this.#act(id) });

  /** This stream's items, filtered and sorted incrementally. */
  #sorted = new SortedView<WorkItem>({ id: (item) => item.id, compare: workItemOrder('my', 'newest') });
  readonly #loading = new LoadTask(this, async ([crm, stream]: [CrmDataSource, StreamName], { signal }) => {
    // While the list is on its way, in a task of its own: the rows' time formatter. The page's
    // first one loads the engine's locale data (10–40 ms), which made the task that drew the
    // first rows long (issue 12).
    setTimeout(() => (stream === 'open' ? this.localize.elapsed(0, 0) : this.localize.timeAgo(0, 0)));
    const items = await crm.listWorkItems(stream, { signal });
    if (!signal.aborted) this.#loaded(items, crm, stream);
  });
  get #status(): Status {
    const { status, error } = this.#loading;
    return status === 'error' ? { kind: 'error', message: (error as Error).message, code: (error as { code?: string }).code } : { kind: status === 'complete' ? 'ready' : 'loading' };
  }
  #filter = '';
  #notice: string | ((t: typeof TERMS) => string) = '';
  protected readonly localize = new LocalizeController(this, TERMS);
  #skipped = 0;
  #busy = new Set<string>();
  #focusId?: string;
  /**
   * Where the agent is in the list: at its top (new rows show there), or at a row (kept in view
   * as rows come and go above it). Read from the list's scroll position, which survives the list
   * being hidden; rows all have the same height.
   */
  /** The scroll position the place was last read at or restored to. */
  #seenScrollTop = 0;
  /** The list left the view since the place was last restored (a hidden list may lose its scroll position). */
  #leftView = false;
  #place: { atTop: true } | { atTop: false; anchorId: string; offset: number } = { atTop: true };
  /** Rows that arrived above the agent's place since they left the top, not yet scrolled to. */
  #unseen = new Set<string>();
  #rowPitch = 0;
  #restoring = false;
  /** Which rows are mounted: those in the list's view and a few around them (rows are all one height). */
  readonly #window = new FixedRowListController(this, {
    list: () => this.#list,
    sizer: () => this.renderRoot.querySelector<HTMLElement>('.sizer'),
    count: () => this.#sorted.items.length,
    onShown: () => this.#restorePlace(),
    onHidden: () => (this.#leftView = true),
  });

  constructor() {
    super();
    // Lets go of the rows `repeat` removes as the list scrolls (lit/lit#5298).
    new RepeatReleaseController(this, () => this.renderRoot.querySelector('.sizer'));
    this.stream = 'my';
    this.sort = 'newest';
  }

  /** The work items shown, in order, after the filter. */
  get items(): readonly WorkItem[] {
    return this.#rows();
  }

  /** Reloads the stream from the data source. */
  refresh(): Promise<void> {
    const crm = this.#data.value;
    return crm ? this.#load(crm) : Promise.resolve();
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('stream') && changed.get('stream') !== undefined) void this.refresh();
    if (changed.has('sort') || changed.has('stream')) this.#sorted.setCompare(workItemOrder(this.stream, this.sort));
  }

  get #title(): string {
    const t = this.localize.t;
    return ownEntry(t.streamTitles, this.stream) ?? t.unknownStream(displayText(String(this.stream), 40));
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

  /** The virtualized list of rows, when there are rows. */
  get #list(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part="list"]');
  }

  get #store(): SessionStore {
    return this.#sessions.store;
  }

  protected override render() {
    const title = this.#title;
    const rows = this.#rows();
    const t = this.localize.t;
    return html`<section aria-labelledby="title">
      <header part="header">
        <h2 id="title">${title}</h2>
        <span part="count" aria-label=${t.countShown(rows.length)}>${rows.length}</span>
        <div class="tools">
          <input part="filter" type="search" aria-label=${t.filterNamed(title)} placeholder=${t.filter} .value=${this.#filter} @input=${this.#onFilter} />
          <select part="sort" aria-label=${t.sortNamed(title)} @change=${this.#onSort}>
            <option value="newest" ?selected=${this.sort !== 'oldest'}>${t.newestFirst}</option>
            <option value="oldest" ?selected=${this.sort === 'oldest'}>${t.oldestFirst}</option>
          </select>
          <button part="refresh" class="icon-button" aria-label=${t.refreshNamed(title)} title=${t.refresh} @click=${() => this.refresh()}>
            <svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2" aria-hidden="true">${refreshIcon}</svg>
          </button>
        </div>
      </header>
      <div part="notice" role="status">${typeof this.#notice === 'function' ? this.#notice(t) : this.#notice}</div>
      ${this.#body(title, rows)} ${this.#menu.render()}
    </section>`;
  }

  #body(title: string, rows: readonly WorkItem[]) {
    const t = this.localize.t;
    if (!STREAM_NAMES.includes(this.stream)) return html`<p class="message">${t.useStreamNames(title)}</p>`;
    if (!this.#data.value) return html`<p class="message">${t.noCrm}</p>`;
    const status = this.#status;
    if (status.kind === 'error') {
      return html`<div class="message" role="alert">
        <span>${t.couldNotLoad(title, t.crmError(status.code, status.message))}</span>
        <button class="button" @click=${() => this.refresh()}>${t.retry}</button>
      </div>`;
    }
    if (status.kind !== 'ready') return html`<p class="message" aria-busy="true">${t.loadingList(title)}</p>`;
    const skipped = this.#skipped ? html`<p class="message">${t.malformedSkipped(this.#skipped)}</p>` : nothing;
    if (rows.length === 0) {
      return html`${skipped}<p class="message">${this.#filter ? t.noMatch(this.#filter) : t.streamEmpty[this.stream as StreamName]}</p>`;
    }
    const focusIndex = Math.max(0, this.#focusId === undefined ? 0 : this.#sorted.indexOf(this.#focusId));
    // The rows in view, and the row that holds the list's tab stop wherever it is: keyboard focus
    // stays on it while the agent scrolls away, and Tab always finds the list.
    const mounted: number[] = [];
    const { first, last } = this.#window;
    if (focusIndex < first) mounted.push(focusIndex);
    for (let i = first; i <= Math.min(last, rows.length - 1); i++) mounted.push(i);
    if (focusIndex > last) mounted.push(focusIndex);
    return html`${skipped}<div class="rows">${this.#newRowsButton(title)}<div
      part="list"
      role="list"
      aria-label=${title}
      @keydown=${this.#onKeydown}
      @focusin=${this.#onFocusin}
      @scroll=${this.#onScroll}
    >
      <div class="sizer" .style=${`--n:${rows.length}`}>
        ${repeat(
          mounted,
          (index) => rows[index]!.id,
          (index) => this.#row(rows[index]!, index, index === focusIndex, rows.length),
        )}
      </div>
    </div></div>`;
  }

  /** "3 new" above a list scrolled down, when rows arrived above the agent's place. */
  #newRowsButton(title: string) {
    const place = this.#place;
    if (place.atTop || this.#unseen.size === 0) return nothing;
    const anchor = this.#sorted.indexOf(place.anchorId);
    let count = 0;
    for (const id of this.#unseen) {
      const index = this.#sorted.indexOf(id);
      if (index >= 0 && index < anchor) count++;
    }
    if (count === 0) return nothing;
    const t = this.localize.t;
    return html`<button part="new-rows" class="new-rows" aria-label=${t.newRowsLabel(count, title)} @click=${this.#goToTop}>
      <span aria-hidden="true">↑</span> ${t.newRows(count)}
    </button>`;
  }

  #row(item: WorkItem, index: number, tabStop: boolean, count: number) {
    const t = this.localize.t;
    const name = conversationTitle(item, t.conversationFallback);
    const since = this.stream === 'open' ? item.createdAt : item.updatedAt;
    return html`<div
      part="row"
      role="listitem"
      data-id=${item.id}
      data-index=${index}
      .style=${`--i:${index}`}
      tabindex=${tabStop ? 0 : -1}
      aria-posinset=${index + 1}
      aria-setsize=${count}
    >
      <span class="channel" title=${t.channels[item.channel]}><span aria-hidden="true">${CHANNEL_GLYPHS[item.channel]} </span><span class="channel-label">${t.channels[item.channel]}</span></span>
      <span class="name" dir="auto" title=${name}>${name}</span>
      <span class="subject" dir="auto" title=${item.subject}>${item.subject}<bdi class="queue">${queueName(item, t.unnamedQueue)}</bdi></span>
      <span class="time">${this.stream === 'open' ? t.waiting(this.localize.elapsed(since, this.#clock.now)) : t.updated(this.localize.timeAgo(since, this.#clock.now))}</span>
      <span class="state">${t.states[item.state]}</span>
      <button
        part="more"
        class="icon-button"
        tabindex="-1"
        aria-haspopup="menu"
        aria-expanded=${this.#menu.isOpenFor(item.id)}
        aria-label=${t.moreOptionsFor(name)}
        @click=${(event: Event) => this.#openMenu(item.id, event.currentTarget as HTMLElement)}
      >
        <svg viewBox="0 0 24 24" width="16" height="16" fill="currentColor" aria-hidden="true">${moreIcon}</svg>
      </button>
    </div>`;
  }

  /** The rows to show: this stream's items, filtered and sorted (kept so as changes come). */
  #rows(): readonly WorkItem[] {
    return this.#sorted.items;
  }

  /** Whether a visible row's time reads differently now than at the last render. */
  #timeChanges(then: number, now: number): boolean {
    const rows = this.#sorted.items;
    const shown = this.#window.inView;
    const last = Math.min(rows.length - 1, shown.last);
    for (let i = Math.max(0, shown.first); i <= last; i++) {
      const item = rows[i]!;
      if (elapsedTextChanges(this.stream === 'open' ? item.createdAt : item.updatedAt, then, now)) return true;
    }
    return false;
  }

  /** Loads the stream (a new load aborts the one before; its late answer is dropped). */
  async #load(crm: CrmDataSource): Promise<void> {
    // An unknown stream loads nothing (its message says which names there are).
    if (STREAM_NAMES.includes(this.stream)) await this.#loading.run(crm, this.stream);
    else this.#loading.clear();
  }

  /** The stream's items from a load: the valid ones of this stream, kept; the malformed ones, counted. */
  #loaded(items: readonly unknown[], crm: CrmDataSource, stream: StreamName): void {
    this.#skipped = 0;
    const mine: WorkItem[] = [];
    for (const raw of items) {
      const item = this.#check(raw);
      if (!item) this.#skipped++;
      else if (streamOf(item, crm.agentId) === stream) mine.push(item);
    }
    this.#sorted.reset(mine);
    if (this.#skipped) console.warn(`<work-item-stream>: ${this.#skipped} malformed work item(s) were left out.`);
  }

  /** Keeps a valid item that belongs to this stream; drops it otherwise. Returns false if malformed. */
  #accept(raw: unknown, crm: CrmDataSource): boolean {
    const item = this.#check(raw);
    if (!item) return false;
    if (streamOf(item, crm.agentId) === this.stream) this.#sorted.upsert(item);
    else this.#sorted.remove(item.id);
    return true;
  }

  #check(raw: unknown): WorkItem | undefined {
    // Checked on its way from the data source already (issue 12: every item was checked twice).
    if (isCheckedWorkItem(raw)) return raw;
    try {
      return validateWorkItem(raw);
    } catch {
      return undefined;
    }
  }

  #onChange = (change: WorkItemChange): void => {
    const crm = this.#data.value;
    if (!crm || this.#status.kind !== 'ready') return;
    const arrived = change.type === 'upsert' && !this.#sorted.has(change.item.id);
    if (change.type === 'remove') this.#sorted.remove(change.id);
    else if (!this.#accept(change.item, crm)) return;
    if (change.type === 'upsert' && !this.#sorted.has(change.item.id) && this.#menu.context === change.item.id) this.#menu.close(false);
    if (arrived && !this.#place.atTop && this.#sorted.has(change.item.id)) this.#unseen.add(change.item.id);
    this.requestUpdate();
    if (this.#restoring) return;
    // One restore for a burst of changes, after they are rendered.
    this.#restoring = true;
    void this.updateComplete.then(() => {
      this.#restoring = false;
      this.#restorePlace();
    });
  };

  /** The list's scroll position, as the agent's place: the top, or the row at the top edge. */
  #onScroll = (): void => {
    const list = this.#list;
    // A hidden list reads 0: that is not the agent scrolling to the top.
    if (!list || list.clientHeight === 0) return;
    const pitch = this.#measureRowPitch();
    const rows = this.#rows();
    const wasAtTop = this.#place.atTop;
    if (list.scrollTop < 1 || !pitch || rows.length === 0) {
      this.#place = { atTop: true };
      this.#unseen.clear();
    } else {
      const index = Math.min(rows.length - 1, Math.floor(list.scrollTop / pitch));
      this.#place = { atTop: false, anchorId: rows[index]!.id, offset: list.scrollTop - index * pitch };
      // Rows the agent has scrolled up to are seen.
      if (this.#unseen.size) for (const item of rows.slice(index, index + Math.ceil(list.clientHeight / pitch) + 1)) this.#unseen.delete(item.id);
    }
    this.#seenScrollTop = list.scrollTop;
    if (wasAtTop !== this.#place.atTop || this.#unseen.size) this.requestUpdate();
  };

  /** After rows came or went, or the list was shown again: back to the agent's place. */
  #restorePlace(): void {
    const list = this.#list;
    if (!list || list.clientHeight === 0) return;
    // The agent scrolled and the engine has not sent the scroll event yet (WebKit sends it with the
    // next frame): read the agent's new place first, so it is not undone. A list shown again may
    // have lost its scroll position while hidden (Firefox): that is no scroll of the agent's.
    if (!this.#leftView && Math.abs(list.scrollTop - this.#seenScrollTop) >= 1) this.#onScroll();
    this.#leftView = false;
    const place = this.#place;
    if (place.atTop) {
      if (list.scrollTop !== 0) list.scrollTop = 0;
      this.#seenScrollTop = 0;
      this.#window.sync();
      return;
    }
    const index = this.#sorted.indexOf(place.anchorId);
    const pitch = this.#measureRowPitch();
    if (index < 0 || !pitch) return; // the row left: stay where the list is
    const target = index * pitch + place.offset;
    if (Math.abs(list.scrollTop - target) >= 1) list.scrollTop = target;
    this.#seenScrollTop = list.scrollTop;
    this.#window.sync();
  }

  /** The height of one row in the list's own pixels (unscaled by any CSS zoom); rows are all alike. */
  #measureRowPitch(): number {
    if (this.#window.pitch) return this.#window.pitch;
    const row = this.renderRoot.querySelector<HTMLElement>('[part="row"]');
    const height = row?.getBoundingClientRect().height ?? 0;
    if (row && height > 0) this.#rowPitch = height / ((row as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom || 1);
    return this.#rowPitch;
  }

  #goToTop = (): void => {
    const list = this.#list;
    this.#place = { atTop: true };
    this.#unseen.clear();
    if (list) list.scrollTop = this.#seenScrollTop = 0;
    this.#window.sync();
    this.requestUpdate();
  };

  #onFilter = (event: Event): void => {
    this.#filter = (event.target as HTMLInputElement).value;
    const needle = this.#filter.trim().toLocaleLowerCase();
    const t = this.localize.t;
    this.#sorted.setFilter(needle ? (item) => searchText(item, t).includes(needle) : undefined);
    this.requestUpdate();
  };

  #onSort = (event: Event): void => {
    this.sort = (event.target as HTMLSelectElement).value === 'oldest' ? 'oldest' : 'newest';
  };

  #onFocusin = (event: FocusEvent): void => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[part="row"]');
    if (row && row.dataset.id !== this.#focusId) {
      this.#focusId = row.dataset.id;
      this.requestUpdate();
    }
  };

  #onKeydown = (event: KeyboardEvent): void => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[part="row"]');
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    const rows = this.#rows();
    const index = Number(row.dataset.index);
    const page = Math.max(1, Math.floor(((this.renderRoot.querySelector('[part="list"]') as HTMLElement).clientHeight || 1) / row.offsetHeight) - 1);
    // Rows are virtualized, so the list navigation's key rule runs on the data, not on elements.
    const next = navigationTarget(event, index, rows.length, { orientation: 'vertical', wrap: false, pageSize: page });
    if (next !== undefined) {
      event.preventDefault();
      void this.#focusRow(next);
    } else if ((event.key === 'Enter' || event.key === ' ') && !event.shiftKey && event.target === row) {
      event.preventDefault();
      this.#openMenu(row.dataset.id!, row.querySelector<HTMLElement>('[part="more"]')!);
    } else if (event.key === 'F10' && event.shiftKey) {
      event.preventDefault();
      this.#openMenu(row.dataset.id!, row.querySelector<HTMLElement>('[part="more"]')!);
    }
  };

  async #focusRow(index: number): Promise<void> {
    const item = this.#rows()[index];
    if (!item) return;
    this.#focusId = item.id;
    this.#window.scrollToIndex(index);
    this.requestUpdate();
    // The row exists once the stream has rendered again (it holds the tab stop now).
    for (let attempt = 0; attempt < 30; attempt++) {
      await this.updateComplete;
      const row = this.renderRoot.querySelector<HTMLElement>(`[part="row"][data-id="${CSS.escape(item.id)}"]`);
      if (row) return row.focus();
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  #openMenu(id: string, invoker: HTMLElement): void {
    const action = streamAction(this.stream);
    const items: MenuItem[] = [{ id: action, label: () => (action === 'pick' ? this.localize.t.pick : this.localize.t.open), disabled: this.#busy.has(id) }];
    void this.#menu.open(invoker, items, id);
  }

  async #act(id: string): Promise<void> {
    const crm = this.#data.value;
    const item = this.#sorted.get(id);
    if (!crm || !item || this.#busy.has(id)) return;
    this.#busy.add(id);
    this.#notice = '';
    this.requestUpdate();
    const via = streamAction(this.stream);
    const result: StartResult = via === 'pick' ? await pickWorkItem(storeActingFrom(this, this.#store), crm, item) : await openWorkItem(storeActingFrom(this, this.#store), crm, item);
    this.#busy.delete(id);
    if (result.status === 'opened') {
      fire(this, 'session-started', { session: result.session, workItem: result.workItem, via });
    } else if (result.status === 'failed') {
      const { message, code } = result;
      this.#notice = (t) => (via === 'pick' ? t.couldNotPick : t.couldNotOpen)(isolate(conversationTitle(item, t.conversationFallback)), t.crmError(code, message));
    } else if (result.status === 'limit-reached') {
      const { maxSessions } = result;
      this.#notice = (t) => (via === 'pick' ? t.limitPick : t.sessionLimit)(maxSessions, isolate(conversationTitle(item, t.conversationFallback)));
    }
    this.requestUpdate();
  }
}

// Work items are immutable: each one's search text is made once, on the first filter that needs it.
// (one map per table of terms: the labels searched are the ones the agent reads).
const searchTextsByTerms = new WeakMap<typeof TERMS, WeakMap<WorkItem, string>>();
function searchText(item: WorkItem, t: typeof TERMS): string {
  let searchTexts = searchTextsByTerms.get(t);
  if (!searchTexts) searchTextsByTerms.set(t, (searchTexts = new WeakMap()));
  let text = searchTexts.get(item);
  if (text === undefined) {
    text = [conversationTitle(item, t.conversationFallback), item.subject, queueName(item, t.unnamedQueue), t.channels[item.channel], t.states[item.state], item.id].join(' ').toLocaleLowerCase();
    searchTexts.set(item, text);
  }
  return text;
}
