import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/components/session-provider/session-provider.js';
import type { SessionProvider } from '../src/components/session-provider/session-provider.js';
import { InMemoryCrm } from '../src/data/index.js';
import type { SessionStore } from '../src/state/index.js';
import { engine, pendingRequests } from './helpers.js';

// Leak tests beside the code (issues 10, 11, 12), in the style of Spectrum's `*-memory.test.ts`:
// the same create-and-remove (or open-and-close) cycle many times; after garbage collection the
// page holds as many DOM nodes, event listeners, context requests and as much heap as before.
// Chromium only: the `memory` command (test/memory-plugin.mjs) reads the engine's own counters
// through the DevTools protocol.

export interface Memory {
  nodes: number;
  documents: number;
  listeners: number;
  heap: number;
}

/** Collects garbage (three times) and reads what is still alive. */
export const memory = (): Promise<Memory> => executeServerCommand<Memory, undefined>('memory') as Promise<Memory>;

export const frame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));

/** What one cycle keeps, averaged over the measured cycles (nodes, heap bytes) or in total (listeners, requests). */
export interface Retained {
  /** DOM nodes kept per cycle (attached or detached). */
  nodes: number;
  /** JS heap bytes kept per cycle beyond what the same time with nothing done keeps. */
  heap: number;
  /** Event listeners kept after all measured cycles. */
  listeners: number;
  /** Context requests the page's context root still holds after all measured cycles. */
  pending: number;
  /**
   * JS objects and DOM kept per cycle, from heap snapshots (bytes): every kind of object that grew
   * over the second half of the cycles, except compiled code and the engine's own hash-table and
   * vector storage (which grow in steps as the engine warms up, whatever the page does).
   */
  objects: number;
  /** The kinds that make up `objects`, most bytes first. */
  kinds: Grown[];
  cycles: number;
}

/**
 * Kinds that are the engine's own: compiled code and its metadata, hidden classes (shapes), blink's
 * table storage, and the performance timeline's bounded buffers (long tasks, animation frames).
 */
const ENGINE_OWN =
  /^(code |object shape |native system \/ (ProtectedFixedArray|SharedFunctionInfoWrapper|FunctionTemplateInfo|WeakArrayList)|native blink::Heap(HashTable|Vector)Backing|native V8|native Performance\w*Timing|native blink::ScriptTimingInfo|native TaskAttributionTiming)/;

export interface MeasureOptions {
  /** Measured cycles (after the warm-up). */
  cycles?: number;
  /** Cycles run before the baseline: compiled code, caches and bounded buffers fill up first. */
  warmup?: number;
  /** What the engine keeps with nothing done, per cycle (see `idleCost`); subtracted from `heap`. */
  idle?: () => Promise<unknown>;
}

/**
 * Runs `cycle` `warmup` times, takes the baseline after GC, runs it `cycles` more times and says
 * what the cycles kept after GC. The heap is read twice (after `cycles / 2` and after `cycles`)
 * and the smaller of the two halves' growth is used: a real leak grows in both halves, while a
 * one-off (a cache filling, a buffer reaching its bound) shows in only one.
 */
export async function retainedPerCycle(cycle: (i: number) => Promise<void>, options: MeasureOptions = {}): Promise<Retained> {
  const cycles = options.cycles ?? 400;
  const warmup = options.warmup ?? 60;
  let i = 0;
  for (; i < warmup; i++) await cycle(i);
  // A snapshot here too, so that each half's growth is known by kind (see `objects` below).
  const before = await heapSnapshot();
  const pendingBefore = pendingRequests();
  const half = Math.floor(cycles / 2);
  for (const end = i + half; i < end; i++) await cycle(i);
  // Snapshots only when no node leaked: a detached tree makes them slow, and the count says enough.
  const counted = await memory();
  const snapshots = counted.nodes - before.nodes < 0.05 * half;
  const middle = snapshots ? await heapSnapshot() : counted;
  for (const end = warmup + cycles; i < end; i++) await cycle(i);
  const after = snapshots ? await heapSnapshot() : { ...(await memory()), grown: [] };
  const pending = pendingRequests() - pendingBefore;
  // What grew in both halves: a leak grows every cycle, a one-off (an array's store doubling once,
  // a cache of the engine's filling) only in one half. Each kind counts with its smaller half.
  const firstHalf = new Map<string, number>(('grown' in middle ? (middle.grown as Grown[]) : []).map((g) => [g.kind, g.bytes]));
  const kinds = after.grown
    .filter((g) => !ENGINE_OWN.test(g.kind) && g.bytes > 0)
    .map((g) => ({ ...g, bytes: Math.min(g.bytes, (firstHalf.get(g.kind) ?? 0) * (cycles - half) / half) }))
    .filter((g) => g.bytes > 0);
  let idle = 0;
  if (options.idle) {
    // The engine's own: the same waits with nothing done, measured the same way.
    const a = await memory();
    for (let n = 0; n < half; n++) await options.idle();
    const b = await memory();
    idle = Math.max(0, b.heap - a.heap) / half;
  }
  const heapFirst = (middle.heap - before.heap) / half;
  const heapSecond = (after.heap - middle.heap) / (cycles - half);
  return {
    nodes: (after.nodes - before.nodes) / cycles,
    heap: Math.min(heapFirst, heapSecond) - idle,
    listeners: after.listeners - before.listeners,
    pending,
    objects: kinds.reduce((sum, g) => sum + g.bytes, 0) / (cycles - half),
    kinds: kinds.slice(0, 8),
    cycles,
  };
}

/**
 * Fails saying which count grew. `objectBytes` is what one cycle may keep in JS objects and DOM
 * (snapshot figure). The measure's own residue is ~560 bytes in all (the test runner keeps each
 * server command's 20 s time-out timer and its closures alive: one command runs between the two
 * snapshots), i.e. ~2.8 B per cycle over the 200 cycles diffed; a cycle that keeps one small
 * object keeps ≥ 16 B.
 */
export function expectNothingRetained(kept: Retained, what: string, objectBytes = 8): void {
  const figures = `${what}: ${JSON.stringify({ ...kept, heap: Math.round(kept.heap), objects: Math.round(kept.objects * 10) / 10 })}`;
  if (kept.nodes >= 0.05) throw new Error(`DOM nodes kept per cycle: ${kept.nodes.toFixed(2)} (${figures})`);
  if (kept.listeners > 0) throw new Error(`event listeners kept after ${kept.cycles} cycles: ${kept.listeners} (${figures})`);
  if (kept.pending > 5) throw new Error(`context requests kept after ${kept.cycles} cycles: ${kept.pending} (${figures})`);
  if (kept.objects > objectBytes) throw new Error(`bytes of objects kept per cycle: ${kept.objects.toFixed(1)} > ${objectBytes} (${figures})`);
  console.log(`[memory] ${figures}`);
}

/** Skips a suite outside Chromium (the memory command needs CDP). Call in `before`. */
/**
 * What every leak suite over a whole desktop sets up (call it first inside its \`describe\`):
 * Chromium only, a long time limit, and a fresh seeded in-memory CRM for each test, which the
 * returned function gives.
 */
export function desktopLeakSuite(suite: Mocha.Suite): () => InMemoryCrm {
  before(function () {
    chromiumOnly(this);
  });
  suite.timeout(180_000);
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  let crm: InMemoryCrm;
  beforeEach(() => (crm = new InMemoryCrm({ workItems: 120, seed: 5 })));
  afterEach(() => crm.dispose());
  return () => crm;
}

export function chromiumOnly(context: Mocha.Context): void {
  if (engine !== 'chromium') context.skip();
}

/** Creates `element` in `parent`, waits until it has rendered (`ready`), then removes it. */
export async function mountAndRemove(parent: Element, element: HTMLElement, ready: () => boolean | Promise<unknown> = () => true): Promise<void> {
  parent.append(element);
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  const end = performance.now() + 5000;
  for (;;) {
    const result = ready();
    if (result instanceof Promise) {
      await result;
      break;
    }
    if (result) break;
    if (performance.now() > end) throw new Error(`<${element.localName}> never became ready`);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  element.remove();
}

export interface Grown {
  kind: string;
  count: number;
  bytes: number;
}

/**
 * Takes a heap snapshot after GC and returns the kinds of objects that grew since this page's
 * previous one (most bytes first), and with `retainersOf` (a kind such as `'object Array'`) what
 * keeps the newest objects of that kind alive. For finding what a leak is made of.
 */
export const heapSnapshot = async (retainersOf?: string): Promise<Memory & { grown: Grown[]; retainers?: string[][] }> =>
  (await executeServerCommand<Memory & { grown: Grown[]; retainers?: string[][] }, { snapshot: boolean; retainersOf?: string }>('memory', { snapshot: true, retainersOf }))!;

export interface ElementLeakTest {
  /** The element's tag name. */
  tag: string;
  /** What is created and removed, for the test's title ("with ten session tabs"). */
  state: string;
  /** Puts the desktop the element lives in into that state (sessions, tabs, offers…). */
  setup?: (desktop: { store: SessionStore; crm: InMemoryCrm }) => unknown;
  /** Sets the new element up before it is attached. */
  create?: (element: HTMLElement) => void;
  /** True once the element shows what it is for (its rows, its sections…). */
  ready: (element: HTMLElement) => boolean;
  /** Cycles measured (400 by default); more where a one-off of the engine's would weigh too much per cycle. */
  cycles?: number;
}

/**
 * A leak test for one element, in the style of Spectrum's `testForMemoryLeaks`: in a desktop
 * that stays (a `<session-provider>` with an in-memory CRM), the element is created, rendered
 * until `ready` and removed 460 times; after GC the page keeps no DOM node, listener, context
 * request or JS object for it.
 */
export function testForMemoryLeaks({ tag, state, setup, create, ready, cycles }: ElementLeakTest): void {
  describe(`<${tag}> memory`, function () {
    before(function () {
      chromiumOnly(this);
    });
    this.timeout(120_000);

    it(`${state}, created and removed many times, keeps nothing`, async () => {
      const crm = new InMemoryCrm({ workItems: 40, seed: 9 });
      const provider = await fixture<SessionProvider>(html`<session-provider .dataSource=${crm} max-sessions="20"></session-provider>`);
      try {
        await setup?.({ store: provider.store, crm });
        const kept = await retainedPerCycle(async () => {
          const element = document.createElement(tag);
          create?.(element);
          await mountAndRemove(provider, element, () => ready(element));
        }, { cycles });
        expectNothingRetained(kept, `<${tag}> ${state}`);
      } finally {
        crm.dispose();
      }
    });
  });
}
