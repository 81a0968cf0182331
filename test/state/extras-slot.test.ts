import { expect } from '@open-wc/testing';
import { SessionStore, sessionExtras, type SessionExtras } from '../../src/state/index.js';
import { existingExtras, whenExtras } from '../../src/state/extras-slot.js';

// Elements that only show what is in a store's extras (the panel's close dialog, its notices)
// follow them through the slot without making them, so a page without unsaved input, drafts or
// notices never loads their code; they start following the moment something makes them.
describe('a store’s extras slot', () => {
  it('hands the extras to whoever waits, when something makes them, and not before', () => {
    const store = new SessionStore();
    const heard: string[] = [];
    whenExtras<SessionExtras>(store, (extras) => extras.subscribe((change) => heard.push(change.type)));
    whenExtras<SessionExtras>(store, (extras) => extras.subscribe((change) => heard.push(`second ${change.type}`)));
    expect(existingExtras<SessionExtras>(store)).to.equal(undefined);
    sessionExtras(store).notify('Two conversations ended while the page was away.');
    expect(heard).to.deep.equal(['notice', 'second notice']);
    expect(existingExtras<SessionExtras>(store)).to.equal(sessionExtras(store));
  });

  it('hands existing extras at once, and stops waiting or following when told', () => {
    const store = new SessionStore();
    const waiting = whenExtras(store, () => () => {});
    waiting(); // stopped before any extras were made: never called
    let calls = 0;
    const stop = whenExtras<SessionExtras>(store, (extras) => extras.subscribe(() => calls++));
    sessionExtras(store).notify('one');
    stop();
    sessionExtras(store).notify('two');
    expect(calls).to.equal(1);
    let early: SessionExtras | undefined;
    whenExtras<SessionExtras>(store, (extras) => ((early = extras), () => {}));
    expect(early).to.equal(sessionExtras(store));
  });
});
