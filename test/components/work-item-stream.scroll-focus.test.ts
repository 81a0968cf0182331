import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/work-item-stream/work-item-stream.js';
import type { WorkItemStream } from '../../src/components/work-item-stream/work-item-stream.js';
import { InMemoryCrm } from '../../src/data/index.js';
import { deepActiveElement, shadow, until } from '../helpers.js';

// A long stream mounts only the rows in view (issue 12); the row with keyboard focus stays
// mounted while the agent scrolls the list away from it, so focus is never dropped to the page.
const frames = (n = 3) => new Promise<void>((resolve) => {
  const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
  step(n);
});

describe('<work-item-stream>: keyboard focus while the list scrolls', () => {
  let crm: InMemoryCrm;
  beforeEach(() => (crm = new InMemoryCrm({ workItems: 600, seed: 5 })));
  afterEach(() => crm.dispose());

  it('keeps the focused row (and focus on it) when scrolled far away, and the arrows go on from it', async () => {
    const provider = await fixture<HTMLElement>(html`<session-provider .dataSource=${crm}><work-item-stream stream="open" style="--ehe-stream-height: 14rem"></work-item-stream></session-provider>`);
    const open = provider.querySelector<WorkItemStream>('work-item-stream')!;
    const rows = () => [...shadow(open).querySelectorAll<HTMLElement>('[part="row"]')];
    await until(() => rows().length > 0, 'rows');
    expect(open.items.length).to.be.above(100);
    const first = open.items[0]!;
    rows()[0]!.focus();
    const list = shadow(open).querySelector<HTMLElement>('[part="list"]')!;
    // Some engines size the list a little later: scroll once it can scroll that far.
    await until(() => {
      list.scrollTop = list.scrollHeight;
      return rows().some((row) => row.dataset.id === open.items.at(-1)!.id);
    }, 'the last rows mounted');
    await frames();
    expect(deepActiveElement()?.getAttribute('data-id'), 'focus stays on the first row').to.equal(first.id);
    expect(rows().length, 'rows in the DOM').to.be.below(30);
    await sendKeys({ press: 'ArrowDown' });
    await until(() => deepActiveElement()?.getAttribute('data-id') === open.items[1]!.id, 'the second row focused');
    const box = list.getBoundingClientRect();
    const row = deepActiveElement()!.getBoundingClientRect();
    expect(row.top >= box.top - 1 && row.bottom <= box.bottom + 1, 'the focused row scrolled into view').to.be.true;
    expect(deepActiveElement()?.getAttribute('aria-posinset')).to.equal('2');
  });
});
