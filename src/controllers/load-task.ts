import type { ReactiveControllerHost } from 'lit';

/** Where a load is: not started, loading, loaded, or failed. */
export type LoadStatus = 'initial' | 'pending' | 'complete' | 'error';

/** What `LoadTask.render` shows for each status; a missing one renders nothing. */
export interface LoadRenderers<R, T> {
  initial?: () => T;
  pending?: () => T;
  complete?: (value: R) => T;
  error?: (error: unknown) => T;
}

/**
 * One thing an element loads, in the shape of `@lit/task`'s `Task` (status, `run(args)`, an
 * `AbortSignal` per run, `render({pending, complete, error})`, `taskComplete`), kept small: runs
 * only when asked (no `autoRun`). A new run or `clear()` aborts the current one, and an aborted
 * run's answer is dropped, never shown. `retry()` runs the last arguments again. A run goes on
 * while its element is off the page (moved, or hidden by a framework), so it never comes back
 * stuck loading.
 */
export class LoadTask<A extends readonly unknown[], R> {
  status: LoadStatus = 'initial';
  value?: R;
  error?: unknown;
  #abort?: AbortController;
  #args?: A;
  #done: Promise<R | undefined> = Promise.resolve(undefined);

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly task: (args: A, options: { signal: AbortSignal }) => Promise<R>,
  ) {}

  /**
   * Starts a run with these arguments, aborting the one before. Resolves when it has settled
   * (or was superseded); never rejects: the failure is in `status` and `error`.
   */
  run(...args: A): Promise<R | undefined> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#args = args;
    this.status = 'pending';
    this.host.requestUpdate();
    const settle = (status: LoadStatus, value?: R, error?: unknown): R | undefined => {
      if (abort.signal.aborted) return undefined;
      Object.assign(this, { status, value, error });
      this.host.requestUpdate();
      return value;
    };
    return (this.#done = Promise.resolve()
      .then(() => this.task(args, { signal: abort.signal }))
      .then(
        (value) => settle('complete', value),
        (error: unknown) => settle('error', undefined, error),
      ));
  }

  /** Runs the last arguments again (the Retry button). */
  retry(): Promise<R | undefined> {
    return this.#args ? this.run(...this.#args) : this.#done;
  }

  /** Aborts any run and forgets its answer: back to `initial`. */
  clear(): void {
    this.#abort?.abort();
    this.#abort = this.#args = this.value = this.error = undefined;
    this.status = 'initial';
    this.#done = Promise.resolve(undefined);
    this.host.requestUpdate();
  }

  /** Settles when the current run has (its answer, or undefined after a failure or an abort). */
  get taskComplete(): Promise<R | undefined> {
    return this.#done;
  }

  render<T>(renderers: LoadRenderers<R, T>): T | undefined {
    return this.status === 'complete' ? renderers.complete?.(this.value as R) : this.status === 'error' ? renderers.error?.(this.error) : renderers[this.status]?.();
  }
}
