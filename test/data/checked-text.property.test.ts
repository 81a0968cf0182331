import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkWorkItem, isCheckedWorkItem } from '../../src/data/checked-data-source.js';
import { displayText } from '../../src/state/title.js';
import type { WorkItem } from '../../src/state/index.js';

// The checking layer skips the work of making text safe when the text is already safe (issue 12:
// the first load of 10,000 work items spent most of its time there). Whatever it skips, the
// result must be exactly what `displayText` gives.
const base: WorkItem = { id: 'W1', channel: 'chat', state: 'open', subject: 'Billing', visitor: { displayName: 'Ana', authenticated: false }, queue: { id: 'q', name: 'Billing' }, createdAt: 1, updatedAt: 1 };

// Text near the edges: plain words, spaces at the ends and doubled, marks, invisible fillers,
// controls, bidi overrides, non-Latin scripts, emoji, and lengths around the limits.
const piece = fc.constantFrom('Ana', 'Émilie', 'محمد', '李', 'x', ' ', '  ', '\u0301', '\u3164', '\u2800', '\u115F', '\u200B', '\u00AD', '\u202E', '\n', '\t', '\u00A0', '\uFFA0', '😀', '\uFE0F', '-', '#', '\uD800', 'a'.repeat(199), 'b'.repeat(301));
const raw = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

describe('safe text in checked work items', () => {
  it('is always what displayText gives (subject: 500, names: 200)', () => {
    fc.assert(
      fc.property(raw, raw, raw, (subject, name, queue) => {
        const checked = checkWorkItem({ ...base, subject, visitor: { displayName: name, authenticated: false }, queue: { id: 'q', name: queue } });
        expect(checked.subject).to.equal(displayText(subject, 500, 1500));
        expect(checked.visitor.displayName).to.equal(displayText(name, 200, 600));
        expect(checked.queue.name).to.equal(displayText(queue, 200, 600));
      }),
      { numRuns: 2000 },
    );
  });

  it('marks what it checked, and only that', () => {
    const checked = checkWorkItem(base);
    expect(isCheckedWorkItem(checked)).to.be.true;
    expect(isCheckedWorkItem(base)).to.be.false;
    expect(isCheckedWorkItem({ ...checked })).to.be.false;
  });
});
