import { plural } from './format.js';

const p = (n: number, one: string, other: string) => plural('en', n, { one, other });

/** A failed CRM call in a language's words: its sentence for the error's code, else the CRM's own message. */
export function crmErrorIn(sentences: Readonly<Record<string, string>>, code: string | undefined, message: string): string {
  return code !== undefined && Object.hasOwn(sentences, code) ? sentences[code]! : message;
}

/** Every element's: the language, and the names of Home and its tabs. */
export const commonTerms = {
  $code: 'en',
  $name: 'English',
  $dir: 'ltr' as 'ltr' | 'rtl',
  home: 'Home',
  dashboard: 'Dashboard',
  customerSummary: 'Customer summary',
  cancel: 'Cancel',
};

/** The elements that load work from the CRM and show it (`<work-item-stream>`, `<incoming-conversation>`, `<customer-summary>`): each part below carries it. */
export const workTerms = {
  refresh: 'Refresh',
  retry: 'Retry',
  noCrm: 'No CRM is connected. Give the page a data source (see provideCrmDataSource).',
  couldNotLoad: (what: string, why: string) => `Could not load ${what}: ${why}`,
  /** A failed CRM call, in the agent's words: English shows the CRM's own message. */
  crmError: (_code: string | undefined, message: string): string => message,
  conversationFallback: (id: string) => `Conversation ${id}`,
  unnamedQueue: 'Unnamed queue',
  channels: { chat: 'Chat', sms: 'SMS', voice: 'Voice', record: 'Record' },
  states: { open: 'Open', active: 'Active', waiting: 'Waiting', 'in-progress': 'In progress', 'wrap-up': 'Wrap-up', closed: 'Closed' },
};

/** What a tab bar holds: `<session-panel>` sessions, `<app-tab-panel>` tabs. */
export type Closable = 'session' | 'tab';

/**
 * A tab bar's close button and close dialog: one family of terms for what either bar holds
 * (`closeNamed('session', title)`, `closeNamed('tab', title)`), so a language states each once.
 * English names each kind by its own word; a language names them in its table's module, as these
 * sentences need them (French: 'la session', 'l’onglet'). Both panels carry it.
 */
export const closeTerms = {
  /** The close button's name: "Close session Contoso". */
  closeNamed: (what: Closable, title: string) => `Close ${what} ${title}`,
  /** The close dialog's heading. */
  closeQuestion: (what: Closable) => `Close ${what}?`,
  /** The close dialog's confirm button. */
  closeConfirm: (what: Closable) => `Close ${what}`,
  /** A button's name with the key that does the same, as its tooltip: "Close tab Notes (Delete)". */
  deleteHint: (label: string) => `${label} (Delete)`,
};

/** Opening one session more than the limit allows (`<session-panel>`, `<work-item-stream>`): the notice. */
export const limitTerms = {
  sessionLimit: (max: number, title: string) => `You can have ${p(max, '# session', '# sessions')} open besides Home. Close one to open “${title}”.`,
};

/** `<session-panel>`. */
export const sessionTerms = {
  ...closeTerms,
  ...limitTerms,
  sessions: 'Sessions',
  collapsePanel: 'Collapse session panel',
  expandPanel: 'Expand session panel',
  closeSessionText: (title: string) => `“${title}” will be closed.`,
  /** Added to the close dialog's text for a session whose conversation is still going on. */
  conversationNotEnded: ' Its conversation is not ended.',
  unsavedWillBeLost: (list: string) => `Unsaved input will be lost: ${list}.`,
  unsavedIn: (what: string, tab: string) => `${what} in “${tab}”`,
  conversationGone: (title: string) => `“${title}” was closed: its conversation no longer exists in the CRM.`,
  conversationReadOnlyNow: (title: string) => `“${title}” is read-only now: its conversation was closed meanwhile.`,
  unsavedInput: 'unsaved input',
};

/** `<app-tab-panel>`. */
export const tabTerms = {
  ...closeTerms,
  applications: 'Applications',
  openApplication: 'Open application',
  applicationsToOpen: 'Applications to open',
  closeTabText: (title: string, list: string) => `“${title}” has unsaved input: ${list}. Closing the tab loses it.`,
  tabLimit: (max: number, title: string) => `A session can have ${p(max, '# tab', '# tabs')}. Close one to open “${title}”.`,
};

/** `<session-view>`. */
export const viewTerms = {
  /** `why`: the renderer's own error message (the host's words), when it gave one. */
  tabNotShown: (why: string | undefined) => `This tab could not be shown: ${why ?? 'its renderer failed'}.`,
  noRenderer: (app: string) => `No renderer is registered for the app "${app}".`,
};

/** `<work-item-stream>`. */
export const streamTerms = {
  ...workTerms,
  ...limitTerms,
  streamTitles: { my: 'My work items', open: 'Open work items', closed: 'Closed work items' },
  streamEmpty: {
    my: 'Nothing is assigned to you right now.',
    open: 'No conversations are waiting in your queues.',
    closed: 'You have not closed any conversations yet.',
  },
  unknownStream: (name: string) => `Unknown stream "${name}"`,
  useStreamNames: (title: string) => `${title}: use stream="my", "open" or "closed".`,
  countShown: (n: number) => `${n} shown`,
  filter: 'Filter',
  filterNamed: (title: string) => `Filter ${title}`,
  sortNamed: (title: string) => `Sort ${title}`,
  newestFirst: 'Newest first',
  oldestFirst: 'Oldest first',
  refreshNamed: (title: string) => `Refresh ${title}`,
  loadingList: (title: string) => `Loading ${title}…`,
  malformedSkipped: (n: number) => `${p(n, '# work item', '# work items')} could not be shown: the CRM sent malformed data.`,
  noMatch: (filter: string) => `No work items match “${filter}”.`,
  newRows: (n: number) => `${n} new`,
  newRowsLabel: (n: number, title: string) => `${p(n, '# new work item', '# new work items')} above: go to the top of ${title}`,
  waiting: (duration: string) => `Waiting ${duration}`,
  updated: (timeAgo: string) => `Updated ${timeAgo}`,
  moreOptionsFor: (name: string) => `More options for ${name}`,
  workItemActions: 'Work item actions',
  pick: 'Pick',
  open: 'Open',
  couldNotPick: (name: string, why: string) => `Could not pick “${name}”: ${why}`,
  couldNotOpen: (name: string, why: string) => `Could not open “${name}”: ${why}`,
  limitPick: (max: number, name: string) => `You can have ${p(max, '# session', '# sessions')} open besides Home. Close one to pick “${name}”.`,
};

/** `<incoming-conversation>`. */
export const offerTerms = {
  ...workTerms,
  incoming: (channel: string, name: string) => `Incoming ${channel} · ${name}`,
  secondsLeft: (n: number) => `${p(n, '# second', '# seconds')} left to answer`,
  offerDetails: (queue: string, waited: string) => `${queue} · waiting ${waited}`,
  accept: 'Accept',
  reject: 'Reject',
  announceOffer: (channel: string, name: string, queue: string) => `Incoming ${channel} from ${name}, queue ${queue}.`,
  couldNotAccept: (why: string) => `Could not accept: ${why}`,
  limitAccept: (max: number) => `You can have ${p(max, '# session', '# sessions')} open besides Home. Close one to accept this conversation.`,
  couldNotReject: (why: string) => `Could not reject: ${why}`,
};

/** `<customer-summary>` and its record search. */
export const summaryTerms = {
  ...workTerms,
  sectionTitles: { conversation: 'Conversation summary', customer: 'Customer', case: 'Case', recentCases: 'Recent cases', activities: 'Recent activities' },
  openToSeeSummary: 'Open a conversation or a record to see its customer summary.',
  noSummaryFor: (entity: string) => `There is no customer summary for ${entity} records.`,
  loadingSection: (title: string) => `Loading ${title}`,
  shownOnceLoaded: 'Shown once the conversation summary loads.',
  nothingLinked: 'Nothing linked.',
  searchCustomers: 'Search customers',
  searchCustomersHint: 'Name, e-mail, phone, company, account number…',
  searchCases: 'Search cases',
  searchCasesHint: 'Case number or title…',
  couldNotLink: (name: string, why: string) => `Could not link “${name}”: ${why}`,
  couldNotUnlink: (name: string, why: string) => `Could not unlink “${name}”: ${why}`,
  noteNotSaved: (why: string) => `The note was not saved: ${why}`,
  aQuickNote: 'a quick note',
  noCustomerYet: 'No customer is linked to this conversation yet.',
  noCustomer: 'No customer is linked.',
  noCaseYet: 'No case is linked to this conversation yet.',
  noCase: 'No case is linked.',
  contact: 'Contact',
  account: 'Account',
  unlink: 'Unlink',
  unlinkNamed: (name: string) => `Unlink ${name}`,
  fields: {
    jobTitle: 'Job title',
    company: 'Company',
    city: 'City',
    preferredChannel: 'Preferred channel',
    email: 'E-mail',
    mobile: 'Mobile',
    phone: 'Phone',
    accountNumber: 'Account number',
    relationship: 'Relationship',
    number: 'Number',
    priority: 'Priority',
    status: 'Status',
    product: 'Product',
    owner: 'Owner',
    name: 'Name',
    authenticated: 'Authenticated',
    browser: 'Browser',
    os: 'Operating system',
    location: 'Location',
    language: 'Language',
  },
  yes: 'Yes',
  no: 'No',
  readOnlyConversation: 'This conversation is closed: read-only.',
  preChat: 'Pre-chat',
  visitorDetails: 'Visitor details',
  noPreChat: 'No pre-chat answers.',
  noCases: 'No cases.',
  show: 'Show',
  activityKinds: { customer: 'Customer', case: 'Case', conversation: 'Conversation' },
  activitiesList: 'Activities',
  activityMeta: (by: string, timeAgo: string) => `${by} · ${timeAgo}`,
  noActivities: 'No activities to show.',
  quickNote: 'Quick note',
  savingNote: 'Saving note…',
  addNote: 'Add note',
  /** The codes the CRM sends from fixed lists (case status and priority, relationship, preferred channel, activity type). */
  crmCodes: {
    active: 'Active',
    'on-hold': 'On hold',
    'waiting-for-details': 'Waiting for details',
    resolved: 'Resolved',
    low: 'Low',
    normal: 'Normal',
    high: 'High',
    critical: 'Critical',
    customer: 'Customer',
    partner: 'Partner',
    prospect: 'Prospect',
    vendor: 'Vendor',
    email: 'Email',
    phone: 'Phone',
    chat: 'Chat',
    sms: 'SMS',
    any: 'Any',
    note: 'Note',
    'phone-call': 'Phone call',
    task: 'Task',
    appointment: 'Appointment',
  },
  searching: 'Searching…',
  searchFailed: (why: string) => `Search failed: ${why}`,
  noResults: (query: string) => `No results for “${query}”.`,
  resultCount: (n: number) => `${p(n, '# result', '# results')}.`,
  resultsOf: (label: string) => `${label}: results`,
};

/**
 * The English table: the typed source of truth for every term the kit shows the agent, and the
 * fallback for any term a language leaves out. Each element carries only its own part (so one
 * element's entry does not ship every element's words); a language table has them all.
 */
export const en = { ...commonTerms, ...workTerms, ...sessionTerms, ...tabTerms, ...viewTerms, ...streamTerms, ...offerTerms, ...summaryTerms };

type Widen<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : T[K] extends string ? string : Widen<T[K]>;
};

/** Every term the kit shows: a language table must have each one (a missing key does not compile). */
export type Terms = Widen<typeof en> & { readonly $dir: 'ltr' | 'rtl' };

/** What a host may register: a language code and any terms, the rest coming from the language's table or English. */
export type PartialTerms = { readonly $code: string } & { readonly [K in keyof Terms]?: Terms[K] extends string | ((...args: never[]) => string) ? Terms[K] : Partial<Terms[K]> };

export default en satisfies Terms;
