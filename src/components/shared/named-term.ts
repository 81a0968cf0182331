import { html, type TemplateResult } from 'lit';

const SLOT = /\uE000(\d)\uE001/;

/**
 * A translated sentence with customer-supplied names in it, rendered with each name in its own
 * `<bdi>`: a Latin name in an Arabic sentence (or the reverse) keeps its own direction and never
 * reorders the words around it, and no invisible isolate characters enter the text. `build`
 * gets one stand-in per name and answers the term (`(n) => t.incoming(channel, n[0])`).
 */
export function namedTerm(build: (names: readonly string[]) => string, names: readonly string[]): Array<string | TemplateResult> {
  const text = build(names.map((_, n) => `\uE000${n}\uE001`));
  return text.split(SLOT).map((part, n) => (n % 2 ? html`<bdi>${names[Number(part)]}</bdi>` : part));
}
