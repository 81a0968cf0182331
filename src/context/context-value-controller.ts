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
  #valueInUse?: T;
  #providedValue?: T;
  #ownValue?: T;
  #providerAnswered = false;
  #stopUsing?: () => void;
  #subtreeProvider?: ContextProvider<Context<unknown, T>>;

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
        this.#providerAnswered = true;
        this.#providedValue = value;
        this.#switchToCurrentValue();
      },
    });
    host.addController(this);
  }

  /** The value this element works with, if any. */
  get value(): T | undefined {
    if (this.#valueInUse !== undefined) return this.#valueInUse;
    const fallback = this.#ownValue ?? this.options.fallback?.();
    return fallback !== undefined && this.options.map ? this.options.map(fallback) : fallback;
  }

  /** The value handed to the element itself, if any. */
  get overridden(): T | undefined {
    return this.#ownValue;
  }

  /**
   * Makes `value` this element's own value, whatever its providers say (and, with `provide`, the
   * value of the elements inside it); `undefined` goes back to the provider's.
   */
  override(value: T | undefined): void {
    if (value === this.#ownValue) return;
    this.#ownValue = value;
    if (value !== undefined && this.options.provide && !this.#subtreeProvider) {
      // A LitElement host connects the provider itself when it is already connected.
      this.#subtreeProvider = new ContextProvider(this.host, { context: this.context, initialValue: value });
    }
    if (this.host.isConnected) this.#switchToCurrentValue();
  }

  hostConnected(): void {
    if (!this.#providerAnswered) this.#providedValue = this.options.fallback?.();
    this.#switchToCurrentValue();
  }

  hostDisconnected(): void {
    this.#providerAnswered = false;
    this.#stopUsing?.();
    this.#stopUsing = undefined;
    this.#valueInUse = undefined;
    this.#providedValue = undefined;
  }

  #switchToCurrentValue(): void {
    const raw = this.#ownValue ?? this.#providedValue;
    if (this.#subtreeProvider && raw !== undefined) this.#subtreeProvider.setValue(raw);
    const value = raw !== undefined && this.options.map ? this.options.map(raw) : raw;
    if (value === this.#valueInUse && (this.#stopUsing || value === undefined)) return;
    this.#stopUsing?.();
    this.#stopUsing = undefined;
    this.#valueInUse = value;
    if (value !== undefined) this.#stopUsing = this.options.attach?.(value) ?? (() => {});
    this.host.requestUpdate();
  }
}
