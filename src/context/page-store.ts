import { ContextRoot } from '@lit/context';
import { SessionStore } from '../state/session-store.js';

// Page-wide state lives under registry symbols rather than module variables, so every copy of the
// kit on the page (two bundles, two versions) shares it instead of making its own.
const PAGE_STORE = Symbol.for('engagement-hub/page-session-store/v1');
const CONTEXT_ROOT = Symbol.for('engagement-hub/context-root/v1');

type PageGlobals = { [PAGE_STORE]?: SessionStore; [CONTEXT_ROOT]?: ContextRoot };

/**
 * The store shared by every element on the page that has no `<session-provider>` above it, so
 * that `<session-panel>` dropped in alone just works.
 */
export function pageSessionStore(): SessionStore {
  const page = globalThis as PageGlobals;
  return (page[PAGE_STORE] ??= new SessionStore());
}

/**
 * Makes late providers work: requests that no provider answered are kept by a `ContextRoot` on
 * the document and replayed when a provider connects. Attached once per page.
 */
export function ensureContextRoot(doc: Document): void {
  const page = globalThis as PageGlobals;
  if (page[CONTEXT_ROOT]) return;
  page[CONTEXT_ROOT] = new ContextRoot();
  page[CONTEXT_ROOT].attach(doc.documentElement);
}
