import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { crmDataSourceContext } from '../../context/data-context.js';
import { sessionStoreContext } from '../../context/session-context.js';
import { connectDataSource } from '../../data/connect.js';
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
 * A page that can only write HTML connects a CRM with the `data-source` attribute:
 * `<session-provider data-source="in-memory">` loads the embedded in-memory CRM (only then).
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

  static override properties = {
    maxSessions: { attribute: 'max-sessions', type: Number },
    dataSourceSpec: { attribute: 'data-source' },
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

  readonly #provider = new ContextProvider(this, { context: sessionStoreContext, initialValue: new SessionStore() });
  #dataSource?: ContextProvider<typeof crmDataSourceContext>;
  #stopStepping?: () => void;

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
      const dataSource = await connectDataSource(spec);
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

  /** The store shared with the elements inside. Setting it moves every element to the new store. */
  get store(): SessionStore {
    return this.#provider.value;
  }

  set store(store: SessionStore) {
    this.#provider.setValue(store);
    this.#step();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('dataSourceSpec') && this.dataSourceSpec != null) void this.#connect(this.dataSourceSpec);
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
