import { css } from 'lit';

/** The kit's text buttons: `.button`, with `.primary` (accept) and `.danger` (destructive) variants. */
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
`;
