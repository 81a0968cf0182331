import { css } from 'lit';

/**
 * `<session-tab>` in forced colours (Windows high contrast), where backgrounds are dropped: the
 * focused session takes the system's selection colours, hover a thin highlight ring, keyboard
 * focus a thick ring that contrasts with either.
 */
export const sessionTabForcedColors = css`
  @media (forced-colors: active) {
    :host(:hover) {
      outline: 1px solid Highlight;
      outline-offset: -1px;
    }
    :host([selected]) {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    :host([selected])::before {
      background: HighlightText;
    }
    :host([selected]) [part='icon'] {
      background: HighlightText;
      border-color: HighlightText;
      color: Highlight;
    }
    :host(:focus-visible) {
      outline: 2px solid CanvasText;
      outline-offset: -2px;
    }
    :host([selected]:focus-visible) {
      outline-color: HighlightText;
      outline-offset: -4px;
    }
  }
`;
