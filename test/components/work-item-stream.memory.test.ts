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
});
