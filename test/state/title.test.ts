import { expect } from '@open-wc/testing';
import { iconForTitle, MAX_TITLE_LENGTH, MAX_TITLE_CODE_UNITS, MAX_MARKS_PER_CHARACTER, SessionStore, displayText, normaliseTitle, graphemes } from '../../src/state/index.js';
import { hostileStrings } from '../fixtures/hostile-corpus.js';

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

describe('hostile text is made safe to show', () => {
  const wellFormed = (text: string) => !/\p{Cs}/u.test(text);
  const longestMarkRun = (text: string) => Math.max(0, ...(text.match(/\p{M}+/gu) ?? []).map((run) => Array.from(run).length));

  it('bounds combining marks per character, so one "grapheme" cannot freeze the page', () => {
    const title = normaliseTitle(`a${'\u0301'.repeat(20000)}`, 'x');
    expect(title.startsWith('a\u0301')).to.be.true;
    expect(longestMarkRun(title)).to.equal(MAX_MARKS_PER_CHARACTER);
    expect(normaliseTitle(`Zal${'\u0300\u0316'.repeat(50000)}go`, 'x').length).to.be.at.most(MAX_TITLE_CODE_UNITS);
    // Real text keeps its marks: Vietnamese, decomposed French, Hindi.
    for (const name of ['Nguyễn Thị Ánh', 'E\u0301milie', 'अनुच्छेद ज़्यादा']) expect(normaliseTitle(name, 'x')).to.equal(name);
  });

  it('caps by code units as well as graphemes, on a grapheme boundary', () => {
    const word = normaliseTitle('W'.repeat(100000), 'x');
    expect(word.length).to.be.at.most(MAX_TITLE_CODE_UNITS);
    expect(word.endsWith('…')).to.be.true;
    const families = normaliseTitle('👨‍👩‍👧‍👦'.repeat(150), 'x');
    expect(families.length).to.be.at.most(MAX_TITLE_CODE_UNITS);
    expect(graphemes(families).slice(0, -1).every((g) => g === '👨‍👩‍👧‍👦')).to.be.true;
  });

  it('removes every invisible format character but the joiners scripts and emoji need', () => {
    const kept = new Set([0x200c, 0x200d]);
    const removed: string[] = [];
    for (let cp = 0; cp <= 0xe007f; cp++) {
      const c = String.fromCodePoint(cp);
      if (!/\p{Cf}/u.test(c) || kept.has(cp) || (cp >= 0xe0020 && cp <= 0xe007f)) continue;
      if (normaliseTitle(`a${c}b`, 'x').includes(c)) removed.push(cp.toString(16));
    }
    expect(removed, 'format characters that survived').to.deep.equal([]);
    for (const c of ['\u00AD', '\u061C', '\u200B', '\u2060', '\u206A', '\u206F', '\uFEFF', '\u3164']) expect(normaliseTitle(`Ma${c}rie`, 'x')).to.match(/^Ma ?rie$/);
  });

  it('keeps real names in every script, and emoji sequences whole', () => {
    for (const name of ['محمد بن راشد', 'अनुच्छेद', 'می‌خواهم', 'ശ്രീ‍', '👨‍👩‍👧‍👦 Family', '🏴󠁧󠁢󠁥󠁮󠁧󠁿 England', '👩🏽‍💻', '山田太郎', 'Zoë Ørsted-Łukasiewicz']) {
      expect(normaliseTitle(name, 'x'), name).to.equal(name);
    }
  });

  it('never keeps a lone surrogate', () => {
    expect(normaliseTitle('a\uD83Cb\uDC00c', 'x')).to.equal('abc');
    const cut = normaliseTitle('🇫🇷'.repeat(400), 'x');
    expect(wellFormed(cut)).to.be.true;
  });

  it('sanitises the fallback too', () => {
    expect(normaliseTitle('', 'account \u202Eevil\u0000')).to.equal('account evil');
    expect(normaliseTitle(' ', 'x'.repeat(5000)).length).to.be.at.most(MAX_TITLE_CODE_UNITS);
  });

  it('every string of the hostile corpus comes out short, well formed and inert', () => {
    for (const text of hostileStrings) {
      const shown = displayText(text);
      expect(wellFormed(shown)).to.be.true;
      expect(shown.length).to.be.at.most(MAX_TITLE_CODE_UNITS);
      expect(graphemes(shown).length).to.be.at.most(MAX_TITLE_LENGTH);
      expect(longestMarkRun(shown)).to.be.at.most(MAX_MARKS_PER_CHARACTER);
      expect(shown).to.not.match(/[\u0000-\u001F\u202A-\u202E\u2066-\u2069]/);
    }
  });
});

describe('the store keeps titles, fallbacks and icons safe', () => {
  it('a record session with a blank name gets a sanitised, capped fallback title', () => {
    const store = new SessionStore();
    const { session } = store.openRecordSession({ entity: 'account', id: '\u202E1\u0000', name: '\u200B' }) as { session: { title: string } };
    expect(session.title).to.equal('account 1');
    const long = store.openConversationSession({ workItemId: 'W'.repeat(200), title: '' }) as { session: { title: string } };
    expect(long.session.title.length).to.be.at.most(MAX_TITLE_CODE_UNITS);
  });

  it('setSessionIcon keeps a flag whole: no lone surrogate', () => {
    const store = new SessionStore();
    store.openRecordSession({ entity: 'account', id: '1', name: 'Contoso' });
    const session = store.setSessionIcon('record:account:1', '🇫🇷');
    expect(session.icon).to.equal('🇫🇷');
    expect(store.setSessionIcon('record:account:1', '👨‍👩‍👧‍👦🇫🇷ABC').icon).to.equal('👨‍👩‍👧‍👦🇫🇷A');
  });
});
