import { html, type TemplateResult } from 'lit';
import type { CaseRecord } from '../../data/records.js';
import { details, type SectionContext } from './section-card.js';

/** The Case card: the linked case's details, else the search to link one. */
export function caseSection(kase: CaseRecord | null, context: SectionContext, search: () => TemplateResult): TemplateResult {
  const { t } = context;
  if (!kase) {
    return context.linkable ? html`<p class="muted">${t.noCaseYet}</p>${search()}` : html`<p class="muted">${t.noCase}</p>`;
  }
  return html`<div class="name-line"><span dir="auto">${kase.name}</span>${context.unlink('case', kase.name)}</div>
    ${details([
      [t.fields.number, kase.number],
      [t.fields.priority, context.label(kase.priority)],
      [t.fields.status, context.label(kase.status)],
      [t.fields.product, kase.product],
      [t.fields.owner, kase.owner],
    ])}`;
}
