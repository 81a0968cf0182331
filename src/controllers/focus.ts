/** The focused element, through shadow roots. */
export function deepActiveElement(doc: Document): HTMLElement | undefined {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return (active as HTMLElement | null) ?? undefined;
}

/**
 * Whether keyboard focus is on `element` or inside it, shadow roots included: `:focus-within`
 * read from the document's active element. WebKit matches `:focus-within` only while its window
 * is the active one, so a test of the selector there misses focus that is really inside.
 */
export function holdsFocus(element: Element): boolean {
  for (let node: Node | null | undefined = deepActiveElement(element.ownerDocument); node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node === element) return true;
  }
  return false;
}
