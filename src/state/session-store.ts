import { SessionStoreError, describeValue } from './errors.js';
import { anchorTab, sessionTabs } from './app-tabs.js';
import { checkAppSandbox } from './app-sandbox.js';
import {
  ANCHOR_TAB_ID,
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
import { graphemes, iconForTitle, normaliseTitle } from './title.js';

export type SessionListener = (change: SessionChange, state: SessionState) => void;

export interface SessionStoreOptions {
  /** Sessions allowed besides Home; default 10. */
  maxSessions?: number;
  /** Application tabs allowed per session, its anchor tab included; default 10. */
  maxTabs?: number;
}

/** Home as a new store starts it: each store its own, frozen object. */
function homeSession(): Session {
  return Object.freeze({ id: HOME_SESSION_ID, kind: 'home', title: 'Home' });
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
      maxSessions: checkMaxSessions(maxSessions ?? DEFAULT_MAX_SESSIONS),
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
    checkText(title, 'A session title');
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
    if (icon !== undefined) checkText(icon, 'A session icon');
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

  /**
   * Opens a CRM record or a configured app as an application tab of a session (the focused one
   * by default) and focuses it. A record that already has a tab in that session gets it focused
   * instead. When the session has `maxTabs` tabs nothing changes and subscribers hear
   * `tab-limit-reached`.
   */
  openTab(target: AppTarget, options: { sessionId?: string } = {}): OpenTabResult {
    const session = this.getSession(options.sessionId ?? this.#state.focusedId);
    const tab = newTab(session, target);
    const existing = sessionTabs(session).find((t) => t.id === tab.id);
    if (existing) {
      this.focusTab(session.id, existing.id);
      return { status: 'focused', session: this.getSession(session.id), tab: existing };
    }
    const { maxTabs } = this.#state;
    if (sessionTabs(session).length >= maxTabs) {
      this.#emit({ type: 'tab-limit-reached', session, maxTabs, title: tab.title });
      return { status: 'limit-reached', maxTabs };
    }
    const updated: Session = { ...session, tabs: [...(session.tabs ?? []), tab], focusedTabId: tab.id };
    this.#replace(session, updated);
    this.#emit({ type: 'tab-opened', session: updated, tab });
    this.#emit({ type: 'tab-focused', session: updated, tab });
    return { status: 'opened', session: updated, tab };
  }

  /** Shows a tab of a session. Focusing the shown tab changes nothing. */
  focusTab(sessionId: string, tabId: string): AppTab {
    const session = this.getSession(sessionId);
    const tab = getTab(session, tabId);
    if ((session.focusedTabId ?? ANCHOR_TAB_ID) === tab.id) return tab;
    const updated = withFocusedTab(session, tab.id);
    this.#replace(session, updated);
    this.#emit({ type: 'tab-focused', session: updated, tab });
    return tab;
  }

  /**
   * Closes an application tab (never the anchor). When it was shown, the nearest tab on its left
   * is shown instead. Returns the closed tab.
   */
  closeTab(sessionId: string, tabId: string): AppTab {
    const session = this.getSession(sessionId);
    const tab = getTab(session, tabId);
    if (tab.kind === 'anchor') throw new SessionStoreError('anchor-not-closable', `The ${anchorTab(session).title} tab of a session cannot be closed.`);
    const all = sessionTabs(session);
    const wasFocused = (session.focusedTabId ?? ANCHOR_TAB_ID) === tab.id;
    const left = all[all.indexOf(tab) - 1]!;
    const rest = (session.tabs ?? []).filter((t) => t.id !== tab.id);
    const { tabs: _tabs, ...bare } = withFocusedTab(session, wasFocused ? left.id : (session.focusedTabId ?? ANCHOR_TAB_ID));
    const updated: Session = rest.length ? { ...bare, tabs: rest } : bare;
    this.#replace(session, updated);
    this.#emit({ type: 'tab-closed', session: updated, tab });
    if (wasFocused) this.#emit({ type: 'tab-focused', session: updated, tab: left });
    return tab;
  }

  /** Retitles an application tab (an app in an iframe named itself, a record was renamed). */
  setTabTitle(sessionId: string, tabId: string, title: string): AppTab {
    const session = this.getSession(sessionId);
    const tab = getTab(session, tabId);
    if (tab.kind === 'anchor') throw new SessionStoreError('anchor-not-closable', 'The anchor tab takes its title from its session.');
    checkText(title, 'A tab title');
    const next = normaliseTitle(title, tab.title);
    if (next === tab.title) return tab;
    const renamed = { ...tab, title: next };
    const updated: Session = { ...session, tabs: session.tabs!.map((t) => (t === tab ? renamed : t)) };
    this.#replace(session, updated);
    this.#emit({ type: 'tab-title-changed', session: updated, tab: renamed, previousTitle: tab.title });
    return renamed;
  }

  /** Changes the tab limit; lowering it closes nothing, it only refuses new tabs. */
  setMaxTabs(maxTabs: number): void {
    const checked = checkLimit(maxTabs, 'tab limit');
    if (checked === this.#state.maxTabs) return;
    this.#set({ ...this.#state, maxTabs: checked });
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
   */
  restore(snapshot: unknown): void {
    this.#set(parseSnapshot(snapshot));
    this.#emit({ type: 'state-restored' });
  }

  #replace(old: Session, updated: Session): void {
    this.#set({ ...this.#state, sessions: this.#state.sessions.map((s) => (s === old ? updated : s)) });
  }

  #set(state: SessionState): void {
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

/** The icon the agent sees for a session: the host's icon, else the title's first two letters. */
export function sessionIcon(session: Session): string {
  return session.icon ?? cachedIcon(session.title);
}

// Panels ask for every session's icon on every render; segmenting the title into graphemes each
// time was most of a session switch (issue 12). Icons depend on the title alone: remembered by
// title, a bounded number of them.
const icons = new Map<string, string>();
function cachedIcon(title: string): string {
  let icon = icons.get(title);
  if (icon === undefined) {
    if (icons.size >= 512) icons.clear();
    icons.set(title, (icon = iconForTitle(title)));
  }
  return icon;
}

export function recordSessionId(record: { entity: string; id: string }): string {
  return `record:${record.entity}:${record.id}`;
}

export function conversationSessionId(workItemId: string): string {
  return `conversation:${workItemId}`;
}

// The contract's safety net: whatever a hostile argument does (a throwing getter, a proxy, an
// object without a prototype), a refusal is a SessionStoreError and changes nothing. The checks
// in each method give the clear messages; this turns anything they did not foresee into one.
for (const name of Object.getOwnPropertyNames(SessionStore.prototype)) {
  const descriptor = Object.getOwnPropertyDescriptor(SessionStore.prototype, name)!;
  const method = descriptor.value as unknown;
  if (name === 'constructor' || typeof method !== 'function') continue;
  Object.defineProperty(SessionStore.prototype, name, {
    ...descriptor,
    value: {
      [name](this: SessionStore, ...args: unknown[]) {
        try {
          return method.apply(this, args);
        } catch (error) {
          if (error instanceof SessionStoreError) throw error;
          throw new SessionStoreError('invalid-argument', `${name}() was refused: ${error instanceof Error ? error.message : describeValue(error)}`);
        }
      },
    }[name],
  });
}

const ENTITY = /^[a-z][a-z0-9_-]{0,63}$/;

function checkRecord(record: unknown): { entity: string; id: string } {
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

function checkId(id: unknown, what: 'record' | 'work item'): string {
  const clean = typeof id === 'string' || typeof id === 'number' ? String(id).trim() : '';
  if (!clean || clean.length > 200) {
    throw new SessionStoreError('invalid-record', `A ${what}'s id must be a non-empty string of at most 200 characters, not ${describeValue(id)}.`);
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

function checkText(value: unknown, what: string): void {
  if (typeof value !== 'string') throw new SessionStoreError('invalid-argument', `${what} must be text, not ${describeValue(value)}.`);
}

/** Sessions are plain data; frozen all the way down, so no one can change state behind the store's back. */
function freezeDeep<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) freezeDeep(child);
  return Object.freeze(value);
}

function checkPanelMode(mode: unknown): PanelMode {
  if (mode !== 'expanded' && mode !== 'collapsed') {
    throw new SessionStoreError('invalid-option', `The panel mode must be "expanded" or "collapsed", not ${describeValue(mode)}.`);
  }
  return mode;
}

function checkMaxSessions(value: unknown): number {
  return checkLimit(value, 'session limit');
}

function checkLimit(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new SessionStoreError('invalid-option', `The ${what} must be a whole number of at least 1, not ${describeValue(value)}.`);
  }
  return value;
}

function getTab(session: Session, tabId: string): AppTab {
  const tab = sessionTabs(session).find((t) => t.id === tabId);
  if (!tab) throw new SessionStoreError('unknown-tab', `Session ${session.id} has no tab ${describeValue(tabId)}.`);
  return tab;
}

function withFocusedTab(session: Session, tabId: string): Session {
  const { focusedTabId: _old, ...rest } = session;
  return tabId === ANCHOR_TAB_ID ? rest : { ...rest, focusedTabId: tabId };
}

const APP_ID = /^[A-Za-z0-9][\w.-]{0,63}$/;

/** A new tab for a target, checked: record tabs are keyed by record, app tabs numbered per app. */
function newTab(session: Session, target: unknown): AppTab {
  const t = (target ?? {}) as { record?: RecordRef; app?: { id?: unknown; title?: unknown; url?: unknown; sandbox?: unknown } };
  if (t.record) {
    const ref = checkRecord(t.record);
    return { id: recordSessionId(ref), kind: 'record', title: normaliseTitle(t.record.name, `${ref.entity} ${ref.id}`), record: ref };
  }
  const app = t.app;
  if (!app || typeof app.id !== 'string' || !APP_ID.test(app.id)) {
    throw new SessionStoreError('invalid-record', 'A tab opens a {record: {entity, id, name}} or an {app: {id, title, url?}} with an id like "knowledge-search".');
  }
  if (app.url !== undefined && !isWebUrl(app.url)) throw new SessionStoreError('invalid-record', `An app's url must be an http(s) address, not ${describeValue(app.url)}.`);
  const sandbox = checkAppSandbox(app.sandbox);
  const taken = new Set(sessionTabs(session).map((tab) => tab.id));
  let n = 1;
  while (taken.has(`app:${app.id}:${n}`)) n++;
  return {
    id: `app:${app.id}:${n}`,
    kind: 'app',
    title: normaliseTitle(app.title, app.id),
    app: { id: app.id, ...(app.url ? { url: app.url as string } : {}), ...(sandbox ? { sandbox } : {}) },
  };
}

function isWebUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  try {
    const protocol = new URL(url, 'http://localhost/').protocol;
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Tabs from saved state, rebuilt through the same checks as opening them. */
function parseTabs(session: Session, entry: Record<string, unknown>): Session {
  if (entry.tabs === undefined) return session;
  if (!Array.isArray(entry.tabs)) throw new Error(`the tabs of ${session.id} are not a list.`);
  let result = session;
  for (const raw of entry.tabs as Record<string, unknown>[]) {
    const target = raw?.kind === 'record' ? { record: { ...(raw.record as RecordRef), name: raw.title } } : { app: { ...(raw?.app as object), title: raw?.title } };
    if (sessionTabs(result).some((t) => t.id === raw?.id)) throw new Error(`tab ${describeValue(raw?.id)} of ${session.id} appears twice.`);
    const tab = savedNumber(newTab(result, target), raw.id, result);
    if (tab.id !== raw.id) throw new Error(`tab ${JSON.stringify(raw?.id)} of ${session.id} does not match what it shows.`);
    result = { ...result, tabs: [...(result.tabs ?? []), tab] };
  }
  const focused = entry.focusedTabId ?? ANCHOR_TAB_ID;
  if (!sessionTabs(result).some((tab) => tab.id === focused)) throw new Error(`the shown tab ${JSON.stringify(focused)} of ${session.id} is not open.`);
  return withFocusedTab(result, focused as string);
}

/**
 * An app tab restores under its saved number when that is free: after app:kb:1 closed, app:kb:2
 * is still app:kb:2 (a fresh open would number it 1, and the snapshot would not restore).
 */
function savedNumber(tab: AppTab, savedId: unknown, session: Session): AppTab {
  if (tab.kind !== 'app' || typeof savedId !== 'string' || !/^app:.+:[1-9]\d{0,5}$/.test(savedId)) return tab;
  if (savedId.slice(0, savedId.lastIndexOf(':')) !== `app:${tab.app!.id}`) return tab;
  return sessionTabs(session).some((t) => t.id === savedId) ? tab : { ...tab, id: savedId };
}

function normaliseIcon(icon: unknown): string | undefined {
  // An icon is two or three characters (graphemes, so a flag stays whole); blank means "derive".
  return graphemes(normaliseTitle(icon, '')).slice(0, 3).join('').trim() || undefined;
}

function parseSnapshot(data: unknown): SessionState {
  try {
    const snap = (data ?? {}) as Record<string, unknown>;
    if (snap.version !== 1) throw new Error(`unknown snapshot version ${JSON.stringify(snap.version)}.`);
    if (!Array.isArray(snap.sessions)) throw new Error('"sessions" is not a list.');
    const home = homeSession();
    const sessions: Session[] = [home];
    for (const entry of snap.sessions as (Record<string, unknown> | null)[]) {
      if (entry?.kind === 'home') {
        sessions[0] = parseTabs(home, entry);
        continue;
      }
      let session: Session;
      if (entry?.kind === 'record') session = recordSession(entry.record, entry.title, entry.icon);
      else if (entry?.kind === 'conversation') session = conversationSession(entry.conversation, entry.title, entry.icon);
      else throw new Error(`unknown session kind ${JSON.stringify(entry?.kind)}.`);
      session = parseTabs(session, entry);
      if (entry.id !== session.id) throw new Error(`session id ${JSON.stringify(entry.id)} does not match its ${entry.kind}.`);
      if (sessions.some((s) => s.id === session.id)) throw new Error(`session ${session.id} appears twice.`);
      sessions.push(session);
    }
    const focusedId = snap.focusedId ?? HOME_SESSION_ID;
    if (!sessions.some((s) => s.id === focusedId)) throw new Error(`the focused session ${JSON.stringify(focusedId)} is not open.`);
    const maxSessions = checkMaxSessions(snap.maxSessions ?? DEFAULT_MAX_SESSIONS);
    const maxTabs = checkLimit(snap.maxTabs ?? DEFAULT_MAX_TABS, 'tab limit');
    // The limits hold for restored state as for opened state.
    if (sessions.length - 1 > maxSessions) throw new Error(`${sessions.length - 1} sessions are open besides Home, more than the limit of ${maxSessions} sessions.`);
    const crowded = sessions.find((s) => sessionTabs(s).length > maxTabs);
    if (crowded) throw new Error(`session ${crowded.id} has ${sessionTabs(crowded).length} tabs, more than the limit of ${maxTabs} tabs.`);
    return { sessions, focusedId: focusedId as string, panelMode: checkPanelMode(snap.panelMode ?? 'expanded'), maxSessions, maxTabs };
  } catch (error) {
    const why = error instanceof Error ? error.message : describeValue(error);
    throw new SessionStoreError('invalid-snapshot', `Cannot restore sessions: ${why} Nothing was changed.`);
  }
}
