import { css, unsafeCSS, type CSSResult } from 'lit';

/** `selectors`, each with `state` appended: `[part='row']:hover, [role='tab']:hover`. */
const each = (selectors: readonly string[], state: string) => unsafeCSS(selectors.map((selector) => `${selector}${state}`).join(', '));

/**
 * Forced colours (Windows high contrast) for the items of a list, a tablist or a listbox, alike in
 * every element: hover is a thin Highlight ring, keyboard focus a thick CanvasText one. Goes
 * inside the element's `@media (forced-colors: active)` block; the selectors are the element's own
 * constants, never input.
 */
export function forcedColorsRings(...items: readonly string[]): CSSResult {
  return css`
    ${each(items, ':hover')} {
      outline: 1px solid Highlight;
      outline-offset: -1px;
    }
    ${each(items, ':focus-visible')} {
      outline: 2px solid CanvasText;
      outline-offset: -2px;
    }
  `;
}

/**
 * Forced colours for the one chosen item (the selected option, the button whose menu is open):
 * filled with the system's selection colours, which the page may not override.
 */
export function forcedColorsChosen(...chosen: readonly string[]): CSSResult {
  return css`
    ${each(chosen, '')} {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  `;
}
