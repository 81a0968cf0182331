import { html, type TemplateResult } from 'lit';
import type { CaseRecord } from '../../data/records.js';
import type { SectionContext } from './section-card.js';

/** The Recent cases card: the customer's cases, each a link that `open` opens. */
export function recentCasesSection(cases: CaseRecord[], context: SectionContext, open: (event: MouseEvent, kase: CaseRecord) => void): TemplateResult {
  if (!cases.length) return html`<p class="muted">${context.t.noCases}</p>`;
  return html`<ul>
    ${cases.map(
      (c) =>
        html`<li>
          <a href=${`#${c.id}`} data-session-entity="incident" data-session-id=${c.id} data-session-title=${c.name} @click=${(e: MouseEvent) => open(e, c)} dir="auto">${c.name}</a>
          <span class="meta">${c.number} · ${context.label(c.status)} · ${context.label(c.priority)}</span>
        </li>`,
    )}
  </ul>`;
}
