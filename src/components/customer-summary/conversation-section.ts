import { html, nothing, type TemplateResult } from 'lit';
import type { WorkItem } from '../../state/work-item.js';
import { details, type SummaryTerms } from './section-card.js';

export type ConversationTab = 'pre-chat' | 'visitor';

/** The Conversation summary card: the Pre-chat answers and the Visitor details, as two tabs. */
export function conversationSection(item: WorkItem, view: { readonly t: SummaryTerms; readonly readOnly: boolean; readonly tab: ConversationTab; show(tab: ConversationTab): void }): TemplateResult {
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
  const { t } = view;
  return html`${view.readOnly ? html`<p class="muted">${t.readOnlyConversation}</p>` : nothing}
    <div role="tablist" aria-label=${t.sectionTitles.conversation}>${tab('pre-chat', t.preChat)}${tab('visitor', t.visitorDetails)}</div>
    <div role="tabpanel" id="panel-pre-chat" aria-labelledby="tab-pre-chat" ?hidden=${view.tab !== 'pre-chat'}>
      ${answers.length ? details(answers.map((a) => [a.question, a.answer || '—'])) : html`<p class="muted">${t.noPreChat}</p>`}
    </div>
    <div role="tabpanel" id="panel-visitor" aria-labelledby="tab-visitor" ?hidden=${view.tab !== 'visitor'}>
      ${details([
        [t.fields.name, visitor.displayName],
        [t.fields.authenticated, visitor.authenticated ? t.yes : t.no],
        [t.fields.browser, visitor.browser ?? '—'],
        [t.fields.os, visitor.os ?? '—'],
        [t.fields.location, visitor.location ?? '—'],
        [t.fields.language, visitor.language ?? '—'],
      ])}
    </div>`;
}
