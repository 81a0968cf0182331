import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SessionStore, persistSessions, readSavedDesktop, persistenceName } from '../../src/state/index.js';
import { memoryStorage } from '../persist/storage.helper.js';
import { until } from '../helpers.js';

// Issue 11, two windows of one agent: the same session retitled in both at the same moment must
// end with one title in both windows (and in storage), not each window with the other's.

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
let round = 0;

function twoWindows() {
  const key = `converge-${Date.now()}-${round++}`;
  const storage = memoryStorage();
  const one = new SessionStore();
  const other = new SessionStore();
  const p1 = persistSessions(one, { key, storage });
  const p2 = persistSessions(other, { key, storage });
  return { key, storage, one, other, stop: () => (p1.stop(), p2.stop()) };
}

const titleIn = (store: SessionStore, id: string) => store.findSession(id)?.title;

describe('two windows of one agent: simultaneous retitles converge', () => {
  it('the same session retitled in both windows at once ends with one title in both', async () => {
    const { one, other, stop, storage, key } = twoWindows();
    try {
      one.openRecordSession({ entity: 'account', id: 'A-1', name: 'Contoso' });
      await until(() => titleIn(other, 'record:account:A-1') === 'Contoso', 'the other window to open it');
      one.setSessionTitle('record:account:A-1', 'Title from one');
      other.setSessionTitle('record:account:A-1', 'Title from other');
      await settle();
      await until(() => titleIn(one, 'record:account:A-1') === titleIn(other, 'record:account:A-1'), 'both windows to agree', 2000);
      expect(['Title from one', 'Title from other']).to.include(titleIn(one, 'record:account:A-1'));
      await settle();
      const saved = readSavedDesktop(storage.getItem(persistenceName(key)), key)!;
      expect(saved.state.sessions.find((s) => s.id === 'record:account:A-1')!.title).to.equal(titleIn(one, 'record:account:A-1'));
    } finally {
      stop();
    }
  });

  it('a later retitle after both agreed still wins in both', async () => {
    const { one, other, stop } = twoWindows();
    try {
      one.openRecordSession({ entity: 'account', id: 'A-1', name: 'Contoso' });
      await until(() => !!other.findSession('record:account:A-1'), 'the other window to open it');
      one.setSessionTitle('record:account:A-1', 'First');
      other.setSessionTitle('record:account:A-1', 'Second');
      await until(() => titleIn(one, 'record:account:A-1') === titleIn(other, 'record:account:A-1'), 'agreement', 2000);
      // Whichever window lost the race, its next retitle is newer than everything it has seen.
      const loser = titleIn(one, 'record:account:A-1') === 'First' ? other : one;
      const winner = loser === one ? other : one;
      loser.setSessionTitle('record:account:A-1', 'Latest');
      await until(() => titleIn(winner, 'record:account:A-1') === 'Latest', 'the later title in the other window', 2000);
      expect(titleIn(loser, 'record:account:A-1')).to.equal('Latest');
    } finally {
      stop();
    }
  });

  it('property: any interleaving of retitles in both windows ends with the same titles in both', async function () {
    this.timeout(60_000);
    const ids = ['record:account:1', 'record:account:2'];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ window: fc.constantFrom(0, 1), session: fc.constantFrom(0, 1), title: fc.constantFrom('Alpha', 'Beta', 'Gamma', 'Delta'), pause: fc.boolean() }), { minLength: 2, maxLength: 12 }),
        async (steps) => {
          const { one, other, stop } = twoWindows();
          try {
            one.openRecordSession({ entity: 'account', id: '1', name: 'One' });
            one.openRecordSession({ entity: 'account', id: '2', name: 'Two' });
            await until(() => ids.every((id) => !!other.findSession(id)), 'both sessions in the other window');
            for (const step of steps) {
              [one, other][step.window]!.setSessionTitle(ids[step.session]!, step.title);
              if (step.pause) await new Promise((resolve) => setTimeout(resolve, 0));
            }
            await until(() => ids.every((id) => titleIn(one, id) === titleIn(other, id)), 'both windows to agree', 2000);
            // The agreed title is one that was set last in some window for that session.
            for (const [n, id] of ids.entries()) {
              const lastPerWindow = [0, 1].map((w) => steps.filter((s) => s.window === w && s.session === n).at(-1)?.title).filter(Boolean);
              if (lastPerWindow.length) expect(lastPerWindow).to.include(titleIn(one, id));
            }
          } finally {
            stop();
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
