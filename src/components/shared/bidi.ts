/**
 * A customer-supplied name inside a sentence that is built as a string (notices, status lines):
 * wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, the plain-text form of `<bdi>`, so a
 * Latin name in an Arabic sentence (or the reverse) keeps its own direction and never reorders
 * the words around it. In templates, wrap the name in `<bdi>` (or an element with `dir="auto"`).
 */
export function isolate(name: string): string {
  return `\u2068${name}\u2069`;
}
