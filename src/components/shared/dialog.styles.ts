import { css } from 'lit';

/** A confirmation `<dialog>`: heading, one paragraph, buttons at the end. */
export const dialogStyles = css`
  dialog {
    max-inline-size: min(28rem, 90vw);
    padding: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 2);
    background: var(--_surface);
    color: var(--_text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  dialog h2 {
    margin: 0 0 0.5rem;
    font-size: 1.0625rem;
  }
  dialog p {
    margin: 0 0 1.25rem;
    overflow-wrap: anywhere;
  }
  dialog .actions {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
  }
  @media (forced-colors: active) {
    dialog {
      border: 2px solid CanvasText;
    }
  }
`;
