import { css } from 'lit';
import { forcedColorsRings } from '../shared/forced-colors.styles.js';

export const appTabPanelStyles = css`
  :host {
    display: block;
    border-block-end: 1px solid var(--_border);
    background: var(--_surface);
  }
  /* Tabs and their close buttons share one row of columns (subgrid), so every X sits at the end
     of its tab while the buttons stay outside the tablist, as ARIA wants. */
  .bar {
    display: grid;
    grid-template-columns: repeat(var(--tab-count, 1), minmax(0, max-content)) auto;
    align-items: stretch;
    overflow-x: auto;
    padding-inline: 0.25rem;
  }
  [part='tablist'],
  .close-buttons {
    grid-row: 1;
    grid-column: 1 / -2;
    display: grid;
    grid-template-columns: subgrid;
  }
  .close-buttons {
    pointer-events: none;
  }
  [part~='tab'] {
    display: flex;
    align-items: center;
    max-inline-size: 14rem;
    block-size: var(--ehe-app-tab-height, 2.5rem);
    padding-inline: 0.75rem;
    border-block-end: 2px solid transparent;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    color: var(--_text-muted);
    cursor: pointer;
    user-select: none;
  }
  [part~='tab'][data-closable] {
    padding-inline-end: 2rem;
  }
  [part~='tab']:hover {
    background: var(--_hover);
  }
  [part~='tab'][aria-selected='true'] {
    border-block-end-color: var(--_accent);
    color: var(--_text);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    [part~='tab'] {
      border-block-end-color: Canvas;
    }
    [part~='tab'][aria-selected='true'] {
      border-block-end-color: Highlight;
    }
  }
  [part~='tab']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: -2px;
  }
  .label {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [part='close-button'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    pointer-events: auto;
    justify-self: end;
    align-self: center;
    margin-inline-end: 0.375rem;
  }
  [part='add'] {
    grid-row: 1;
    grid-column: -2 / -1;
    align-self: center;
    margin-inline-start: 0.25rem;
    font-size: 1.25rem;
  }
  [part='notice'] {
    padding: 0 0.75rem;
    color: var(--_danger);
    font-size: 0.8125rem;
  }
  [part='notice']:not(:empty) {
    padding-block: 0.375rem;
  }
  /* Forced colours: the shown tab is marked by its highlight underline and highlight text, hover
     by a thin ring, keyboard focus by a thick one; the row is closed by a line. */
  @media (forced-colors: active) {
    :host {
      border-block-end-color: CanvasText;
    }
    ${forcedColorsRings("[part~='tab']")}
    [part~='tab'][aria-selected='true'] {
      color: Highlight;
    }
  }
`;
