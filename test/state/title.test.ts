import { expect } from '@open-wc/testing';
import { iconForTitle, MAX_TITLE_LENGTH, normaliseTitle, graphemes } from '../../src/state/index.js';

describe('iconForTitle: the first two letters of the title', () => {
  const cases: [string, string, string][] = [
    ['Latin', 'Contoso Pharmaceuticals', 'CO'],
    ['lower case is upper-cased', 'fabrikam', 'FA'],
    ['precomposed accent', 'Émilie Dubois', 'ÉM'],
    ['combining accent stays on its letter', 'E\u0301milie', 'E\u0301M'],
    ['Polish', 'Łukasz', 'ŁU'],
    ['Cyrillic', 'Дмитрий Иванов', 'ДМ'],
    ['Greek', 'αθηνά', 'ΑΘ'],
    ['Arabic (no case)', 'محمد العلي', 'مح'],
    ['Hebrew', 'יעל כהן', 'יע'],
    // "प्रि" (pra + i) is one grapheme cluster, "या" the next: two letters as a reader sees them.
    ['Devanagari clusters', 'प्रिया शर्मा', 'प्रिया'],
    ['Japanese', '東京海上', '東京'],
    ['Korean', '김민준', '김민'],
    ['digits count as letters', '3 invoices missing', '3I'],
    ['symbols and spaces are skipped', '#2 – Refund', '2R'],
    ['leading punctuation is skipped', '(Ana) Lopez', 'AN'],
    ['letters are taken across words', 'A B', 'AB'],
    ['one letter', 'X', 'X'],
    ['one letter after symbols', '— Q —', 'Q'],
    ['only emoji: the first grapheme', '👩‍💻🚀', '👩‍💻'],
    ['empty', '', ''],
    ['blank', '   ', ''],
    ['ß is kept rather than turned into SS', 'ßeta', 'ßE'],
  ];
  for (const [what, title, icon] of cases) {
    it(`${what}: ${JSON.stringify(title)} → ${JSON.stringify(icon)}`, () => {
      expect(iconForTitle(title)).to.equal(icon);
    });
  }
});

describe('normaliseTitle', () => {
  it('folds white space and trims', () => {
    expect(normaliseTitle('  Contoso \n\t Ltd  ', 'x')).to.equal('Contoso Ltd');
  });

  it('uses the fallback for blank or non-text input', () => {
    expect(normaliseTitle('', 'fallback')).to.equal('fallback');
    expect(normaliseTitle(' \u200B ', 'fallback')).to.equal('fallback');
    expect(normaliseTitle(undefined, 'fallback')).to.equal('fallback');
    expect(normaliseTitle(42, 'fallback')).to.equal('fallback');
  });

  it('drops control characters and bidi overrides', () => {
    expect(normaliseTitle('a\u0000b\u202Ec\u2066d\u0007', 'x')).to.equal('a b c d');
  });

  it('keeps markup as literal text', () => {
    expect(normaliseTitle('<b>bold</b> & "quoted"', 'x')).to.equal('<b>bold</b> & "quoted"');
  });

  it('cuts very long titles on a grapheme boundary with an ellipsis', () => {
    const long = 'é'.repeat(MAX_TITLE_LENGTH + 50);
    const title = normaliseTitle(long, 'x');
    expect(graphemes(title)).to.have.length(MAX_TITLE_LENGTH);
    expect(title.endsWith('…')).to.be.true;
    const flags = '🇫🇷'.repeat(MAX_TITLE_LENGTH);
    expect(graphemes(normaliseTitle(flags, 'x')).slice(0, -1).every((g) => g === '🇫🇷')).to.be.true;
  });
});
