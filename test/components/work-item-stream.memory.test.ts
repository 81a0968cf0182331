import '../../src/components/work-item-stream/work-item-stream.js';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { shadow } from '../helpers.js';
import { testForMemoryLeaks } from '../memory.helper.js';

// Leak test beside the element's tests (issues 10 and 12; see test/memory.helper.ts).
setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

testForMemoryLeaks({
  tag: 'work-item-stream',
  state: 'Open work items with their rows',
  create: (stream) => stream.setAttribute('stream', 'open'),
  ready: (stream) => !!shadow(stream).querySelector('[part="row"]'),
  // Blink fills its store of CSS variable values once (~1.6 KB, six trie nodes) somewhere in the
  // first few hundred cycles: over 400 cycles that one-off reads as ~10 B a cycle; over 1,200 it
  // is gone from the diff and the stream keeps ~1 B a cycle (the runner's own timer).
  cycles: 1200,
});
