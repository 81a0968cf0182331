import { css } from 'lit';
import { forcedColorsChosen, forcedColorsRings } from '../shared/forced-colors.styles.js';

export const workItemStreamStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-block-size: 16rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    overflow: hidden;
  }
  section {
    display: contents;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: 0.625rem 0.75rem;
    border-block-end: 1px solid var(--_border);
  }
  h2 {
    margin: 0;
    font-size: 1rem;
  }
  [part='count'] {
    min-inline-size: 1.5rem;
    padding: 0 0.4rem;
    border-radius: 999px;
    background: var(--_surface-raised);
    text-align: center;
    font-size: 0.75rem;
    font-weight: 600;
  }
  .tools {
    display: flex;
    gap: 0.375rem;
    margin-inline-start: auto;
  }
  input,
  select,
  button {
    font: inherit;
    color: inherit;
  }
  input,
  select {
    min-inline-size: 0;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  input {
    inline-size: 9rem;
  }
  [part='notice'] {
    padding: 0 0.75rem;
    font-size: 0.8125rem;
  }
  [part='notice']:not(:empty) {
    padding-block: 0.5rem;
    background: var(--_selected);
  }
  .message {
    display: grid;
    place-items: center;
    gap: 0.5rem;
    flex: 1;
    padding: 1.5rem;
    color: var(--_text-muted);
    text-align: center;
  }
  .rows {
    /* The rows adapt to the stream's own width, wherever the host puts it (not the window's). */
    container-type: inline-size;
    position: relative;
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-block-size: 0;
  }
  [part='new-rows'] {
    position: absolute;
    z-index: 1;
    inset-block-start: 0.5rem;
    inset-inline-start: 50%;
    translate: -50% 0;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.8125rem;
    font-weight: 600;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
    cursor: pointer;
  }
  :host(:dir(rtl)) [part='new-rows'] {
    translate: 50% 0;
  }
  [part='new-rows']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  [part='list'] {
    --_row-height: var(--ehe-stream-row-height, 3.5rem);
    flex: 1 1 auto;
    min-block-size: 0;
    block-size: var(--ehe-stream-height, 24rem);
    overflow: auto;
    contain: content;
  }
  /* As tall as every row together; each row sits at its index × the row height. */
  .sizer {
    position: relative;
    block-size: calc(var(--n) * var(--_row-height));
  }
  [part='row'] {
    position: absolute;
    inset-block-start: calc(var(--i) * var(--_row-height));
    inset-inline: 0;
    contain: strict;
    box-sizing: border-box;
    display: grid;
    grid-template-columns: 5.5rem minmax(0, 1fr) auto 2rem;
    grid-template-areas: 'channel name time more' 'channel subject state more';
    align-items: center;
    column-gap: 0.5rem;
    block-size: var(--_row-height);
    padding: 0.25rem 0.5rem 0.25rem 0.75rem;
    border-block-end: 1px solid var(--_border);
    cursor: default;
  }
  /* A narrow stream (three side by side, a sidebar): the channel shrinks to its glyph, so the
     customer's name and the subject keep the room. The channel's name stays for screen readers. */
  @container (max-width: 32rem) {
    [part='row'] {
      grid-template-columns: 1.5rem minmax(0, 1fr) auto 2rem;
    }
    .channel-label {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  [part='row']:hover {
    background: var(--_hover);
  }
  [part='row']:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: -2px;
  }
  .channel {
    grid-area: channel;
    font-size: 0.8125rem;
  }
  .name {
    grid-area: name;
    font-weight: 600;
  }
  .subject {
    grid-area: subject;
    color: var(--_text-muted);
    font-size: 0.8125rem;
  }
  .name,
  .subject {
    /* dir=auto: a name's own script decides where it is cut; the column still aligns with the page. */
    text-align: left;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  :host(:dir(rtl)) :is(.name, .subject) {
    text-align: right;
  }
  .time {
    grid-area: time;
    font-size: 0.75rem;
    color: var(--_text-muted);
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .state {
    grid-area: state;
    justify-self: end;
    font-size: 0.75rem;
  }
  .queue::before {
    content: ' · ';
  }
  [part='more'] {
    grid-area: more;
  }
  /* Forced colours: the count keeps its pill outline, the "new above" button is filled with the
     system's highlight, a row shows hover with a thin ring, focus with a thick one, and the row
     whose menu is open stays marked while the menu is. */
  @media (forced-colors: active) {
    [part='count'] {
      border: 1px solid CanvasText;
    }
    [part='notice']:not(:empty) {
      background: Canvas;
      border-block-end: 1px solid CanvasText;
    }
    [part='new-rows'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    [part='new-rows']:focus-visible {
      outline: 2px solid CanvasText;
    }
    ${forcedColorsRings("[part='row']")}
    [part='row']:has([part='more'][aria-expanded='true']) {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    ${forcedColorsChosen("[part='more'][aria-expanded='true']")}
  }
`;
