import { expect } from '@open-wc/testing';
import { CrmError } from '../../src/data/index.js';

/** The CrmError a call fails with; fails the test if the call succeeds or throws anything else. */
export async function rejection(promise: Promise<unknown>): Promise<CrmError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(CrmError);
    return error as CrmError;
  }
  throw new Error('expected the call to fail');
}
