import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SortedView, elapsedTextChanges, formatElapsed, workItemOrder, type WorkItem } from '../../src/state/index.js';

// The incremental view against the obvious implementation: every item, filtered, re-sorted.
type Row = { id: string; at: number; tag: string };
const byAt = (direction: 1 | -1) => (a: Row, b: Row) => direction * (a.at - b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const filters = { none: undefined, a: (r: Row) => r.tag === 'a', notB: (r: Row) => r.tag !== 'b' };

const rowArb = fc.record({ id: fc.constantFrom(...'abcdefghijklmnop'.split('').map((c) => `id-${c}`)), at: fc.integer({ min: 0, max: 6 }), tag: fc.constantFrom('a', 'b', 'c') });
const opArb = fc.oneof(
  fc.record({ op: fc.constant('upsert' as const), row: rowArb }),
  fc.record({ op: fc.constant('remove' as const), id: fc.constantFrom('id-a', 'id-b', 'id-c', 'id-d', 'id-x') }),
  fc.record({ op: fc.constant('filter' as const), filter: fc.constantFrom('none', 'a', 'notB') as fc.Arbitrary<keyof typeof filters> }),
  fc.record({ op: fc.constant('order' as const), direction: fc.constantFrom(1 as const, -1 as const) }),
  fc.record({ op: fc.constant('reset' as const), rows: fc.array(rowArb, { maxLength: 12 }) }),
);

describe('SortedView', () => {
  it('always shows what filtering and re-sorting every item would show', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        let compare = byAt(-1);
        let filter: ((r: Row) => boolean) | undefined;
        const naive = new Map<string, Row>();
        const view = new SortedView<Row>({ id: (r) => r.id, compare });
        for (const op of ops) {
          const before = view.items;
          if (op.op === 'upsert') (naive.set(op.row.id, op.row), view.upsert(op.row));
          else if (op.op === 'remove') expect(view.remove(op.id)).to.equal(naive.delete(op.id));
          else if (op.op === 'filter') view.setFilter((filter = filters[op.filter]));
          else if (op.op === 'order') view.setCompare((compare = byAt(op.direction)));
          else {
            naive.clear();
            for (const row of op.rows) naive.set(row.id, row);
            view.reset(op.rows);
          }
          const expected = [...naive.values()].filter((r) => !filter || filter(r)).sort(compare);
          expect(view.items).to.deep.equal(expected);
          expect(view.size).to.equal(naive.size);
          for (const id of naive.keys()) expect(view.indexOf(id), id).to.equal(expected.findIndex((r) => r.id === id));
          expect(view.indexOf('id-none')).to.equal(-1);
          // A list handed out is never changed afterwards (renderers compare lists by identity).
          expect(Object.isFrozen(before)).to.equal(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('hands out the same list until something changes', () => {
    const view = new SortedView<Row>({ id: (r) => r.id, compare: byAt(1) });
    view.reset([{ id: 'x', at: 1, tag: 'a' }]);
    const first = view.items;
    expect(view.items).to.equal(first);
    view.upsert({ id: 'y', at: 0, tag: 'a' });
    expect(view.items).not.to.equal(first);
    expect(view.items.map((r) => r.id)).to.deep.equal(['y', 'x']);
  });

  it('orders a stream by time waiting (Open) or last update, newest first by default, ties by id', () => {
    const item = (id: string, createdAt: number, updatedAt: number) => ({ id, createdAt, updatedAt }) as WorkItem;
    const items = [item('b', 1, 5), item('a', 1, 5), item('c', 2, 4)];
    expect([...items].sort(workItemOrder('open', 'newest')).map((i) => i.id)).to.deep.equal(['c', 'a', 'b']);
    expect([...items].sort(workItemOrder('open', 'oldest')).map((i) => i.id)).to.deep.equal(['a', 'b', 'c']);
    expect([...items].sort(workItemOrder('my', 'newest')).map((i) => i.id)).to.deep.equal(['a', 'b', 'c']);
    expect([...items].sort(workItemOrder('closed', 'oldest')).map((i) => i.id)).to.deep.equal(['c', 'a', 'b']);
  });
});

describe('elapsedTextChanges', () => {
  it('is true exactly when the formatted time reads differently', () => {
    const range = 3 * 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: range }), fc.integer({ min: 0, max: 120_000 }), fc.integer({ min: -5000, max: range }), (then, step, since) => {
        const now = then + step;
        expect(elapsedTextChanges(since, then, now)).to.equal(formatElapsed(since, then, 'en') !== formatElapsed(since, now, 'en'));
      }),
      { numRuns: 2000 },
    );
  });
});
