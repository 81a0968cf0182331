import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/define.js';
import { SessionPanel } from '../../src/components/session-panel/session-panel.js';

describe('safe registration', () => {
  function captureWarnings(fn: () => void): unknown[][] {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      fn();
    } finally {
      console.warn = original;
    }
    return warnings;
  }

  it('registering the same class again is a silent no-op', () => {
    const warnings = captureWarnings(() => defineElement('session-panel', SessionPanel));
    expect(warnings).to.be.empty;
    expect(customElements.get('session-panel')).to.equal(SessionPanel);
  });

  it('a name taken by another class gets a console warning, never a thrown error', () => {
    class Impostor extends HTMLElement {}
    let warnings: unknown[][] = [];
    expect(() => (warnings = captureWarnings(() => defineElement('session-panel', Impostor)))).to.not.throw();
    expect(customElements.get('session-panel')).to.equal(SessionPanel);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('<session-panel> is already defined');
  });

  it('the exported classes can be registered under other names', () => {
    class MySessionPanel extends SessionPanel {}
    defineElement('my-session-panel', MySessionPanel);
    expect(document.createElement('my-session-panel')).to.be.instanceOf(SessionPanel);
  });
});
