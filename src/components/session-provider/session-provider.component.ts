import { ContextProvider } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { crmDataSourceContext } from '../../context/data-context.js';
import { sessionStoreContext } from '../../context/session-context.js';
import { describeValue, isSessionStore } from '../../context/store-controller.js';
import type { CrmDataSource } from '../../data/crm-data-source.js';
import { SessionStore } from '../../state/session-store.js';
import { keepConversationsInStep } from '../../state/work-item-actions.js';

/**
 * Gives every kit element inside it one session store of its own, and the CRM data source they
 * read work items from (`provider.dataSource = new InMemoryCrm()` to try the kit out). Without a provider, the
 * elements of a page share the page's store; use providers for two independent desktops on one
 * page, or to hand the elements a store you created (`provider.store = myStore`). Its layout is
 * `display: contents`, so it does not disturb the host's layout.
 *
 * @summary Shares one session store with every kit element inside it.
 * @tagname session-provider
 *
 * @slot - The agent desktop: `<session-panel>` and the other elements.
 */
export class SessionProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = { maxSessions: { attribute: 'max-sessions', type: Number } };

  /** How many sessions besides Home may be open (default 10). Applied to the provided store. */
  declare maxSessions?: number;

  readonly #provider = new ContextProvider(this, { context: sessionStoreContext, initialValue: new SessionStore() });
  #dataSource?: ContextProvider<typeof crmDataSourceContext>;
  #stopStepping?: () => void;

  constructor() {
    super();
    // A framework may set these before the element is defined; such own properties would hide
    // the accessors below, so take their values over.
    for (const key of ['store', 'dataSource'] as const) {
      if (!Object.hasOwn(this, key)) continue;
      const value = this[key];
      delete (this as Partial<this>)[key];
      (this as Record<typeof key, unknown>)[key] = value;
    }
  }

  /**
   * The CRM the elements inside read and change work items through. Closing a conversation's
   * session then moves the conversation on by its channel.
   */
  get dataSource(): CrmDataSource | undefined {
    return this.#dataSource?.value;
  }

  set dataSource(dataSource: CrmDataSource | undefined) {
    if (!dataSource) return;
    if (this.#dataSource) this.#dataSource.setValue(dataSource);
    else {
      this.#dataSource = new ContextProvider(this, { context: crmDataSourceContext, initialValue: dataSource });
      if (this.isConnected) this.#dataSource.hostConnected();
    }
    this.#step();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#step();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopStepping?.();
    this.#stopStepping = undefined;
  }

  #step(): void {
    this.#stopStepping?.();
    this.#stopStepping = this.isConnected ? keepConversationsInStep(this.store, () => this.dataSource) : undefined;
  }

  /**
   * The store shared with the elements inside. Setting it moves every element to the new store;
   * setting `undefined` keeps the current one, and anything but a store is refused with one
   * console error (a property set never throws).
   */
  get store(): SessionStore {
    return this.#provider.value;
  }

  set store(store: SessionStore | undefined) {
    if (store == null) return;
    if (!isSessionStore(store)) {
      console.error(`<${this.localName}>.store must be a SessionStore; got ${describeValue(store)}. The provider keeps its store.`);
      return;
    }
    this.#provider.setValue(store);
    this.#step();
    this.requestUpdate();
  }

  protected override willUpdate(): void {
    if (this.maxSessions === undefined) return;
    try {
      this.store.setMaxSessions(this.maxSessions);
    } catch (error) {
      console.warn(`<session-provider max-sessions>: ${(error as Error).message}`);
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
