// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.
// JSX types for the raw tags in React 19. React 19 sets known properties as properties and
// listens to `on<event-name>` props for the event of that exact name: `<session-panel onsession-focused={…}>`.

import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SessionEventMap } from '../events.js';
import type { AppTabPanel } from '../components/app-tab-panel/app-tab-panel.component.js';
import type { CustomerSummary } from '../components/customer-summary/customer-summary.component.js';
import type { IncomingConversation } from '../components/incoming-conversation/incoming-conversation.component.js';
import type { SessionPanel } from '../components/session-panel/session-panel.component.js';
import type { SessionProvider } from '../components/session-provider/session-provider.component.js';
import type { SessionTab } from '../components/session-tab/session-tab.component.js';
import type { SessionView } from '../components/session-view/session-view.component.js';
import type { WorkItemStream } from '../components/work-item-stream/work-item-stream.component.js';

type EventOf<K extends string> = K extends keyof SessionEventMap ? SessionEventMap[K] : Event;

/** The props of a raw kit tag in JSX: its writable properties, attributes spelt otherwise, and `on<event-name>` listeners. */
export type KitElementJsxProps<E extends HTMLElement, Props extends keyof E, Attributes extends Record<string, keyof E>, Events extends string> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  Partial<Pick<E, Props>> & { [A in keyof Attributes]?: E[Attributes[A]] | string } & { [K in Events as `on${K}`]?: (event: EventOf<K>) => void };

/** The kit's tags with their JSX props. */
export interface KitIntrinsicElements {
  'app-tab-panel': KitElementJsxProps<AppTabPanel, 'applications' | 'recordLinkMatcher' | 'sessionId' | 'store', { 'session-id': 'sessionId' }, 'app-tab-close-requested' | 'app-tab-closed' | 'app-tab-focused' | 'app-tab-limit-reached' | 'app-tab-opened'>;
  'customer-summary': KitElementJsxProps<CustomerSummary, 'codeLabels' | 'sessionId' | 'store' | 'workItemId', { 'session-id': 'sessionId'; 'work-item-id': 'workItemId' }, 'app-tab-focused' | 'app-tab-limit-reached' | 'app-tab-opened' | 'session-content-dirty' | 'session-title-changed'>;
  'incoming-conversation': KitElementJsxProps<IncomingConversation, 'store', {}, 'session-focused' | 'session-limit-reached' | 'session-opened' | 'session-started'>;
  'session-panel': KitElementJsxProps<SessionPanel, 'recordLinkMatcher' | 'store', {}, 'session-close-requested' | 'session-closed' | 'session-focused'>;
  'session-provider': KitElementJsxProps<SessionProvider, 'dataSource' | 'dataSourceSpec' | 'maxSessions' | 'persist' | 'persistKey' | 'storage' | 'store' | 'token', { 'data-source': 'dataSourceSpec'; 'max-sessions': 'maxSessions'; 'persist-key': 'persistKey' }, never>;
  'session-tab': KitElementJsxProps<SessionTab, 'collapsed' | 'icon' | 'keyShortcuts' | 'label' | 'selected', {}, never>;
  'session-view': KitElementJsxProps<SessionView, 'noShortcuts' | 'renderers' | 'shortcuts' | 'store', { 'no-shortcuts': 'noShortcuts' }, 'app-tab-closed' | 'app-tab-focused' | 'session-focused'>;
  'work-item-stream': KitElementJsxProps<WorkItemStream, 'sort' | 'store' | 'stream', {}, 'session-focused' | 'session-limit-reached' | 'session-opened' | 'session-started'>;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends KitIntrinsicElements {}
  }
}
