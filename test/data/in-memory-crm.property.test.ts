import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CrmError, InMemoryCrm } from '../../src/data/index.js';
import { STREAM_NAMES, WORK_ITEM_EVENTS, allowedEvents, streamOf, validateWorkItem, type WorkItem, type WorkItemEvent } from '../../src/state/index.js';

const EVENTS = Object.keys(WORK_ITEM_EVENTS) as WorkItemEvent[];

/** An event for a step: mostly one the item's state allows (so the run gets somewhere), sometimes any. */
const event = fc.oneof({ weight: 3, arbitrary: fc.nat().map((n) => ({ allowed: n })) }, { weight: 1, arbitrary: fc.constantFrom(...EVENTS).map((name) => ({ name })) });

function eventFor(item: WorkItem, choice: { allowed: number } | { name: WorkItemEvent }, onlyAgent: boolean): WorkItemEvent {
  if ('name' in choice) return choice.name;
  const allowed = allowedEvents(item.state, item.channel).filter((e) => !onlyAgent || WORK_ITEM_EVENTS[e] === 'agent');
  return allowed.length ? allowed[choice.allowed % allowed.length]! : 'pick';
}

/** One thing that can happen to the CRM: the agent's calls, or the world's hooks. */
const step = fc.oneof(
  fc.record({ kind: fc.constant('agent' as const), item: fc.nat(), event, fail: fc.boolean() }),
  fc.record({ kind: fc.constant('world' as const), item: fc.nat(), event, agent: fc.constantFrom(undefined, 'agent-1', 'agent-2') }),
  fc.record({ kind: fc.constant('offer' as const) }),
  fc.record({ kind: fc.constant('answer' as const), offer: fc.nat(), accept: fc.boolean() }),
  fc.record({ kind: fc.constant('other-pick' as const), item: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), item: fc.nat() }),
);

describe('InMemoryCrm under random use', () => {
  it('keeps every item valid and owned by its state, refusals change nothing, and subscribers can mirror it exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1000 }), fc.array(step, { maxLength: 40 }), async (seed, steps) => {
        const crm = new InMemoryCrm({ seed, workItems: 12, now: () => 1_800_000_000_000 });
        // A stream element's view, kept only from what subscribers hear.
        const mirror = new Map(crm.allWorkItems().map((item) => [item.id, item]));
        crm.subscribeWorkItems((change) => (change.type === 'upsert' ? mirror.set(change.item.id, change.item) : mirror.delete(change.id)));
        try {
          for (const s of steps) {
            const before = crm.allWorkItems();
            const target = 'item' in s ? before[s.item % before.length] : undefined;
            if ('item' in s && !target) continue;
            let refused = false;
            try {
              if (s.kind === 'agent') {
                if (s.fail) crm.failNext('changeWorkItem');
                await crm.changeWorkItem(target!.id, eventFor(target!, s.event, true));
              } else if (s.kind === 'world') crm.applyEvent(target!.id, eventFor(target!, s.event, false), { agentId: s.agent });
              else if (s.kind === 'offer') crm.offerIncoming();
              else if (s.kind === 'other-pick') crm.simulateOtherAgentPick(target!.id);
              else if (s.kind === 'remove') crm.removeWorkItem(target!.id);
              else {
                const offers = crm.offers;
                if (!offers.length) continue;
                const offer = offers[s.offer % offers.length]!;
                if (s.accept) await crm.acceptOffer(offer.id);
                else await crm.rejectOffer(offer.id);
              }
            } catch (error) {
              expect(error).to.be.instanceOf(CrmError);
              refused = true;
            }
            const after = crm.allWorkItems();
            if (refused) expect(after).to.deep.equal(before);
            for (const item of after) {
              validateWorkItem(item);
              expect(item.assignedTo === undefined).to.equal(item.state === 'open' || item.state === 'closed');
            }
            const current = new Map(after.map((i) => [i.id, i]));
            for (const offer of crm.offers) expect(current.get(offer.workItem.id)?.state).to.equal('open');
            for (const item of before) if (item.state === 'closed' && current.has(item.id)) expect(current.get(item.id)!.state).to.equal('closed');
          }
          const all = crm.allWorkItems();
          expect([...mirror.values()].sort(byId)).to.deep.equal(all.sort(byId));
          for (const stream of STREAM_NAMES) {
            const listed = (await crm.listWorkItems(stream)).map((i) => i.id).sort();
            expect(listed).to.deep.equal(all.filter((i) => streamOf(i, crm.agentId) === stream).map((i) => i.id).sort());
          }
        } finally {
          crm.dispose();
        }
      }),
      { numRuns: 60 },
    );
  });
});

function byId(a: WorkItem, b: WorkItem): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
