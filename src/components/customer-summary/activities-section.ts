import { html, nothing, type TemplateResult } from 'lit';
import type { Activity } from '../../data/records.js';
import type { SectionContext } from './section-card.js';
import { namedTerm } from '../shared/named-term.js';

export type ActivityKind = Activity['about'];

/** What the activities card needs from the summary: its filter and the quick note. */
export interface ActivitiesView {
  readonly shown: ReadonlySet<ActivityKind>;
  filter(kind: ActivityKind, on: boolean): void;
  readonly note: string;
  readonly noteError: string | ((t: SectionContext['t']) => string);
  readonly saving: boolean;
  setNote(text: string): void;
  addNote(): void;
}

/** The Recent activities card: the timeline, filtered by what each activity is about, and the quick note. */
export function activitiesSection(activities: Activity[], context: SectionContext, view: ActivitiesView): TemplateResult {
  const now = Date.now();
  const { t } = context;
  const shown = activities.filter((a) => view.shown.has(a.about));
  const box = (kind: ActivityKind, label: string) =>
    html`<label><input type="checkbox" .checked=${view.shown.has(kind)} @change=${(e: Event) => view.filter(kind, (e.target as HTMLInputElement).checked)} /> ${label}</label>`;
  return html`<fieldset>
      <legend>${t.show}</legend>
      ${box('customer', t.activityKinds.customer)}${box('case', t.activityKinds.case)}${box('conversation', t.activityKinds.conversation)}
    </fieldset>
    ${shown.length
      ? html`<ol aria-label=${t.activitiesList}>
          ${shown.map((a) => html`<li><span>${context.label(a.type)}: <bdi>${a.subject}</bdi></span><span class="meta">${namedTerm((n) => t.activityMeta(n[0], context.timeAgo(a.at, now)), [a.by])}</span></li>`)}
        </ol>`
      : html`<p class="muted">${t.noActivities}</p>`}
    ${context.linkable
      ? html`<div class="note">
          <label for="quick-note">${t.quickNote}</label>
          <textarea id="quick-note" rows="2" .value=${view.note} @input=${(e: Event) => view.setNote((e.target as HTMLTextAreaElement).value)}></textarea>
          ${view.noteError ? html`<span class="error" role="alert">${typeof view.noteError === 'function' ? view.noteError(t) : view.noteError}</span>` : nothing}
          <span class="muted" role="status">${view.saving ? t.savingNote : ''}</span>
          <button part="add-note button" class="button" aria-disabled=${view.saving ? 'true' : 'false'} @click=${() => view.addNote()}>${t.addNote}</button>
        </div>`
      : nothing}`;
}
