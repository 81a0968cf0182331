import { html, nothing, type LitElement, type ReactiveController } from 'lit';
import type { RecordMatch } from '../data/records.js';
import { ListNavigationController } from './list-navigation.js';
import { followAnchor, placePopup } from './place-popup.js';
import { commonTerms, summaryTerms, type Terms } from '../i18n/en.js';

type SearchStatus = { kind: 'idle' | 'searching' | 'done' } | { kind: 'error'; message: string; code?: string };

export interface RecordSearchOptions {
  /** Ids in the host's shadow root are made from this: `customer`, `case`. */
  id: string;
  /** The combobox's accessible name: "Search customers". */
  label: string | (() => string);
  placeholder: string | (() => string);
  /** The terms in the host's language, for the status line (English when absent). */
  terms?: () => Pick<Terms, 'searching' | 'searchFailed' | 'noResults' | 'resultCount' | 'resultsOf' | 'retry' | 'crmError'>;
  search: (query: string, signal: AbortSignal) => Promise<RecordMatch[]>;
  onPick: (match: RecordMatch) => void;
  /** The agent typed (or a pick emptied the box): for keeping the text as a draft. */
  onQueryChange?: (query: string) => void;
  debounceMs?: number;
}

/**
 * An inline record search: the WAI-ARIA combobox pattern with a listbox of results. Debounced,
 * cancels stale searches, says "Searching…", "No results" or the error (with Retry) in a live
 * region. Keyboard: type; Down/Up move through results; Enter picks; Escape closes, then clears.
 * The host renders `render()` wherever the search goes.
 */
export class RecordSearchController implements ReactiveController {
  query = '';
  #results: RecordMatch[] = [];
  #open = false;
  #status: SearchStatus = { kind: 'idle' };
  #timer?: ReturnType<typeof setTimeout>;
  #search?: AbortController;
  /** Stops the open results following the box. */
  #unfollow = (): void => {};

  constructor(
    private readonly host: LitElement,
    private readonly options: RecordSearchOptions,
  ) {
    host.addController(this);
    this.#navigation = new ListNavigationController<HTMLElement>(host, {
      mode: 'activedescendant',
      orientation: 'vertical',
      homeEnd: false,
      items: () => [...this.host.renderRoot.querySelectorAll<HTMLElement>(`#${CSS.escape(`${this.options.id}-results`)} > [role="option"]`)],
    });
  }

  /** Up/Down through the results (the focus stays in the box: `aria-activedescendant`). */
  readonly #navigation: ListNavigationController<HTMLElement>;

  get #active(): number {
    return this.#navigation.activeIndex;
  }

  set #active(index: number) {
    this.#navigation.activeIndex = index;
  }

  hostDisconnected(): void {
    this.#unfollow(); // a popover taken out of the page closes without a toggle event
    this.reset();
  }

  hostUpdated(): void {
    // The results are a popover in the top layer, so no scrolling container of the page cuts them
    // off; placed under the box (above it near the bottom edge), its width, in both directions.
    const list = this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(`${this.options.id}-results`)}`);
    const box = list?.previousElementSibling;
    if (!list || !box) return;
    const show = this.#open && this.#results.length > 0 && box.isConnected;
    if (show && !list.matches(':popover-open')) {
      list.showPopover();
      this.#unfollow = followAnchor(list, box, { align: 'start', matchWidth: true }); // also as the page scrolls
    } else if (!show && list.matches(':popover-open')) list.hidePopover();
    else if (show) placePopup(list, box, { align: 'start', matchWidth: true }); // new results: placed again
  }

  /** Empties the search (after a pick, or when the subject changes). */
  reset(): void {
    clearTimeout(this.#timer);
    this.#search?.abort();
    this.query = '';
    this.#results = [];
    this.#active = -1;
    this.#open = false;
    this.#status = { kind: 'idle' };
    this.host.requestUpdate();
  }

  /** Puts saved text back in the box (after a reload) and searches for it. */
  restore(query: string): void {
    if (!query || query === this.query) return;
    this.query = query;
    clearTimeout(this.#timer);
    if (query.trim()) this.#timer = setTimeout(() => void this.#run(), this.options.debounceMs ?? 250);
    this.host.requestUpdate();
  }

  render(disabled = false) {
    const { id } = this.options;
    const text = (value: string | (() => string)) => (typeof value === 'function' ? value() : value);
    const label = text(this.options.label);
    const placeholder = text(this.options.placeholder);
    const t = this.options.terms?.() ?? { ...commonTerms, ...summaryTerms };
    const listId = `${id}-results`;
    const optionId = (i: number) => `${id}-result-${i}`;
    const status = this.#status;
    const message =
      status.kind === 'searching'
        ? t.searching
        : status.kind === 'error'
          ? t.searchFailed(t.crmError(status.code, status.message))
          : status.kind === 'done' && this.#results.length === 0
            ? t.noResults(this.query.trim())
            : status.kind === 'done'
              ? t.resultCount(this.#results.length)
              : '';
    return html`<div class="search">
      <input
        part="search"
        type="text"
        role="combobox"
        aria-label=${label}
        aria-autocomplete="list"
        aria-expanded=${this.#open}
        aria-controls=${listId}
        aria-activedescendant=${this.#open && this.#active >= 0 ? optionId(this.#active) : nothing}
        autocomplete="off"
        placeholder=${placeholder}
        .value=${this.query}
        ?disabled=${disabled}
        @input=${this.#onInput}
        @keydown=${this.#onKeydown}
        @blur=${() => this.#close()}
      />
      <ul id=${listId} role="listbox" aria-label=${t.resultsOf(label)} part="results" popover="manual">
        ${this.#results.map(
          (match, i) => html`<li
            id=${optionId(i)}
            role="option"
            aria-selected=${i === this.#active}
            @mousedown=${(event: Event) => event.preventDefault()}
            @click=${() => this.#pick(i)}
          >
            <span class="option-name" dir="auto">${match.name}</span><span class="option-detail" dir="auto">${match.detail}</span>
          </li>`,
        )}
      </ul>
      <p class="search-status" role="status">
        ${message}${status.kind === 'error' ? html` <button class="link-button" @click=${() => this.#run()}>${t.retry}</button>` : nothing}
      </p>
    </div>`;
  }

  #onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.options.onQueryChange?.(this.query);
    clearTimeout(this.#timer);
    if (!this.query.trim()) {
      this.#search?.abort();
      this.#results = [];
      this.#open = false;
      this.#status = { kind: 'idle' };
      this.host.requestUpdate();
      return;
    }
    this.#timer = setTimeout(() => void this.#run(), this.options.debounceMs ?? 250);
  };

  async #run(): Promise<void> {
    this.#search?.abort();
    const search = (this.#search = new AbortController());
    const query = this.query.trim();
    this.#status = { kind: 'searching' };
    this.host.requestUpdate();
    try {
      const results = await this.options.search(query, search.signal);
      if (search.signal.aborted) return;
      this.#results = results;
      this.#active = results.length ? 0 : -1;
      this.#open = true;
      this.#status = { kind: 'done' };
    } catch (error) {
      if (search.signal.aborted) return;
      this.#results = [];
      this.#open = false;
      this.#status = { kind: 'error', message: (error as Error).message, code: (error as { code?: string }).code };
    }
    this.host.requestUpdate();
  }

  #onKeydown = (event: KeyboardEvent): void => {
    if (this.#open && this.#navigation.handleKeydown(event)) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.#results.length) return;
      // Opening shows the results as they were, the first one active.
      this.#open = true;
      this.#active = Math.max(0, this.#active);
    } else if (event.key === 'Enter' && this.#open && this.#active >= 0) {
      event.preventDefault();
      this.#pick(this.#active);
      return;
    } else if (event.key === 'Escape') {
      if (this.#open) this.#open = false;
      else this.reset();
    } else return;
    this.host.requestUpdate();
  };

  #close(): void {
    if (!this.#open) return;
    this.#open = false;
    this.host.requestUpdate();
  }

  #pick(index: number): void {
    const match = this.#results[index];
    if (!match) return;
    this.reset();
    this.options.onQueryChange?.('');
    this.options.onPick(match);
  }
}
