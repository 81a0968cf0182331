import { expect } from '@open-wc/testing';
import { desktop, shadow, tabs } from '../helpers.js';

// How much a store change touches in the panel (issue 12). Not timings: what is redone.
describe('<session-panel> work per change', () => {
  async function hundredOpen() {
    const d = await desktop(100);
    for (let i = 0; i < 100; i++) d.store.openRecordSession({ entity: 'account', id: String(i), name: `Account ${i} — Émilie Dubois` });
    d.store.focusSession('record:account:10');
    await d.panel.updateComplete;
    return d;
  }

  it('switching sessions changes only the two rows that changed', async () => {
    const { store, panel } = await hundredOpen();
    const changed = new Set<Element>();
    const observer = new MutationObserver((records) => records.forEach((r) => changed.add(r.target as Element)));
    observer.observe(shadow(panel), { subtree: true, attributes: true, childList: true, characterData: true });
    store.focusSession('record:account:70');
    await panel.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    observer.disconnect();
    const rows = tabs(panel);
    expect([...changed].map((el) => (el as HTMLElement).dataset?.id ?? el.nodeName)).to.have.members(['record:account:10', 'record:account:70']);
    expect(rows.find((t) => t.dataset.id === 'record:account:70')!.selected).to.be.true;
    expect(rows.find((t) => t.dataset.id === 'record:account:10')!.selected).to.be.false;
  });

  it('works out icons only for titles that changed (no grapheme segmenting on a switch)', async () => {
    const { store, panel } = await hundredOpen();
    const segment = Intl.Segmenter.prototype.segment;
    let calls = 0;
    Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, text: string) {
      calls++;
      return segment.call(this, text);
    };
    try {
      store.focusSession('record:account:71');
      await panel.updateComplete;
      expect(calls, 'segmenting on a switch').to.equal(0);
      // A combining mark, so the title needs the segmenter (Latin text of one code unit per grapheme does not).
      store.setSessionTitle('record:account:71', 'Zoe\u0308 Quinn');
      await panel.updateComplete;
      expect(calls, 'segmenting on a retitle').to.be.greaterThan(0);
      expect(tabs(panel).find((t) => t.dataset.id === 'record:account:71')!.icon).to.equal('ZO');
    } finally {
      Intl.Segmenter.prototype.segment = segment;
    }
  });
});
