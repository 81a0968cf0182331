import type { Channel, WorkItem, WorkItemState } from '../state/work-item.js';
import type { AccountRecord, Activity, CaseRecord, ContactRecord, PreferredChannel } from './records.js';
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

const CITIES = ['Lyon', 'Kraków', 'Москва', 'Αθήνα', 'دبي', 'תל אביב', 'मुंबई', '東京', '서울', 'Madrid', 'Dublin', 'Lagos'];
const JOBS = ['Purchasing manager', 'Office manager', 'IT administrator', 'Chief financial officer', 'Owner', 'Accounts payable clerk'];
const CHANNELS_PREFERRED: PreferredChannel[] = ['email', 'phone', 'chat', 'sms', 'any'];
const PRODUCTS = ['LaserJet 4000', 'Cloud Backup Pro', 'Premium plan', 'Smart Thermostat', 'Office Suite 365'];
const OWNERS = ['Alex Agent', 'Sam Supervisor', 'Jordan Lee', 'Priya Patel'];
const ACTIVITY_SUBJECTS = ['Called about an invoice', 'Sent the return label', 'Follow-up on the refund', 'Asked for a callback', 'Shared troubleshooting steps', 'Renewal reminder'];

export interface SeedRecords {
  readonly accounts: AccountRecord[];
  readonly contacts: ContactRecord[];
  readonly cases: CaseRecord[];
  readonly activities: Map<string, Activity[]>;
  readonly queues: typeof QUEUES;
}

const slug = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '') || 'customer';

/** Accounts, contacts (each in an account), cases and their activities, deterministic for a seed. */
export function seedRecords(random: SeededRandom, counts: { accounts: number; contacts: number; cases: number }, now: number): SeedRecords {
  const phone = () => `+${random.int(1, 49)} ${random.int(100, 999)} ${random.int(100, 999)} ${random.int(1000, 9999)}`;
  const accounts: AccountRecord[] = Array.from({ length: counts.accounts }, (_, i) => {
    const name = i < COMPANIES.length ? COMPANIES[i]! : `${random.pick(COMPANIES)} ${i}`;
    return {
      entity: 'account',
      id: `ACC-${1001 + i}`,
      number: `ACC-${1001 + i}`,
      name,
      email: `info@${slug(name).slice(0, 24)}.example`,
      phone: phone(),
      city: random.pick(CITIES),
      relationship: random.pick(['customer', 'customer', 'partner', 'prospect', 'vendor'] as const),
      preferredChannel: random.pick(CHANNELS_PREFERRED),
    };
  });
  const contacts: ContactRecord[] = Array.from({ length: counts.contacts }, (_, i) => {
    const [firstName, lastName] = i < HOSTILE.length ? [HOSTILE[i]!, ''] : i === HOSTILE.length ? [LONG_NAME, ''] : [random.pick(FIRST), random.pick(LAST)];
    const account = random.pick(accounts);
    const name = lastName ? `${firstName} ${lastName}` : firstName;
    return {
      entity: 'contact',
      id: `CON-${2001 + i}`,
      name,
      firstName,
      lastName,
      jobTitle: random.pick(JOBS),
      accountId: account.id,
      company: account.name,
      email: `${slug(name).slice(0, 20)}.${2001 + i}@mail.example`,
      mobile: phone(),
      city: random.pick(CITIES),
      preferredChannel: random.pick(CHANNELS_PREFERRED),
    };
  });
  const cases: CaseRecord[] = Array.from({ length: counts.cases }, (_, i) => {
    const id = `CAS-${String(1001 + i).padStart(5, '0')}`;
    return {
      entity: 'incident',
      id,
      number: id,
      name: random.pick(SUBJECTS),
      priority: random.pick(['low', 'normal', 'normal', 'high', 'critical'] as const),
      status: random.pick(['active', 'active', 'on-hold', 'waiting-for-details', 'resolved'] as const),
      product: random.pick(PRODUCTS),
      owner: random.pick(OWNERS),
      customerId: random.pick(contacts).id,
      createdAt: now - random.int(1, 90) * 24 * 3600_000,
    };
  });
  const activities = new Map<string, Activity[]>();
  for (const record of [...contacts, ...cases]) {
    const about = record.entity === 'contact' ? 'customer' : 'case';
    activities.set(
      record.id,
      Array.from({ length: random.int(1, 4) }, (_, n) => ({
        id: `ACT-${record.id}-${n}`,
        about,
        type: random.pick(['note', 'email', 'phone-call', 'task', 'appointment'] as const),
        subject: random.pick(ACTIVITY_SUBJECTS),
        at: now - random.int(1, 60 * 24) * 60_000,
        by: random.pick(OWNERS),
      })),
    );
  }
  return { accounts, contacts, cases, activities, queues: QUEUES };
}

/** The id of the `index`th seeded (or offered) work item: `WI-10001`, `WI-10002`… */
export function seedWorkItemId(index: number): string {
  return `WI-${10001 + index}`;
}

const STATE_MIX: WorkItemState[] = ['open', 'open', 'open', 'active', 'waiting', 'in-progress', 'wrap-up', 'closed', 'closed'];

/** One conversation, in a state spread across the dashboard's streams. */
export function seedWorkItem(
  random: SeededRandom,
  records: SeedRecords,
  index: number,
  options: { agentId: string; now: number; state?: WorkItemState; otherAgents?: readonly string[] },
): WorkItem {
  const drawn = random.pick(CHANNEL_MIX);
  const authenticated = drawn === 'record' || random.chance(0.5);
  const contact = authenticated ? random.pick(records.contacts) : undefined;
  const state = options.state ?? random.pick(STATE_MIX);
  // Only SMS reaches In-progress (its session closed without ending): keep the seed reachable.
  const channel: Channel = state === 'in-progress' ? 'sms' : drawn;
  const place = random.int(0, PLACES.length - 1);
  const mine = state !== 'open' && random.chance(0.85);
  const agent = mine ? options.agentId : random.pick(options.otherAgents ?? ['agent-2']);
  const createdAt = options.now - random.int(5, 3 * 24 * 3600) * 1000;
  const linkedCase = contact && random.chance(0.4) ? records.cases.find((c) => c.customerId === contact.id) : undefined;
  return {
    id: seedWorkItemId(index),
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
