import { ContextConsumer, type Context } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ensureContextRoot } from './page-store.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface ContextValueOptions<T> {
  /** The value to use when no provider answers (the page's own store, or nothing). */
  fallback?: () => T | undefined;
  /** Turns the provided value into the one to use (for example, puts a checking layer around it). */
  map?: (value: T) => T;
  /** Starts using a value (subscribe to it…); returns how to stop. Called on every switch. */
  attach?: (value: T) => (() => void) | void;
}

/**
 * Connects an element to a context value above it: the nearest provider's, else a fallback.
 * Follows the element when it moves, switches when a provider turns up later (through the page's
 * `ContextRoot`), re-renders the host on every switch and detaches on disconnect.
 */
export class ContextValueController<T> implements ReactiveController {
  #value?: T;
  #provided = false;
  #detach?: () => void;

  constructor(
    private readonly host: Host,
    context: Context<unknown, T>,
    private readonly options: ContextValueOptions<T> = {},
  ) {
    ensureContextRoot(host.ownerDocument);
    // Added before this controller, so its request is answered before hostConnected below runs.
    new ContextConsumer(host, {
      context,
      subscribe: true,
      callback: (value) => {
        this.#provided = true;
        this.#use(value);
      },
    });
    host.addController(this);
  }

  /** The value this element works with, if any. */
  get value(): T | undefined {
    if (this.#value !== undefined) return this.#value;
    const fallback = this.options.fallback?.();
    return fallback !== undefined && this.options.map ? this.options.map(fallback) : fallback;
  }

  hostConnected(): void {
    if (!this.#provided) this.#use(this.options.fallback?.());
  }

  hostDisconnected(): void {
    this.#provided = false;
    this.#detach?.();
    this.#detach = undefined;
    this.#value = undefined;
  }

  #use(provided: T | undefined): void {
    const value = provided !== undefined && this.options.map ? this.options.map(provided) : provided;
    if (value === this.#value && (this.#detach || value === undefined)) return;
    this.#detach?.();
    this.#detach = undefined;
    this.#value = value;
    if (value !== undefined) this.#detach = this.options.attach?.(value) ?? (() => {});
    this.host.requestUpdate();
  }
}
