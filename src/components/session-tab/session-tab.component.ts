import { LitElement, css, html } from 'lit';
import { setCustomState } from '../shared/custom-state.js';
import { tokens } from '../shared/tokens.styles.js';
import { sessionTabForcedColors } from './session-tab.styles.js';

const internals = Symbol('internals');

/** The element's internals, already a `tab` that is not selected. */
function attachTab(element: HTMLElement): ElementInternals {
  const tab = element.attachInternals();
  tab.role = 'tab';
  tab.ariaSelected = 'false';
  return tab;
}

/**
 * One session in the session panel: its icon and its title, as a `tab`.
 *
 * `<session-panel>` renders these from the store; the element only draws what it is given. It
 * is a `tab` with `aria-selected` through `ElementInternals` (`internals.role`,
 * `internals.ariaSelected`, `internals.ariaKeyShortcuts`), never host attributes a page could
 * overwrite or remove, and shows the full title as a tooltip, so it stays usable when the panel
 * is collapsed to an icon rail.
 *
 * Styling the focused session from outside: the custom state `:state(selected)`
 * (`session-panel::part(tab):state(selected)`), or, where custom states are missing, the
 * `selected` attribute here and the part name `selected` the panel adds
 * (`session-panel::part(tab selected)`).
 *
 * @summary A session's icon and title in the session panel.
 * @tagname session-tab
 *
 * @cssstate selected - The focused session (also the `selected` attribute).
 *
 * @csspart icon - The icon: the session's first two letters, or the host's icon text.
 * @csspart label - The title, cut with an ellipsis when too long.
 *
 * @cssprop [--ehe-session-icon-size=2rem] - The icon's width and height.
 * @cssprop [--ehe-session-tab-height=2.75rem] - The height of a session row.
 * @cssprop --ehe-color-surface-raised - Raised backgrounds: icons, badges, loading placeholders.
 * @cssprop --ehe-color-text - Text colour.
 * @cssprop --ehe-color-border - Borders.
 * @cssprop --ehe-color-accent - Primary buttons, selection and focus rings.
 * @cssprop --ehe-color-on-accent - Text on the accent colour.
 * @cssprop --ehe-color-selected - The focused session's background (inherited from the panel when set there).
 * @cssprop --ehe-color-hover - Hover background.
 * @cssprop --ehe-focus-ring - Focus outline (default: 2px solid the accent colour).
 * @cssprop --ehe-radius - Corner radius (default 6px).
 * @cssprop --ehe-font-family - Font (default: system-ui, sans-serif).
 * @cssprop --ehe-font-size - Base font size (default 0.875rem).
 */
export class SessionTab extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        /* A row's restyle, layout and repaint stay inside it (its size comes from the panel's
           grid and its own height): a switch lays out and repaints two rows, not the list. */
        contain: strict;
        display: flex;
        align-items: center;
        gap: 0.625rem;
        box-sizing: border-box;
        height: var(--ehe-session-tab-height, 2.75rem);
        padding-inline: 0.5rem;
        border-radius: var(--_radius);
        cursor: pointer;
        min-width: 0;
        user-select: none;
      }
      :host(:hover) {
        background: var(--_hover);
      }
      /* The focused session: its background, a filled icon and a bar at the inline start (a cue
         that is not a colour alone). Nothing changes size, so a switch restyles and repaints two
         rows without laying anything out (issue 12: a bold label cost a layout of the list). */
      :host::before {
        content: '';
        position: absolute;
        inset-block: 0.625rem;
        inset-inline-start: 0;
        inline-size: 3px;
        border-radius: 3px;
      }
      :host([selected]) {
        background: var(--_selected);
      }
      :host([selected])::before {
        background: var(--_accent);
      }
      :host(:focus-visible) {
        outline: var(--_focus-ring);
        outline-offset: -2px;
      }
      [part='icon'] {
        flex: none;
        display: grid;
        place-items: center;
        width: var(--ehe-session-icon-size, 2rem);
        height: var(--ehe-session-icon-size, 2rem);
        border-radius: 50%;
        background: var(--_surface-raised);
        border: 1px solid var(--_border);
        font-size: 0.75rem;
        font-weight: 600;
        line-height: 1;
        overflow: hidden;
      }
      :host([selected]) [part='icon'] {
        background: var(--_accent);
        border-color: var(--_accent);
        color: var(--_on-accent);
      }
      [part='label'] {
        min-width: 0;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      :host([collapsed]) {
        justify-content: center;
        padding-inline: 0;
      }
      :host([collapsed]) [part='label'] {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
    `,
    sessionTabForcedColors,
  ];

  static override properties = {
    label: {},
    icon: {},
    selected: { type: Boolean, reflect: true },
    collapsed: { type: Boolean, reflect: true },
    keyShortcuts: { attribute: false },
  };

  /** The session title: the tab's accessible name and tooltip. Shown as text only. */
  declare label: string;

  /** The icon text, usually two letters. */
  declare icon: string;

  /** Whether this is the focused session. Reflected as `aria-selected`. */
  declare selected: boolean;

  /** Icon-only display, for the collapsed panel; the title stays available as name and tooltip. */
  declare collapsed: boolean;

  /** The keys that act on this tab, for assistive technology (`Delete` where it closes). */
  declare keyShortcuts: string;

  /**
   * Under a symbol named `internals` (Material Web's convention), which accessibility checkers
   * such as axe-core read to learn the role and states; nothing else can reach it by name.
   * @internal
   */
  readonly [internals] = attachTab(this);

  constructor() {
    super();
    this.label = '';
    this.icon = '';
    this.selected = false;
    this.collapsed = false;
    this.keyShortcuts = '';
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has('selected')) {
      this[internals].ariaSelected = String(this.selected);
      setCustomState(this[internals], 'selected', this.selected);
    }
    if (changed.has('keyShortcuts')) this[internals].ariaKeyShortcuts = this.keyShortcuts || null;
  }

  protected override render() {
    // The tooltip sits on the row's parts inside the shadow root, so a page cannot remove it.
    return html`<span part="icon" aria-hidden="true" title=${this.label}>${this.icon}</span><span part="label" dir="auto" title=${this.label}>${this.label}</span>`;
  }
}
