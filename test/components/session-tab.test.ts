import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { desktop, tabs } from '../helpers.js';

type AxNode = { role: string; name: string; selected?: boolean; children?: AxNode[] };

function all(node: AxNode, role: string, found: AxNode[] = []): AxNode[] {
  if (node.role === role) found.push(node);
  node.children?.forEach((child) => all(child, role, found));
  return found;
}

// Issue 10, finding 4: the tab's role and selection live in ElementInternals, not in host
// attributes that a page (a sanitiser, a framework's attribute diffing) could overwrite or strip.
describe('<session-tab> semantics through ElementInternals', () => {
  it('is a tab, selected or not, with no role or aria-* attribute of its own; stripping attributes changes nothing', async () => {
    const { panel, store } = await desktop();
    store.openRecordSession({ entity: 'account', id: 'A-1', name: 'Contoso' });
    await panel.updateComplete;
    for (const tab of tabs(panel)) {
      expect([...tab.attributes].map((a) => a.name).filter((name) => name === 'role' || name.startsWith('aria-')), tab.label).to.deep.equal([]);
      // What a page might do to attributes it does not know:
      for (const name of ['role', 'aria-selected', 'title']) tab.removeAttribute(name);
    }
    const tree = (await a11ySnapshot({})) as unknown as AxNode;
    const found = all(tree, 'tab');
    expect(found.map((t) => t.name)).to.deep.equal(['Home', 'Contoso']);
    expect(found.map((t) => Boolean(t.selected))).to.deep.equal([false, true]);
  });

  it('follows the selection in the accessibility tree', async () => {
    const { panel, store } = await desktop();
    store.openRecordSession({ entity: 'account', id: 'A-1', name: 'Contoso' });
    store.focusSession('home');
    await panel.updateComplete;
    const tree = (await a11ySnapshot({})) as unknown as AxNode;
    expect(all(tree, 'tab').map((t) => `${t.name}:${Boolean(t.selected)}`)).to.deep.equal(['Home:true', 'Contoso:false']);
    await expect(panel).to.be.accessible();
  });
});
