import { html, nothing, type LitElement, type ReactiveController } from 'lit';
import { ListNavigationController } from './list-navigation.js';
import { followAnchor } from './place-popup.js';

export interface MenuItem {
  readonly id: string;
  /** A function for a label in the host's language, read at each render (it follows a language switch). */
  readonly label: string | (() => string);
  readonly disabled?: boolean;
}

interface OpenMenu<C> {
  readonly invoker: HTMLElement;
  readonly items: readonly MenuItem[];
  readonly context: C;
}

/**
 * A WAI-ARIA menu opened from a button, shared by every element that needs one (row actions,
 * "open application"). One menu per host, re-aimed at whichever button opened it, so a list of
 * 10,000 rows still has one menu. The platform's `popover` puts it on top, closes it on an
 * outside click or Escape; this controller adds the keyboard of the menu pattern (arrows and
 * Home/End through `ListNavigationController`, skipping disabled items; Tab closes) and gives
 * focus back to the button.
 *
 * The host renders `controller.render()` in its template and calls `open()` from the button.
 */
export class MenuController<C = unknown> implements ReactiveController {
  #open?: OpenMenu<C>;
  #returnFocus = true;
  /** Stops the open menu following its button. */
  #unfollow = (): void => {};
  readonly #navigation: ListNavigationController<HTMLButtonElement>;

  constructor(
    private readonly host: LitElement,
    private readonly options: { label: string | (() => string); onSelect: (item: MenuItem, context: C) => void },
  ) {
    host.addController(this);
    this.#navigation = new ListNavigationController(host, {
      items: () => this.#items.filter((item) => !item.disabled),
      orientation: 'vertical',
    });
  }

  /** What the menu was opened for (a row id, …), while it is open. */
  get context(): C | undefined {
    return this.#open?.context;
  }

  /** Whether the menu is open for this context. */
  isOpenFor(context: C): boolean {
    return this.#open !== undefined && this.#open.context === context;
  }

  /** Opens the menu next to `invoker` and focuses its first (or last) enabled item. */
  async open(invoker: HTMLElement, items: readonly MenuItem[], context: C, focus: 'first' | 'last' = 'first'): Promise<void> {
    if (this.#open) this.close(false);
    this.#open = { invoker, items, context };
    this.host.requestUpdate();
    await this.host.updateComplete;
    const menu = this.#menu;
    if (!menu || this.#open?.invoker !== invoker) return;
    menu.showPopover();
    // It stays with its button as the page or a list scrolls; it closes when the button is gone.
    this.#unfollow = followAnchor(menu, invoker, { align: 'end', lost: () => this.close(false) });
    const enabled = this.#items.filter((item) => !item.disabled);
    const first = focus === 'first' ? enabled[0] : enabled.at(-1);
    if (first) this.#navigation.focusItem(first);
  }

  /** Closes the menu; focus goes back to the button that opened it unless told otherwise. */
  close(returnFocus = true): void {
    if (!this.#open) return;
    this.#returnFocus = returnFocus;
    const menu = this.#menu;
    if (menu?.matches(':popover-open')) menu.hidePopover();
    else this.#closed();
  }

  hostDisconnected(): void {
    // A popover taken out of the page closes without a toggle event.
    this.#unfollow();
    this.#open = undefined;
  }

  render() {
    const open = this.#open;
    return html`<div
      role="menu"
      part="menu"
      class="menu"
      popover="auto"
      aria-label=${typeof this.options.label === 'function' ? this.options.label() : this.options.label}
      @toggle=${this.#onToggle}
      @keydown=${this.#onKeydown}
      @click=${this.#onClick}
    >
      ${open?.items.map(
        (item) => html`<button role="menuitem" part="menu-item" tabindex="-1" data-id=${item.id} ?disabled=${item.disabled ?? false}>${typeof item.label === 'function' ? item.label() : item.label}</button>`,
      ) ?? nothing}
    </div>`;
  }

  get #menu(): HTMLElement | null {
    return this.host.renderRoot.querySelector('[role="menu"]');
  }

  get #items(): HTMLButtonElement[] {
    return [...(this.#menu?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  }

  #closed(): void {
    const open = this.#open;
    this.#open = undefined;
    this.host.requestUpdate();
    if (open && this.#returnFocus && open.invoker.isConnected) open.invoker.focus();
    this.#returnFocus = true;
  }

  #onToggle = (event: ToggleEvent): void => {
    if (event.newState === 'closed') this.#closed();
  };

  #onClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[role="menuitem"]');
    const open = this.#open;
    if (!button || button.disabled || !open) return;
    const item = open.items.find((i) => i.id === button.dataset.id);
    this.close();
    if (item) this.options.onSelect(item, open.context);
  };

  #onKeydown = (event: KeyboardEvent): void => {
    // Tab leaves the menu: close it and let focus move on from the button. (Arrows, Home and End
    // are the list navigation's.)
    if (event.key === 'Tab') this.close();
  };
}
