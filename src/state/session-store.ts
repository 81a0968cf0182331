import { SessionStoreError } from './errors.js';
import {
  DEFAULT_MAX_SESSIONS,
  HOME_SESSION_ID,
  type ConversationRef,
  type OpenSessionResult,
  type PanelMode,
  type RecordRef,
  type Session,
  type SessionChange,
  type SessionSnapshot,
  type SessionState,
} from './session.js';
import { iconForTitle, normaliseTitle } from './title.js';

export type SessionListener = (change: SessionChange, state: SessionState) => void;

export interface SessionStoreOptions {
  /** Sessions allowed besides Home; default 10. */
  maxSessions?: number;
}

const HOME: Session = { id: HOME_SESSION_ID, kind: 'home', title: 'Home' };

/**
 * The one source of truth for an agent desktop's sessions: which are open, in what order, which
 * one has focus, and how the panel is shown. DOM-free, so it runs in a page, a worker or Node.
 *
 * Every change replaces `state` with a new immutable object and then tells subscribers what
 * happened. Refused calls throw a `SessionStoreError` and change nothing.
 */
export class SessionStore {
  /** Bumped when the public interface changes incompatibly; part of the context key. */
  static readonly interfaceVersion = 1;

  #state: SessionState;
  readonly #listeners = new Set<SessionListener>();

  constructor(options: SessionStoreOptions = {}) {
    this.#state = {
      sessions: [HOME],
      focusedId: HOME_SESSION_ID,
      panelMode: 'expanded',
      maxSessions: checkMaxSessions(options.maxSessions ?? DEFAULT_MAX_SESSIONS),
    };
  }

  get state(): SessionState {
    return this.#state;
  }

  get sessions(): readonly Session[] {
    return this.#state.sessions;
  }

  get focusedSession(): Session {
    return this.getSession(this.#state.focusedId);
  }

  /** The session with this id, or a thrown `unknown-session` error. */
  getSession(id: string): Session {
    const session = this.findSession(id);
    if (!session) throw new SessionStoreError('unknown-session', `No session has the id "${String(id)}".`);
    return session;
  }

  findSession(id: string): Session | undefined {
    return this.#state.sessions.find((s) => s.id === id);
  }

  /** The session already open for this record, if any. */
  findRecordSession(record: Pick<RecordRef, 'entity' | 'id'>): Session | undefined {
    return this.findSession(recordSession(record, '', undefined).id);
  }

  /**
   * Opens a session for a CRM record and focuses it. A record that already has a session gets
   * that session focused instead (`status: 'focused'`). When `maxSessions` are open nothing
   * changes, subscribers hear `session-limit-reached`, and the result says so.
   */
  openRecordSession(record: RecordRef, options: { icon?: string } = {}): OpenSessionResult {
    return this.#open(recordSession(record, record?.name, options.icon));
  }

  /**
   * Opens a session for a conversation (a work item) and focuses it; like `openRecordSession`, a
   * conversation that already has a session gets it focused, and the limit holds.
   */
  openConversationSession(conversation: ConversationRef, options: { icon?: string } = {}): OpenSessionResult {
    return this.#open(conversationSession(conversation, conversation?.title, options.icon));
  }

  /** The session already open for a conversation, if any. */
  findConversationSession(workItemId: string): Session | undefined {
    return this.findSession(conversationSessionId(checkId(workItemId, 'work item')));
  }

  /** Whether one more session may open now (the limit is not reached). */
  hasRoomForSession(): boolean {
    return this.#state.sessions.length - 1 < this.#state.maxSessions;
  }

  #open(session: Session): OpenSessionResult {
    const { id, title } = session;
    const existing = this.findSession(id);
    if (existing) {
      this.focusSession(id);
      return { status: 'focused', session: existing };
    }
    const { maxSessions } = this.#state;
    if (!this.hasRoomForSession()) {
      this.#emit({ type: 'session-limit-reached', maxSessions, title });
      return { status: 'limit-reached', maxSessions };
    }
    const previous = this.focusedSession;
    this.#set({ ...this.#state, sessions: [...this.#state.sessions, session], focusedId: id });
    this.#emit({ type: 'session-opened', session });
    this.#emit({ type: 'session-focused', session, previous });
    return { status: 'opened', session };
  }

  /** Gives focus to a session. Focusing the focused session changes nothing and tells no one. */
  focusSession(id: string): Session {
    const session = this.getSession(id);
    if (id === this.#state.focusedId) return session;
    const previous = this.focusedSession;
    this.#set({ ...this.#state, focusedId: id });
    this.#emit({ type: 'session-focused', session, previous });
    return session;
  }

  /**
   * Closes a session (never Home). When it had focus, focus moves to the session just above it
   * in the panel: the one opened before it, or Home. Returns the closed session.
   */
  closeSession(id: string): Session {
    const session = this.getSession(id);
    if (session.kind === 'home') throw new SessionStoreError('home-not-closable', 'The Home session cannot be closed.');
    const { sessions, focusedId } = this.#state;
    const index = sessions.indexOf(session);
    const wasFocused = focusedId === id;
    const nextFocused = wasFocused ? sessions[index - 1]! : this.focusedSession;
    this.#set({ ...this.#state, sessions: sessions.filter((s) => s !== session), focusedId: nextFocused.id });
    this.#emit({ type: 'session-closed', session });
    if (wasFocused) this.#emit({ type: 'session-focused', session: nextFocused, previous: session });
    return session;
  }

  /** Retitles a session (a linked record was renamed, a visitor was identified…). */
  setSessionTitle(id: string, title: string): Session {
    const session = this.getSession(id);
    const next = normaliseTitle(title, session.title);
    if (next === session.title) return session;
    const updated = { ...session, title: next };
    this.#replace(session, updated);
    this.#emit({ type: 'session-title-changed', session: updated, previousTitle: session.title });
    return updated;
  }

  /** Sets the host's own icon text for a session; `undefined` goes back to the title's letters. */
  setSessionIcon(id: string, icon: string | undefined): Session {
    const session = this.getSession(id);
    const next = icon === undefined ? undefined : normaliseIcon(icon);
    if (next === session.icon) return session;
    const { icon: _old, ...rest } = session;
    const updated: Session = next ? { ...rest, icon: next } : rest;
    this.#replace(session, updated);
    this.#emit({ type: 'session-icon-changed', session: updated });
    return updated;
  }

  setPanelMode(mode: PanelMode): void {
    if (checkPanelMode(mode) === this.#state.panelMode) return;
    this.#set({ ...this.#state, panelMode: mode });
    this.#emit({ type: 'panel-mode-changed', mode });
  }

  togglePanelMode(): PanelMode {
    this.setPanelMode(this.#state.panelMode === 'expanded' ? 'collapsed' : 'expanded');
    return this.#state.panelMode;
  }

  /**
   * Changes the session limit. Lowering it below the number already open closes nothing: it only
   * refuses new sessions until enough are closed.
   */
  setMaxSessions(maxSessions: number): void {
    const checked = checkMaxSessions(maxSessions);
    if (checked === this.#state.maxSessions) return;
    this.#set({ ...this.#state, maxSessions: checked });
    this.#emit({ type: 'max-sessions-changed', maxSessions: checked });
  }

  /** Listens to every change; returns the function that stops listening. */
  subscribe(listener: SessionListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The state as plain JSON data, for saving. */
  toJSON(): SessionSnapshot {
    return { version: 1, ...this.#state };
  }

  /**
   * Replaces the state with a saved snapshot (`toJSON()`'s output, possibly after a JSON round
   * trip). Anything that is not a valid snapshot throws `invalid-snapshot` and changes nothing.
   */
  restore(snapshot: unknown): void {
    this.#set(parseSnapshot(snapshot));
    this.#emit({ type: 'state-restored' });
  }

  #replace(old: Session, updated: Session): void {
    this.#set({ ...this.#state, sessions: this.#state.sessions.map((s) => (s === old ? updated : s)) });
  }

  #set(state: SessionState): void {
    this.#state = Object.freeze({ ...state, sessions: Object.freeze([...state.sessions]) });
  }

  #emit(change: SessionChange): void {
    const state = this.#state;
    for (const listener of [...this.#listeners]) {
      try {
        listener(change, state);
      } catch (error) {
        // One broken listener must not stop the others or leave the caller half-done.
        console.error('engagement-hub-elements: a session store listener threw:', error);
      }
    }
  }
}

/** The icon the agent sees for a session: the host's icon, else the title's first two letters. */
export function sessionIcon(session: Session): string {
  return session.icon ?? iconForTitle(session.title);
}

export function recordSessionId(record: { entity: string; id: string }): string {
  return `record:${record.entity}:${record.id}`;
}

export function conversationSessionId(workItemId: string): string {
  return `conversation:${workItemId}`;
}

const ENTITY = /^[a-z][a-z0-9_-]{0,63}$/;

function checkRecord(record: unknown): { entity: string; id: string } {
  if (typeof record !== 'object' || record === null) {
    throw new SessionStoreError('invalid-record', 'A record must be an object like {entity, id, name}.');
  }
  const { entity, id } = record as Record<string, unknown>;
  const cleanEntity = typeof entity === 'string' ? entity.trim().toLowerCase() : '';
  if (!ENTITY.test(cleanEntity)) {
    throw new SessionStoreError('invalid-record', `A record's entity must be a logical name like "account", not ${JSON.stringify(entity)}.`);
  }
  return { entity: cleanEntity, id: checkId(id, 'record') };
}

function checkId(id: unknown, what: 'record' | 'work item'): string {
  const clean = typeof id === 'string' || typeof id === 'number' ? String(id).trim() : '';
  if (!clean || clean.length > 200) {
    throw new SessionStoreError('invalid-record', `A ${what}'s id must be a non-empty string of at most 200 characters, not ${JSON.stringify(id)}.`);
  }
  return clean;
}

// Sessions as the store keeps them; opening and restoring both build sessions here.
function recordSession(record: unknown, title: unknown, icon: unknown): Session {
  const ref = checkRecord(record);
  return withIcon({ id: recordSessionId(ref), kind: 'record', title: normaliseTitle(title, `${ref.entity} ${ref.id}`), record: ref }, icon);
}

function conversationSession(conversation: unknown, title: unknown, icon: unknown): Session {
  if (typeof conversation !== 'object' || conversation === null) {
    throw new SessionStoreError('invalid-record', 'A conversation must be an object like {workItemId, title}.');
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

function checkPanelMode(mode: unknown): PanelMode {
  if (mode !== 'expanded' && mode !== 'collapsed') {
    throw new SessionStoreError('invalid-option', `The panel mode must be "expanded" or "collapsed", not ${JSON.stringify(mode)}.`);
  }
  return mode;
}

function checkMaxSessions(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new SessionStoreError('invalid-option', `The session limit must be a whole number of at least 1, not ${String(value)}.`);
  }
  return value;
}

function normaliseIcon(icon: unknown): string | undefined {
  // An icon is two or three characters of text; anything longer is cut, blank means "derive".
  return normaliseTitle(icon, '').slice(0, 3) || undefined;
}

function parseSnapshot(data: unknown): SessionState {
  try {
    const snap = (data ?? {}) as Record<string, unknown>;
    if (snap.version !== 1) throw new Error(`unknown snapshot version ${JSON.stringify(snap.version)}.`);
    if (!Array.isArray(snap.sessions)) throw new Error('"sessions" is not a list.');
    const sessions: Session[] = [HOME];
    for (const entry of snap.sessions as (Record<string, unknown> | null)[]) {
      if (entry?.kind === 'home') continue;
      let session: Session;
      if (entry?.kind === 'record') session = recordSession(entry.record, entry.title, entry.icon);
      else if (entry?.kind === 'conversation') session = conversationSession(entry.conversation, entry.title, entry.icon);
      else throw new Error(`unknown session kind ${JSON.stringify(entry?.kind)}.`);
      if (entry.id !== session.id) throw new Error(`session id ${JSON.stringify(entry.id)} does not match its ${entry.kind}.`);
      if (sessions.some((s) => s.id === session.id)) throw new Error(`session ${session.id} appears twice.`);
      sessions.push(session);
    }
    const focusedId = snap.focusedId ?? HOME_SESSION_ID;
    if (!sessions.some((s) => s.id === focusedId)) throw new Error(`the focused session ${JSON.stringify(focusedId)} is not open.`);
    return {
      sessions,
      focusedId: focusedId as string,
      panelMode: checkPanelMode(snap.panelMode ?? 'expanded'),
      maxSessions: checkMaxSessions(snap.maxSessions ?? DEFAULT_MAX_SESSIONS),
    };
  } catch (error) {
    throw new SessionStoreError('invalid-snapshot', `Cannot restore sessions: ${(error as Error).message} Nothing was changed.`);
  }
}
