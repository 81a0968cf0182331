import { expect } from '@open-wc/testing';
import { formatElapsed } from '../../src/state/elapsed.js';

describe('formatElapsed', () => {
  const t0 = Date.UTC(2026, 0, 1);
  const cases: [number, string][] = [
    [0, '0 sec'],
    [45_000, '45 sec'],
    [59_999, '59 sec'],
    [60_000, '1 min'],
    [3 * 60_000 + 30_000, '3 min'],
    [60 * 60_000, '1 hr'],
    [125 * 60_000, '2 hr 5 min'],
    [26 * 3600_000, '1 day'],
    [-5_000, '0 sec'],
  ];
  for (const [ms, text] of cases) {
    it(`${ms} ms → ${text}`, () => expect(formatElapsed(t0, t0 + ms, 'en')).to.equal(text));
  }

  it('speaks the agent\'s language', () => {
    expect(formatElapsed(t0, t0 + 3 * 60_000, 'de')).to.equal('3 Min.');
  });
});
