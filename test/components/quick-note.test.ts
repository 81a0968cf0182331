import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/customer-summary/customer-summary.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import type { CustomerSummary } from '../../src/components/customer-summary/customer-summary.js';
import { InMemoryCrm } from '../../src/data/index.js';
import { type WorkItem } from '../../src/state/index.js';
import { pickWorkItem } from '../../src/actions/index.js';
import { realClick, shadow, until } from '../helpers.js';

async function setup(crm: InMemoryCrm) {
  const provider = await fixture<SessionProvider>(html`<session-provider .dataSource=${crm}><customer-summary></customer-summary></session-provider>`);
  return { store: provider.store, summary: provider.querySelector<CustomerSummary>('customer-summary')! };
}

const noteBox = (summary: CustomerSummary) => shadow(summary).querySelector<HTMLTextAreaElement>('textarea')!;
const addNote = (summary: CustomerSummary) => [...shadow(summary).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Add note')!;
const notesSaved = async (crm: InMemoryCrm, item: WorkItem) => (await crm.listActivities({ workItemId: item.id })).filter((a) => a.type === 'note').map((a) => a.subject);

describe('<customer-summary> quick note', () => {
  let crm: InMemoryCrm;
  let item: WorkItem;
  beforeEach(() => {
    crm = new InMemoryCrm({ workItems: 20, seed: 11 });
    item = crm.allWorkItems().find((i) => i.state === 'open')!;
  });
  afterEach(() => crm.dispose());

  it('keeps what the agent typed while the note was saving', async () => {
    const { store, summary } = await setup(crm);
    await pickWorkItem(store, crm, item);
    await until(() => !!noteBox(summary), 'the note box');
    noteBox(summary).focus();
    await sendKeys({ type: 'Wants a refund.' });
    crm.pause();
    await realClick(addNote(summary));
    await until(() => shadow(summary).textContent!.includes('Saving note…'), 'the saving status');
    noteBox(summary).focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Call back at 5.' });
    crm.resume();
    await until(() => !shadow(summary).textContent!.includes('Saving note…'), 'the save');
    await summary.updateComplete;
    expect(noteBox(summary).value, 'only the saved text left the box').to.equal('Call back at 5.');
    expect(await notesSaved(crm, item)).to.deep.equal(['Wants a refund.']);
  });

  it('a double click on Add note saves the note once', async () => {
    const { store, summary } = await setup(crm);
    await pickWorkItem(store, crm, item);
    await until(() => !!noteBox(summary), 'the note box');
    noteBox(summary).focus();
    await sendKeys({ type: 'Only once' });
    crm.setLatency(80);
    const button = addNote(summary);
    const box = button.getBoundingClientRect();
    const at: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    await sendMouse({ type: 'click', position: at });
    await sendMouse({ type: 'click', position: at });
    expect(button.getAttribute('aria-disabled'), 'Add note says it is busy').to.equal('true');
    await until(() => noteBox(summary).value === '', 'the save');
    crm.setLatency(0);
    expect(await notesSaved(crm, item)).to.deep.equal(['Only once']);
    await expect(summary).to.be.accessible();
  });

  it('each conversation has its own note, kept while the agent looks at another', async () => {
    const { store, summary } = await setup(crm);
    const other = crm.allWorkItems().filter((i) => i.state === 'open')[1]!;
    await pickWorkItem(store, crm, item);
    await until(() => !!noteBox(summary), 'the note box');
    noteBox(summary).focus();
    await sendKeys({ type: 'For the first one' });
    await pickWorkItem(store, crm, other);
    const settled = () => shadow(summary).querySelectorAll('[aria-busy="true"]').length === 0 && !!noteBox(summary);
    await summary.updateComplete;
    await until(settled, 'the second conversation');
    expect(noteBox(summary).value).to.equal('');
    store.focusSession(`conversation:${item.id}`);
    await summary.updateComplete;
    await until(settled, 'the first conversation again');
    expect(noteBox(summary).value).to.equal('For the first one');
  });
});
