// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.
// Vue 3 template types for the tags: `import type {} from 'engagement-hub-elements/vue'` once, then
// `<session-panel :store="store" @session-focused="…">` type-checks under vue-tsc --strictTemplates.

import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { SessionEventMap } from '../events.js';
import type { AppTabPanel } from '../components/app-tab-panel/app-tab-panel.component.js';
import type { CustomerSummary } from '../components/customer-summary/customer-summary.component.js';
import type { IncomingConversation } from '../components/incoming-conversation/incoming-conversation.component.js';
import type { SessionPanel } from '../components/session-panel/session-panel.component.js';
import type { SessionProvider } from '../components/session-provider/session-provider.component.js';
import type { SessionTab } from '../components/session-tab/session-tab.component.js';
import type { SessionView } from '../components/session-view/session-view.component.js';
import type { WorkItemStream } from '../components/work-item-stream/work-item-stream.component.js';

type EventMap = { [event: string]: Event };
type VueEmit<T extends EventMap> = EmitFn<{ [K in keyof T]: (event: T[K]) => void }>;

/** A custom element as Vue's template type checker sees a component (the pattern of Vue's own guide). */
export type DefineKitElement<E extends HTMLElement, Props extends keyof E, Attributes extends Record<string, keyof E>, Events extends EventMap> = new () => E & {
  /** @deprecated For template prop types only; do not use on an element ref. */
  $props: HTMLAttributes & Partial<Pick<E, Props>> & { [A in keyof Attributes]?: E[Attributes[A]] | string } & PublicProps;
  /** @deprecated For template event types only; do not use on an element ref. */
  $emit: VueEmit<Events>;
};

/** The kit's tags as Vue global components. */
export interface KitGlobalComponents {
  'app-tab-panel': DefineKitElement<AppTabPanel, 'applications' | 'recordLinkMatcher' | 'sessionId' | 'store', { 'session-id': 'sessionId' }, Pick<SessionEventMap, 'app-tab-close-requested' | 'app-tab-closed' | 'app-tab-focused' | 'app-tab-limit-reached' | 'app-tab-opened'>>;
  'customer-summary': DefineKitElement<CustomerSummary, 'codeLabels' | 'sessionId' | 'store' | 'workItemId', { 'session-id': 'sessionId'; 'work-item-id': 'workItemId' }, Pick<SessionEventMap, 'app-tab-focused' | 'app-tab-limit-reached' | 'app-tab-opened' | 'session-content-dirty' | 'session-title-changed'>>;
  'incoming-conversation': DefineKitElement<IncomingConversation, 'store', {}, Pick<SessionEventMap, 'session-focused' | 'session-limit-reached' | 'session-opened' | 'session-started'>>;
  'session-panel': DefineKitElement<SessionPanel, 'recordLinkMatcher' | 'store', {}, Pick<SessionEventMap, 'session-close-requested' | 'session-closed' | 'session-focused'>>;
  'session-provider': DefineKitElement<SessionProvider, 'dataSource' | 'dataSourceSpec' | 'maxSessions' | 'persist' | 'persistKey' | 'storage' | 'store' | 'token', { 'data-source': 'dataSourceSpec'; 'max-sessions': 'maxSessions'; 'persist-key': 'persistKey' }, Pick<SessionEventMap, never>>;
  'session-tab': DefineKitElement<SessionTab, 'collapsed' | 'icon' | 'keyShortcuts' | 'label' | 'selected', {}, Pick<SessionEventMap, never>>;
  'session-view': DefineKitElement<SessionView, 'noShortcuts' | 'renderers' | 'shortcuts' | 'store', { 'no-shortcuts': 'noShortcuts' }, Pick<SessionEventMap, 'app-tab-closed' | 'app-tab-focused' | 'session-focused'>>;
  'work-item-stream': DefineKitElement<WorkItemStream, 'sort' | 'store' | 'stream', {}, Pick<SessionEventMap, 'session-focused' | 'session-limit-reached' | 'session-opened' | 'session-started'>>;
}

declare module 'vue' {
  interface GlobalComponents extends KitGlobalComponents {}
}
