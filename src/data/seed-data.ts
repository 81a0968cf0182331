import type { RecordRef } from '../state/session.js';
import type { Channel, WorkItem, WorkItemState } from '../state/work-item.js';
import type { SeededRandom } from './seeded-random.js';

// Names in many scripts, a very long one and hostile ones: the kit must show them all, as text.
const FIRST = ['Émilie', 'Łukasz', 'Дмитрий', 'Σοφία', 'محمد', 'יעל', 'प्रिया', '美咲', '민준', 'José', 'Aoife', 'Chidi', 'Nguyễn', 'Zoë', 'Søren', 'Ana'];
const LAST = ['Dubois', 'Wiśniewski', 'Иванов', 'Παπαδοπούλου', 'العلي', 'כהן', 'शर्मा', '佐藤', '김', 'García', "O'Brien", 'Okafor', 'Văn An', 'Müller', 'Jørgensen', 'Lopez'];
const HOSTILE = ['<img src=x onerror=alert(1)>', '"; DROP TABLE contacts; --', '\u202Eevil\u202C Mallory'];
const LONG_NAME = 'Maximiliana Alexandrina Konstantinopoulou-Vanderbilt-Fitzgerald-Montgomery the Third';
const COMPANIES = [
  'Contoso Pharmaceuticals',
  'Fabrikam Électricité',
  'Ünlü Tekstil A.Ş.',
  '東京海上サービス株式会社',
  'Αθηναϊκή Ναυτιλιακή',
  'Northwind Traders',
  'Adventure Works',
  'Tailspin Toys',
  'Wide World Importers',
  'The Extraordinarily Long-Named International Consolidated Holdings and Subsidiaries of the Northern Hemisphere Limited',
];
const SUBJECTS = [
  'Refund not received',
  'Printer jams on every second page',
  'Cannot sign in to the portal',
  'Change of delivery address',
  'Invoice shows the wrong VAT',
  'Upgrade to the premium plan',
  'Parcel arrived damaged',
  'Question about my warranty',
  'Cancel my subscription',
  'Password reset e-mail never arrives',
];
const QUEUES = [
  { id: 'q-billing', name: 'Billing' },
  { id: 'q-tech', name: 'Technical support' },
  { id: 'q-sales', name: 'Sales' },
  { id: 'q-returns', name: 'Returns' },
  { id: 'q-vip', name: 'VIP customers' },
];
const BROWSERS = ['Chrome 131', 'Firefox 133', 'Safari 18', 'Edge 131'];
const SYSTEMS = ['Windows 11', 'macOS 15', 'Android 15', 'iOS 18', 'Ubuntu 24.04'];
const PLACES = ['Lyon, France', 'Kraków, Poland', 'Москва, Россия', 'Αθήνα, Ελλάδα', 'دبي', 'תל אביב', 'मुंबई', '東京', '서울', 'Madrid, España'];
const LANGUAGES = ['fr-FR', 'pl-PL', 'ru-RU', 'el-GR', 'ar-AE', 'he-IL', 'hi-IN', 'ja-JP', 'ko-KR', 'es-ES'];
const CHANNEL_MIX: Channel[] = ['chat', 'chat', 'chat', 'sms', 'sms', 'voice', 'record'];

export interface SeedRecords {
  readonly accounts: RecordRef[];
  readonly contacts: (RecordRef & { readonly accountId: string })[];
  readonly cases: (RecordRef & { readonly customerId: string })[];
  readonly queues: typeof QUEUES;
}

/** Accounts, contacts (each in an account) and cases, all deterministic for a seed. */
export function seedRecords(random: SeededRandom, counts: { accounts: number; contacts: number; cases: number }): SeedRecords {
  const accounts = Array.from({ length: counts.accounts }, (_, i) => ({
    entity: 'account',
    id: `ACC-${1001 + i}`,
    name: i < COMPANIES.length ? COMPANIES[i]! : `${random.pick(COMPANIES)} ${i}`,
  }));
  const contacts = Array.from({ length: counts.contacts }, (_, i) => ({
    entity: 'contact',
    id: `CON-${2001 + i}`,
    name: i < HOSTILE.length ? HOSTILE[i]! : i === HOSTILE.length ? LONG_NAME : `${random.pick(FIRST)} ${random.pick(LAST)}`,
    accountId: random.pick(accounts).id,
  }));
  const cases = Array.from({ length: counts.cases }, (_, i) => ({
    entity: 'incident',
    id: `CAS-${String(1001 + i).padStart(5, '0')}`,
    name: random.pick(SUBJECTS),
    customerId: random.pick(contacts).id,
  }));
  return { accounts, contacts, cases, queues: QUEUES };
}

const STATE_MIX: WorkItemState[] = ['open', 'open', 'open', 'active', 'waiting', 'in-progress', 'wrap-up', 'closed', 'closed'];

/** One conversation, in a state spread across the dashboard's streams. */
export function seedWorkItem(
  random: SeededRandom,
  records: SeedRecords,
  index: number,
  options: { agentId: string; now: number; state?: WorkItemState; otherAgents?: readonly string[] },
): WorkItem {
  const channel = random.pick(CHANNEL_MIX);
  const authenticated = channel === 'record' || random.chance(0.5);
  const contact = authenticated ? random.pick(records.contacts) : undefined;
  const state = options.state ?? random.pick(STATE_MIX);
  const place = random.int(0, PLACES.length - 1);
  const mine = state !== 'open' && random.chance(0.85);
  const agent = mine ? options.agentId : random.pick(options.otherAgents ?? ['agent-2']);
  const createdAt = options.now - random.int(5, 3 * 24 * 3600) * 1000;
  const linkedCase = contact && random.chance(0.4) ? records.cases.find((c) => c.customerId === contact.id) : undefined;
  return {
    id: `WI-${String(10001 + index)}`,
    channel,
    state,
    subject: random.pick(SUBJECTS),
    visitor: {
      displayName: contact?.name ?? `Visitor ${random.int(1000, 9999)}`,
      authenticated,
      browser: channel === 'chat' ? random.pick(BROWSERS) : undefined,
      os: channel === 'chat' ? random.pick(SYSTEMS) : undefined,
      location: PLACES[place],
      language: LANGUAGES[place],
    },
    ...(contact ? { customer: { entity: 'contact', id: contact.id, name: contact.name } } : {}),
    ...(linkedCase ? { case: { entity: 'incident', id: linkedCase.id, name: linkedCase.name } } : {}),
    queue: random.pick(records.queues),
    ...(state === 'open' ? {} : state === 'closed' ? { handledBy: agent } : { assignedTo: agent, handledBy: agent }),
    createdAt,
    updatedAt: Math.min(options.now, createdAt + random.int(0, 3600) * 1000),
    preChat:
      channel === 'chat'
        ? [
            { question: 'What can we help you with?', answer: random.pick(SUBJECTS) },
            { question: 'Order number (if any)', answer: random.chance(0.5) ? `SO-${random.int(10000, 99999)}` : '' },
          ]
        : [],
  };
}
