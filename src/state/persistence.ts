import { ANCHOR_TAB_ID, HOME_SESSION_ID, type Session, type SessionSnapshot, type SessionState } from './session.js';
import { sessionTabs } from './app-tabs.js';
import { withoutSessions } from './close-sessions.js';
import { sessionExtras, type UnsavedInputMark } from './session-extras.js';
import type { SessionStore } from './session-store.js';
import './store-restore.js';

/**
 * Where saved desktops go: `localStorage` by default, `sessionStorage` for one desktop per browser
 * tab, or the host's own object. The Web Storage method names, so both plug in as they are.
 * Reading is synchronous (the desktop is restored before it first renders); writing may return a
 * promise.
 */
export interface PersistenceStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void | Promise<void>;
  removeItem(key: string): void | Promise<void>;
}

export interface PersistOptions {
  /**
   * Whose desktop this is: the data source's `agentId`, or a key of the host's. Saved data, the
   * channel to other windows and the write lock are all per key, so one agent's sessions never
   * reach another's desktop.
   */
  readonly key: string;
  /** Where to save; `localStorage` when absent. `null` keeps nothing (other windows still sync). */
  readonly storage?: PersistenceStorage | null;
  /** Keep other windows of the same agent in step through a `BroadcastChannel`; default true. */
  readonly syncWindows?: boolean;
  /**
   * With nothing saved under `key`: `'keep'` (default) leaves the store as it is, `'reset'`
   * empties it to Home (used when the agent changes, so the last agent's sessions do not stay).
   */
  readonly whenNothingSaved?: 'keep' | 'reset';
}

export interface Persistence {
  readonly key: string;
  /** Whether saved sessions were found and restored when persistence started. */
  readonly restored: boolean;
  /** Writes the current state now, synchronously (the page is going away; a test wants it). */
  flush(): void;
  /** Stops saving and syncing; what is saved stays. */
  stop(): void;
}

/** The saved document: versioned, and marked with its agent so foreign data is never restored. */
export interface SavedDesktop {
  readonly format: typeof SAVED_DESKTOP_FORMAT;
  readonly version: typeof SAVED_DESKTOP_VERSION;
  readonly key: string;
  readonly savedAt: number;
  readonly state: SessionSnapshot;
  readonly drafts: Record<string, Record<string, string>>;
}

export const SAVED_DESKTOP_FORMAT = 'engagement-hub/desktop';
export const SAVED_DESKTOP_VERSION = 1;

/** The storage key, channel name and lock name for an agent's desktop. */
export function persistenceName(key: string): string {
  return `${SAVED_DESKTOP_FORMAT}/v${SAVED_DESKTOP_VERSION}/${key}`;
}

/** What one window tells the others: the sessions it opened, closed or changed. */
interface SyncMessage {
  readonly format: typeof SAVED_DESKTOP_FORMAT;
  readonly version: typeof SAVED_DESKTOP_VERSION;
  readonly key: string;
  readonly opened: readonly Session[];
  readonly closed: readonly string[];
  readonly changed: readonly Session[];
  /** Each opened or changed session's version: `[clock, window]` (see `Stamp`). */
  readonly stamps?: Readonly<Record<string, readonly [number, string]>>;
}

/**
 * What one window tells the others of its unsaved input, whole each time (`unsaved`), or asks of
 * them when it starts (`hello`: each answers with its own). A window going away sends an empty list.
 */
interface UnsavedMessage {
  readonly format: typeof SAVED_DESKTOP_FORMAT;
  readonly version: typeof SAVED_DESKTOP_VERSION;
  readonly key: string;
  readonly window: string;
  readonly hello?: true;
  readonly unsaved?: readonly UnsavedInputMark[];
}

/**
 * A session's version, per window: a Lamport clock (one more than the highest this window has
 * seen for the session) and the writing window's id to break ties. When two windows change the
 * same session at the same moment, both apply the higher stamp and drop the lower: the last
 * writer wins, and the windows end alike instead of each with the other's change.
 */
type Stamp = readonly [clock: number, window: string];

function newer(a: Stamp, b: Stamp | undefined): boolean {
  return !b || a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
}

function isStamp(value: unknown): value is Stamp {
  return Array.isArray(value) && value.length === 2 && Number.isSafeInteger(value[0]) && typeof value[1] === 'string';
}

function windowId(): string {
  const random = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto?.randomUUID;
  return random ? random.call((globalThis as { crypto?: unknown }).crypto) : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

type LockManager = { request(name: string, callback: () => Promise<void> | void): Promise<unknown> };

/**
 * Saves a store's sessions, application tabs, focus, panel mode and the kit's drafts under an
 * agent's key, restores them now, and keeps other windows of the same agent in step. Corrupted,
 * outdated or another agent's data is ignored with a console warning, never thrown.
 *
 * Each window saves its own, already merged view after every change; writes go through a Web
 * Lock per agent, so two windows (or an asynchronous storage) never interleave theirs. Windows
 * share sessions, not focus: each keeps its own focused session, shown tabs and panel mode.
 */
export function persistSessions(store: SessionStore, options: PersistOptions): Persistence {
  const key = String(options.key ?? '').trim();
  if (!key) throw new TypeError('persistSessions needs a key: the agent\'s id or a key of your own.');
  const name = persistenceName(key);
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const extras = sessionExtras(store);

  let restored = false;
  const saved = storage ? readSavedDesktop(safeGet(storage, name), key) : undefined;
  if (saved) {
    try {
      store.restore(saved.state);
      extras.restoreDrafts(saved.drafts);
      restored = true;
    } catch (error) {
      console.warn(`engagement-hub-elements: the saved sessions of "${key}" were ignored: ${(error as Error).message}`);
    }
  } else if (options.whenNothingSaved === 'reset') {
    const { panelMode, maxSessions, maxTabs } = store.state;
    store.restore({ version: 1, sessions: [], focusedId: HOME_SESSION_ID, panelMode, maxSessions, maxTabs });
  }

  let last = store.state;
  let applyingRemote = false;
  let written = saved ? content(saved) : undefined;
  let pending = false;
  let stopped = false;

  const write = (): void => {
    pending = false;
    if (!storage || stopped) return;
    const doc = savedDesktop(store, key);
    if (content(doc) === written) return;
    written = content(doc);
    try {
      const done = storage.setItem(name, JSON.stringify(doc));
      if (done && typeof (done as Promise<void>).then === 'function') return void (done as Promise<void>).catch(warnWrite);
    } catch (error) {
      warnWrite(error);
    }
  };
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  const scheduleWrite = (): void => {
    if (pending || !storage) return;
    pending = true;
    queueMicrotask(() => {
      if (!pending) return;
      if (locks) void locks.request(name, write).catch(warnWrite);
      else write();
    });
  };

  const channel = options.syncWindows !== false && typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : undefined;
  const me = windowId();
  /** The version of each open session this window has written or applied. */
  const stamps = new Map<string, Stamp>();
  // Unsaved input in the agent's other windows, by window: closing its tab or session here asks
  // first, as there. (Marked in this window's extras with the window as source.)
  const elsewhere = new Map<string, Map<string, UnsavedInputMark>>();
  const markElsewhere = (window: string, list: UnsavedMessage['unsaved'] = []): void => {
    const before = elsewhere.get(window) ?? new Map<string, UnsavedInputMark>();
    const now = new Map<string, UnsavedInputMark>();
    for (const mark of Array.isArray(list) ? list : []) {
      if (typeof mark?.sessionId !== 'string' || typeof mark.tabId !== 'string' || typeof mark.what !== 'string') continue;
      const tab = `${mark.sessionId}\0${mark.tabId}`;
      const what = now.get(tab)?.what;
      now.set(tab, { sessionId: mark.sessionId, tabId: mark.tabId, what: what ? `${what}, ${mark.what}` : mark.what });
    }
    for (const [tab, mark] of before) if (!now.has(tab)) extras.setUnsaved(mark.sessionId, mark.tabId, `window:${window}`, false);
    for (const mark of now.values()) extras.setUnsaved(mark.sessionId, mark.tabId, `window:${window}`, true, mark.what, { elsewhere: true });
    if (now.size) elsewhere.set(window, now);
    else elsewhere.delete(window);
  };
  const tell = (body: Pick<UnsavedMessage, 'hello' | 'unsaved'>): void =>
    channel?.postMessage({ format: SAVED_DESKTOP_FORMAT, version: SAVED_DESKTOP_VERSION, key, window: me, ...body } satisfies UnsavedMessage);
  let told = '[]';
  const tellUnsaved = (force = false): void => {
    const own = extras.ownUnsavedInput();
    const text = JSON.stringify(own);
    if (text === told && !force) return;
    told = text;
    tell({ unsaved: own });
  };
  if (channel) {
    channel.onmessage = (event: MessageEvent) => {
      const received = event.data as SyncMessage & Partial<UnsavedMessage>;
      if (!received || received.format !== SAVED_DESKTOP_FORMAT || received.version !== SAVED_DESKTOP_VERSION || received.key !== key) return;
      if (typeof received.window === 'string') {
        if (received.hello) tellUnsaved(true);
        else markElsewhere(received.window, received.unsaved);
        return;
      }
      // Changes older than what this window has for a session lose (the other window drops ours alike).
      const wins = (session: Session): boolean => {
        const stamp = received.stamps?.[session.id];
        if (!isStamp(stamp)) return true;
        if (!newer(stamp, stamps.get(session.id))) return false;
        stamps.set(session.id, [stamp[0], stamp[1]]);
        return true;
      };
      const message = { ...received, opened: received.opened.filter(wins), changed: received.changed.filter(wins) };
      for (const id of message.closed) stamps.delete(id);
      applyingRemote = true;
      try {
        store.restore(mergeRemote(store.toJSON(), message));
      } catch (error) {
        console.warn(`engagement-hub-elements: a change from another window was ignored: ${(error as Error).message}`);
      } finally {
        applyingRemote = false;
      }
    };
  }

  const unsubscribe = store.subscribe((_change, state) => {
    if (state === last) return;
    const previous = last;
    last = state;
    scheduleWrite();
    if (applyingRemote || !channel) return;
    const message = diff(previous, state, key);
    if (!message) return;
    const stamped: Record<string, Stamp> = {};
    for (const session of [...message.opened, ...message.changed]) {
      const stamp: Stamp = [(stamps.get(session.id)?.[0] ?? 0) + 1, me];
      stamps.set(session.id, stamp);
      stamped[session.id] = stamp;
    }
    for (const id of message.closed) stamps.delete(id);
    channel.postMessage({ ...message, stamps: stamped });
  });
  let telling = false;
  const unsubscribeExtras = extras.subscribe((change) => {
    if (change.type === 'draft-changed') scheduleWrite();
    if (change.type === 'unsaved-changed' && !telling) {
      telling = true;
      queueMicrotask(() => {
        telling = false;
        if (!stopped) tellUnsaved();
      });
    }
  });
  tell({ hello: true });
  const release = extras.trackPersistence();
  /** This window's input goes with it: the others stop asking for it. */
  const goodbye = (): void => {
    if (told === '[]') return;
    told = '[]';
    tell({ unsaved: [] });
  };
  const onPageHide = () => {
    write();
    goodbye();
  };
  const page = globalThis as { addEventListener?: (type: string, fn: () => void) => void; removeEventListener?: (type: string, fn: () => void) => void };
  // Back from the browser's page cache: its input is here again, so are its windows' questions.
  const onPageShow = () => tellUnsaved(true);
  page.addEventListener?.('pagehide', onPageHide);
  page.addEventListener?.('pageshow', onPageShow);

  return {
    key,
    restored,
    flush: write,
    stop() {
      if (pending) write();
      stopped = true;
      goodbye();
      for (const window of [...elsewhere.keys()]) markElsewhere(window, []);
      release();
      unsubscribe();
      unsubscribeExtras();
      channel?.close();
      page.removeEventListener?.('pagehide', onPageHide);
      page.removeEventListener?.('pageshow', onPageShow);
    },
  };
}

/**
 * Reads a saved desktop, or `undefined` (with a console warning saying why) when there is none,
 * or it is not JSON, not a desktop, of another version, or another agent's.
 */
export function readSavedDesktop(text: string | null | undefined, key: string): SavedDesktop | undefined {
  if (text === null || text === undefined) return undefined;
  const warn = (why: string) => {
    console.warn(`engagement-hub-elements: the saved sessions of "${key}" were ignored: ${why}`);
    return undefined;
  };
  let data: Partial<SavedDesktop>;
  try {
    data = JSON.parse(text) as Partial<SavedDesktop>;
  } catch {
    return warn('they are not valid JSON.');
  }
  if (!data || typeof data !== 'object' || data.format !== SAVED_DESKTOP_FORMAT) return warn('they are not a saved desktop.');
  if (data.version !== SAVED_DESKTOP_VERSION) return warn(`they were saved by another version (${JSON.stringify(data.version)}).`);
  if (data.key !== key) return warn('they belong to another agent.');
  if (!data.state || typeof data.state !== 'object') return warn('they hold no sessions.');
  return data as SavedDesktop;
}

/** The document `persistSessions` saves for a store. */
export function savedDesktop(store: SessionStore, key: string): SavedDesktop {
  return { format: SAVED_DESKTOP_FORMAT, version: SAVED_DESKTOP_VERSION, key, savedAt: Date.now(), state: store.toJSON(), drafts: sessionExtras(store).drafts() };
}

/** A saved desktop without its time stamp, to tell whether anything changed. */
function content(doc: SavedDesktop): string {
  return JSON.stringify([doc.state, doc.drafts]);
}

/** What changed between two states, as the other windows need it: opened, closed, changed sessions. */
function diff(before: SessionState, after: SessionState, key: string): SyncMessage | undefined {
  const old = new Map(before.sessions.map((s) => [s.id, s]));
  const now = new Map(after.sessions.map((s) => [s.id, s]));
  const opened = after.sessions.filter((s) => !old.has(s.id));
  const closed = before.sessions.filter((s) => !now.has(s.id)).map((s) => s.id);
  const changed = after.sessions.filter((s) => old.has(s.id) && shared(old.get(s.id)!) !== shared(s));
  if (!opened.length && !closed.length && !changed.length) return undefined;
  return { format: SAVED_DESKTOP_FORMAT, version: SAVED_DESKTOP_VERSION, key, opened, closed, changed };
}

/** What windows share of a session: everything but which tab is shown. */
function shared(session: Session): string {
  const { focusedTabId: _shown, ...rest } = session;
  return JSON.stringify(rest);
}

/**
 * Applies another window's changes to this window's snapshot, keeping this window's focus: a
 * closed focused session hands focus to the one above it, a closed shown tab to the one on its left.
 */
function mergeRemote(local: SessionSnapshot, message: SyncMessage): SessionSnapshot {
  const closed = new Set(message.closed);
  // A session opened in both windows at once is a change like any other: the winner's version.
  const changed = new Map([...message.opened, ...message.changed].map((s) => [s.id, s]));
  const merged = withoutSessions(local, closed, (s) => (changed.has(s.id) ? keepShownTab(s, changed.get(s.id)!) : s));
  const sessions = [...merged.sessions];
  for (const session of [...message.opened, ...message.changed]) {
    if (!sessions.some((s) => s.id === session.id)) sessions.push(session);
  }
  return { ...merged, sessions };
}

function keepShownTab(local: Session, remote: Session): Session {
  const { focusedTabId: _theirs, ...rest } = remote;
  const ids = sessionTabs(remote).map((tab) => tab.id);
  const localIds = sessionTabs(local).map((tab) => tab.id);
  let shown = local.focusedTabId ?? ANCHOR_TAB_ID;
  if (!ids.includes(shown)) shown = localIds.slice(0, localIds.indexOf(shown)).reverse().find((id) => ids.includes(id)) ?? ANCHOR_TAB_ID;
  return shown === ANCHOR_TAB_ID ? rest : { ...rest, focusedTabId: shown };
}

function defaultStorage(): PersistenceStorage | null {
  try {
    return (globalThis as { localStorage?: PersistenceStorage }).localStorage ?? null;
  } catch {
    return null; // storage disabled (privacy settings, sandboxed frame)
  }
}

function safeGet(storage: PersistenceStorage, name: string): string | null {
  try {
    return storage.getItem(name);
  } catch (error) {
    console.warn(`engagement-hub-elements: saved sessions could not be read: ${(error as Error).message}`);
    return null;
  }
}

function warnWrite(error: unknown): void {
  console.warn(`engagement-hub-elements: sessions could not be saved: ${(error as Error)?.message ?? String(error)}`);
}
