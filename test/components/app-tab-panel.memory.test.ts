import '../../src/components/app-tab-panel/app-tab-panel.js';
import { shadow } from '../helpers.js';
import { testForMemoryLeaks } from '../memory.helper.js';

// Leak test beside the element's tests (issues 10 and 12; see test/memory.helper.ts).
testForMemoryLeaks({
  tag: 'app-tab-panel',
  state: 'with five tabs (anchor, two records, two apps)',
  setup: ({ store }) => {
    store.openRecordSession({ entity: 'account', id: 'A-1', name: 'Contoso' });
    for (const id of ['kb', 'parcel']) store.openTab({ app: { id, title: id.toUpperCase() } });
    for (const id of ['C-1', 'C-2']) store.openTab({ record: { entity: 'contact', id, name: `Contact ${id}` } });
  },
  create: (bar) => ((bar as HTMLElement & { applications: unknown }).applications = [{ id: 'kb', title: 'Knowledge' }]),
  ready: (bar) => shadow(bar).querySelectorAll('[role="tab"]').length === 5,
});
