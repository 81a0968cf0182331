import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { graphemes, iconForTitle } from '../../src/state/index.js';

// `graphemes` skips the segmenter for text it knows is one grapheme per code unit (the first
// Intl.Segmenter of a page is slow to make, issue 12). Whatever the text, it must cut it exactly
// where the engine's own grapheme segmenter does.
const reference = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const segmented = (text: string) => Array.from(reference.segment(text), (s) => s.segment);

// Pieces that are plain, and pieces that join what is around them (CR LF, combining marks, ZWJ,
// emoji modifiers, regional indicators, Hangul jamo, Indic vowel signs, variation selectors).
const piece = fc.constantFrom(
  'a', 'Z', '7', ' ', '#', '~', 'é', 'ß', 'Ł', 'ǅ', '\u00A0', '\u00AD', 'ɏ',
  '\r', '\n', '\r\n', '\t', '\u0301', '\u0300', '\u0308', '\u200D', '\u200C', '\uFE0F',
  '👍', '\u{1F3FD}', '🇫', '🇷', '👨', '👩', 'ᄀ', 'ᅡ', 'ᆨ', 'क', '\u093F', '्', 'ष', '山', 'ع',
);
const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

describe('graphemes: the same cuts as Intl.Segmenter', () => {
  it('for any mix of plain and joining characters', () => {
    fc.assert(fc.property(text, (t) => {
        expect(graphemes(t)).to.deep.equal(segmented(t));
      }), { numRuns: 2000 });
  });

  it('for the cases a fast path could get wrong', () => {
    for (const t of ['e\u0301', 'a\r\nb', 'A\u0308bc', 'x\u200Dy', 'Ana\uFE0F', '👍🏽', '🇫🇷', 'ab\u0300', 'ǅ\u0301']) expect(graphemes(t), JSON.stringify(t)).to.deep.equal(segmented(t));
    expect(iconForTitle('e\u0301milie')).to.equal('E\u0301M');
  });
});
