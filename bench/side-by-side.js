// The side-by-side benchmark's page: the kit (from src/, bundled by scripts/bench.mjs) and the
// libraries a team would pick instead, in one page. scripts/bench.mjs drives it: for every case it
// calls `setup(side)`, then measures `run(side)` (main-thread time through CDP, wall time here),
// then `teardown()`, alternating which side goes first. Only one side is on the page at a time.
// Nothing here asserts a speed.
// The kit as a host's bundler takes it: the published entry (its registrations are side effects it keeps).
import { SessionStore, provideCrmDataSource, provideSessionStore } from '../dist/engagement-hub-elements.js';
import '@shoelace-style/shoelace/dist/components/tab-group/tab-group.js';
import '@shoelace-style/shoelace/dist/components/tab/tab.js';
import '@shoelace-style/shoelace/dist/components/tab-panel/tab-panel.js';
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';

const stage = document.getElementById('stage');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = resolve; c.port2.postMessage(0); }));
const frames = async (n) => { for (let i = 0; i < n; i++) await frame(); };
const task = () => new Promise((resolve) => { const c = new MessageChannel(); c.port1.onmessage = resolve; c.port2.postMessage(0); });

// ---------------------------------------------------------------- data
const CHANNELS = ['chat', 'sms', 'voice', 'record'];
const NAMES = ['Émilie Dubois', 'Kenji Sato', 'Ana Souza', 'Oluwaseun Adeyemi', 'Jan Nowak', 'محمد علي', 'Ivan Petrov', 'Li Wei', 'Sofia Rossi', 'Lars Berg'];
const SUBJECTS = ['Billing question', 'Cannot log in', 'Parcel is late', 'Change my address', 'Refund request', 'Upgrade my plan'];
const QUEUES = ['Billing', 'Support', 'Shipping', 'Sales'];
const T0 = Date.now() - 6 * 3600_000;
function makeItems(n) {
  return Array.from({ length: n }, (_, i) => ({
    id: `WI-${String(i).padStart(6, '0')}`,
    channel: CHANNELS[i % 4],
    state: 'open',
    subject: `${SUBJECTS[i % SUBJECTS.length]} #${i}`,
    visitor: { displayName: `${NAMES[i % NAMES.length]} ${i}`, authenticated: i % 3 === 0 },
    queue: { id: `q${i % 4}`, name: QUEUES[i % 4] },
    createdAt: T0 + ((i * 7919) % 20000) * 1000,
    updatedAt: T0 + ((i * 7919) % 20000) * 1000,
  }));
}
const ITEMS = makeItems(10_000);
const STATE_LABEL = { open: 'Open' };
const CHANNEL_LABEL = { chat: 'Chat', sms: 'SMS', voice: 'Voice', record: 'Record' };

// A data source whose list answer the benchmark releases by hand ("data arrives").
class BenchCrm {
  agentId = 'agent-1';
  listeners = new Set();
  release;
  listWorkItems() {
    return new Promise((resolve) => (this.release = () => resolve(ITEMS.slice())));
  }
  subscribeWorkItems(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  subscribeOffers() {
    return () => {};
  }
  emit(change) {
    for (const listener of this.listeners) listener(change);
  }
}

// ---------------------------------------------------------------- fixtures
let current; // { side, ... } of the fixture on the page

function kitPanel(open, withView = false) {
  const host = document.createElement('div');
  host.className = 'panel-host';
  const store = new SessionStore({ maxSessions: 200 });
  provideSessionStore(host, store);
  host.innerHTML = withView ? '<session-panel></session-panel><session-view></session-view>' : '<session-panel></session-panel>';
  stage.append(host);
  for (let i = 0; i < open; i++) store.openRecordSession({ entity: 'account', id: String(i), name: `Account ${i} — ${NAMES[i % NAMES.length]}` });
  store.focusSession('home');
  return { host, store, panel: host.querySelector('session-panel') };
}

function slGroup(open) {
  const group = document.createElement('sl-tab-group');
  group.setAttribute('placement', 'start');
  group.className = 'panel-host';
  const tabs = ['<sl-tab slot="nav" panel="home">Home</sl-tab>'];
  const panels = ['<sl-tab-panel name="home">Home</sl-tab-panel>'];
  for (let i = 0; i < open; i++) {
    tabs.push(`<sl-tab slot="nav" panel="p${i}" closable>Account ${i} — ${NAMES[i % NAMES.length]}</sl-tab>`);
    panels.push(`<sl-tab-panel name="p${i}">Account ${i}</sl-tab-panel>`);
  }
  group.innerHTML = tabs.join('') + panels.join('');
  stage.append(group);
  return { host: group, group };
}

function slOpen(group, name) {
  const tab = document.createElement('sl-tab');
  tab.slot = 'nav';
  tab.panel = name;
  tab.closable = true;
  tab.textContent = `Account ${name}`;
  const panel = document.createElement('sl-tab-panel');
  panel.name = name;
  panel.textContent = `Account ${name}`;
  group.append(tab, panel);
  return [tab, panel];
}

async function kitStream() {
  const host = document.createElement('div');
  host.className = 'stream-host';
  const crm = new BenchCrm();
  provideCrmDataSource(host, crm);
  const stream = document.createElement('work-item-stream');
  stream.setAttribute('stream', 'open');
  host.append(stream);
  stage.append(host);
  await frames(2);
  return { host, crm, stream, scroller: () => stream.shadowRoot.querySelector('[part="list"]'), rows: () => stream.shadowRoot.querySelectorAll('[part="row"]').length };
}

const numberFormat = new Intl.NumberFormat(undefined, { style: 'unit', unit: 'minute', unitDisplay: 'short' });
async function vaadinGrid() {
  const host = document.createElement('div');
  host.className = 'stream-host';
  const grid = document.createElement('vaadin-grid');
  grid.setAttribute('aria-label', 'Open work items');
  const column = (header, path, renderer) => {
    const col = document.createElement('vaadin-grid-column');
    col.header = header;
    if (path) col.path = path;
    if (renderer) col.renderer = renderer;
    return col;
  };
  const text = (fn) => (root, _column, model) => {
    root.textContent = fn(model.item);
  };
  grid.append(
    column('Channel', null, text((item) => CHANNEL_LABEL[item.channel])),
    column('Name', 'visitor.displayName'),
    column('Subject', 'subject'),
    column('Queue', 'queue.name'),
    column('Waiting', null, text((item) => `Waiting ${numberFormat.format(Math.floor((Date.now() - item.createdAt) / 60000))}`)),
    column('State', null, text((item) => STATE_LABEL[item.state])),
  );
  host.append(grid);
  stage.append(host);
  await frames(2);
  return { host, grid, scroller: () => grid.$.table, rows: () => grid.querySelectorAll('vaadin-grid-cell-content').length };
}

// What a team using the grid writes: keep the items by id, sort the view, hand it to the grid.
function gridModel(fixture) {
  const byId = new Map();
  const view = () => [...byId.values()].sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
  return {
    load(items) {
      for (const item of items) byId.set(item.id, item);
      fixture.grid.items = view();
    },
    upsert(item) {
      byId.set(item.id, item);
      if (!this.pending) {
        this.pending = true;
        queueMicrotask(() => {
          this.pending = false;
          fixture.grid.items = view();
        });
      }
    },
  };
}

async function loaded(side) {
  if (side === 'kit') {
    const f = await kitStream();
    await until(() => typeof f.crm.release === 'function'); // the stream has asked for its list
    f.crm.release();
    await until(() => f.rows() > 0);
    await frames(3);
    return f;
  }
  const f = await vaadinGrid();
  f.model = gridModel(f);
  f.model.load(ITEMS);
  await until(() => f.rows() > 0);
  await frames(3);
  return f;
}

async function until(condition, limit = 600) {
  for (let i = 0; i < limit && !condition(); i++) await frame();
  if (!condition()) throw new Error('the benchmark waited 600 frames for a render that never came');
}

let serial = 0;
function updates(n) {
  // Live changes to rows at the top (visible) and anywhere: a new subject, a later update time.
  const now = Date.now();
  return Array.from({ length: n }, (_, i) => {
    const base = ITEMS[i % 2 ? (i * 97) % ITEMS.length : i];
    return { ...base, subject: `${base.subject} (update ${++serial})`, updatedAt: now };
  });
}

// ---------------------------------------------------------------- cases
const SWITCHES = 20;
const OPEN_CLOSE = 10;

export const cases = {
  'switch session, 100 open': {
    peer: 'sl-tab-group',
    unit: 'ms per switch',
    per: SWITCHES,
    async setup(side) {
      current = side === 'kit' ? kitPanel(100) : slGroup(100);
      await frames(3);
      for (const k of [12, 87]) {
        if (side === 'kit') current.store.focusSession(`record:account:${k}`);
        else current.group.show(`p${k}`);
        await frames(2);
      }
    },
    async run(side) {
      for (let i = 0; i < SWITCHES; i++) {
        const k = i % 2 ? 12 : 87;
        if (side === 'kit') current.store.focusSession(`record:account:${k}`);
        else current.group.show(`p${k}`);
        await frame();
      }
    },
  },
  'open and close a session (10 open)': {
    peer: 'sl-tab-group',
    unit: 'ms per open+close',
    per: OPEN_CLOSE,
    async setup(side) {
      current = side === 'kit' ? kitPanel(10) : slGroup(10);
      await frames(3);
    },
    async run(side) {
      for (let i = 0; i < OPEN_CLOSE; i++) {
        if (side === 'kit') {
          current.store.openRecordSession({ entity: 'contact', id: `n${i}`, name: `New contact ${i}` });
          await frame();
          current.store.closeSession(`record:contact:n${i}`);
        } else {
          const [tab, panel] = slOpen(current.group, `n${i}`);
          await task();
          current.group.show(`n${i}`);
          await frame();
          tab.remove();
          panel.remove();
          current.group.show('home');
        }
        await frame();
      }
    },
  },
  '10,000-row stream: first render after data arrives': {
    peer: 'vaadin-grid',
    unit: 'ms',
    async setup(side) {
      current = side === 'kit' ? await kitStream() : await vaadinGrid();
      if (side === 'kit') await until(() => typeof current.crm.release === 'function'); // it has asked for its list
    },
    async run(side) {
      if (side === 'kit') current.crm.release();
      else (current.model = gridModel(current)).load(ITEMS);
      await until(() => current.rows() > 0);
      await frames(2);
    },
  },
  '10,000-row stream: scroll to the end and back': {
    peer: 'vaadin-grid',
    unit: 'ms',
    async setup(side) {
      current = await loaded(side);
    },
    async run() {
      const scroller = current.scroller();
      scroller.scrollTop = scroller.scrollHeight;
      await frames(3);
      scroller.scrollTop = 0;
      await frames(3);
    },
  },
  '10,000-row stream: 100 live updates to a settled frame': {
    peer: 'vaadin-grid',
    unit: 'ms',
    async setup(side) {
      current = await loaded(side);
    },
    async run(side) {
      for (const item of updates(100)) {
        if (side === 'kit') current.crm.emit({ type: 'upsert', item });
        else current.model.upsert(item);
      }
      await frames(2);
    },
  },
  '10,000-row stream: main-thread time per idle second': {
    peer: 'vaadin-grid',
    unit: 'ms per s',
    per: 3,
    async setup(side) {
      current = await loaded(side);
      await new Promise((resolve) => setTimeout(resolve, 1100));
    },
    async run() {
      await new Promise((resolve) => setTimeout(resolve, 3000));
    },
  },
};

export async function teardown() {
  current?.host.remove();
  current = undefined;
  await frames(2);
}

// Heap kept per open/close cycle: the same cycle many times, garbage collected before and after
// by scripts/bench.mjs (CDP), divided by the cycles.
export const cycles = {
  async setup(side) {
    current = side === 'kit' ? kitPanel(3, true) : slGroup(3);
    await frames(2);
  },
  // `prefix` names the cycles' sessions (ids and titles): new ones for each batch, so what a side
  // kept per session or per title shows.
  async run(side, n, prefix = 'c') {
    for (let i = 0; i < n; i++) {
      const id = `${prefix}${i}`;
      if (side === 'kit') {
        current.store.openRecordSession({ entity: 'account', id, name: `Cycle ${id}` });
        await task();
        current.store.closeSession(`record:account:${id}`);
      } else {
        const [tab, panel] = slOpen(current.group, id);
        await task();
        current.group.show(id);
        await task();
        tab.remove();
        panel.remove();
        current.group.show('home');
      }
      await task();
      if (i % 20 === 0) await frame();
    }
    await frames(2);
  },
};

window.bench = { cases, cycles, teardown, idleFrames: frames };
window.benchReady = true;
