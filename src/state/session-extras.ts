import { sessionTabs } from './app-tabs.js';
import { ANCHOR_TAB_ID } from './session.js';
import type { SessionStore } from './session-store.js';
import { existingExtras, keepExtras } from './extras-slot.js';
import './store-tabs.js';

/** One piece of unsaved input, as a close dialog names it. */
export interface UnsavedInput {
  readonly sessionId: string;
  readonly tabId: string;
  /** The tab it is in, as the agent reads it ("Customer summary", "Parcel tracker"). */
  readonly tabTitle: string;
  /** What would be lost, in the agent's words ("a quick note", "the order form"). */
  readonly what: string;
  /** The content keeps it through a reload (it saves a draft), so leaving the page need not ask. */
  readonly kept: boolean;
}

interface UnsavedMark {
  readonly what: string;
  readonly kept: boolean;
  readonly elsewhere: boolean;
}

/** Unsaved input as one window tells another of it: where, and what. */
export type UnsavedInputMark = Pick<UnsavedInput, 'sessionId' | 'tabId' | 'what'>;

/** A message for the agent about sessions the kit changed on its own (after a reload). */
export interface DesktopNotice {
  readonly id: number;
  readonly text: string;
  /** For a check after a reload: the titles of the sessions closed and made read-only, for elements to word in the agent's language. */
  readonly recheck?: { readonly closed: readonly string[]; readonly readOnly: readonly string[] };
}

export type SessionExtrasChange =
  | { readonly type: 'unsaved-changed'; readonly sessionId: string; readonly tabId: string }
  | { readonly type: 'draft-changed'; readonly sessionId: string; readonly name: string }
  | { readonly type: 'drafts-restored' }
  | { readonly type: 'notice'; readonly notice: DesktopNotice }
  /** A tab with unsaved input was asked to close: a tab bar showing it should ask the agent. */
  | { readonly type: 'tab-close-confirmation'; readonly sessionId: string; readonly tabId: string; readonly unsaved: readonly UnsavedInput[] };

export type SessionExtrasListener = (change: SessionExtrasChange) => void;

/** Longest draft kept (characters); a draft is the agent's typing, not a document. */
export const MAX_DRAFT_LENGTH = 20_000;

/**
 * What a desktop holds besides its sessions: which tab contents have unsaved input, the kit's own
 * drafts (a conversation's quick note, its search text), and notices for the agent. One per
 * store (see `sessionExtras`), DOM-free, and kept in step with the store: closing a tab or a
 * session forgets what was in it.
 *
 * The rule lives here: closing a tab or a session that has unsaved input asks first, and the
 * question names what will be lost (`unsavedInput`). Elements only render the dialog.
 */
export class SessionExtras {
  /** Unsaved input by tab (`sessionId\0tabId`), then by whatever reported it. */
  readonly #unsavedByTab = new Map<string, Map<unknown, UnsavedMark>>();
  /** Drafts by session, then by name (`quick-note`, `customer-search`…). */
  readonly #draftsBySession = new Map<string, Map<string, string>>();
  readonly #notices: DesktopNotice[] = [];
  readonly #listeners = new Set<SessionExtrasListener>();
  #nextNotice = 1;
  #persistenceRuns = 0;

  constructor(private readonly store: SessionStore) {
    store.subscribe((change) => {
      if (change.type === 'session-closed') this.#forgetClosed((sessionId) => sessionId !== change.session.id);
      else if (change.type === 'tab-closed') this.#forgetClosed((sessionId, tabId) => !(sessionId === change.session.id && tabId === change.tab.id));
      else if (change.type === 'state-restored') this.#forgetClosed((sessionId, tabId) => this.#isTabOpen(sessionId, tabId));
    });
  }

  /**
   * Marks (or unmarks) unsaved input in a tab. `source` tells apart several reporters in one tab
   * (two forms): each is marked and unmarked on its own. Unknown sessions and tabs are ignored.
   * `elsewhere`: the input is in another window of the agent (`persistSessions` tells them apart):
   * closing here still asks, leaving this page does not (it is not lost with this page).
   */
  setUnsaved(sessionId: string, tabId: string, source: unknown, unsaved: boolean, what = 'unsaved input', options: { kept?: boolean; elsewhere?: boolean } = {}): void {
    if (!this.#isTabOpen(sessionId, tabId)) return;
    const key = tabKey(sessionId, tabId);
    const marks = this.#unsavedByTab.get(key) ?? new Map<unknown, UnsavedMark>();
    const elsewhere = options.elsewhere === true;
    const mark = { what: cleanLabel(what), kept: options.kept === true || elsewhere, elsewhere };
    const old = marks.get(source);
    if (unsaved ? old?.what === mark.what && old.kept === mark.kept && old.elsewhere === elsewhere : !old) return;
    if (unsaved) marks.set(source, mark);
    else marks.delete(source);
    if (marks.size) this.#unsavedByTab.set(key, marks);
    else this.#unsavedByTab.delete(key);
    this.#emit({ type: 'unsaved-changed', sessionId, tabId });
  }

  /** The unsaved input that closing this tab (or, without `tabId`, this whole session) would lose. */
  unsavedInput(sessionId: string, tabId?: string): UnsavedInput[] {
    const session = this.store.findSession(sessionId);
    if (!session) return [];
    const found: UnsavedInput[] = [];
    for (const tab of sessionTabs(session)) {
      if (tabId !== undefined && tab.id !== tabId) continue;
      const seen = new Set<string>();
      for (const { what, kept } of this.#unsavedByTab.get(tabKey(sessionId, tab.id))?.values() ?? []) {
        if (seen.has(what)) continue;
        seen.add(what);
        found.push({ sessionId, tabId: tab.id, tabTitle: tab.title, what, kept });
      }
    }
    return found;
  }

  /** The unsaved input of this window (not what other windows reported), tab by tab. */
  ownUnsavedInput(): UnsavedInputMark[] {
    const found: UnsavedInputMark[] = [];
    for (const [key, marks] of this.#unsavedByTab) {
      const [sessionId, tabId] = key.split('\0') as [string, string];
      for (const { what, elsewhere } of marks.values()) if (!elsewhere) found.push({ sessionId, tabId, what });
    }
    return found;
  }

  /** Whether closing this tab must ask the agent first: it has unsaved input. */
  closeTabNeedsConfirmation(sessionId: string, tabId: string): boolean {
    return this.unsavedInput(sessionId, tabId).length > 0;
  }

  /**
   * Closes a tab unless it has unsaved input; then nothing closes and listeners hear
   * `tab-close-confirmation`, so a tab bar asks the agent (and calls `store.closeTab` on yes).
   */
  requestTabClose(sessionId: string, tabId: string): 'closed' | 'needs-confirmation' {
    const unsaved = this.unsavedInput(sessionId, tabId);
    if (!unsaved.length) {
      this.store.closeTab(sessionId, tabId);
      return 'closed';
    }
    this.#emit({ type: 'tab-close-confirmation', sessionId, tabId, unsaved });
    return 'needs-confirmation';
  }

  /**
   * The unsaved input a reload or leaving the page would lose: everything not kept by its
   * content (`kept`). Pages ask before they unload while there is any (`<session-view>` does).
   */
  unsavedInputLostOnLeave(): UnsavedInput[] {
    return this.store.sessions.flatMap((s) => this.unsavedInput(s.id)).filter((u) => !u.kept);
  }

  /** Whether the desktop is being saved (`persistSessions` is running on its store): drafts survive a reload. */
  get persisted(): boolean {
    return this.#persistenceRuns > 0;
  }

  /** Called by `persistSessions` while it runs; returns the release. */
  trackPersistence(): () => void {
    this.#persistenceRuns++;
    let released = false;
    return () => {
      if (!released) this.#persistenceRuns--;
      released = true;
    };
  }

  /** Whether anything on the desktop has unsaved input. */
  get hasUnsavedInput(): boolean {
    return this.#unsavedByTab.size > 0;
  }

  /** A draft the kit keeps for a session (`''` when none). */
  draft(sessionId: string, name: string): string {
    return this.#draftsBySession.get(sessionId)?.get(name) ?? '';
  }

  /** Keeps (or, with `''`, drops) a draft of a session; capped at `MAX_DRAFT_LENGTH`. */
  setDraft(sessionId: string, name: string, text: string): void {
    if (!this.store.findSession(sessionId)) return;
    const clean = String(text).slice(0, MAX_DRAFT_LENGTH);
    if (this.draft(sessionId, name) === clean) return;
    const drafts = this.#draftsBySession.get(sessionId) ?? new Map<string, string>();
    if (clean) drafts.set(name, clean);
    else drafts.delete(name);
    if (drafts.size) this.#draftsBySession.set(sessionId, drafts);
    else this.#draftsBySession.delete(sessionId);
    this.#emit({ type: 'draft-changed', sessionId, name });
  }

  /** Every draft as plain data `{sessionId: {name: text}}`, for saving. */
  drafts(): Record<string, Record<string, string>> {
    const out: Record<string, Record<string, string>> = {};
    for (const [sessionId, drafts] of this.#draftsBySession) out[sessionId] = Object.fromEntries(drafts);
    return out;
  }

  /**
   * Replaces the drafts with saved ones. Entries for sessions that are not open, and anything
   * that is not text, are left out.
   */
  restoreDrafts(data: unknown): void {
    this.#draftsBySession.clear();
    if (data && typeof data === 'object') {
      for (const [sessionId, drafts] of Object.entries(data as Record<string, unknown>)) {
        if (!this.store.findSession(sessionId) || !drafts || typeof drafts !== 'object') continue;
        const kept = new Map<string, string>();
        for (const [name, text] of Object.entries(drafts as Record<string, unknown>)) {
          if (typeof text === 'string' && text) kept.set(name, text.slice(0, MAX_DRAFT_LENGTH));
        }
        if (kept.size) this.#draftsBySession.set(sessionId, kept);
      }
    }
    this.#emit({ type: 'drafts-restored' });
  }

  /** Tells the agent something the kit did on its own; panels show the newest notice. */
  notify(text: string, recheck?: DesktopNotice['recheck']): DesktopNotice {
    const notice = { id: this.#nextNotice++, text, ...(recheck ? { recheck } : {}) };
    this.#notices.push(notice);
    if (this.#notices.length > 20) this.#notices.shift();
    this.#emit({ type: 'notice', notice });
    return notice;
  }

  /** The newest notice, if any. */
  get latestNotice(): DesktopNotice | undefined {
    return this.#notices.at(-1);
  }

  subscribe(listener: SessionExtrasListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #isTabOpen(sessionId: string, tabId: string): boolean {
    const session = this.store.findSession(sessionId);
    return !!session && (tabId === ANCHOR_TAB_ID || sessionTabs(session).some((tab) => tab.id === tabId));
  }

  /** Drops unsaved marks and drafts that `keep` says no longer belong to an open session or tab. */
  #forgetClosed(keep: (sessionId: string, tabId: string) => boolean): void {
    for (const key of [...this.#unsavedByTab.keys()]) {
      const [sessionId, tabId] = key.split('\u0000') as [string, string];
      if (!keep(sessionId, tabId)) {
        this.#unsavedByTab.delete(key);
        this.#emit({ type: 'unsaved-changed', sessionId, tabId });
      }
    }
    for (const sessionId of [...this.#draftsBySession.keys()]) {
      if (!keep(sessionId, ANCHOR_TAB_ID)) this.#draftsBySession.delete(sessionId);
    }
  }

  #emit(change: SessionExtrasChange): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(change);
      } catch (error) {
        console.error('engagement-hub-elements: a session extras listener threw:', error);
      }
    }
  }
}

/**
 * The extras of a store, made on first use. Kept on the store under a registry symbol, so every
 * copy of the kit on the page finds the same one (see extras-slot.ts).
 */
export function sessionExtras(store: SessionStore): SessionExtras {
  let extras = existingExtras<SessionExtras>(store);
  if (!extras) keepExtras(store, (extras = new SessionExtras(store)));
  return extras;
}

/** "a quick note (Customer summary) and the order form (Parcel tracker)": for a close dialog. */
export function describeUnsavedInput(items: readonly UnsavedInput[], withTab = true): string {
  const parts = items.map((item) => (withTab ? `${item.what} in “${item.tabTitle}”` : item.what));
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function tabKey(sessionId: string, tabId: string): string {
  return `${sessionId}\u0000${tabId}`;
}

function cleanLabel(what: unknown): string {
  // The label is shown in a dialog: plain text, one line, short.
  const text = typeof what === 'string' ? what.replace(/[\p{Cc}\p{Cf}]/gu, '').replace(/\s+/g, ' ').trim() : '';
  return (text || 'unsaved input').slice(0, 80);
}
