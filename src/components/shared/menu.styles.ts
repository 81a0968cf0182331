import { css } from 'lit';

/** The look of `MenuController`'s popover menu, shared by every element that has one. */
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
`;
