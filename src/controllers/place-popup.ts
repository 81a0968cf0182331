/** How a popup lines up with its anchor along the inline axis. */
export type PopupAlign = 'start' | 'end';

export interface PlacePopupOptions {
  /** `end` (a row's More button: the menu ends where the button ends) or `start` (a search box's results). */
  align: PopupAlign;
  /** Make the popup as wide as the anchor (a combobox's list). */
  matchWidth?: boolean;
  /** Space kept from the viewport's edges, in CSS pixels (default 4). */
  margin?: number;
  /** Gap between anchor and popup (default 2). */
  gap?: number;
}

/**
 * Places a top-layer popup (a `popover`) next to its anchor in the viewport: below it, or above
 * when only there it fits (else on the roomier side, its height capped to that side so it
 * scrolls), lined up with the anchor's inline start or end — mirrored right to left — and kept
 * inside every viewport edge. The one placement rule for the kit's menus and result lists.
 *
 * Plain fixed positioning rather than CSS anchor positioning: a popover in the top layer cannot
 * name an anchor across shadow roots in every engine the kit supports, and this needs no
 * dependency (`@floating-ui/dom` would do the same, at the cost of a dependency and its weight).
 */
export function placePopup(popup: HTMLElement, anchor: Element, options: PlacePopupOptions): void {
  const { align, matchWidth = false, margin = 4, gap = 2 } = options;
  const style = popup.style;
  // The UA gives popovers `inset: 0; margin: auto`: with both left and right set, a right-to-left
  // popup would honour `right` and sit at the far edge. Start from the corner, then measure.
  style.position = 'fixed';
  style.inset = 'auto';
  // Measured at the viewport's corner: at its static position (after the button, in Firefox and
  // WebKit) a fit-content popup would be squeezed and measure narrower and taller than it is.
  style.left = '0px';
  style.top = '0px';
  style.margin = '0';
  style.maxBlockSize = '';
  const box = anchor.getBoundingClientRect();
  if (matchWidth) {
    style.boxSizing = 'border-box';
    style.inlineSize = `${box.width}px`;
  }
  const view = popup.ownerDocument.documentElement;
  const viewWidth = view.clientWidth || innerWidth;
  const viewHeight = view.clientHeight || innerHeight;
  const rtl = getComputedStyle(anchor).direction === 'rtl';
  let size = popup.getBoundingClientRect();
  const width = Math.min(size.width, viewWidth - 2 * margin);
  // Inline: `end` lines the popup's end with the anchor's end (its right edge, or its left when
  // right to left); `start` lines up the starts.
  const alignRight = (align === 'end') !== rtl;
  let left = alignRight ? box.right - width : box.left;
  left = Math.max(margin, Math.min(left, viewWidth - width - margin));
  // Block: below when it fits, above when only that fits, else the roomier side, capped.
  const below = viewHeight - box.bottom - gap - margin;
  const above = box.top - gap - margin;
  let top: number;
  if (size.height <= below || (below >= above && size.height > above)) {
    if (size.height > below) cap(style, below);
    top = box.bottom + gap;
  } else {
    if (size.height > above) cap(style, above);
    size = popup.getBoundingClientRect();
    top = box.top - gap - size.height;
  }
  style.left = `${left}px`;
  style.top = `${Math.max(margin, top)}px`;
  if (width < size.width) style.inlineSize = `${width}px`;
}

function cap(style: CSSStyleDeclaration, room: number): void {
  style.maxBlockSize = `${Math.max(0, room)}px`;
  style.overflowY = 'auto';
}

/**
 * Places an open popup with `placePopup` and keeps it next to its anchor while the page or any
 * scrolling box around the anchor scrolls (shadow roots included) or the window is resized: at
 * most once a frame. When the anchor leaves the page (a row scrolled out of a virtual list), calls
 * `lost` (a menu closes). Stops by itself when the popup closes; returns a function that stops it.
 */
export function followAnchor(popup: HTMLElement, anchor: Element, options: PlacePopupOptions & { lost?: () => void }): () => void {
  placePopup(popup, anchor, options);
  const view = popup.ownerDocument.defaultView ?? window;
  // Scroll events do not leave a shadow root: listen at each root from the anchor's up to the window.
  const roots: EventTarget[] = [view];
  for (let root = anchor.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) roots.push(root);
  let frame = 0;
  const place = (): void => {
    frame = 0;
    if (!popup.matches(':popover-open')) return stop();
    if (anchor.isConnected) placePopup(popup, anchor, options);
    else options.lost?.();
  };
  const soon = (event: Event): void => {
    if (!frame && !(event.target instanceof Node && popup.contains(event.target))) frame = view.requestAnimationFrame(place);
  };
  const onToggle = (event: Event): void => {
    if ((event as ToggleEvent).newState === 'closed') stop();
  };
  function stop(): void {
    for (const root of roots) root.removeEventListener('scroll', soon, true);
    view.removeEventListener('resize', soon);
    popup.removeEventListener('toggle', onToggle);
    if (frame) view.cancelAnimationFrame(frame);
    frame = 0;
  }
  for (const root of roots) root.addEventListener('scroll', soon, { capture: true, passive: true });
  view.addEventListener('resize', soon, { passive: true });
  popup.addEventListener('toggle', onToggle);
  return stop;
}
