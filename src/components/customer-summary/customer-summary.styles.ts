import { css } from 'lit';
import { forcedColorsChosen, forcedColorsRings } from '../shared/forced-colors.styles.js';

export const customerSummaryStyles = css`
  [hidden] {
    display: none !important;
  }
  :host {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
    gap: 0.75rem;
    align-items: start;
  }
  header,
  .notice {
    grid-column: 1 / -1;
    display: flex;
    align-items: center;
    gap: 0.75rem;
  }
  header {
    flex-wrap: wrap;
  }
  h2 {
    flex: none;
    margin: 0;
    font-size: 1.0625rem;
  }
  /* In a narrow column the session's title goes under the heading rather than squeezing it. */
  .subtitle {
    flex: 1 1 8rem;
    min-inline-size: 0;
    color: var(--_text-muted);
    overflow-wrap: anywhere;
  }
  header .button {
    margin-inline-start: auto;
  }
  section {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    min-inline-size: 0;
  }
  h3 {
    margin: 0 0 0.5rem;
    font-size: 0.9375rem;
  }
  dl {
    display: grid;
    /* Terms as wide as they need, up to 40%: a very long one wraps instead of widening the section. */
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
    gap: 0.25rem 0.75rem;
    margin: 0;
  }
  /* dir=auto: a value's own script decides its order (phone numbers, e-mails in a right-to-left
     page); the column still aligns with the page's direction. */
  dt,
  dd {
    text-align: left;
  }
  :host(:dir(rtl)) :is(dt, dd) {
    text-align: right;
  }
  dt {
    color: var(--_text-muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .name-line {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: 0.5rem;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .name-line .button {
    margin-inline-start: auto;
    padding-block: 0.125rem;
    font-weight: 400;
  }
  .muted {
    color: var(--_text-muted);
  }
  .skeleton {
    display: grid;
    gap: 0.5rem;
  }
  .skeleton span {
    display: block;
    block-size: 0.75rem;
    border-radius: 4px;
    background: linear-gradient(90deg, var(--_surface-raised), var(--_hover), var(--_surface-raised));
    background-size: 200% 100%;
    animation: shimmer 1.2s linear infinite;
  }
  .skeleton span:nth-child(2) {
    inline-size: 70%;
  }
  .skeleton span:nth-child(3) {
    inline-size: 45%;
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton span {
      animation: none;
    }
  }
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    color: var(--_danger);
  }
  .search {
    position: relative;
  }
  [role='combobox'],
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }
  [role='listbox'] {
    position: absolute;
    inset-inline: 0;
    z-index: 1;
    margin: 0.125rem 0 0;
    padding: 0.25rem;
    list-style: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
    max-block-size: 16rem;
    overflow-y: auto;
  }
  [role='option'] {
    display: grid;
    padding: 0.375rem 0.5rem;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  [role='option'][aria-selected='true'],
  [role='option']:hover {
    background: var(--_selected);
  }
  .option-name {
    overflow-wrap: anywhere;
  }
  .option-detail {
    font-size: 0.75rem;
    color: var(--_text-muted);
    overflow-wrap: anywhere;
  }
  .search-status {
    min-block-size: 1.25rem;
    margin: 0.25rem 0 0;
    font-size: 0.8125rem;
    color: var(--_text-muted);
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  [role='tablist'] {
    display: flex;
    gap: 0.25rem;
    margin-block-end: 0.5rem;
    border-block-end: 1px solid var(--_border);
  }
  [role='tab'] {
    padding: 0.375rem 0.75rem;
    border: 0;
    border-block-end: 2px solid transparent;
    background: none;
    color: var(--_text-muted);
    font: inherit;
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    border-block-end-color: var(--_accent);
    color: var(--_text);
    font-weight: 600;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5rem;
  }
  /* The search's results list is a list (above) only while it is open: closed, it has no box. */
  [popover]:not(:popover-open) {
    display: none;
  }
  li {
    overflow-wrap: anywhere;
  }
  a {
    color: var(--_accent);
  }
  .meta {
    display: block;
    font-size: 0.75rem;
    color: var(--_text-muted);
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin: 0 0 0.5rem;
    padding: 0;
    border: 0;
    font-size: 0.8125rem;
  }
  legend {
    float: inline-start;
    margin-inline-end: 0.25rem;
    color: var(--_text-muted);
  }
  .note {
    display: grid;
    gap: 0.375rem;
    margin-block-start: 0.75rem;
  }
  .note .button {
    justify-self: start;
  }
  /* Forced colours: the conversation tabs' underline marks only the shown one, the search's
     highlighted result takes the system's selection colours (hover only a ring), links are
     LinkText, and loading placeholders stay visible. */
  @media (forced-colors: active) {
    [role='tab'] {
      border-block-end-color: Canvas;
      color: CanvasText;
    }
    [role='tab'][aria-selected='true'] {
      border-block-end-color: Highlight;
      color: Highlight;
    }
    ${forcedColorsRings("[role='tab']", "[role='option']")}
    [role='listbox'] {
      border-color: CanvasText;
    }
    [role='option']:hover {
      background: Canvas;
    }
    ${forcedColorsChosen("[role='option'][aria-selected='true']")}
    [role='option'][aria-selected='true'] .option-detail {
      color: HighlightText;
    }
    a,
    .link-button {
      color: LinkText;
    }
    .skeleton span {
      background: GrayText;
    }
  }
`;
