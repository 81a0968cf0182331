// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.
// React 19 wrappers: `<SessionPanel store={store} onSessionFocused={(e) => …} />`.

import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { SessionEventMap } from '../events.js';
import { AppTabPanel } from '../components/app-tab-panel/app-tab-panel.js';
import { CustomerSummary } from '../components/customer-summary/customer-summary.js';
import { IncomingConversation } from '../components/incoming-conversation/incoming-conversation.js';
import { SessionPanel } from '../components/session-panel/session-panel.js';
import { SessionProvider } from '../components/session-provider/session-provider.js';
import { SessionTab } from '../components/session-tab/session-tab.js';
import { SessionView } from '../components/session-view/session-view.js';
import { WorkItemStream } from '../components/work-item-stream/work-item-stream.js';
export type * from './jsx.js';

/** `session-focused` → `SessionFocused`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** The React props of kit events: `onSessionFocused` listens to `session-focused`, typed by its detail. */
type EventProps<K extends keyof SessionEventMap> = { [P in K as `on${Pascal<P>}`]: EventName<SessionEventMap[P]> };

/** A kit element as a React component (`@lit/react`), with an `on…` prop for each event it fires. */
function wrap<I extends HTMLElement, K extends keyof SessionEventMap = never>(tagName: string, elementClass: new () => I, displayName: string, events: readonly K[] = []) {
  const props: Record<string, string> = Object.fromEntries(events.map((name) => [`on${name.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase())}`, name]));
  return createComponent({ tagName, elementClass, react: React, events: props as EventProps<K>, displayName });
}

/** `<app-tab-panel>` as a React component. Application tabs of a session, with Open application and close buttons. */
export const AppTabPanelElement = wrap('app-tab-panel', AppTabPanel, 'AppTabPanel', ['app-tab-close-requested', 'app-tab-closed', 'app-tab-focused', 'app-tab-limit-reached', 'app-tab-opened']);

/** `<customer-summary>` as a React component. Customer, conversation, case, recent cases and activities of a session, with record linking. */
export const CustomerSummaryElement = wrap('customer-summary', CustomerSummary, 'CustomerSummary', ['app-tab-focused', 'app-tab-limit-reached', 'app-tab-opened', 'session-content-dirty', 'session-title-changed']);

/** `<incoming-conversation>` as a React component. Notifications of incoming conversations, with Accept and Reject. */
export const IncomingConversationElement = wrap('incoming-conversation', IncomingConversation, 'IncomingConversation', ['session-focused', 'session-limit-reached', 'session-opened', 'session-started']);

/** `<session-panel>` as a React component. Vertical list of the agent's sessions, with Home first. */
export const SessionPanelElement = wrap('session-panel', SessionPanel, 'SessionPanel', ['session-close-requested', 'session-closed', 'session-focused']);

/** `<session-provider>` as a React component. Shares one session store with every kit element inside it. */
export const SessionProviderElement = wrap('session-provider', SessionProvider, 'SessionProvider');

/** `<session-tab>` as a React component. A session's icon and title in the session panel. */
export const SessionTabElement = wrap('session-tab', SessionTab, 'SessionTab');

/** `<session-view>` as a React component. The work area: the focused session's tab, with every tab kept alive. */
export const SessionViewElement = wrap('session-view', SessionView, 'SessionView', ['app-tab-closed', 'app-tab-focused', 'session-focused']);

/** `<work-item-stream>` as a React component. A live, virtualized list of work items with Open or Pick on each row. */
export const WorkItemStreamElement = wrap('work-item-stream', WorkItemStream, 'WorkItemStream', ['session-focused', 'session-limit-reached', 'session-opened', 'session-started']);
