import { expect } from '@open-wc/testing';
import { formatList } from '../../src/i18n/format.js';

// formatList answers lists of none or one without an Intl.ListFormat (the first Intl formatter of a
// page is slow to make, issue 12): the answer must be the formatter's, in every language of the kit.
describe('formatList', () => {
  for (const lang of ['en', 'fr', 'de', 'es', 'ar', 'ja']) {
    it(`writes lists as Intl.ListFormat does (${lang})`, () => {
      const intl = new Intl.ListFormat(lang, { type: 'conjunction' });
      for (const parts of [[], ['Case'], ['Case', 'Note'], ['a', 'b', 'c'], ['']]) expect(formatList(lang, parts), JSON.stringify(parts)).to.equal(intl.format(parts));
    });
  }
});
