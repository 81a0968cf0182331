/**
 * Title and icon rules for sessions, and the one rule for showing untrusted text. Titles and
 * customer strings come from CRM data and visitors: control and invisible characters are dropped,
 * white space is folded, marks per character are bounded and the length is capped.
 */

/** Titles longer than this are cut (with an ellipsis); the panel shows them cut further by CSS. */
export const MAX_TITLE_LENGTH = 200;

/** Titles are cut at this many UTF-16 code units too (emoji and marks make long graphemes). */
export const MAX_TITLE_CODE_UNITS = 600;

/**
 * Combining marks kept on one character. Real text needs a few (Vietnamese two, Tibetan stacks
 * and Hebrew cantillation a handful); thousands on one letter freeze the page's layout.
 */
export const MAX_MARKS_PER_CHARACTER = 8;

// Controls become spaces, as do bidi embeddings, overrides, isolates and marks (they separate
// runs of text and are used for spoofing: "‮exe.txt").
const SEPARATING = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
// Other invisible characters are removed: format characters (soft hyphen, zero-width space, word
// joiner, deprecated format controls, BOM…), Hangul fillers and the braille blank that make a
// name look blank, and lone surrogates. Kept, because scripts need them: ZWNJ (U+200C, Persian,
// Indic) and ZWJ (U+200D, Indic conjuncts, emoji sequences such as families), and the tag
// characters of subdivision flags (🏴 England).
const INVISIBLE = /(?![\u200C\u200D\u{E0020}-\u{E007F}])[\p{Cf}\p{Cs}\u115F\u1160\u3164\uFFA0\u2800]/gu;
const MARK_RUN = new RegExp(`\\p{M}{${MAX_MARKS_PER_CHARACTER + 1},}`, 'gu');
// Nothing displayable is found past this many code units of raw input; cutting first keeps
// every step below linear in a bounded size.
const RAW_LIMIT = 20000;

/**
 * Untrusted text made safe to show as text: controls and invisible characters gone, white space
 * folded, marks per character bounded, and at most `maxLength` graphemes and `maxCodeUnits`
 * code units (cut on a grapheme boundary, with an ellipsis). Not text, or nothing left: `''`.
 */
export function displayText(raw: unknown, maxLength: number = MAX_TITLE_LENGTH, maxCodeUnits: number = MAX_TITLE_CODE_UNITS): string {
  if (typeof raw !== 'string') return '';
  const text = (raw.length > RAW_LIMIT ? raw.slice(0, RAW_LIMIT) : raw)
    .replace(SEPARATING, ' ')
    .replace(INVISIBLE, '')
    .replace(MARK_RUN, (run) => Array.from(run).slice(0, MAX_MARKS_PER_CHARACTER).join(''))
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxLength && text.length <= maxCodeUnits) return text;
  const kept: string[] = [];
  let units = 0;
  let cut = false;
  for (const grapheme of segments(text)) {
    if (kept.length === maxLength || units + grapheme.length > maxCodeUnits) {
      cut = true;
      break;
    }
    kept.push(grapheme);
    units += grapheme.length;
  }
  if (!cut) return text;
  // Room for the ellipsis, within both limits.
  while (kept.length > maxLength - 1 || units > maxCodeUnits - 1) units -= kept.pop()!.length;
  return `${kept.join('').trimEnd()}…`;
}

/**
 * A displayable title: untrusted text made safe to show as text (see `displayText`), or the
 * fallback, made safe the same way, when nothing is left of it.
 */
export function normaliseTitle(raw: unknown, fallback: string): string {
  return displayText(raw) || displayText(fallback);
}

// Made on first need: the first Intl.Segmenter of a page costs 10–30 ms (issue 12, the demo's
// start-up), and text of Latin letters, digits and punctuation only (no marks, joiners,
// surrogates or CR LF) is one grapheme per code unit, so needs none.
let segmenter: Intl.Segmenter | undefined;
const ONE_UNIT_GRAPHEMES = /^[\x20-\x7E\u00A0-\u024F]*$/;

function* segments(text: string): Generator<string> {
  if (ONE_UNIT_GRAPHEMES.test(text) || typeof Intl === 'undefined' || !('Segmenter' in Intl)) {
    yield* text;
    return;
  }
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of segmenter.segment(text)) yield segment;
}

/** User-perceived characters (grapheme clusters): "é" written as e + accent counts as one. */
export function graphemes(text: string): string[] {
  return Array.from(segments(text));
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
  // ASCII answered without the Unicode property test (its first use loads Unicode data: issue 12).
  const letters = chars.filter((c) => /^[A-Za-z0-9]/.test(c) || (c >= '\x80' && LETTER_OR_DIGIT.test(c))).slice(0, 2);
  if (letters.length === 0) return chars[0] ?? '';
  return letters.map(upper).join('');
}

function upper(grapheme: string): string {
  const up = grapheme.toUpperCase();
  return graphemes(up).length === 1 ? up : grapheme;
}

/**
 * A customer-supplied name inside a sentence that is built as a string (notices, status lines):
 * wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, the plain-text form of `<bdi>`, so a
 * Latin name in an Arabic sentence (or the reverse) keeps its own direction and never reorders
 * the words around it. In templates, wrap the name in `<bdi>` (or an element with `dir="auto"`).
 */
export function isolate(name: string): string {
  return `\u2068${name}\u2069`;
}
