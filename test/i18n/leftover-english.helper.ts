import { en, type Terms } from '../../src/i18n/en.js';

const SENTINEL = '\u0001';

/** Every fixed piece of wording a table has: its plain terms and the text around a term's values. */
export function phrasesOf(table: Terms): Set<string> {
  const phrases = new Set<string>();
  const add = (text: string) => {
    for (const piece of text.split(new RegExp(`${SENTINEL}|NaN|\\d+`, 'u'))) {
      const phrase = piece.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (/\p{L}{2,}/u.test(phrase)) phrases.add(phrase);
    }
  };
  const walk = (value: unknown) => {
    if (typeof value === 'string') add(value);
    else if (typeof value === 'function') add((value as (...args: unknown[]) => string)(...Array.from({ length: Math.max(1, value.length) }, () => SENTINEL)));
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) if (!key.startsWith('$')) walk(inner);
  };
  walk(table);
  return phrases;
}

/** English wording that a table's own wording never contains (so finding it on the page means a term was left in English). */
export function englishOnly(table: Terms): string[] {
  const own = [...phrasesOf(table)].join('\n');
  return [...phrasesOf(en)].filter((phrase) => !wordsIn(phrase).test(own)).sort((a, b) => b.length - a.length);
}

/** Parts of the page that show customer or CRM data, not the kit's words. */
const DATA = '[part~="value"], [dir="auto"], .name, .subject, .queue, .meta, .option-name, .option-detail, .subtitle, textarea, input, ol[aria-label] li > span:first-child, session-tab';

/**
 * What the agent and a screen reader get from `root`, shadow roots included: text, accessible
 * names, titles, placeholders, live announcements. Customer and CRM data is left out: elements
 * that show data, and the data strings inside sentences.
 */
export function agentStrings(root: Node, data: readonly string[]): string[] {
  const out: string[] = [];
  const scrub = (text: string) => data.reduce((rest, value) => (value.length > 2 ? rest.split(value).join(' ') : rest), text);
  const visit = (node: Node, inData: boolean) => {
    if (node instanceof Element) {
      if (node.localName === 'style' || node.localName === 'script' || node.localName === 'svg') return;
      for (const name of ['aria-label', 'title', 'placeholder', 'aria-description', 'alt']) {
        const value = node.getAttribute(name);
        if (value) out.push(scrub(value));
      }
      inData ||= node.matches(DATA);
      if (node.shadowRoot) visit(node.shadowRoot, false);
      if (node.localName === 'session-tab') out.push(scrub((node as HTMLElement).title));
    }
    if (node.nodeType === Node.TEXT_NODE && !inData) out.push(scrub(node.textContent ?? ''));
    for (const child of node.childNodes) visit(child, inData);
  };
  visit(root, false);
  return out.map((s) => s.trim()).filter(Boolean);
}

/** `phrase` as whole words. */
function wordsIn(phrase: string): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u');
}

/** The English phrases found in `strings`, each with where it was found. */
export function leftovers(strings: readonly string[], english: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of strings) {
    for (const phrase of english) {
      if (wordsIn(phrase).test(text)) found.add(`"${phrase}" in "${text}"`);
    }
  }
  return [...found];
}

/** Every string anywhere in a value (the CRM's answers), for leaving data out. */
export function stringsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (value && typeof value === 'object') for (const inner of Object.values(value)) stringsIn(inner, into);
  return into;
}
