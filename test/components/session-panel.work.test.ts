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

  it('the selection changes no size in a row, so a switch lays nothing out', async () => {
    // A bold selected label used to change the label's width: each switch laid out the list.
    const { store, panel } = await hundredOpen();
    const row = () => tabs(panel).find((t) => t.dataset.id === 'record:account:70')!;
    const measure = () => {
      const parts = [...row().shadowRoot!.querySelectorAll<HTMLElement>('[part]')];
      return parts.map((part) => [part.getAttribute('part'), part.scrollWidth, part.offsetWidth, part.offsetHeight].join(' '));
    };
    const before = measure();
    store.focusSession('record:account:70');
    await panel.updateComplete;
    await row().updateComplete;
    expect(row().selected).to.be.true;
    expect(measure()).to.deep.equal(before);
    expect(getComputedStyle(row(), '::before').backgroundColor).to.not.equal(getComputedStyle(tabs(panel).find((t) => !t.selected)!, '::before').backgroundColor);
  });

  /**
   * Records every row a switch reaches: DOM reads and writes on the `<session-tab>` elements
   * (tab stop, `data-*`, attributes, `:focus-within` tests) and their own updates. Returns the
   * ids of the rows reached, the ids as they were when instrumented.
   */
  function watchRows(panel: Element): { reached: () => string[]; stop: () => void } {
    const reached = new Set<string>();
    const undo: Array<() => void> = [];
    for (const row of tabs(panel as never)) {
      const id = row.dataset.id!;
      const touch = () => reached.add(id);
      for (const name of ['tabIndex', 'dataset'] as const) {
        const proto = Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)!;
        Object.defineProperty(row, name, {
          configurable: true,
          get() {
            touch();
            return proto.get!.call(row);
          },
          set: proto.set && ((value: unknown) => (touch(), proto.set!.call(row, value))),
        });
        undo.push(() => delete (row as unknown as Record<string, unknown>)[name]);
      }
      for (const name of ['matches', 'setAttribute', 'removeAttribute', 'toggleAttribute', 'hasAttribute', 'getAttribute', 'requestUpdate'] as const) {
        const original = (row as unknown as Record<string, (...args: unknown[]) => unknown>)[name]!;
        Object.defineProperty(row, name, {
          configurable: true,
          value(...args: unknown[]) {
            touch();
            return original.apply(row, args);
          },
        });
        undo.push(() => delete (row as unknown as Record<string, unknown>)[name]);
      }
    }
    const observer = new MutationObserver((records) => records.forEach((r) => r.target instanceof HTMLElement && r.target.localName === 'session-tab' && reached.add(r.target.getAttribute('data-id')!)));
    observer.observe(shadow(panel), { subtree: true, attributes: true });
    return {
      reached: () => [...reached].sort(),
      stop: () => {
        observer.disconnect();
        undo.forEach((f) => f());
      },
    };
  }

  it('a switch reads and writes only the two rows concerned (not every row)', async () => {
    const { store, panel } = await hundredOpen();
    const watch = watchRows(panel);
    try {
      store.focusSession('record:account:70');
      await panel.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(watch.reached()).to.deep.equal(['record:account:10', 'record:account:70']);
    } finally {
      watch.stop();
    }
    const selected = tabs(panel).filter((t) => t.selected);
    expect(selected.map((t) => t.dataset.id)).to.deep.equal(['record:account:70']);
    expect(selected[0]!.part.contains('selected')).to.be.true;
    expect(tabs(panel).filter((t) => t.tabIndex === 0).map((t) => t.dataset.id)).to.deep.equal(['record:account:70']);
  });

  it('a switch by click reaches only the two rows concerned, and the tab stop follows', async () => {
    const { panel } = await hundredOpen();
    const target = tabs(panel).find((t) => t.dataset.id === 'record:account:40')!;
    const watch = watchRows(panel);
    try {
      target.click();
      await panel.updateComplete;
      expect(watch.reached()).to.deep.equal(['record:account:10', 'record:account:40']);
    } finally {
      watch.stop();
    }
    expect(target.selected).to.be.true;
    expect(tabs(panel).filter((t) => t.tabIndex === 0)).to.deep.equal([target]);
    expect(tabs(panel).filter((t) => t.selected)).to.deep.equal([target]);
  });

  it('after opening and closing sessions, exactly the focused row is selected and is the tab stop', async () => {
    const { store, panel } = await hundredOpen();
    store.closeSession('record:account:10'); // focused: focus goes to the row above
    await panel.updateComplete;
    store.focusSession('record:account:99');
    store.closeSession('record:account:50');
    await panel.updateComplete;
    store.openRecordSession({ entity: 'contact', id: 'n1', name: 'New one' });
    await panel.updateComplete;
    store.focusSession('record:account:0');
    await panel.updateComplete;
    const rows = tabs(panel);
    expect(rows.filter((t) => t.selected).map((t) => t.dataset.id)).to.deep.equal(['record:account:0']);
    expect(rows.filter((t) => t.hasAttribute('selected')).map((t) => t.dataset.id)).to.deep.equal(['record:account:0']);
    expect(rows.filter((t) => t.part.contains('selected')).map((t) => t.dataset.id)).to.deep.equal(['record:account:0']);
    expect(rows.filter((t) => t.tabIndex === 0).map((t) => t.dataset.id)).to.deep.equal(['record:account:0']);
    expect(rows.map((t) => t.label)).to.deep.equal(store.state.sessions.map((s) => (s.kind === 'home' ? 'Home' : s.title)));
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
