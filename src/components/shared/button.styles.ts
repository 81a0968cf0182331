import { css } from 'lit';

/**
 * The kit's buttons: `.button` (text), with `.primary` (accept) and `.danger` (destructive)
 * variants, and `.icon-button` (an icon on a transparent square, 2rem unless its element sizes it).
 *
 * Forced colours: secondary buttons are outlined, primary (and destructive) ones filled with the
 * system's highlight; hover adds a thin highlight ring, disabled ones turn GrayText. Primary and
 * destructive ones set `forced-color-adjust: none`: text on a system colour is drawn as is;
 * without it, forced colours lay a Canvas backplate under it, and HighlightText on that backplate
 * disappears.
 *
 * (Comments stay out of the CSS text: what is inside the template ships to every page.)
 */
export const buttonStyles = css`
  .button {
    padding: 0.4375rem 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    background: var(--_surface-raised);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_surface);
  }
  .button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  .icon-button {
    display: grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text-muted);
    font: inherit;
    cursor: pointer;
  }
  .icon-button:hover {
    background: var(--_hover);
    color: var(--_text);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .button.primary,
    .button.danger {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    .button:hover:not(:disabled, [aria-disabled='true']) {
      outline: 1px solid Highlight;
      outline-offset: 1px;
    }
    .button:focus-visible {
      outline: 2px solid CanvasText;
      outline-offset: 2px;
    }
    .button:is(:disabled, [aria-disabled='true']) {
      border-color: GrayText;
      background: ButtonFace;
      color: GrayText;
      opacity: 1;
    }
    .icon-button {
      color: ButtonText;
    }
    .icon-button:hover:not(:disabled) {
      outline: 1px solid Highlight;
      outline-offset: -1px;
      color: Highlight;
    }
    .icon-button:focus-visible {
      outline: 2px solid CanvasText;
      outline-offset: -2px;
    }
    .icon-button:disabled {
      color: GrayText;
    }
  }
`;
