import { css } from 'lit';

/**
 * The theme tokens every element reads. Hosts set the public `--ehe-*` properties; each has a
 * light and a dark default that follows the page's `color-scheme`.
 *
 * Untrusted text never widens its box (`overflow-wrap: anywhere` on the host): a 100,000-character
 * word wraps; ellipsed labels keep `nowrap`. Forced colours (Windows high contrast) get the
 * system's colours whatever the host's theme, so borders, markers, primary buttons and focus rings
 * stay distinct; each element's own forced-colours block marks its states (selected, hover,
 * disabled…) with system colours too. (Comments stay out of the CSS text: it ships to every page.)
 *
 * The lines below document each token; the manifest (custom-elements.json) lists them on every
 * element whose styles read them (scripts/manifest-plugins.mjs), unless the element documents a
 * token itself.
 *
 * @cssprop --ehe-color-surface - Background. Every `--ehe-color-*` token has light and dark defaults that follow the page's `color-scheme`.
 * @cssprop --ehe-color-surface-raised - Raised surfaces: icons, cards, menus.
 * @cssprop --ehe-color-text - Text colour.
 * @cssprop --ehe-color-text-muted - Secondary text and icons.
 * @cssprop --ehe-color-border - Borders and separators.
 * @cssprop --ehe-color-accent - The selected item's marker, links and focus rings.
 * @cssprop --ehe-color-on-accent - Text on the accent colour.
 * @cssprop --ehe-color-selected - The selected item's background.
 * @cssprop --ehe-color-hover - Hover background.
 * @cssprop --ehe-color-danger - Errors, limits and destructive buttons.
 * @cssprop [--ehe-focus-ring=2px solid accent] - Focus outline.
 * @cssprop [--ehe-radius=6px] - Corner radius.
 * @cssprop [--ehe-font-family=system-ui, sans-serif] - Font.
 * @cssprop [--ehe-font-size=0.875rem] - Base font size.
 */
export const tokens = css`
  :host {
    --_surface: var(--ehe-color-surface, light-dark(#ffffff, #1e1f22));
    --_surface-raised: var(--ehe-color-surface-raised, light-dark(#f3f4f6, #2b2d31));
    --_text: var(--ehe-color-text, light-dark(#1b1b1f, #eceef2));
    --_text-muted: var(--ehe-color-text-muted, light-dark(#565a63, #a9adb6));
    --_border: var(--ehe-color-border, light-dark(#d6d8de, #3c3f46));
    --_accent: var(--ehe-color-accent, light-dark(#0a5cc2, #7ab4ff));
    --_on-accent: var(--ehe-color-on-accent, light-dark(#ffffff, #0b1526));
    --_selected: var(--ehe-color-selected, light-dark(#e3edfb, #21324b));
    --_hover: var(--ehe-color-hover, light-dark(#eceef2, #33363d));
    --_danger: var(--ehe-color-danger, light-dark(#b3261e, #ffb4ab));
    --_focus-ring: var(--ehe-focus-ring, 2px solid var(--_accent));
    --_radius: var(--ehe-radius, 6px);
    font-family: var(--ehe-font-family, system-ui, sans-serif);
    font-size: var(--ehe-font-size, 0.875rem);
    color: var(--_text);
    overflow-wrap: anywhere;
    min-inline-size: 0;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: -2px;
  }
  @media (forced-colors: active) {
    :host {
      --_surface: Canvas;
      --_surface-raised: Canvas;
      --_text: CanvasText;
      --_text-muted: CanvasText;
      --_border: CanvasText;
      --_accent: Highlight;
      --_on-accent: HighlightText;
      --_selected: Highlight;
      --_hover: Canvas;
      --_danger: CanvasText;
      --_focus-ring: 2px solid CanvasText;
    }
  }
`;
