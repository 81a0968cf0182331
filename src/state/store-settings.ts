/** The store's settings from outside (options, setters, saved state), checked. DOM-free. */
import { SessionStoreError, describeValue } from './errors.js';
import type { PanelMode } from './session.js';

export function checkPanelMode(mode: unknown): PanelMode {
  if (mode !== 'expanded' && mode !== 'collapsed') {
    throw new SessionStoreError('invalid-option', `The panel mode must be "expanded" or "collapsed", not ${describeValue(mode)}.`);
  }
  return mode;
}

/** A session or tab limit: a whole number of at least 1. */
export function checkLimit(value: unknown, what: 'session limit' | 'tab limit'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new SessionStoreError('invalid-option', `The ${what} must be a whole number of at least 1, not ${describeValue(value)}.`);
  }
  return value;
}
