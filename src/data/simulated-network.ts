import { CrmError } from './crm-data-source.js';
import { SeededRandom } from './seeded-random.js';

/** A delay in ms, or a `[min, max]` range drawn (seeded) for each call. */
export type Latency = number | readonly [number, number];

export interface SimulatedNetworkOptions {
  latencyMs?: Latency;
  /** The share of calls, 0 to 1, that fail as `unavailable` at random (seeded). Default 0. */
  failureRate?: number;
  /** Seeds the draws for latency and random failures, apart from the CRM's data. */
  seed?: number;
}

/**
 * What stands between an element and the embedded CRM: latency, failures on demand or at random,
 * a pause, and cancellation. Real back ends are slow and fail; this makes the embedded one do so
 * on purpose, so elements are built and tested for it. Its own seeded draws keep the CRM's data
 * the same whatever the network does.
 */
export class SimulatedNetwork<Method extends string> {
  #latency: Latency;
  #failureRate: number;
  #random: SeededRandom;
  #failures = new Map<Method, CrmError[]>();
  #paused?: { promise: Promise<void>; resume: () => void };

  constructor(options: SimulatedNetworkOptions = {}) {
    this.#latency = checkLatency(options.latencyMs ?? 0);
    this.#failureRate = checkRate(options.failureRate ?? 0);
    this.#random = new SeededRandom(options.seed ?? 1);
  }

  setLatency(latencyMs: Latency): void {
    this.#latency = checkLatency(latencyMs);
  }

  setFailureRate(rate: number): void {
    this.#failureRate = checkRate(rate);
  }

  /** Makes the next `times` calls of `method` fail with `error`. */
  failNext(method: Method, error: CrmError, times: number): void {
    if (!Number.isInteger(times) || times < 1) throw new CrmError('invalid', `failNext needs a whole number of calls of at least 1, not ${String(times)}.`);
    const queue = this.#failures.get(method) ?? [];
    for (let i = 0; i < times; i++) queue.push(error);
    this.#failures.set(method, queue);
  }

  /** Holds every call (after its latency) until `resume()`: for a loading state that stays put. */
  pause(): void {
    if (this.#paused) return;
    let resume!: () => void;
    const promise = new Promise<void>((resolve) => (resume = resolve));
    this.#paused = { promise, resume };
  }

  /** Lets the held calls answer, in the order they were made. */
  resume(): void {
    const paused = this.#paused;
    this.#paused = undefined;
    paused?.resume();
  }

  get paused(): boolean {
    return this.#paused !== undefined;
  }

  /**
   * Waits as a network would, then answers or fails: `aborted` as soon as `signal` aborts, a
   * queued `failNext` error, or a random `unavailable`.
   */
  async call(method: Method, signal?: AbortSignal): Promise<void> {
    const latency = typeof this.#latency === 'number' ? this.#latency : this.#random.int(this.#latency[0], this.#latency[1]);
    if (latency > 0) await abortable(new Promise((resolve) => setTimeout(resolve, latency)), signal);
    while (this.#paused) await abortable(this.#paused.promise, signal);
    if (signal?.aborted) throw aborted();
    const failure = this.#failures.get(method)?.shift();
    if (failure) throw failure;
    if (this.#failureRate > 0 && this.#random.chance(this.#failureRate)) throw new CrmError('unavailable', 'The CRM did not answer. Try again.');
  }
}

function aborted(): CrmError {
  return new CrmError('aborted', 'The request was cancelled.');
}

/** `promise`, or an `aborted` rejection as soon as `signal` aborts, whichever comes first. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(aborted());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function checkLatency(latency: unknown): Latency {
  const ok = (ms: unknown) => typeof ms === 'number' && Number.isFinite(ms) && ms >= 0;
  if (ok(latency)) return latency as number;
  if (Array.isArray(latency) && latency.length === 2 && ok(latency[0]) && ok(latency[1]) && latency[0] <= latency[1]) return [latency[0], latency[1]];
  throw new CrmError('invalid', `Latency is a number of ms or a [min, max] range, not ${JSON.stringify(latency)}.`);
}

function checkRate(rate: unknown): number {
  if (typeof rate === 'number' && rate >= 0 && rate <= 1) return rate;
  throw new CrmError('invalid', `A failure rate is a number from 0 to 1, not ${JSON.stringify(rate)}.`);
}
