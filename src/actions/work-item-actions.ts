/**
 * What happens when the agent starts a conversation's session (Open, Pick, Accept) or closes one:
 * the data source and the session store, moved together. DOM-free; elements call these and
 * render the answer.
 */
import { checkedDataSource, toCrmError } from '../data/checked-data-source.js';
import type { CrmDataSource, IncomingOffer } from '../data/crm-data-source.js';
import type { RecordRef, Session } from '../state/session.js';
import type { SessionStore } from '../state/session-store.js';
import { conversationTitle } from '../state/conversation-title.js';
import type { LinkSlot, WorkItem } from '../state/work-item.js';
import { sessionCloseEvent } from '../state/work-item-transitions.js';

export type StartResult =
  | { readonly status: 'opened'; readonly session: Session; readonly workItem: WorkItem }
  /** The conversation already had a session: it was focused. */
  | { readonly status: 'focused'; readonly session: Session }
  /** No room for another session: nothing was changed in the CRM either. */
  | { readonly status: 'limit-reached'; readonly maxSessions: number }
  /** The data source said no (another agent picked it first, it expired…): nothing was opened. */
  | { readonly status: 'failed'; readonly message: string; readonly code?: string };

/** Picks a conversation from Open work items: it becomes Active and mine, and its session opens. */
export function pickWorkItem(store: SessionStore, crm: CrmDataSource, item: WorkItem): Promise<StartResult> {
  return startConversationSession(store, item, () => checkedDataSource(crm).changeWorkItem(item.id, 'pick'));
}

/**
 * Opens a conversation from My or Closed work items: a Waiting one is revived (Waiting → Active),
 * a Closed one opens read-only, any other opens as it is.
 */
export function openWorkItem(store: SessionStore, crm: CrmDataSource, item: WorkItem): Promise<StartResult> {
  return startConversationSession(store, item, async () => (item.state === 'waiting' ? checkedDataSource(crm).changeWorkItem(item.id, 'reopen') : item));
}

/** Accepts an incoming conversation: it becomes Active and mine, and its session opens. */
export function acceptOffer(store: SessionStore, crm: CrmDataSource, offer: IncomingOffer): Promise<StartResult> {
  return startConversationSession(store, offer.workItem, () => checkedDataSource(crm).acceptOffer(offer.id));
}

async function startConversationSession(store: SessionStore, item: WorkItem, change: () => Promise<WorkItem>): Promise<StartResult> {
  const existing = store.findConversationSession(item.id);
  if (existing) {
    store.focusSession(existing.id);
    return { status: 'focused', session: existing };
  }
  // Check for room first: a picked conversation with no session would be lost to the agent. The
  // refused open (always refused here) is what tells the store's subscribers, so the panel says why.
  if (!store.hasRoomForSession()) {
    const result = store.openConversationSession({ workItemId: item.id, title: conversationTitle(item) });
    if (result.status === 'limit-reached') return result;
  }
  const answer = await attempt(change);
  if ('failed' in answer) return answer.failed;
  const { workItem } = answer;
  if (workItem.id !== item.id) return { status: 'failed', message: 'The CRM answered about another conversation. Check My work items.', code: 'malformed' };
  const result = store.openConversationSession({ workItemId: workItem.id, title: conversationTitle(workItem), readOnly: workItem.state === 'closed' });
  if (result.status === 'opened') return { status: 'opened', session: result.session, workItem };
  return result;
}

/**
 * Closing a conversation's session moves the conversation on by its channel (chat waits, SMS
 * stays in progress, record-routed and wrapped-up ones close). And a conversation that changes in
 * the CRM, whoever changed it (another agent, another window), retitles its open session by the
 * same rules as a link made here. Subscribes to the store and to the data source there is now;
 * returns the unsubscribe. `dataSource` is read at each close, so it may change.
 */
export function keepConversationsInStep(store: SessionStore, dataSource: () => CrmDataSource | undefined): () => void {
  let stopTitles: (() => void) | undefined;
  try {
    const source = dataSource();
    // Through the checking layer: a change that is not a work item is left out, and whatever the
    // source answers for unsubscribing, stopping works.
    stopTitles = source && checkedDataSource(source).subscribeWorkItems((change) => {
      if (change.type !== 'upsert') return;
      const session = store.findConversationSession(change.item.id);
      if (session) store.setSessionTitle(session.id, conversationTitle(change.item));
    });
  } catch (error) {
    // A data source that cannot be subscribed to still works; only remote retitles are lost.
    console.warn(`engagement-hub-elements: sessions will not follow conversations changed elsewhere: ${toCrmError(error).message}`);
  }
  const stopClosing = store.subscribe((change) => {
    if (change.type !== 'session-closed' || !change.session.conversation || change.session.conversation.readOnly) return;
    const raw = dataSource();
    if (!raw) return;
    const crm = checkedDataSource(raw);
    const { workItemId } = change.session.conversation;
    void (async () => {
      try {
        const item = await crm.getWorkItem(workItemId);
        const event = sessionCloseEvent(item);
        if (event) await crm.changeWorkItem(workItemId, event);
      } catch (error) {
        console.warn(`engagement-hub-elements: conversation ${workItemId} could not be moved on after its session closed: ${toCrmError(error).message}`);
      }
    })();
  });
  return () => {
    stopClosing();
    stopTitles?.();
  };
}

export type LinkResult = { readonly status: 'linked' | 'unlinked'; readonly workItem: WorkItem } | { readonly status: 'failed'; readonly message: string; readonly code?: string };

/**
 * Links a contact, account or case to a conversation, then retitles its session by the rules
 * (linked customer's name, else linked case's title, else the visitor's name): every element
 * that shows the session follows, because they share the store.
 */
export function linkConversationRecord(store: SessionStore, crm: CrmDataSource, workItemId: string, record: RecordRef): Promise<LinkResult> {
  return relinkThenRetitle(store, 'linked', () => checkedDataSource(crm).linkRecord(workItemId, record));
}

/** Unlinks a conversation's customer or case; the session title falls back by the same rules. */
export function unlinkConversationRecord(store: SessionStore, crm: CrmDataSource, workItemId: string, slot: LinkSlot): Promise<LinkResult> {
  return relinkThenRetitle(store, 'unlinked', () => checkedDataSource(crm).unlinkRecord(workItemId, slot));
}

async function relinkThenRetitle(store: SessionStore, status: 'linked' | 'unlinked', change: () => Promise<WorkItem>): Promise<LinkResult> {
  const answer = await attempt(change);
  if ('failed' in answer) return answer.failed;
  const { workItem } = answer;
  const session = store.findConversationSession(workItem.id);
  if (session) store.setSessionTitle(session.id, conversationTitle(workItem));
  return { status, workItem };
}

/** Runs a change in the CRM; a failure comes back in the agent's words instead of as a throw. */
async function attempt(change: () => Promise<WorkItem>): Promise<{ workItem: WorkItem } | { failed: { status: 'failed'; message: string; code?: string } }> {
  try {
    return { workItem: await change() };
  } catch (error) {
    const { message, code } = toCrmError(error);
    return { failed: { status: 'failed', message, code } };
  }
}
