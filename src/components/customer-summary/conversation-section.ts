import { html, nothing, type TemplateResult } from 'lit';
import type { WorkItem } from '../../state/work-item.js';
import { details } from './section-card.js';

export type ConversationTab = 'pre-chat' | 'visitor';

/** The Conversation summary card: the Pre-chat answers and the Visitor details, as two tabs. */
export function conversationSection(item: WorkItem, view: { readonly readOnly: boolean; readonly tab: ConversationTab; show(tab: ConversationTab): void }): TemplateResult {
  const tab = (id: ConversationTab, label: string) =>
    html`<button
      part="tab"
      role="tab"
      id=${`tab-${id}`}
      aria-selected=${view.tab === id}
      aria-controls=${`panel-${id}`}
      @click=${() => view.show(id)}
      @focus=${() => view.show(id)}
    >
      ${label}
    </button>`;
  const visitor = item.visitor;
  const answers = item.preChat ?? [];
  return html`${view.readOnly ? html`<p class="muted">This conversation is closed: read-only.</p>` : nothing}
    <div role="tablist" aria-label="Conversation summary">${tab('pre-chat', 'Pre-chat')}${tab('visitor', 'Visitor details')}</div>
    <div role="tabpanel" id="panel-pre-chat" aria-labelledby="tab-pre-chat" ?hidden=${view.tab !== 'pre-chat'}>
      ${answers.length ? details(answers.map((a) => [a.question, a.answer || '—'])) : html`<p class="muted">No pre-chat answers.</p>`}
    </div>
    <div role="tabpanel" id="panel-visitor" aria-labelledby="tab-visitor" ?hidden=${view.tab !== 'visitor'}>
      ${details([
        ['Name', visitor.displayName],
        ['Authenticated', visitor.authenticated ? 'Yes' : 'No'],
        ['Browser', visitor.browser ?? '—'],
        ['Operating system', visitor.os ?? '—'],
        ['Location', visitor.location ?? '—'],
        ['Language', visitor.language ?? '—'],
      ])}
    </div>`;
}
