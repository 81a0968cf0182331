import { expect } from '@open-wc/testing';
import { SessionStore } from '../../src/state/index.js';
it('starts on Home', () => {
  expect(new SessionStore().focusedSession.title).to.equal('Home');
});
