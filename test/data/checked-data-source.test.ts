import { expect } from '@open-wc/testing';
import { CrmError, InMemoryCrm } from '../../src/data/index.js';
import { checkOffer, checkWorkItem, checkedDataSource, toCrmError } from '../../src/data/checked-data-source.js';
import { trapProxy } from '../fixtures/hostile-corpus.js';

describe('the checking layer between the kit and a CRM', () => {
  const quiet = console.warn;
  before(() => (console.warn = () => {}));
  after(() => (console.warn = quiet));

  it('turns anything thrown into a CrmError the agent can read', () => {
    const own = new CrmError('conflict', 'Another agent picked it first.');
    expect(toCrmError(own)).to.equal(own);
    const foreign = Object.assign(new Error('Already linked.'), { name: 'CrmError', code: 'conflict' });
    expect(toCrmError(foreign)).to.include({ code: 'conflict', message: 'Already linked.' }).and.be.instanceOf(CrmError);
    expect(toCrmError(new DOMException('stop', 'AbortError')).code).to.equal('aborted');
    expect(toCrmError('Server busy')).to.include({ code: 'unavailable', message: 'Server busy' });
    for (const thrown of [null, undefined, 42, {}, new TypeError('s is not iterable'), trapProxy(), Object.create(null)]) {
      const error = toCrmError(thrown, 'list conversations');
      expect(error).to.be.instanceOf(CrmError);
      expect(error.code).to.equal('unavailable');
      expect(error.message).to.equal('The CRM did not list conversations. Try again in a moment.');
    }
    expect(toCrmError(new CrmError('invalid', `a${'\u0301'.repeat(5000)}${'x'.repeat(5000)}`)).message.length).to.be.below(1000);
  });

  it('checks work items and offers, making their text safe', () => {
    const crm = new InMemoryCrm({ workItems: 3 });
    const item = { ...crm.allWorkItems()[0]!, subject: '<b>x</b>\u202E', visitor: { displayName: 'Ana\u0000', authenticated: true } };
    const checked = checkWorkItem(item);
    expect(checked.subject).to.equal('<b>x</b>');
    expect(checked.visitor.displayName).to.equal('Ana');
    expect(() => checkWorkItem(null)).to.throw(CrmError, /cannot read/);
    const offer = { id: 'o', workItem: item, offeredAt: 1, expiresAt: 2 };
    expect(checkOffer(offer).expiresAt).to.equal(2);
    for (const expiresAt of [NaN, Infinity, '2', undefined]) expect(() => checkOffer({ ...offer, expiresAt })).to.throw(CrmError);
    crm.dispose();
  });

  it('checks a long list a slice at a time, letting the page run between slices, and loses nothing', async () => {
    const crm = new InMemoryCrm({ workItems: 1500, seed: 3 });
    const items: unknown[] = crm.allWorkItems();
    // Malformed ones at the ends of slices: passed on unchanged, in their place, for the stream to count.
    items.splice(0, 0, { id: 'bad-first' });
    items.splice(500, 0, null);
    items.push('bad-last');
    const source = checkedDataSource({ agentId: 'agent-1', listWorkItems: async () => items } as never);
    // A task queued before the list is asked for, as input would be (user-blocking where the engine
    // has a scheduler: `scheduler.yield()` lets those, not every task, go first).
    let queuedRan = false;
    const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: object) => Promise<void> } }).scheduler;
    if (scheduler?.postTask) void scheduler.postTask(() => (queuedRan = true), { priority: 'user-blocking' });
    else setTimeout(() => (queuedRan = true), 0);
    const listed = await source.listWorkItems('open');
    // It ran before the answer was ready: the checking was not one long task.
    expect(queuedRan, 'the page ran between slices').to.be.true;
    expect(listed).to.have.length(items.length);
    expect(listed[0]).to.equal(items[0]);
    expect(listed[500]).to.equal(null);
    expect(listed.at(-1)).to.equal('bad-last');
    const valid = items.filter((_, i) => i !== 0 && i !== 500 && i !== items.length - 1) as { id: string }[];
    expect(listed.filter((_, i) => i !== 0 && i !== 500 && i !== items.length - 1).map((item) => item.id)).to.deep.equal(valid.map((item) => item.id));
    crm.dispose();
  });

  it('a data source whose methods are missing or throw at once fails each call with a CrmError', async () => {
    const source = checkedDataSource({ agentId: 42 } as never);
    expect(source.agentId).to.equal('');
    const error = await source.getWorkItem('W1').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(CrmError);
    expect(() => source.subscribeWorkItems(() => {})()).to.not.throw();
  });
});
