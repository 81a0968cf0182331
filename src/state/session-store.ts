import { SessionStoreError, describeValue } from './errors.js';
import { sessionTabs } from './app-tabs.js';
import { checkId, conversationSession, homeSession, recordSession } from './new-session.js';
import {
  DEFAULT_MAX_SESSIONS,
  DEFAULT_MAX_TABS,
  HOME_SESSION_ID,
  type AppTab,
  type AppTarget,
  type OpenTabResult,
  type ConversationRef,
  type OpenSessionResult,
  type PanelMode,
  type RecordRef,
  type Session,
  type SessionChange,
  type SessionSnapshot,
  type SessionState,
} from './session.js';
import { normaliseIcon } from './session-icon.js';
import { conversationSessionId } from './session-ids.js';
import { checkLimit, checkPanelMode } from './store-settings.js';
import { normaliseTitle } from './title.js';

export type SessionListener = (change: SessionChange, state: SessionState) => void;

/**
 * Where the store's features written in other modules (store-tabs.ts, store-restore.ts) change
 * its state: the new state (or `undefined` to keep it), then the changes subscribers hear. A
 * registry symbol, like the features' list (`FEATURES`), so that one copy of the kit on the page
 * serves a store made by another copy that loaded fewer features.
 */
export const changeState: unique symbol = Symbol.for('engagement-hub/session-store-change-state/v1') as never;
const FEATURES = Symbol.for('engagement-hub/session-store-features/v1');
type Features = Partial<Record<string, (...args: unknown[]) => unknown>>;

export interface SessionStoreOptions {
  /** Sessions allowed besides Home; default 10. */
  maxSessions?: number;
  /** Application tabs allowed per session, its anchor tab included; default 10. */
  maxTabs?: number;
}

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
    let maxSessions: unknown, maxTabs: unknown;
    try {
      ({ maxSessions, maxTabs } = (options ?? {}) as SessionStoreOptions);
    } catch (error) {
      throw new SessionStoreError('invalid-argument', `The store's options could not be read: ${error instanceof Error ? error.message : describeValue(error)}`);
    }
    this.#state = Object.freeze({
      sessions: Object.freeze([homeSession()]),
      focusedId: HOME_SESSION_ID,
      panelMode: 'expanded',
      maxSessions: checkLimit(maxSessions ?? DEFAULT_MAX_SESSIONS, 'session limit'),
      maxTabs: checkLimit(maxTabs ?? DEFAULT_MAX_TABS, 'tab limit'),
    });
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
    if (!session) throw new SessionStoreError('unknown-session', `No session has the id ${describeValue(id)}.`);
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
    return this.#openSession(recordSession(record, record?.name, options.icon));
  }

  /**
   * Opens a session for a conversation (a work item) and focuses it; like `openRecordSession`, a
   * conversation that already has a session gets it focused, and the limit holds.
   */
  openConversationSession(conversation: ConversationRef, options: { icon?: string } = {}): OpenSessionResult {
    return this.#openSession(conversationSession(conversation, conversation?.title, options.icon));
  }

  /** The session already open for a conversation, if any. */
  findConversationSession(workItemId: string): Session | undefined {
    return this.findSession(conversationSessionId(checkId(workItemId, 'work item')));
  }

  /** Whether one more session may open now (the limit is not reached). */
  hasRoomForSession(): boolean {
    return this.#state.sessions.length - 1 < this.#state.maxSessions;
  }

  #openSession(session: Session): OpenSessionResult {
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
    this.#setState({ ...this.#state, sessions: [...this.#state.sessions, session], focusedId: id });
    this.#emit({ type: 'session-opened', session });
    this.#emit({ type: 'session-focused', session, previous });
    return { status: 'opened', session };
  }

  /** Gives focus to a session. Focusing the focused session changes nothing and tells no one. */
  focusSession(id: string): Session {
    const session = this.getSession(id);
    if (id === this.#state.focusedId) return session;
    const previous = this.focusedSession;
    this.#setState({ ...this.#state, focusedId: id });
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
    this.#setState({ ...this.#state, sessions: sessions.filter((s) => s !== session), focusedId: nextFocused.id });
    this.#emit({ type: 'session-closed', session });
    if (wasFocused) this.#emit({ type: 'session-focused', session: nextFocused, previous: session });
    return session;
  }

  /** Retitles a session (a linked record was renamed, a visitor was identified…). */
  setSessionTitle(id: string, title: string): Session {
    const session = this.getSession(id);
    checkText(title, 'A session title');
    const next = normaliseTitle(title, session.title);
    if (next === session.title) return session;
    const updated = { ...session, title: next };
    this.#replaceSession(session, updated);
    this.#emit({ type: 'session-title-changed', session: updated, previousTitle: session.title });
    return updated;
  }

  /** Sets the host's own icon text for a session; `undefined` goes back to the title's letters. */
  setSessionIcon(id: string, icon: string | undefined): Session {
    const session = this.getSession(id);
    if (icon !== undefined) checkText(icon, 'A session icon');
    const next = icon === undefined ? undefined : normaliseIcon(icon);
    if (next === session.icon) return session;
    const { icon: _old, ...rest } = session;
    const updated: Session = next ? { ...rest, icon: next } : rest;
    this.#replaceSession(session, updated);
    this.#emit({ type: 'session-icon-changed', session: updated });
    return updated;
  }

  setPanelMode(mode: PanelMode): void {
    if (checkPanelMode(mode) === this.#state.panelMode) return;
    this.#setState({ ...this.#state, panelMode: mode });
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
    const checked = checkLimit(maxSessions, 'session limit');
    if (checked === this.#state.maxSessions) return;
    this.#setState({ ...this.#state, maxSessions: checked });
    this.#emit({ type: 'max-sessions-changed', maxSessions: checked });
  }

  /**
   * Opens a CRM record or a configured app as an application tab of a session (the focused one
   * by default) and focuses it. A record that already has a tab in that session gets it focused
   * instead. When the session has `maxTabs` tabs nothing changes and subscribers hear
   * `tab-limit-reached`.
   *
   * Application tabs (`openTab`, `focusTab`, `closeTab`, `setTabTitle`) come with the elements that
   * show them (`<app-tab-panel>`, `<session-view>`, `<customer-summary>`), the root entry and
   * `model.js` (store-tabs.ts); a page that loaded none of them gets a `feature-not-loaded` error
   * saying so, and a panel-only page is spared the tab code.
   */
  openTab(target: AppTarget, options?: { sessionId?: string }): OpenTabResult {
    // Replaced by store-tabs.ts, which the elements that show tabs load (see `addStoreMethods`).
    return feature(this, 'openTab', target, options) as OpenTabResult;
  }

  /** Shows a tab of a session. Focusing the shown tab changes nothing. (store-tabs.ts, like `openTab`.) */
  focusTab(sessionId: string, tabId: string): AppTab {
    return feature(this, 'focusTab', sessionId, tabId) as AppTab;
  }

  /**
   * Closes an application tab (never the anchor). When it was shown, the nearest tab on its left
   * is shown instead. Returns the closed tab. (store-tabs.ts, like `openTab`.)
   */
  closeTab(sessionId: string, tabId: string): AppTab {
    return feature(this, 'closeTab', sessionId, tabId) as AppTab;
  }

  /** Retitles an application tab (an app in an iframe named itself, a record was renamed). (store-tabs.ts, like `openTab`.) */
  setTabTitle(sessionId: string, tabId: string, title: string): AppTab {
    return feature(this, 'setTabTitle', sessionId, tabId, title) as AppTab;
  }

  /** Changes the tab limit; lowering it closes nothing, it only refuses new tabs. */
  setMaxTabs(maxTabs: number): void {
    const checked = checkLimit(maxTabs, 'tab limit');
    if (checked === this.#state.maxTabs) return;
    this.#setState({ ...this.#state, maxTabs: checked });
    this.#emit({ type: 'max-tabs-changed', maxTabs: checked });
  }

  /** Listens to every change; returns the function that stops listening. */
  subscribe(listener: SessionListener): () => void {
    if (typeof listener !== 'function') throw new SessionStoreError('invalid-argument', `A store listener must be a function, not ${describeValue(listener)}.`);
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The state as plain JSON data, for saving. */
  toJSON(): SessionSnapshot {
    // A limit lowered below what is open (which closes nothing) is saved as what is open, so the
    // snapshot restores, whole, under the limits `restore()` holds it to.
    const { sessions, maxSessions, maxTabs } = this.#state;
    const widest = Math.max(...sessions.map((s) => sessionTabs(s).length));
    return { version: 1, ...this.#state, maxSessions: Math.max(maxSessions, sessions.length - 1), maxTabs: Math.max(maxTabs, widest) };
  }

  /**
   * Replaces the state with a saved snapshot (`toJSON()`'s output, possibly after a JSON round
   * trip). Anything that is not a valid snapshot throws `invalid-snapshot` and changes nothing.
   *
   * Comes with `persistSessions`, `<session-provider>`, the root entry and `model.js`
   * (store-restore.ts); a page that loaded none of them gets a `feature-not-loaded` error saying
   * so, and a panel-only page is spared the snapshot parsing.
   */
  restore(snapshot: unknown): void {
    // Replaced by store-restore.ts (see `addStoreMethods`).
    feature(this, 'restore', snapshot);
  }

  /** See `changeState`. */
  [changeState](state: SessionState | undefined, ...changes: SessionChange[]): void {
    if (state) this.#setState(state);
    for (const change of changes) this.#emit(change);
  }

  #replaceSession(old: Session, updated: Session): void {
    this.#setState({ ...this.#state, sessions: this.#state.sessions.map((s) => (s === old ? updated : s)) });
  }

  #setState(state: SessionState): void {
    this.#state = Object.freeze({ ...state, sessions: Object.freeze(state.sessions.map(freezeDeep)) });
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

// The contract's safety net: whatever a hostile argument does (a throwing getter, a proxy, an
// object without a prototype), a refusal is a SessionStoreError and changes nothing. The checks
// in each method give the clear messages; this turns anything they did not foresee into one.
function guarded(name: string, method: (...args: unknown[]) => unknown) {
  return {
    [name](this: SessionStore, ...args: unknown[]) {
      try {
        return method.apply(this, args);
      } catch (error) {
        if (error instanceof SessionStoreError) throw error;
        throw new SessionStoreError('invalid-argument', `${name}() was refused: ${error instanceof Error ? error.message : describeValue(error)}`);
      }
    },
  }[name];
}

for (const name of Object.getOwnPropertyNames(SessionStore.prototype)) {
  const descriptor = Object.getOwnPropertyDescriptor(SessionStore.prototype, name)!;
  if (name !== 'constructor' && typeof descriptor.value === 'function') Object.defineProperty(SessionStore.prototype, name, { ...descriptor, value: guarded(name, descriptor.value) });
}

/**
 * Puts methods written in another module on every store, behind the same safety net: the store's
 * features that only some elements need (application tabs, restoring saved state) live apart, so a
 * page that shows only a session panel does not load them. They change state through
 * `changeState`.
 */
export function addStoreMethods(methods: { [K in 'openTab' | 'focusTab' | 'closeTab' | 'setTabTitle' | 'restore']?: (this: SessionStore, ...args: Parameters<SessionStore[K]>) => ReturnType<SessionStore[K]> }): void {
  const page = globalThis as { [FEATURES]?: Features };
  for (const [name, method] of Object.entries(methods)) {
    Object.defineProperty(SessionStore.prototype, name, { value: guarded(name, method as (...args: unknown[]) => unknown), writable: true, configurable: true });
    // Stores of other copies of the kit on the page (which may lack the feature) find it here.
    (page[FEATURES] ??= {})[name] = method as (...args: unknown[]) => unknown;
  }
}

/** A feature's call on a store whose own copy of the kit did not load it: another copy's, else a clear refusal. */
function feature(store: SessionStore, method: string, ...args: unknown[]): unknown {
  const loaded = (globalThis as { [FEATURES]?: Features })[FEATURES]?.[method];
  if (loaded) return loaded.apply(store, args);
  throw new SessionStoreError('feature-not-loaded', `${method}() comes with engagement-hub-elements/model.js, the root entry or the elements that use it; this page loaded none of them.`);
}

/** A title or icon from outside: text, or an `invalid-argument` refusal. */
export function checkText(value: unknown, what: string): void {
  if (typeof value !== 'string') throw new SessionStoreError('invalid-argument', `${what} must be text, not ${describeValue(value)}.`);
}

/** Sessions are plain data; frozen all the way down, so no one can change state behind the store's back. */
function freezeDeep<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) freezeDeep(child);
  return Object.freeze(value);
}
