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

const event = <K extends keyof SessionEventMap>(name: K) => name as EventName<SessionEventMap[K]>;

/** `<app-tab-panel>` as a React component. Application tabs of a session, with Open application and close buttons. */
export const AppTabPanelElement = createComponent({
  tagName: 'app-tab-panel',
  elementClass: AppTabPanel,
  react: React,
  events: {
    onAppTabCloseRequested: event('app-tab-close-requested'),
    onAppTabClosed: event('app-tab-closed'),
    onAppTabFocused: event('app-tab-focused'),
    onAppTabLimitReached: event('app-tab-limit-reached'),
    onAppTabOpened: event('app-tab-opened'),
  },
  displayName: 'AppTabPanel',
});

/** `<customer-summary>` as a React component. Customer, conversation, case, recent cases and activities of a session, with record linking. */
export const CustomerSummaryElement = createComponent({
  tagName: 'customer-summary',
  elementClass: CustomerSummary,
  react: React,
  events: {
    onSessionContentDirty: event('session-content-dirty'),
    onSessionTitleChanged: event('session-title-changed'),
  },
  displayName: 'CustomerSummary',
});

/** `<incoming-conversation>` as a React component. Notifications of incoming conversations, with Accept and Reject. */
export const IncomingConversationElement = createComponent({
  tagName: 'incoming-conversation',
  elementClass: IncomingConversation,
  react: React,
  events: {
    onSessionFocused: event('session-focused'),
    onSessionLimitReached: event('session-limit-reached'),
    onSessionOpened: event('session-opened'),
    onSessionStarted: event('session-started'),
  },
  displayName: 'IncomingConversation',
});

/** `<session-panel>` as a React component. Vertical list of the agent's sessions, with Home first. */
export const SessionPanelElement = createComponent({
  tagName: 'session-panel',
  elementClass: SessionPanel,
  react: React,
  events: {
    onSessionCloseRequested: event('session-close-requested'),
    onSessionClosed: event('session-closed'),
    onSessionFocused: event('session-focused'),
  },
  displayName: 'SessionPanel',
});

/** `<session-provider>` as a React component. Shares one session store with every kit element inside it. */
export const SessionProviderElement = createComponent({
  tagName: 'session-provider',
  elementClass: SessionProvider,
  react: React,
  displayName: 'SessionProvider',
});

/** `<session-tab>` as a React component. A session's icon and title in the session panel. */
export const SessionTabElement = createComponent({
  tagName: 'session-tab',
  elementClass: SessionTab,
  react: React,
  displayName: 'SessionTab',
});

/** `<session-view>` as a React component. The work area: the focused session's tab, with every tab kept alive. */
export const SessionViewElement = createComponent({
  tagName: 'session-view',
  elementClass: SessionView,
  react: React,
  events: {
    onSessionFocused: event('session-focused'),
  },
  displayName: 'SessionView',
});

/** `<work-item-stream>` as a React component. A live, virtualized list of work items with Open or Pick on each row. */
export const WorkItemStreamElement = createComponent({
  tagName: 'work-item-stream',
  elementClass: WorkItemStream,
  react: React,
  events: {
    onSessionFocused: event('session-focused'),
    onSessionLimitReached: event('session-limit-reached'),
    onSessionOpened: event('session-opened'),
    onSessionStarted: event('session-started'),
  },
  displayName: 'WorkItemStream',
});
