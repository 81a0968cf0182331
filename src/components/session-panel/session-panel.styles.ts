import { css } from 'lit';

export const sessionPanelStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    inline-size: var(--ehe-session-panel-width, 15rem);
    block-size: 100%;
    background: var(--_surface);
    border-inline-end: 1px solid var(--_border);
    transition: inline-size 120ms ease;
  }
  :host([collapsed]) {
    inline-size: var(--ehe-session-panel-rail-width, 3.5rem);
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      transition: none;
    }
  }
  [part='toggle'] {
    align-self: flex-end;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    margin: 0.25rem 0.5rem;
  }
  :host([collapsed]) [part='toggle'] {
    align-self: center;
  }
  svg {
    inline-size: 1rem;
    block-size: 1rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  /* The chevron points where the panel will go: inwards to collapse, outwards to expand. */
  :host(:dir(rtl)) [part='toggle'] svg,
  :host([collapsed]) [part='toggle'] svg {
    transform: scaleX(-1);
  }
  :host([collapsed]:dir(rtl)) [part='toggle'] svg {
    transform: none;
  }
  .rows {
    flex: 1;
    overflow-y: auto;
    overflow-x: hidden;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-content: start;
    padding: 0.25rem 0.5rem;
  }
  :host([collapsed]) .rows {
    grid-template-columns: minmax(0, 1fr);
  }
  [part='tablist'],
  .close-buttons {
    display: grid;
    grid-auto-rows: var(--ehe-session-tab-height, 2.75rem);
    gap: 0.25rem;
  }
  :host([collapsed]) .close-buttons {
    display: none;
  }
  [part='close-button'] {
    align-self: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    margin-inline-start: 0.125rem;
  }
  [part='notice'] {
    margin: 0.5rem;
    font-size: 0.8125rem;
    color: var(--_danger);
  }
  [part='notice']:empty {
    display: none;
  }
  :host([collapsed]) [part='notice'] {
    /* The rail is too narrow to read it; screen readers still hear it. */
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  /* Forced colours: the collapse toggle keeps a button's outline, so it reads as a control. The
     sessions' own states are <session-tab>'s. */
  @media (forced-colors: active) {
    [part='toggle'] {
      border: 1px solid ButtonText;
    }
    [part='notice'] {
      color: CanvasText;
    }
    /* The page's focus ring (the kit's :focus-visible rule here) on the highlighted session. */
    session-tab[selected]:focus-visible {
      outline-color: HighlightText;
      outline-offset: -4px;
    }
  }
`;
