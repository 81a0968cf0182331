import { ContextProvider } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { sessionStoreContext } from '../../context/session-context.js';
import { SessionStore } from '../../state/session-store.js';

/**
 * Gives every kit element inside it one session store of its own. Without a provider, the
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

  /** The store shared with the elements inside. Setting it moves every element to the new store. */
  get store(): SessionStore {
    return this.#provider.value;
  }

  set store(store: SessionStore) {
    this.#provider.setValue(store);
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
