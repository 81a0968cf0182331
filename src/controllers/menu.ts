import { html, nothing, type LitElement, type ReactiveController } from 'lit';

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
 * outside click or Escape; this controller adds the keyboard of the menu pattern (arrows,
 * Home/End, Tab closes) and gives focus back to the button.
 *
 * The host renders `controller.render()` in its template and calls `open()` from the button.
 */
export class MenuController<C = unknown> implements ReactiveController {
  #open?: OpenMenu<C>;
  #returnFocus = true;

  constructor(
    private readonly host: LitElement,
    private readonly options: { label: string | (() => string); onSelect: (item: MenuItem, context: C) => void },
  ) {
    host.addController(this);
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
    this.#place(menu, invoker);
    const enabled = this.#items.filter((item) => !item.disabled);
    (focus === 'first' ? enabled[0] : enabled.at(-1))?.focus();
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

  #place(menu: HTMLElement, invoker: HTMLElement): void {
    // Fixed to the viewport under the button, flipped above or inwards when it would not fit.
    const button = invoker.getBoundingClientRect();
    const size = menu.getBoundingClientRect();
    const rtl = getComputedStyle(invoker).direction === 'rtl';
    let left = rtl ? button.left : button.right - size.width;
    left = Math.max(4, Math.min(left, innerWidth - size.width - 4));
    const below = button.bottom + 2;
    const top = below + size.height > innerHeight && button.top - size.height - 2 > 0 ? button.top - size.height - 2 : below;
    menu.style.position = 'fixed';
    menu.style.margin = '0';
    menu.style.left = `${left}px`;
    menu.style.top = `${top}px`;
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
    const items = this.#items.filter((item) => !item.disabled);
    const index = items.indexOf(event.composedPath()[0] as HTMLButtonElement);
    let next: number | undefined;
    if (event.key === 'ArrowDown') next = (index + 1) % items.length;
    else if (event.key === 'ArrowUp') next = (index - 1 + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else if (event.key === 'Tab') {
      // Tab leaves the menu: close it and let focus move on from the button.
      this.close();
      return;
    } else return;
    event.preventDefault();
    items[next]?.focus();
  };
}
