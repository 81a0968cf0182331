/** The shapes of the session model. Plain, immutable, JSON-serialisable data. */
import type { AppSandboxPolicy } from './app-sandbox.js';

/** The id of the permanent Home session. */
export const HOME_SESSION_ID = 'home';

/** The default number of sessions an agent may have open besides Home. */
export const DEFAULT_MAX_SESSIONS = 10;

export type PanelMode = 'expanded' | 'collapsed';

/**
 * What a session is for: Home (the dashboard), a CRM record opened as a session (Shift+click),
 * or a conversation with a customer (a work item opened, picked or accepted).
 */
export type SessionKind = 'home' | 'record' | 'conversation';

/** A CRM record as hosts and links describe it: `{entity: 'account', id: '42', name: 'Contoso'}`. */
export interface RecordRef {
  /** The entity's logical name: `account`, `contact`, `incident`… Compared case-insensitively. */
  readonly entity: string;
  /** The record's id within its entity. */
  readonly id: string;
  /** The record's display name; becomes the session title. */
  readonly name?: string;
}

export interface Session {
  /** Stable id: `home`, `record:{entity}:{id}` or `conversation:{workItemId}`. */
  readonly id: string;
  readonly kind: SessionKind;
  /** What the agent reads in the panel; already normalised (see `normaliseTitle`). */
  readonly title: string;
  /** An icon set by the host; when absent the icon is derived from the title. */
  readonly icon?: string;
  /** The record the session was opened for (record sessions only). */
  readonly record?: { readonly entity: string; readonly id: string };
  /** The conversation the session is for (conversation sessions only). */
  readonly conversation?: { readonly workItemId: string; readonly readOnly: boolean };
  /**
   * The application tabs the agent opened in this session, in order, after the anchor tab (which
   * every session has and is never stored: see `sessionTabs`). Absent when there are none.
   */
  readonly tabs?: readonly AppTab[];
  /** The application tab shown in this session; the anchor tab when absent. */
  readonly focusedTabId?: string;
}

/** The id of every session's anchor tab. */
export const ANCHOR_TAB_ID = 'anchor';

/** The default number of application tabs a session may have, its anchor tab included. */
export const DEFAULT_MAX_TABS = 10;

/**
 * An application tab inside a session: its anchor (Home's dashboard, a conversation's customer
 * summary, a record's page), a CRM record, or an app the host configured (a form, a third-party
 * page in an iframe).
 */
export interface AppTab {
  /** `anchor`, `record:{entity}:{id}` or `app:{appId}:{n}`. */
  readonly id: string;
  readonly kind: 'anchor' | 'record' | 'app';
  readonly title: string;
  readonly record?: { readonly entity: string; readonly id: string };
  readonly app?: { readonly id: string; readonly url?: string; readonly sandbox?: AppSandboxPolicy };
}

/** What to open as an application tab. */
export type AppTarget =
  | { readonly record: RecordRef }
  | { readonly app: { readonly id: string; readonly title: string; readonly url?: string; readonly sandbox?: AppSandboxPolicy } };

export type OpenTabResult =
  | { readonly status: 'opened' | 'focused'; readonly session: Session; readonly tab: AppTab }
  | { readonly status: 'limit-reached'; readonly maxTabs: number };

/** A conversation to open as a session: its work item and the title the agent should read. */
export interface ConversationRef {
  readonly workItemId: string;
  /** The customer's name when known, else the visitor's display name. */
  readonly title?: string;
  /** A closed conversation opens read-only. */
  readonly readOnly?: boolean;
}

export interface SessionState {
  /** Home first, then the other sessions in the order they were opened. */
  readonly sessions: readonly Session[];
  /** The session the agent is working in; always one of `sessions`. */
  readonly focusedId: string;
  readonly panelMode: PanelMode;
  /** How many sessions besides Home may be open at once. */
  readonly maxSessions: number;
  /** How many application tabs a session may have, its anchor tab included. */
  readonly maxTabs: number;
}

/** What happened, as told to store subscribers. */
export type SessionChange =
  | { readonly type: 'session-opened'; readonly session: Session }
  | { readonly type: 'session-focused'; readonly session: Session; readonly previous: Session | undefined }
  | { readonly type: 'session-closed'; readonly session: Session }
  | { readonly type: 'session-title-changed'; readonly session: Session; readonly previousTitle: string }
  | { readonly type: 'session-icon-changed'; readonly session: Session }
  | { readonly type: 'panel-mode-changed'; readonly mode: PanelMode }
  | { readonly type: 'max-sessions-changed'; readonly maxSessions: number }
  /** An open was refused because `maxSessions` sessions are already open. State is unchanged. */
  | { readonly type: 'session-limit-reached'; readonly maxSessions: number; readonly title: string }
  | { readonly type: 'state-restored' }
  | { readonly type: 'tab-opened' | 'tab-focused' | 'tab-closed'; readonly session: Session; readonly tab: AppTab }
  | { readonly type: 'tab-title-changed'; readonly session: Session; readonly tab: AppTab; readonly previousTitle: string }
  /** A tab could not open because its session has `maxTabs` tabs. State is unchanged. */
  | { readonly type: 'tab-limit-reached'; readonly session: Session; readonly maxTabs: number; readonly title: string }
  | { readonly type: 'max-tabs-changed'; readonly maxTabs: number };

/** The answer to an open request. */
export type OpenSessionResult =
  | { readonly status: 'opened'; readonly session: Session }
  /** The record already had a session; it was focused instead of opening a second one. */
  | { readonly status: 'focused'; readonly session: Session }
  | { readonly status: 'limit-reached'; readonly maxSessions: number };

/** Saved state, as `JSON.stringify(store)` writes it and `store.restore()` reads it back. */
export interface SessionSnapshot extends SessionState {
  readonly version: 1;
}
