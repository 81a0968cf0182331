import type { CrmDataSource } from '../data/crm-data-source.js';
import { withoutSessions } from '../state/close-sessions.js';
import type { Session } from '../state/session.js';
import { sessionExtras } from '../state/session-extras.js';
import type { SessionStore } from '../state/session-store.js';
import '../state/store-restore.js';

export interface RecheckResult {
  /** Sessions whose conversation was closed meanwhile: now read-only. */
  readonly readOnly: readonly Session[];
  /** Sessions whose conversation no longer exists: closed. */
  readonly closed: readonly Session[];
}

/**
 * Checks restored conversation sessions against the CRM, since the world moved on while the page
 * was away: a conversation closed meanwhile becomes read-only, one the CRM no longer knows is
 * closed, and the agent gets a notice saying so (`sessionExtras(store).latestNotice`). A CRM that
 * cannot answer leaves the session as it is. Never throws.
 */
export async function recheckConversations(store: SessionStore, crm: CrmDataSource): Promise<RecheckResult> {
  const open = store.sessions.filter((s) => s.conversation && !s.conversation.readOnly);
  const answers = await Promise.all(
    open.map(async (session) => {
      const workItemId = session.conversation!.workItemId;
      try {
        const item = (await crm.getWorkItem(workItemId)) as { state?: unknown } | null;
        return { session, verdict: item && typeof item === 'object' && item.state === 'closed' ? ('read-only' as const) : ('fine' as const) };
      } catch (error) {
        if ((error as { code?: unknown } | null)?.code === 'not-found') return { session, verdict: 'gone' as const };
        console.warn(`engagement-hub-elements: conversation ${workItemId} could not be checked after a reload: ${(error as Error)?.message ?? String(error)}`);
        return { session, verdict: 'fine' as const };
      }
    }),
  );
  // Applied to the state as it is now: the agent may have closed some sessions meanwhile.
  const readOnly = new Set(answers.filter((a) => a.verdict === 'read-only').map((a) => a.session.id));
  const gone = new Set(answers.filter((a) => a.verdict === 'gone').map((a) => a.session.id));
  const snapshot = store.toJSON();
  const present = (id: string) => snapshot.sessions.some((s) => s.id === id);
  const result: RecheckResult = {
    readOnly: snapshot.sessions.filter((s) => readOnly.has(s.id)),
    closed: snapshot.sessions.filter((s) => gone.has(s.id)),
  };
  if (!result.readOnly.length && !result.closed.length) return result;
  const updated = withoutSessions(snapshot, gone, (s) => (readOnly.has(s.id) && s.conversation ? { ...s, conversation: { ...s.conversation, readOnly: true } } : s));
  const notes = [
    ...result.closed.filter((s) => present(s.id)).map((s) => `“${s.title}” was closed: its conversation no longer exists in the CRM.`),
    ...result.readOnly.map((s) => `“${s.title}” is read-only now: its conversation was closed meanwhile.`),
  ];
  try {
    store.restore(updated);
    sessionExtras(store).notify(notes.join(' '), { closed: result.closed.filter((s) => present(s.id)).map((s) => s.title), readOnly: result.readOnly.map((s) => s.title) });
  } catch (error) {
    console.warn(`engagement-hub-elements: restored conversations could not be updated: ${(error as Error).message}`);
  }
  return result;
}
