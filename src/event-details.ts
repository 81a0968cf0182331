// The `detail` of every kit event: plain data, DOM-free, so the model entry (and Node) can name them.
import type { AppTab, Session } from './state/session.js';
import type { WorkItem } from './state/work-item.js';

/** `session-opened`, `session-closed`, `session-close-requested`: the session concerned. */
export interface SessionEventDetail {
  readonly session: Session;
}

/** `session-focused`: the session that now has focus and the one that had it. */
export interface SessionFocusedEventDetail extends SessionEventDetail {
  readonly previous: Session | undefined;
}

/** `session-title-changed`: the retitled session and its title before. */
export interface SessionTitleChangedEventDetail extends SessionEventDetail {
  readonly previousTitle: string;
}

/** `session-limit-reached`: the limit and the title of the session that could not open. */
export interface SessionLimitReachedEventDetail {
  readonly maxSessions: number;
  readonly title: string;
}

/** `session-started`: the agent started a conversation's session by Open, Pick or Accept. */
export interface SessionStartedEventDetail extends SessionEventDetail {
  readonly workItem: WorkItem;
  readonly via: 'open' | 'pick' | 'accept';
}

/** `app-tab-opened`, `app-tab-focused`, `app-tab-close-requested`, `app-tab-closed`. */
export interface AppTabEventDetail {
  readonly session: Session;
  readonly tab: AppTab;
}

/** `app-tab-limit-reached`: the session that is full, its limit and the tab that could not open. */
export interface AppTabLimitReachedEventDetail {
  readonly session: Session;
  readonly maxTabs: number;
  readonly title: string;
}
