import { html, type TemplateResult } from 'lit';
import type { CaseRecord } from '../../data/records.js';
import { details, type SectionContext } from './section-card.js';

/** The Case card: the linked case's details, else the search to link one. */
export function caseSection(kase: CaseRecord | null, context: SectionContext, search: () => TemplateResult): TemplateResult {
  if (!kase) {
    return context.linkable ? html`<p class="muted">No case is linked to this conversation yet.</p>${search()}` : html`<p class="muted">No case is linked.</p>`;
  }
  return html`<div class="name-line"><span dir="auto">${kase.name}</span>${context.unlink('case', kase.name)}</div>
    ${details([
      ['Number', kase.number],
      ['Priority', context.label(kase.priority)],
      ['Status', context.label(kase.status)],
      ['Product', kase.product],
      ['Owner', kase.owner],
    ])}`;
}
