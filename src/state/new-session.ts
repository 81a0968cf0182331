/**
 * Sessions as the store keeps them, built from outside input (an open call, saved state) through
 * one set of checks: opening and restoring both build sessions here. DOM-free.
 */
import { SessionStoreError, describeValue } from './errors.js';
import { HOME_SESSION_ID, type Session } from './session.js';
import { normaliseIcon } from './session-icon.js';
import { conversationSessionId, recordSessionId } from './session-ids.js';
import { normaliseTitle } from './title.js';

/** Home as a new store starts it: each store its own, frozen object. */
export function homeSession(): Session {
  return Object.freeze({ id: HOME_SESSION_ID, kind: 'home', title: 'Home' });
}

const ENTITY = /^[a-z][a-z0-9_-]{0,63}$/;

/** A record reference from outside, checked (`invalid-record`): entity lower-cased, id trimmed. */
export function checkRecord(record: unknown): { entity: string; id: string } {
  if (typeof record !== 'object' || record === null) {
    throw new SessionStoreError('invalid-record', 'A record must be an object like {entity, id, name}.');
  }
  const { entity, id } = record as Record<string, unknown>;
  const cleanEntity = typeof entity === 'string' ? entity.trim().toLowerCase() : '';
  if (!ENTITY.test(cleanEntity)) {
    throw new SessionStoreError('invalid-record', `A record's entity must be a logical name like "account", not ${describeValue(entity)}.`);
  }
  return { entity: cleanEntity, id: checkId(id, 'record') };
}

/** A record's id (`invalid-record`) or a work item's id (`invalid-conversation`), checked and trimmed. */
export function checkId(id: unknown, what: 'record' | 'work item'): string {
  const clean = typeof id === 'string' || typeof id === 'number' ? String(id).trim() : '';
  if (!clean || clean.length > 200) {
    throw new SessionStoreError(
      what === 'record' ? 'invalid-record' : 'invalid-conversation',
      `A ${what}'s id must be a non-empty string of at most 200 characters, not ${describeValue(id)}.`,
    );
  }
  return clean;
}

export function recordSession(record: unknown, title: unknown, icon: unknown): Session {
  const ref = checkRecord(record);
  return withIcon({ id: recordSessionId(ref), kind: 'record', title: normaliseTitle(title, `${ref.entity} ${ref.id}`), record: ref }, icon);
}

export function conversationSession(conversation: unknown, title: unknown, icon: unknown): Session {
  if (typeof conversation !== 'object' || conversation === null) {
    throw new SessionStoreError('invalid-conversation', 'A conversation must be an object like {workItemId, title}.');
  }
  const { workItemId, readOnly } = conversation as Record<string, unknown>;
  const id = checkId(workItemId, 'work item');
  return withIcon(
    { id: conversationSessionId(id), kind: 'conversation', title: normaliseTitle(title, `Conversation ${id}`), conversation: { workItemId: id, readOnly: readOnly === true } },
    icon,
  );
}

function withIcon(session: Session, icon: unknown): Session {
  const clean = icon === undefined ? undefined : normaliseIcon(icon);
  return clean ? { ...session, icon: clean } : session;
}
