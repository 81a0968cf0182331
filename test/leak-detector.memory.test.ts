import { expect } from '@open-wc/testing';
import { chromiumOnly, expectNothingRetained, retainedPerCycle } from './memory.helper.js';

// The leak tests' own instrument (test/memory.helper.ts), checked both ways: a cycle that does
// nothing keeps nothing, and each kind of leak it should catch is caught, however small.
describe('the leak detector', function () {
  before(function () {
    chromiumOnly(this);
  });
  this.timeout(60_000);
  const kept: unknown[] = [];
  afterEach(() => (kept.length = 0));

  it('a cycle that keeps nothing passes (the measure\'s own noise stays under the bar)', async () => {
    const result = await retainedPerCycle(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expectNothingRetained(result, 'an empty cycle');
  });

  it('one small object kept per cycle (16 bytes) fails on the objects figure', async () => {
    const result = await retainedPerCycle(async () => void kept.push({ n: 1 }));
    expect(result.objects, JSON.stringify(result)).to.be.at.least(12);
    expect(() => expectNothingRetained(result, 'a small leak')).to.throw(/bytes of objects kept per cycle/);
  });

  it('a detached element kept per cycle fails on the node count', async () => {
    const result = await retainedPerCycle(async () => {
      const element = document.createElement('div');
      document.body.append(element);
      element.remove();
      kept.push(element);
    });
    expect(() => expectNothingRetained(result, 'a detached element')).to.throw(/DOM nodes kept per cycle/);
  });

  it('a listener left on the window fails on the listener count', async () => {
    const listeners: (() => void)[] = [];
    const result = await retainedPerCycle(async () => {
      const listener = () => undefined;
      listeners.push(listener);
      window.addEventListener('resize', listener);
    }, { cycles: 20, warmup: 2 });
    for (const listener of listeners) window.removeEventListener('resize', listener);
    expect(() => expectNothingRetained(result, 'a listener')).to.throw(/event listeners kept/);
  });
});
