import { css } from 'lit';

/**
 * The look of `MenuController`'s popover menu, shared by every element that has one. Forced
 * colours: the keyboard's item is highlighted with the system's selection colours, the pointer's
 * gets a thin ring, disabled items are GrayText. (Comments stay out of the CSS text: it ships.)
 */
export const menuStyles = css`
  .menu {
    min-inline-size: 10rem;
    padding: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
  }
  [role='menuitem'] {
    display: block;
    inline-size: 100%;
    padding: 0.375rem 0.75rem;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  [role='menuitem']:hover,
  [role='menuitem']:focus-visible {
    background: var(--_hover);
  }
  [role='menuitem']:disabled {
    color: var(--_text-muted);
    cursor: default;
  }
  @media (forced-colors: active) {
    .menu {
      border-color: CanvasText;
    }
    [role='menuitem']:hover {
      background: Canvas;
      outline: 1px solid Highlight;
      outline-offset: -1px;
    }
    [role='menuitem']:focus-visible {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      outline: 2px solid HighlightText;
      outline-offset: -3px;
    }
    [role='menuitem']:disabled {
      color: GrayText;
      outline: none;
      background: Canvas;
    }
  }
`;
