import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { crmDataSourceContext } from '../../context/data-context.js';
import { sessionStoreContext } from '../../context/session-context.js';
import { connectDataSource } from '../../data/connect.js';
import { isSessionStore } from '../../context/store-controller.js';
import { describeValue } from '../../state/errors.js';
import type { CrmDataSource } from '../../data/crm-data-source.js';
import { persistSessions, type Persistence, type PersistenceStorage } from '../../state/persistence.js';
import { recheckConversations } from '../../actions/restore-check.js';
import { SessionStore } from '../../state/session-store.js';
import { keepConversationsInStep } from '../../actions/work-item-actions.js';

/**
 * Gives every kit element inside it one session store of its own, and the CRM data source they
 * read work items from (`provider.dataSource = new InMemoryCrm()` to try the kit out). Without a provider, the
 * elements of a page share the page's store; use providers for two independent desktops on one
 * page, or to hand the elements a store you created (`provider.store = myStore`). Its layout is
 * `display: contents`, so it does not disturb the host's layout.
 *
 * A page that can only write HTML connects a CRM with the `data-source` attribute:
 * `<session-provider data-source="in-memory">` loads the embedded in-memory CRM (only then).
 *
 * @summary Shares one session store with every kit element inside it.
 * @tagname session-provider
 *
 * With `persist`, the desktop survives a reload: sessions, application tabs, focus, panel mode
 * and the kit's drafts are saved per agent (the data source's `agentId`, or `persist-key`) in
 * `localStorage` (or `provider.storage`), restored when the provider connects, re-checked
 * against the CRM, and kept in step with the agent's other windows.
 *
 * @slot - The agent desktop: `<session-panel>` and the other elements.
 *
 * @attr persist - Save and restore the desktop, per agent, and keep the agent's windows in step.
 * @attr persist-key - Whose desktop it is, when not the data source's `agentId`.
 */
export class SessionProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    maxSessions: { attribute: 'max-sessions', type: Number },
    dataSourceSpec: { attribute: 'data-source' },
    persist: { type: Boolean },
    persistKey: { attribute: 'persist-key' },
    storage: { attribute: false },
  };

  /** How many sessions besides Home may be open (default 10). Applied to the provided store. */
  declare maxSessions?: number;

  /**
   * Connects a CRM without code: `in-memory` is the embedded `InMemoryCrm`, loaded only when
   * asked for. An unknown value is reported on the console and connects nothing. Setting the
   * `dataSource` property instead (or later) wins.
   */
  declare dataSourceSpec?: string;

  /** Counts connections, so an attribute's late answer never replaces a newer data source. */
  #connection = 0;

  /**
   * The agent's bearer token for a `data-source` that is a CRM service URL: a string, or a
   * function asked before each request (so a token can be renewed). A property only, so that
   * tokens never stand in the page's markup.
   */
  token?: string | (() => string | undefined | Promise<string | undefined>);

  /** Save and restore the desktop per agent, and keep the agent's windows in step. */
  declare persist: boolean;

  /** Whose desktop it is; the data source's `agentId` when absent. */
  declare persistKey?: string;

  /**
   * Where `persist` saves: `localStorage` when absent; `sessionStorage` keeps one desktop per
   * browser tab; any object with `getItem`, `setItem` and `removeItem` plugs in.
   */
  declare storage?: PersistenceStorage;

  #persistence?: { persistence: Persistence; store: SessionStore; storage?: PersistenceStorage; checked?: CrmDataSource };

  readonly #provider = new ContextProvider(this, { context: sessionStoreContext, initialValue: new SessionStore() });
  #dataSource?: ContextProvider<typeof crmDataSourceContext>;
  #stopKeepingInStep?: () => void;

  constructor() {
    super();
    this.persist = false;
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
    this.#connection++;
    this.#provideDataSource(dataSource);
  }

  async #connect(spec: string): Promise<void> {
    const connection = ++this.#connection;
    try {
      const dataSource = await connectDataSource(spec, { token: this.token });
      if (connection === this.#connection) this.#provideDataSource(dataSource);
    } catch (error) {
      if (connection === this.#connection) console.error(`<session-provider data-source="${spec}">: ${(error as Error).message}`);
    }
  }

  #provideDataSource(dataSource: CrmDataSource): void {
    if (this.#dataSource) this.#dataSource.setValue(dataSource);
    else {
      this.#dataSource = new ContextProvider(this, { context: crmDataSourceContext, initialValue: dataSource });
      if (this.isConnected) this.#dataSource.hostConnected();
    }
    this.#keepConversationsInStep();
    this.#persistNow();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#keepConversationsInStep();
    this.#persistNow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopKeepingInStep?.();
    this.#stopKeepingInStep = undefined;
    this.#persistence?.persistence.stop();
    this.#persistence = undefined;
  }

  /** The running persistence, if `persist` is on and the agent is known (for hosts and tests). */
  get persistence(): Persistence | undefined {
    return this.#persistence?.persistence;
  }

  /**
   * Starts, restarts or stops saving to match `persist`, the agent and the storage. Restoring
   * happens here, before the elements inside first render their state.
   */
  #persistNow(): void {
    const key = (this.persistKey ?? this.dataSource?.agentId ?? '').trim();
    const running = this.#persistence;
    const wanted = this.persist && this.isConnected && key !== '';
    if (running && (!wanted || running.persistence.key !== key || running.store !== this.store || running.storage !== this.storage)) {
      running.persistence.stop();
      this.#persistence = undefined;
    }
    if (wanted && !this.#persistence) {
      try {
        const persistence = persistSessions(this.store, {
          key,
          storage: this.storage,
          // Another agent signed in here: their desktop, or an empty one, never the last agent's.
          whenNothingSaved: running && running.persistence.key !== key && running.store === this.store ? 'reset' : 'keep',
        });
        this.#persistence = { persistence, store: this.store, storage: this.storage };
      } catch (error) {
        console.warn(`<session-provider persist>: ${(error as Error).message}`);
      }
    }
    const current = this.#persistence;
    const crm = this.dataSource;
    if (current?.persistence.restored && crm && current.checked !== crm) {
      current.checked = crm;
      void recheckConversations(current.store, crm);
    }
  }

  #keepConversationsInStep(): void {
    this.#stopKeepingInStep?.();
    this.#stopKeepingInStep = this.isConnected ? keepConversationsInStep(this.store, () => this.dataSource) : undefined;
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
    this.#keepConversationsInStep();
    this.#persistNow();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('dataSourceSpec') && this.dataSourceSpec != null) void this.#connect(this.dataSourceSpec);
    if (changed.has('persist') || changed.has('persistKey') || changed.has('storage')) this.#persistNow();
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
