import { LitElement, html, nothing } from 'lit';
import { ContextValueController } from '../../context/context-value-controller.js';
import { crmDataSourceContext } from '../../context/data-context.js';
import { SessionStoreController } from '../../context/store-controller.js';
import { LoadTask } from '../../controllers/load-task.js';
import { RecordSearchController } from '../../controllers/record-search.js';
import { ListNavigationController } from '../../controllers/list-navigation.js';
import { checkedDataSource } from '../../data/checked-data-source.js';
import type { CrmDataSource } from '../../data/crm-data-source.js';
import type { CaseRecord, CrmCode, RecordMatch, SummarySubject } from '../../data/records.js';
import { normaliseTitle, isolate } from '../../state/title.js';
import type { Session } from '../../state/session.js';
import { conversationSessionId } from '../../state/session-ids.js';
import type { SessionStore } from '../../state/session-store.js';
import { sessionExtras } from '../../state/session-extras.js';
import { caseCustomer, recordsPlan, summaryStart, type SummaryRef, type SummarySection, type SummarySubjectRefs } from '../../state/summary-plan.js';
import { ownEntry } from '../../state/own.js';
import { linkConversationRecord, unlinkConversationRecord } from '../../actions/work-item-actions.js';
import { linkSlotOf, type LinkSlot } from '../../state/work-item.js';
import { actOnStore, fire, storeActingFrom } from '../../events.js';
import { buttonStyles } from '../shared/button.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { customerSummaryStyles } from './customer-summary.styles.js';
import { activitiesSection, type ActivitiesView, type ActivityKind } from './activities-section.js';
import { caseSection } from './case-section.js';
import { conversationSection, type ConversationTab } from './conversation-section.js';
import { customerSection } from './customer-section.js';
import { recentCasesSection } from './recent-cases-section.js';
import { sectionCard, type SectionContext } from './section-card.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import '../../state/store-tabs.js';
import { commonTerms, summaryTerms } from '../../i18n/en.js';

/** This element's English terms: its fallback, and the terms it reads in every language. */
const TERMS = { ...commonTerms, ...summaryTerms };

/** Each search's accessible name and hint, by the slot it fills. */
const SEARCH_TERMS = {
  customer: { label: 'searchCustomers', hint: 'searchCustomersHint' },
  case: { label: 'searchCases', hint: 'searchCasesHint' },
} as const satisfies Record<LinkSlot, { label: keyof typeof TERMS; hint: keyof typeof TERMS }>;

/** The sections a linked customer brings: its profile and its recent cases. */
const CUSTOMER_SECTIONS: ReadonlySet<SummarySection> = new Set(['customer', 'recentCases']);

/**
 * The customer summary of a session: who the customer is, what the conversation is about, the
 * case, recent cases and a timeline of activities, each section loading and failing on its own.
 *
 * It shows the focused session unless `session-id` names another. For a conversation with no
 * identified customer, the **Customer** and **Case** sections offer an inline search (combobox
 * **Search customers** / **Search cases**); picking a result links it (one customer and one case
 * at most), and the session title follows everywhere: the linked customer's name, else the linked
 * case's title, else the visitor's name. **Unlink {name}** undoes it. A record session opened by
 * Shift+click shows the record's own summary. Answers that arrive after the agent moved to
 * another session are dropped, never shown under the wrong session.
 *
 * @summary Customer, conversation, case, recent cases and activities of a session, with record linking.
 * @tagname customer-summary
 *
 * @attr session-id - The session to summarise; the focused session when absent.
 * @attr work-item-id - A conversation to summarise, with or without a session; wins over session-id.
 *
 * Values the CRM sends from a fixed list (a case's status and priority, an account's relationship,
 * a preferred channel, an activity's type) are codes; the summary shows their labels
 * (`CRM_CODE_LABELS`), and a host with labels of its own passes them as `codeLabels`.
 *
 * The quick note and the search text are kept as drafts of the session (`sessionExtras`), so
 * they survive switching sessions and, with `<session-provider persist>`, a reload. A quick note
 * with text reports itself as unsaved input (`session-content-dirty`), so closing its session
 * says it will be lost. Text typed while a note is saving stays in the box; a second click while
 * it saves does not save it twice.
 *
 * @fires {CustomEvent<SessionContentDirtyEventDetail>} session-content-dirty - The quick note got text (`dirty: true`) or was saved or emptied (`dirty: false`).
 * @fires {CustomEvent<SessionTitleChangedEventDetail>} session-title-changed - Linking or unlinking a customer retitled the conversation's session.
 * @fires {CustomEvent<AppTabEventDetail>} app-tab-opened - A recent case the agent clicked opened as a tab of the session.
 * @fires {CustomEvent<AppTabEventDetail>} app-tab-focused - A recent case the agent clicked is shown (opened now, or its tab already there).
 * @fires {CustomEvent<AppTabLimitReachedEventDetail>} app-tab-limit-reached - A recent case the agent clicked could not open: the session has as many tabs as it may.
 *
 * @csspart header - The heading row: title, the session's title and Refresh.
 * @csspart title - The "Customer summary" heading.
 * @csspart subtitle - The session's title beside it.
 * @csspart refresh - The Refresh button (also has the part `button`).
 * @csspart notice - A message about the whole summary, such as a failed link.
 * @csspart card - Every section's card (each also has its own part, below).
 * @csspart customer-card - The Customer card.
 * @csspart conversation-card - The Conversation summary card.
 * @csspart case-card - The Case card.
 * @csspart recent-cases-card - The Recent cases card.
 * @csspart activities-card - The Recent activities card.
 * @csspart card-heading - Each card's heading.
 * @csspart details - A card's list of fields (a `dl`); `term` and `value` are its names and values.
 * @csspart term - A field's name.
 * @csspart value - A field's value.
 * @csspart button - Every action button: Refresh, Retry, Unlink, Add note.
 * @csspart retry - A card's Retry button, after it failed to load.
 * @csspart unlink - The Unlink button of a linked customer or case.
 * @csspart add-note - The Add note button.
 * @csspart tab - The Pre-chat and Visitor details tabs of the conversation card.
 * @csspart search - A record search box (combobox).
 * @csspart results - Its list of results.
 *
 * @cssprop --ehe-color-surface - Background. Every `--ehe-color-*` token has light and dark defaults that follow the page's `color-scheme`.
 * @cssprop --ehe-color-surface-raised - Raised backgrounds: icons, badges, loading placeholders.
 * @cssprop --ehe-color-text - Text colour.
 * @cssprop --ehe-color-text-muted - Secondary text and icons.
 * @cssprop --ehe-color-border - Borders.
 * @cssprop --ehe-color-accent - Primary buttons, selection and focus rings.
 * @cssprop --ehe-color-on-accent - Text on the accent colour.
 * @cssprop --ehe-color-selected - Background of what is selected or highlighted.
 * @cssprop --ehe-color-hover - Hover background.
 * @cssprop --ehe-color-danger - Errors and destructive buttons.
 * @cssprop --ehe-focus-ring - Focus outline (default: 2px solid the accent colour).
 * @cssprop --ehe-radius - Corner radius (default 6px).
 * @cssprop --ehe-font-family - Font (default: system-ui, sans-serif).
 * @cssprop --ehe-font-size - Base font size (default 0.875rem).
 */
export class CustomerSummary extends LitElement {
  static override styles = [tokens, buttonStyles, customerSummaryStyles];
  static override properties = { sessionId: { attribute: 'session-id' }, workItemId: { attribute: 'work-item-id' }, codeLabels: { attribute: false } };

  /** The session to summarise; the focused session when absent. */
  declare sessionId?: string;

  /** A conversation to summarise directly, whether or not it has a session; wins over `session-id`. */
  declare workItemId?: string;

  /**
   * The host's own labels for CRM codes (`{'on-hold': 'Paused'}`), over the kit's English ones
   * (`CRM_CODE_LABELS`); a code with no label anywhere is shown as it is.
   */
  declare codeLabels?: Readonly<Partial<Record<CrmCode, string>>>;

  readonly #sessions = new SessionStoreController(this, (change) => {
    if (change.type === 'session-focused' || change.type === 'state-restored' || change.type === 'session-closed') this.#follow();
  });
  readonly #data = new ContextValueController<CrmDataSource>(this, crmDataSourceContext, {
    map: checkedDataSource,
    attach: () => {
      this.#shown = undefined;
      this.#follow();
    },
  });
  /** The inline searches that link a customer or a case (one each), their text kept as drafts. */
  readonly #searches: Readonly<Record<LinkSlot, RecordSearchController>> = {
    customer: this.#recordSearch('customer'),
    case: this.#recordSearch('case'),
  };
  // Left/Right/Home/End between the Pre-chat and Visitor details tabs.
  protected readonly conversationTabs = new ListNavigationController<HTMLElement>(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')],
    current: () => this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ?? undefined,
    orientation: 'horizontal',
  });

  // Each section loads on its own (a new load aborts the one before, and its late answer is dropped).
  readonly #conversation = new LoadTask(this, async ([crm, workItemId]: [CrmDataSource, string], { signal }) => {
    const item = await crm.getWorkItem(workItemId, { signal });
    // The conversation's links decide what else loads.
    if (!signal.aborted) this.#loadRecords(crm, { workItemId, customer: item.customer, case: item.case });
    return item;
  });
  readonly #customer = new LoadTask(this, async ([crm, ref]: [CrmDataSource, SummaryRef | undefined], { signal }) => (ref ? crm.getCustomer(ref, { signal }) : null));
  readonly #recentCases = new LoadTask(this, ([crm, ref]: [CrmDataSource, SummaryRef], { signal }) => crm.listRecentCases(ref, { signal }));
  readonly #case = new LoadTask(this, async ([crm, ref, customerFromCase]: [CrmDataSource, SummaryRef | undefined, boolean], { signal }) => {
    const record = ref ? await crm.getCase(ref, { signal }) : null;
    if (record && customerFromCase && !signal.aborted) this.#loadRecords(crm, { case: ref, customer: caseCustomer(record) }, CUSTOMER_SECTIONS);
    return record;
  });
  readonly #activities = new LoadTask(this, ([crm, subject]: [CrmDataSource, SummarySubject], { signal }) => crm.listActivities(subject, { signal }));
  readonly #tasks = [this.#conversation, this.#customer, this.#recentCases, this.#case, this.#activities];

  /** The session whose data is on screen (or loading). */
  #shown?: string;
  #conversationTab: ConversationTab = 'pre-chat';
  #activityFilter = new Set<ActivityKind>(['customer', 'case', 'conversation']);
  #notice: string | ((t: typeof TERMS) => string) = '';
  protected readonly localize = new LocalizeController(this, TERMS);
  /** The quick note of the shown session (its draft in the store's extras). */
  #note = '';
  #noteError: string | ((t: typeof TERMS) => string) = '';
  /** A note is being saved: further clicks on Add note wait for it. */
  #saving = false;
  /** Whether this element last told its tab it has unsaved input. */
  #reportedDirty = false;

  /** The session summarised now (for `work-item-id`, the conversation's session or a stand-in). */
  get session(): Session | undefined {
    const store = this.store;
    if (this.workItemId) {
      const id = this.workItemId;
      let existing: Session | undefined;
      try {
        existing = store.findConversationSession(id);
      } catch {
        // Not even a possible id: the stand-in below loads nothing the CRM knows, and says so.
      }
      return existing ?? { id: conversationSessionId(id), kind: 'conversation', title: normaliseTitle('', this.localize.t.conversationFallback(id)), conversation: { workItemId: id, readOnly: false } };
    }
    return this.sessionId ? store.findSession(this.sessionId) : store.focusedSession;
  }

  /** Reloads every section. */
  refresh(): void {
    this.#load();
  }

  /**
   * The session store this element works with: the one handed to it (`element.store = myStore`,
   * which the elements inside it share), else its `<session-provider>`'s, else the page's.
   * Setting `undefined` goes back to the provider's; anything but a store is refused with one
   * console error (a property set never throws).
   */
  get store(): SessionStore {
    return this.#sessions.store;
  }

  set store(store: SessionStore | undefined) {
    this.#sessions.store = store;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('sessionId') || changed.has('workItemId')) this.#follow();
  }

  /** Loads the summary again when the session to show is another one. */
  #follow(): void {
    if (this.session?.id !== this.#shown) this.#load();
  }

  #load(): void {
    const session = this.session;
    const crm = this.#data.value;
    const switched = this.#shown !== session?.id;
    this.#shown = session?.id;
    for (const [slot, search] of Object.entries(this.#searches)) {
      search.reset();
      if (session) search.restore(sessionExtras(this.store).draft(session.id, `${slot}-search`));
    }
    if (session) {
      const extras = sessionExtras(this.store);
      if (switched) {
        this.#note = extras.draft(session.id, 'quick-note');
        this.#noteError = '';
        this.#reportDirty();
      }
    }
    this.#notice = '';
    for (const task of this.#tasks) task.clear();
    this.requestUpdate();
    if (!crm) return;
    const start = summaryStart(session);
    if (start.kind === 'conversation') void this.#conversation.run(crm, start.workItemId);
    else if (start.kind === 'records') this.#loadRecords(crm, start);
    else if (start.kind === 'unsupported') this.#notice = (t) => t.noSummaryFor(start.entity);
  }

  /** Starts the record sections the plan has for this subject (only those of `only`, when given). */
  #loadRecords(crm: CrmDataSource, subject: SummarySubjectRefs, only?: ReadonlySet<SummarySection>): void {
    const { sections, customerFromCase } = recordsPlan(subject);
    const load = (section: SummarySection) => sections.has(section) && (!only || only.has(section));
    const { workItemId, customer, case: kase } = subject;
    if (load('customer')) void this.#customer.run(crm, customer);
    if (load('recentCases')) void this.#recentCases.run(crm, customer!);
    if (load('case')) void this.#case.run(crm, kase, customerFromCase);
    if (load('activities')) void this.#activities.run(crm, { workItemId, customer, case: kase });
  }

  get #workItem() {
    return this.#conversation.status === 'complete' ? this.#conversation.value : undefined;
  }

  get #readOnly(): boolean {
    return this.session?.conversation?.readOnly === true;
  }

  #link(match: RecordMatch): Promise<void> {
    return this.#relink((crm, id) => linkConversationRecord(storeActingFrom(this, this.store), crm, id, match), (t, why) => t.couldNotLink(isolate(match.name), why), `[data-unlink="${linkSlotOf(match.entity)}"]`);
  }

  #unlink(slot: LinkSlot, name: string): Promise<void> {
    return this.#relink((crm, id) => unlinkConversationRecord(storeActingFrom(this, this.store), crm, id, slot), (t, why) => t.couldNotUnlink(isolate(name), why), `[aria-label="${this.localize.t[SEARCH_TERMS[slot].label]}"]`);
  }

  /** Links or unlinks; then the summary loads again and focus goes to `focus`, or the failure is said in the notice. */
  async #relink(change: (crm: CrmDataSource, workItemId: string) => Promise<{ status: string; message?: string; code?: string }>, failed: (t: typeof TERMS, why: string) => string, focus: string): Promise<void> {
    const item = this.#workItem;
    const crm = this.#data.value;
    if (!item || !crm) return;
    const result = await change(crm, item.id);
    if (result.status === 'failed') {
      const { message, code } = result;
      this.#notice = (t) => failed(t, t.crmError(code, message ?? ''));
      this.requestUpdate();
      return;
    }
    this.#load();
    await this.#settled();
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  /** Resolves once no section is loading any more (sections that a loaded one starts included) and the result is on screen. */
  async #settled(): Promise<void> {
    let pending;
    while ((pending = this.#tasks.filter((task) => task.status === 'pending')).length) await Promise.all(pending.map((task) => task.taskComplete));
    await this.updateComplete;
  }

  async #addNote(): Promise<void> {
    const item = this.#workItem;
    const crm = this.#data.value;
    const sessionId = this.session?.id;
    const text = this.#note;
    if (this.#saving || !item || !crm || !sessionId || !text.trim()) return;
    this.#saving = true;
    this.requestUpdate();
    try {
      await crm.addNote(item.id, text);
      // What the agent typed while it saved stays: only the saved text leaves the box.
      const now = sessionId === this.#shown ? this.#note : sessionExtras(this.store).draft(sessionId, 'quick-note');
      const rest = now === text ? '' : now.startsWith(text) ? now.slice(text.length).replace(/^\s+/, '') : now;
      if (sessionId === this.#shown) this.#setNote(rest);
      else sessionExtras(this.store).setDraft(sessionId, 'quick-note', rest);
      this.#noteError = '';
      if (sessionId === this.#shown) void this.#activities.retry();
    } catch (error) {
      // The agent's text stays in the box.
      const { message, code } = (error ?? {}) as { message?: string; code?: string };
      this.#noteError = (t) => t.noteNotSaved(t.crmError(code, message ?? String(error)));
    } finally {
      this.#saving = false;
    }
    this.requestUpdate();
  }

  #setNote(text: string): void {
    this.#note = text;
    this.#keepDraft('quick-note', text);
    this.#reportDirty();
  }

  #recordSearch(slot: LinkSlot): RecordSearchController {
    return new RecordSearchController(this, {
      id: slot,
      label: () => this.localize.t[SEARCH_TERMS[slot].label],
      placeholder: () => this.localize.t[SEARCH_TERMS[slot].hint],
      terms: () => this.localize.t,
      search: (query, signal) => this.#data.value!.searchRecords(slot, query, { signal }),
      onPick: (match) => void this.#link(match),
      onQueryChange: (query) => this.#keepDraft(`${slot}-search`, query),
    });
  }

  #keepDraft(name: string, text: string): void {
    const session = this.session;
    if (session) sessionExtras(this.store).setDraft(session.id, name, text);
  }

  /** Tells the tab around this summary whether the quick note holds unsaved text. */
  #reportDirty(): void {
    const dirty = this.#note.trim() !== '';
    if (dirty === this.#reportedDirty) return;
    this.#reportedDirty = dirty;
    // With the desktop saved, the note is a draft that comes back after a reload.
    fire(this, 'session-content-dirty', { dirty, what: this.localize.t.aQuickNote, kept: sessionExtras(this.store).persisted });
  }

  /** The agent's words for a CRM code: the host's label, else the kit's, else the code as it is. */
  #label = (code: string): string => ownEntry(this.codeLabels, code) ?? ownEntry(this.localize.t.crmCodes, code) ?? code;

  protected override render() {
    const session = this.session;
    const t = this.localize.t;
    if (!this.#data.value) return html`<p class="muted">${t.noCrm}</p>`;
    if (!session || session.kind === 'home') return html`<p class="muted">${t.openToSeeSummary}</p>`;
    const linkable = !!this.#workItem && !this.#readOnly;
    const context: SectionContext = {
      linkable: linkable,
      t,
      timeAgo: (since, now) => this.localize.timeAgo(since, now),
      label: this.#label,
      unlink: (slot, name) =>
        linkable ? html`<button part="unlink button" class="button" data-unlink=${slot} aria-label=${t.unlinkNamed(name)} @click=${() => this.#unlink(slot, name)}>${t.unlink}</button>` : nothing,
    };
    const activities: ActivitiesView = {
      shown: this.#activityFilter,
      filter: (kind, on) => this.#filter(kind, on),
      note: this.#note,
      noteError: this.#noteError,
      saving: this.#saving,
      setNote: (text) => this.#setNote(text),
      addNote: () => void this.#addNote(),
    };
    // A conversation's links are only known once the conversation has loaded.
    const idle = this.#conversation.status === 'error' ? t.shownOnceLoaded : t.nothingLinked;
    return html`<header part="header">
        <h2 part="title">${t.customerSummary}</h2>
        <span part="subtitle" class="subtitle" dir="auto">${session.title}</span>
        <button part="refresh button" class="button" @click=${() => this.refresh()}>${t.refresh}</button>
      </header>
      ${this.#notice ? html`<p part="notice" class="error notice" role="alert">${typeof this.#notice === 'function' ? this.#notice(t) : this.#notice}</p>` : nothing}
      ${sectionCard(t, 'customer', this.#customer, (data) => customerSection(data, context, () => this.#searches.customer.render()), idle)}
      ${sectionCard(t, 'conversation', this.#conversation, (item) =>
        conversationSection(item, { t, readOnly: this.#readOnly, tab: this.#conversationTab, show: (tab) => this.#showTab(tab) }),
      )}
      ${sectionCard(t, 'case', this.#case, (data) => caseSection(data, context, () => this.#searches.case.render()), idle)}
      ${sectionCard(t, 'recentCases', this.#recentCases, (cases) => recentCasesSection(cases, context, (event, kase) => this.#openCase(event, kase)))}
      ${sectionCard(t, 'activities', this.#activities, (list) => activitiesSection(list, context, activities))}`;
  }

  /**
   * A plain click on a recent case opens it as a tab of the session; Shift+click (a session) and
   * Ctrl/Cmd+click (a tab) are the page-wide gestures and are left to them.
   */
  #openCase(event: MouseEvent, kase: CaseRecord): void {
    if (event.shiftKey || event.ctrlKey || event.metaKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    const session = this.session;
    if (session && this.store.findSession(session.id)) actOnStore(this, this.store, () => this.store.openTab({ record: kase }, { sessionId: session.id }));
  }

  #showTab(id: ConversationTab): void {
    if (this.#conversationTab === id) return;
    this.#conversationTab = id;
    this.requestUpdate();
  }

  #filter(kind: ActivityKind, on: boolean): void {
    if (on) this.#activityFilter.add(kind);
    else this.#activityFilter.delete(kind);
    this.requestUpdate();
  }
}
