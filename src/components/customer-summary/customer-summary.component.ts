import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { ContextValueController } from '../../context/context-value-controller.js';
import { crmDataSourceContext } from '../../context/data-context.js';
import { SessionStoreController } from '../../context/store-controller.js';
import { RecordSearchController } from '../../controllers/record-search.js';
import { RovingTabindexController } from '../../controllers/roving-tabindex.js';
import { checkedDataSource, toCrmError } from '../../data/checked-data-source.js';
import type { CrmDataSource } from '../../data/crm-data-source.js';
import type { Activity, CaseRecord, CustomerRecord, RecordMatch } from '../../data/records.js';
import { normaliseTitle } from '../../state/title.js';
import type { Session } from '../../state/session.js';
import type { SessionStore } from '../../state/session-store.js';
import { sessionExtras } from '../../state/session-extras.js';
import { linkConversationRecord, unlinkConversationRecord } from '../../actions/work-item-actions.js';
import type { LinkSlot, WorkItem } from '../../state/work-item.js';
import { fire } from '../../events.js';
import { buttonStyles } from '../shared/button.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { customerSummaryStyles } from './customer-summary.styles.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { commonTerms, summaryTerms } from '../../i18n/en.js';

/** This element's English terms: its fallback, and the terms it reads in every language. */
const TERMS = { ...commonTerms, ...summaryTerms };

type Section<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'error'; message: string; code?: string } | { state: 'none' };
interface Sections {
  conversation: Section<WorkItem>;
  customer: Section<CustomerRecord | null>;
  case: Section<CaseRecord | null>;
  recentCases: Section<CaseRecord[]>;
  activities: Section<Activity[]>;
}
type SectionName = keyof Sections;
type Ref = { entity: string; id: string };
type ActivityKind = Activity['about'];

const NONE: Sections = { conversation: { state: 'none' }, customer: { state: 'none' }, case: { state: 'none' }, recentCases: { state: 'none' }, activities: { state: 'none' } };
/** Each card's own part, beside the `card` part every card has. */
const CARD_PARTS: Record<SectionName, string> = {
  conversation: 'conversation-card',
  customer: 'customer-card',
  case: 'case-card',
  recentCases: 'recent-cases-card',
  activities: 'activities-card',
};

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
 * The quick note and the search text are kept as drafts of the session (`sessionExtras`), so
 * they survive switching sessions and, with `<session-provider persist>`, a reload. A quick note
 * with text reports itself as unsaved input (`session-content-dirty`), so closing its session
 * says it will be lost. Text typed while a note is saving stays in the box; a second click while
 * it saves does not save it twice.
 *
 * @fires {CustomEvent<SessionContentDirtyEventDetail>} session-content-dirty - The quick note got text (`dirty: true`) or was saved or emptied (`dirty: false`).
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
  static override properties = { sessionId: { attribute: 'session-id' }, workItemId: { attribute: 'work-item-id' } };

  /** The session to summarise; the focused session when absent. */
  declare sessionId?: string;

  /** A conversation to summarise directly, whether or not it has a session; wins over `session-id`. */
  declare workItemId?: string;

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
  readonly #customerSearch = new RecordSearchController(this, {
    id: 'customer',
    label: () => this.localize.t.searchCustomers,
    placeholder: () => this.localize.t.searchCustomersHint,
    terms: () => this.localize.t,
    search: (query, signal) => this.#data.value!.searchRecords('customer', query, { signal }),
    onPick: (match) => void this.#link(match),
    onQueryChange: (query) => this.#keepDraft('customer-search', query),
  });
  readonly #caseSearch = new RecordSearchController(this, {
    id: 'case',
    label: () => this.localize.t.searchCases,
    placeholder: () => this.localize.t.searchCasesHint,
    terms: () => this.localize.t,
    search: (query, signal) => this.#data.value!.searchRecords('case', query, { signal }),
    onPick: (match) => void this.#link(match),
    onQueryChange: (query) => this.#keepDraft('case-search', query),
  });
  // Left/Right/Home/End between the Pre-chat and Visitor details tabs.
  protected readonly conversationTabs = new RovingTabindexController<HTMLElement>(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')],
    current: () => this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ?? undefined,
    orientation: 'horizontal',
  });

  #sections: Sections = NONE;
  #loaders: Partial<Record<SectionName, () => Promise<unknown>>> = {};
  #generation = 0;
  /** The session whose data is on screen (or loading). */
  #shown?: string;
  #conversationTab: 'pre-chat' | 'visitor' = 'pre-chat';
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
    const store = this.#store;
    if (this.workItemId) {
      const id = this.workItemId;
      let existing: Session | undefined;
      try {
        existing = store.findConversationSession(id);
      } catch {
        // Not even a possible id: the stand-in below loads nothing the CRM knows, and says so.
      }
      return existing ?? { id: `conversation:${id}`, kind: 'conversation', title: normaliseTitle('', this.localize.t.conversationFallback(id)), conversation: { workItemId: id, readOnly: false } };
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

  get #store(): SessionStore {
    return this.#sessions.store;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('sessionId') || changed.has('workItemId')) this.#follow();
  }

  /** Loads the summary again when the session to show is another one. */
  #follow(): void {
    if (this.session?.id !== this.#shown) this.#load();
  }

  #load(): void {
    const generation = ++this.#generation;
    const session = this.session;
    const crm = this.#data.value;
    const switched = this.#shown !== session?.id;
    this.#shown = session?.id;
    this.#customerSearch.reset();
    this.#caseSearch.reset();
    if (session) {
      const extras = sessionExtras(this.#store);
      this.#customerSearch.restore(extras.draft(session.id, 'customer-search'));
      this.#caseSearch.restore(extras.draft(session.id, 'case-search'));
      if (switched) {
        this.#note = extras.draft(session.id, 'quick-note');
        this.#noteError = '';
        this.#reportDirty();
      }
    }
    this.#notice = '';
    this.#sections = { ...NONE };
    this.#loaders = {};
    this.requestUpdate();
    if (!crm || !session || session.kind === 'home') return;
    if (session.conversation) {
      const workItemId = session.conversation.workItemId;
      this.#run(generation, 'conversation', async () => {
        const item = await crm.getWorkItem(workItemId);
        if (generation === this.#generation) this.#loadRecords(generation, crm, item.customer, item.case, workItemId);
        return item;
      });
    } else if (session.record) {
      const { entity } = session.record;
      if (entity === 'incident') this.#loadRecords(generation, crm, undefined, session.record);
      else if (entity === 'contact' || entity === 'account') this.#loadRecords(generation, crm, session.record, undefined);
      else this.#notice = (t) => t.noSummaryFor(entity);
    }
  }

  #loadRecords(generation: number, crm: CrmDataSource, customer: Ref | undefined, kase: Ref | undefined, workItemId?: string): void {
    const loadCustomer = (ref: Ref | undefined) => {
      this.#run(generation, 'customer', async () => (ref ? crm.getCustomer(ref) : null));
      if (ref) this.#run(generation, 'recentCases', () => crm.listRecentCases(ref));
    };
    if (customer || workItemId) loadCustomer(customer);
    if (kase || workItemId) {
      this.#run(generation, 'case', async () => {
        const record = kase ? await crm.getCase(kase) : null;
        // A case opened on its own: its customer is the case's contact.
        if (record && !customer && !workItemId && generation === this.#generation) loadCustomer({ entity: 'contact', id: record.customerId });
        return record;
      });
    }
    this.#run(generation, 'activities', () => crm.listActivities({ workItemId, customer, case: kase }));
  }

  /** Loads one section; an answer for an older generation (another session) is dropped. */
  #run<K extends SectionName>(generation: number, name: K, load: () => Promise<unknown>): void {
    this.#loaders[name] = load;
    this.#sections = { ...this.#sections, [name]: { state: 'loading' } };
    this.requestUpdate();
    load().then(
      (data) => this.#settle(generation, name, { state: 'ready', data } as Sections[K]),
      (error: unknown) => this.#settle(generation, name, { state: 'error', message: toCrmError(error).message, code: toCrmError(error).code } as Sections[K]),
    );
  }

  #settle<K extends SectionName>(generation: number, name: K, section: Sections[K]): void {
    if (generation !== this.#generation) return;
    this.#sections = { ...this.#sections, [name]: section };
    this.requestUpdate();
  }

  #retry(name: SectionName): void {
    const load = this.#loaders[name];
    if (load) this.#run(this.#generation, name, load);
  }

  get #workItem(): WorkItem | undefined {
    const conversation = this.#sections.conversation;
    return conversation.state === 'ready' ? conversation.data : undefined;
  }

  get #readOnly(): boolean {
    return this.session?.conversation?.readOnly === true;
  }

  async #link(match: RecordMatch): Promise<void> {
    const item = this.#workItem;
    const crm = this.#data.value;
    if (!item || !crm) return;
    const result = await linkConversationRecord(this.#store, crm, item.id, match);
    if (result.status === 'failed') {
      const { message, code } = result;
      this.#notice = (t) => t.couldNotLink(match.name, t.crmError(code, message));
      this.requestUpdate();
      return;
    }
    this.#load();
    await this.#settled();
    this.renderRoot.querySelector<HTMLElement>(`[data-unlink="${match.entity === 'incident' ? 'case' : 'customer'}"]`)?.focus();
  }

  async #unlink(slot: LinkSlot, name: string): Promise<void> {
    const item = this.#workItem;
    const crm = this.#data.value;
    if (!item || !crm) return;
    const result = await unlinkConversationRecord(this.#store, crm, item.id, slot);
    if (result.status === 'failed') {
      const { message, code } = result;
      this.#notice = (t) => t.couldNotUnlink(name, t.crmError(code, message));
      this.requestUpdate();
      return;
    }
    this.#load();
    await this.#settled();
    this.renderRoot.querySelector<HTMLElement>(`[aria-label="${slot === 'case' ? this.localize.t.searchCases : this.localize.t.searchCustomers}"]`)?.focus();
  }

  /** Resolves once no section is loading any more. */
  async #settled(): Promise<void> {
    for (let i = 0; i < 200 && Object.values(this.#sections).some((s) => s.state === 'loading'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
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
      const now = sessionId === this.#shown ? this.#note : sessionExtras(this.#store).draft(sessionId, 'quick-note');
      const rest = now === text ? '' : now.startsWith(text) ? now.slice(text.length).replace(/^\s+/, '') : now;
      if (sessionId === this.#shown) this.#setNote(rest);
      else sessionExtras(this.#store).setDraft(sessionId, 'quick-note', rest);
      this.#noteError = '';
      if (sessionId === this.#shown) this.#retry('activities');
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

  #keepDraft(name: string, text: string): void {
    const session = this.session;
    if (session) sessionExtras(this.#store).setDraft(session.id, name, text);
  }

  /** Tells the tab around this summary whether the quick note holds unsaved text. */
  #reportDirty(): void {
    const dirty = this.#note.trim() !== '';
    if (dirty === this.#reportedDirty) return;
    this.#reportedDirty = dirty;
    // With the desktop saved, the note is a draft that comes back after a reload.
    fire(this, 'session-content-dirty', { dirty, what: this.localize.t.aQuickNote, kept: sessionExtras(this.#store).persisted });
  }

  protected override render() {
    const session = this.session;
    const t = this.localize.t;
    if (!this.#data.value) return html`<p class="muted">${t.noCrm}</p>`;
    if (!session || session.kind === 'home') return html`<p class="muted">${t.openToSeeSummary}</p>`;
    const { conversation, customer, case: kase, recentCases, activities } = this.#sections;
    return html`<header part="header">
        <h2 part="title">${t.customerSummary}</h2>
        <span part="subtitle" class="subtitle" dir="auto">${session.title}</span>
        <button part="refresh button" class="button" @click=${() => this.refresh()}>${t.refresh}</button>
      </header>
      ${this.#notice ? html`<p part="notice" class="error notice" role="alert">${typeof this.#notice === 'function' ? this.#notice(t) : this.#notice}</p>` : nothing}
      ${this.#section('customer', customer, (data) => this.#customer(data))}
      ${conversation.state === 'none' ? nothing : this.#section('conversation', conversation, (data) => this.#conversation(data))}
      ${this.#section('case', kase, (data) => this.#case(data))} ${this.#section('recentCases', recentCases, (data) => this.#recentCases(data))}
      ${this.#section('activities', activities, (data) => this.#activities(data))}`;
  }

  #section<T>(name: SectionName, section: Section<T>, content: (data: T) => TemplateResult): TemplateResult | typeof nothing {
    if (section.state === 'none' && name !== 'customer' && name !== 'case') return nothing;
    const id = `${name}-title`;
    const t = this.localize.t;
    const title = t.sectionTitles[name];
    let body: TemplateResult;
    if (section.state === 'loading') body = html`<div class="skeleton" aria-busy="true" aria-label=${t.loadingSection(title)}><span></span><span></span><span></span></div>`;
    else if (section.state === 'error') {
      body = html`<div class="error" role="alert">
        <span>${t.couldNotLoad(title, t.crmError(section.code, section.message))}</span>
        <button part="retry button" class="button" @click=${() => this.#retry(name)}>${t.retry}</button>
      </div>`;
    } else if (section.state === 'none') {
      // A conversation's links are only known once the conversation has loaded.
      body = html`<p class="muted">${this.#sections.conversation.state === 'error' ? t.shownOnceLoaded : t.nothingLinked}</p>`;
    }
    else body = content(section.data);
    return html`<section part=${`card ${CARD_PARTS[name]}`} aria-labelledby=${id} data-section=${name}><h3 part="card-heading" id=${id}>${title}</h3>${body}</section>`;
  }

  #customer(customer: CustomerRecord | null) {
    const t = this.localize.t;
    if (!customer) {
      return this.#workItem && !this.#readOnly
        ? html`<p class="muted">${t.noCustomerYet}</p>${this.#customerSearch.render()}`
        : html`<p class="muted">${t.noCustomer}</p>`;
    }
    const rows: [string, string][] =
      customer.entity === 'contact'
        ? [
            [t.fields.jobTitle, customer.jobTitle],
            [t.fields.company, customer.company],
            [t.fields.city, customer.city],
            [t.fields.preferredChannel, customer.preferredChannel],
            [t.fields.email, customer.email],
            [t.fields.mobile, customer.mobile],
          ]
        : [
            [t.fields.accountNumber, customer.number],
            [t.fields.relationship, customer.relationship],
            [t.fields.city, customer.city],
            [t.fields.preferredChannel, customer.preferredChannel],
            [t.fields.email, customer.email],
            [t.fields.phone, customer.phone],
          ];
    return html`<div class="name-line">
        <span dir="auto">${customer.name}</span>
        <span class="muted">${customer.entity === 'contact' ? t.contact : t.account}</span>
        ${this.#unlinkButton('customer', customer.name)}
      </div>
      ${details(rows)}`;
  }

  #case(kase: CaseRecord | null) {
    const t = this.localize.t;
    if (!kase) {
      return this.#workItem && !this.#readOnly
        ? html`<p class="muted">${t.noCaseYet}</p>${this.#caseSearch.render()}`
        : html`<p class="muted">${t.noCase}</p>`;
    }
    return html`<div class="name-line"><span dir="auto">${kase.name}</span>${this.#unlinkButton('case', kase.name)}</div>
      ${details([
        [t.fields.number, kase.number],
        [t.fields.priority, kase.priority],
        [t.fields.status, kase.status],
        [t.fields.product, kase.product],
        [t.fields.owner, kase.owner],
      ])}`;
  }

  #unlinkButton(slot: LinkSlot, name: string) {
    if (!this.#workItem || this.#readOnly) return nothing;
    return html`<button part="unlink button" class="button" data-unlink=${slot} aria-label=${this.localize.t.unlinkNamed(name)} @click=${() => this.#unlink(slot, name)}>${this.localize.t.unlink}</button>`;
  }

  #conversation(item: WorkItem) {
    const t = this.localize.t;
    const tab = (id: 'pre-chat' | 'visitor', label: string) =>
      html`<button
        part="tab"
        role="tab"
        id=${`tab-${id}`}
        aria-selected=${this.#conversationTab === id}
        aria-controls=${`panel-${id}`}
        @click=${() => this.#showTab(id)}
        @focus=${() => this.#showTab(id)}
      >
        ${label}
      </button>`;
    const visitor = item.visitor;
    const answers = item.preChat ?? [];
    return html`${this.#readOnly ? html`<p class="muted">${t.readOnlyConversation}</p>` : nothing}
      <div role="tablist" aria-label=${t.sectionTitles.conversation}>${tab('pre-chat', t.preChat)}${tab('visitor', t.visitorDetails)}</div>
      <div role="tabpanel" id="panel-pre-chat" aria-labelledby="tab-pre-chat" ?hidden=${this.#conversationTab !== 'pre-chat'}>
        ${answers.length ? details(answers.map((a) => [a.question, a.answer || '—'])) : html`<p class="muted">${t.noPreChat}</p>`}
      </div>
      <div role="tabpanel" id="panel-visitor" aria-labelledby="tab-visitor" ?hidden=${this.#conversationTab !== 'visitor'}>
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

  /**
   * A plain click on a recent case opens it as a tab of the session; Shift+click (a session) and
   * Ctrl/Cmd+click (a tab) are the page-wide gestures and are left to them.
   */
  #openCase(event: MouseEvent, kase: CaseRecord): void {
    if (event.shiftKey || event.ctrlKey || event.metaKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    const session = this.session;
    if (session && this.#store.findSession(session.id)) this.#store.openTab({ record: kase }, { sessionId: session.id });
  }

  #showTab(id: 'pre-chat' | 'visitor'): void {
    if (this.#conversationTab === id) return;
    this.#conversationTab = id;
    this.requestUpdate();
  }

  #recentCases(cases: CaseRecord[]) {
    if (!cases.length) return html`<p class="muted">${this.localize.t.noCases}</p>`;
    return html`<ul>
      ${cases.map(
        (c) =>
          html`<li>
            <a href=${`#${c.id}`} data-session-entity="incident" data-session-id=${c.id} data-session-title=${c.name} @click=${(e: MouseEvent) => this.#openCase(e, c)}>${c.name}</a>
            <span class="meta">${c.number} · ${c.status} · ${c.priority}</span>
          </li>`,
      )}
    </ul>`;
  }

  #activities(activities: Activity[]) {
    const now = Date.now();
    const t = this.localize.t;
    const shown = activities.filter((a) => this.#activityFilter.has(a.about));
    const box = (kind: ActivityKind, label: string) =>
      html`<label><input type="checkbox" .checked=${this.#activityFilter.has(kind)} @change=${(e: Event) => this.#filter(kind, (e.target as HTMLInputElement).checked)} /> ${label}</label>`;
    return html`<fieldset>
        <legend>${t.show}</legend>
        ${box('customer', t.activityKinds.customer)}${box('case', t.activityKinds.case)}${box('conversation', t.activityKinds.conversation)}
      </fieldset>
      ${shown.length
        ? html`<ol aria-label=${t.activitiesList}>
            ${shown.map((a) => html`<li><span>${a.type}: ${a.subject}</span><span class="meta">${t.activityMeta(a.by, this.localize.timeAgo(a.at, now))}</span></li>`)}
          </ol>`
        : html`<p class="muted">${t.noActivities}</p>`}
      ${this.#workItem && !this.#readOnly
        ? html`<div class="note">
            <label for="quick-note">${t.quickNote}</label>
            <textarea id="quick-note" rows="2" .value=${this.#note} @input=${(e: Event) => this.#setNote((e.target as HTMLTextAreaElement).value)}></textarea>
            ${this.#noteError ? html`<span class="error" role="alert">${typeof this.#noteError === 'function' ? this.#noteError(t) : this.#noteError}</span>` : nothing}
            <span class="muted" role="status">${this.#saving ? t.savingNote : ''}</span>
            <button part="add-note button" class="button" aria-disabled=${this.#saving ? 'true' : 'false'} @click=${() => this.#addNote()}>${t.addNote}</button>
          </div>`
        : nothing}`;
  }

  #filter(kind: ActivityKind, on: boolean): void {
    if (on) this.#activityFilter.add(kind);
    else this.#activityFilter.delete(kind);
    this.requestUpdate();
  }
}

function details(rows: readonly (readonly [string, string])[]) {
  return html`<dl part="details">${rows.map(([term, value]) => html`<dt part="term" dir="auto">${term}</dt><dd part="value" dir="auto">${value}</dd>`)}</dl>`;
}
