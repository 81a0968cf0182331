import { ContextConsumer, ContextProvider, type Context } from '@lit/context';
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
  /**
   * When a value is handed to the host itself (`override`), the host also provides it to the
   * elements inside it, so that a subtree never mixes two values.
   */
  provide?: boolean;
}

/**
 * Connects an element to a context value above it: the nearest provider's, else a fallback, unless
 * a value was handed to the element itself (`override`), which wins over both.
 * Follows the element when it moves, switches when a provider turns up later (through the page's
 * `ContextRoot`), re-renders the host on every switch and detaches on disconnect.
 */
export class ContextValueController<T> implements ReactiveController {
  #value?: T;
  #upstream?: T;
  #override?: T;
  #provided = false;
  #detach?: () => void;
  #provider?: ContextProvider<Context<unknown, T>>;

  constructor(
    private readonly host: Host,
    private readonly context: Context<unknown, T>,
    private readonly options: ContextValueOptions<T> = {},
  ) {
    ensureContextRoot(host.ownerDocument);
    // Added before this controller, so its request is answered before hostConnected below runs.
    new ContextConsumer(host, {
      context,
      subscribe: true,
      callback: (value) => {
        this.#provided = true;
        this.#upstream = value;
        this.#use();
      },
    });
    host.addController(this);
  }

  /** The value this element works with, if any. */
  get value(): T | undefined {
    if (this.#value !== undefined) return this.#value;
    const fallback = this.#override ?? this.options.fallback?.();
    return fallback !== undefined && this.options.map ? this.options.map(fallback) : fallback;
  }

  /** The value handed to the element itself, if any. */
  get overridden(): T | undefined {
    return this.#override;
  }

  /**
   * Makes `value` this element's own value, whatever its providers say (and, with `provide`, the
   * value of the elements inside it); `undefined` goes back to the provider's.
   */
  override(value: T | undefined): void {
    if (value === this.#override) return;
    this.#override = value;
    if (value !== undefined && this.options.provide && !this.#provider) {
      // A LitElement host connects the provider itself when it is already connected.
      this.#provider = new ContextProvider(this.host, { context: this.context, initialValue: value });
    }
    if (this.host.isConnected) this.#use();
  }

  hostConnected(): void {
    if (!this.#provided) this.#upstream = this.options.fallback?.();
    this.#use();
  }

  hostDisconnected(): void {
    this.#provided = false;
    this.#detach?.();
    this.#detach = undefined;
    this.#value = undefined;
    this.#upstream = undefined;
  }

  #use(): void {
    const raw = this.#override ?? this.#upstream;
    if (this.#provider && raw !== undefined) this.#provider.setValue(raw);
    const value = raw !== undefined && this.options.map ? this.options.map(raw) : raw;
    if (value === this.#value && (this.#detach || value === undefined)) return;
    this.#detach?.();
    this.#detach = undefined;
    this.#value = value;
    if (value !== undefined) this.#detach = this.options.attach?.(value) ?? (() => {});
    this.host.requestUpdate();
  }
}
