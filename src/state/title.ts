/**
 * Title and icon rules for sessions. Titles come from CRM data and visitors, so they are treated as
 * untrusted text: control characters are dropped, white space is folded, and the length is capped.
 */

/** Titles longer than this are cut (with an ellipsis); the panel shows them cut further by CSS. */
export const MAX_TITLE_LENGTH = 200;

// C0/C1 controls, bidi overrides/isolates and zero-width joiners used for spoofing are removed;
// ordinary letters of every script are kept.
const UNSAFE_CHARACTERS = /[\p{Cc}\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;

/**
 * A displayable title: untrusted text made safe to show as text, or `fallback` when nothing is
 * left of it.
 */
export function normaliseTitle(raw: unknown, fallback: string): string {
  const text = typeof raw === 'string' ? raw.replace(UNSAFE_CHARACTERS, ' ').replace(/\s+/g, ' ').trim() : '';
  if (!text) return fallback;
  const chars = graphemes(text);
  return chars.length > MAX_TITLE_LENGTH ? `${chars.slice(0, MAX_TITLE_LENGTH - 1).join('')}…` : text;
}

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : undefined;

/** User-perceived characters (grapheme clusters): "é" written as e + accent counts as one. */
export function graphemes(text: string): string[] {
  return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/**
 * The session icon: the first two letters of the title.
 *
 * - Letters are grapheme clusters of any script ("Émile" → "ÉM", "山田太郎" → "山田").
 * - Digits count as letters ("123 Main St" → "12"); spaces, punctuation and symbols are skipped
 *   ("#42 – Broken printer" → "42", "(Ana) Lopez" → "AN").
 * - Cased scripts are upper-cased, unless upper-casing would turn one letter into two ("ß").
 * - A one-letter title gives one letter. A title with no letter or digit at all (only emoji or
 *   symbols) gives its first grapheme, so the icon is never blank for a non-blank title.
 */
export function iconForTitle(title: string): string {
  const chars = graphemes(title.trim());
  const letters = chars.filter((c) => LETTER_OR_DIGIT.test(c)).slice(0, 2);
  if (letters.length === 0) return chars[0] ?? '';
  return letters.map(upper).join('');
}

function upper(grapheme: string): string {
  const up = grapheme.toUpperCase();
  return graphemes(up).length === 1 ? up : grapheme;
}
