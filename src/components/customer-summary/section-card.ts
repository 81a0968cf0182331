import { html, nothing, type TemplateResult } from 'lit';
import type { LoadTask } from '../../controllers/load-task.js';
import { toCrmError } from '../../data/checked-data-source.js';
import type { SummarySection } from '../../state/summary-plan.js';
import type { LinkSlot } from '../../state/work-item.js';
import type { commonTerms, summaryTerms } from '../../i18n/en.js';

/** The summary's terms, in the element's language. */
export type SummaryTerms = typeof commonTerms & typeof summaryTerms;

/** What every section's content may use from the summary around it. */
export interface SectionContext {
  /** Links can be made and undone: a conversation is shown and it is not read-only. */
  readonly linkable: boolean;
  /** The terms in the summary's language. */
  readonly t: SummaryTerms;
  /** "3 min ago", in the summary's language. */
  timeAgo(sinceMs: number, nowMs: number): string;
  /** The agent's words for a CRM code (case status, priority, channel…); the code itself when it has none. */
  label(code: string): string;
  /** The Unlink button of a linked customer or case (nothing when links cannot change). */
  unlink(slot: LinkSlot, name: string): TemplateResult | typeof nothing;
}

/**
 * One section's card, from its load: a placeholder while it loads, the agent's message and Retry
 * when it failed, its content when it loaded. A section that did not start shows `idle`'s text,
 * or no card at all without one.
 */
export function sectionCard<R>(t: SummaryTerms, name: SummarySection, task: Pick<LoadTask<readonly unknown[], R>, 'status' | 'render' | 'retry'>, content: (data: R) => TemplateResult, idle?: string): TemplateResult | typeof nothing {
  if (task.status === 'initial' && idle === undefined) return nothing;
  const title = t.sectionTitles[name];
  const body = task.render<TemplateResult>({
    initial: () => html`<p class="muted">${idle}</p>`,
    pending: () => html`<div class="skeleton" aria-busy="true" aria-label=${t.loadingSection(title)}><span></span><span></span><span></span></div>`,
    error: (error) => html`<div class="error" role="alert">
      <span>${t.couldNotLoad(title, t.crmError(toCrmError(error).code, toCrmError(error).message))}</span>
      <button part="retry button" class="button" @click=${() => void task.retry()}>${t.retry}</button>
    </div>`,
    complete: content,
  });
  const id = `${name}-title`;
  // Each card's own part beside `card`: customer-card, recent-cases-card…
  const part = `card ${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}-card`;
  return html`<section part=${part} aria-labelledby=${id} data-section=${name}><h3 part="card-heading" id=${id}>${title}</h3>${body}</section>`;
}

/** A card's fields: names and values, as text. */
export function details(rows: readonly (readonly [string, string])[]) {
  return html`<dl part="details">${rows.map(([term, value]) => html`<dt part="term" dir="auto">${term}</dt><dd part="value" dir="auto">${value}</dd>`)}</dl>`;
}
