// Runs in Chromium against the built kit (dist/). Each case returns timings in milliseconds;
// scripts/bench.mjs prints them. Nothing here asserts a speed.
import '../dist/engagement-hub-elements.js';

const provider = document.querySelector('session-provider');
const panel = document.querySelector('session-panel');
const store = provider.store;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function timeIt(runs, setup, action) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    await setup?.(i);
    await nextFrame();
    const start = performance.now();
    await action(i);
    await panel.updateComplete;
    samples.push(performance.now() - start);
  }
  return samples;
}

function reset() {
  store.restore({ version: 1, sessions: [], focusedId: 'home', panelMode: 'expanded', maxSessions: 10 });
}

const records = Array.from({ length: 10 }, (_, i) => ({ entity: 'account', id: String(i), name: `Account ${i} — Émilie Dubois-${i}` }));

window.benchmarks = {
  // The model alone: 1,000 cycles of opening 10 sessions, focusing each and closing them all.
  'store: open+focus+close 10 sessions (1,000 cycles)': async () => {
    const { SessionStore } = await import('../dist/engagement-hub-elements.js');
    return timeIt(5, null, () => {
      const s = new SessionStore();
      for (let cycle = 0; cycle < 1000; cycle++) {
        for (const r of records) s.openRecordSession(r);
        for (const r of records) s.focusSession(`record:account:${r.id}`);
        for (const r of records) s.closeSession(`record:account:${r.id}`);
      }
    });
  },
  'panel: open one session and render it': () =>
    timeIt(50, (i) => (i % 10 === 0 ? reset() : undefined), (i) => store.openRecordSession(records[i % 10])),
  'panel: switch focus between 10 sessions and render': async () => {
    reset();
    for (const r of records) store.openRecordSession(r);
    return timeIt(100, null, (i) => store.focusSession(`record:account:${i % 10}`));
  },
  'panel: retitle a session (title + icon) and render': async () => {
    reset();
    for (const r of records) store.openRecordSession(r);
    return timeIt(100, null, (i) => store.setSessionTitle('record:account:3', `Retitled ${i}`));
  },
  'panel: collapse or expand and render': () => timeIt(50, null, () => store.togglePanelMode()),
  'gesture: Shift+click on a record link to rendered session': async () => {
    const link = document.createElement('a');
    link.href = '#';
    link.dataset.sessionEntity = 'contact';
    link.textContent = 'Benchmark contact';
    document.body.append(link);
    return timeIt(
      50,
      (i) => {
        if (i % 10 === 0) reset();
        link.dataset.sessionId = String(i);
      },
      () => link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, shiftKey: true })),
    );
  },
};
window.benchReady = true;
