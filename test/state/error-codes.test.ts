import { expect } from '@open-wc/testing';
import { SESSION_STORE_ERROR_CODES, WORK_ITEM_ERROR_CODES } from '../../src/state/index.js';

// Error codes are public: code branches on them. Each has a row in the README's table, in the
// same order as the model lists them, so the documentation cannot drift from the code.
describe('error codes are documented', () => {
  let readme: string;
  before(async () => {
    readme = await (await fetch(new URL('../../README.md', import.meta.url))).text();
  });

  /** The codes of the table that follows `heading`, in order. */
  function tableAfter(heading: string): string[] {
    const start = readme.indexOf(heading);
    expect(start, `README has "${heading}"`).to.be.greaterThan(-1);
    const table = readme.slice(start).split('\n\n').find((block) => block.startsWith('| code'));
    expect(table, `a table after "${heading}"`).to.be.a('string');
    return [...table!.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]!);
  }

  it('every SessionStoreError code, and no other, in the README', () => {
    expect(tableAfter('`SessionStoreError` codes')).to.deep.equal([...SESSION_STORE_ERROR_CODES]);
  });

  it('every WorkItemError code, and no other, in the README', () => {
    expect(tableAfter('`WorkItemError` codes')).to.deep.equal([...WORK_ITEM_ERROR_CODES]);
  });
});
