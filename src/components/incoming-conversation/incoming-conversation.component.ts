import { LitElement, css, html } from 'lit';
import { ContextValueController } from '../../context/context-value-controller.js';
import { crmDataSourceContext } from '../../context/data-context.js';
import { SessionStoreController } from '../../context/store-controller.js';
import type { SessionStore } from '../../state/session-store.js';
import { ClockController } from '../../controllers/clock.js';
import { checkedDataSource } from '../../data/checked-data-source.js';
import type { CrmDataSource, IncomingOffer } from '../../data/crm-data-source.js';
import { fire, storeActingFrom } from '../../events.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { commonTerms, offerTerms } from '../../i18n/en.js';
import { acceptOffer } from '../../actions/work-item-actions.js';
import { conversationTitle, queueName } from '../../state/conversation-title.js';
import { CHANNEL_GLYPHS } from '../shared/labels.js';
import { namedTerm } from '../shared/named-term.js';
import { buttonStyles } from '../shared/button.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { incomingConversationForcedColors } from './incoming-conversation.styles.js';

/** This element's English terms: its fallback, and the terms it reads in every language. */
const TERMS = { ...commonTerms, ...offerTerms };

/**
 * Incoming conversations offered to the agent, one notification each, oldest first: channel,
 * customer or visitor, queue, how long the customer has waited and a visible countdown, with
 * **Accept** and **Reject**. Several offers queue up. Each new offer is announced in a polite live
 * region; the element never takes focus, so an agent typing elsewhere is not interrupted — the
 * buttons are in the tab order.
 *
 * Accept makes the conversation Active and mine and opens its session, focused and titled by
 * the rules (customer's name when known, else the visitor's display name). Reject, or letting the
 * countdown run out, sends the conversation back to its queue (still Open) and removes the
 * notification. How long an offer lasts is the data source's `expiresAt` (the embedded
 * `InMemoryCrm`: 30 seconds by default, its `offerTimeoutMs` option).
 *
 * @summary Notifications of incoming conversations, with Accept and Reject.
 * @tagname incoming-conversation
 *
 * @fires {CustomEvent<SessionStartedEventDetail>} session-started - An offer was accepted and its session opened (`via: 'accept'`): show the communication panel, change presence…
 * @fires {CustomEvent<SessionEventDetail>} session-opened - Accept opened the conversation's session (fired here, where the agent acted).
 * @fires {CustomEvent<SessionFocusedEventDetail>} session-focused - Accept focused the conversation's session.
 * @fires {CustomEvent<SessionLimitReachedEventDetail>} session-limit-reached - Accept could not open the session: the limit is reached.
 *
 * @csspart offer - One notification.
 * @csspart countdown - The time left to answer.
 * @csspart accept - The Accept button.
 * @csspart reject - The Reject button.
 * @csspart notice - Messages such as "no longer offered to you".
 *
 * @cssprop --ehe-color-surface - Background. Every `--ehe-color-*` token has light and dark defaults that follow the page's `color-scheme`.
 * @cssprop --ehe-color-surface-raised - Raised backgrounds: icons, badges, loading placeholders.
 * @cssprop --ehe-color-text - Text colour.
 * @cssprop --ehe-color-text-muted - Secondary text and icons.
 * @cssprop --ehe-color-border - Borders.
 * @cssprop --ehe-color-accent - Primary buttons, selection and focus rings.
 * @cssprop --ehe-color-on-accent - Text on the accent colour.
 * @cssprop --ehe-color-hover - Hover background.
 * @cssprop --ehe-color-danger - Errors and destructive buttons.
 * @cssprop --ehe-focus-ring - Focus outline (default: 2px solid the accent colour).
 * @cssprop --ehe-radius - Corner radius (default 6px).
 * @cssprop --ehe-font-family - Font (default: system-ui, sans-serif).
 * @cssprop --ehe-font-size - Base font size (default 0.875rem).
 */
export class IncomingConversation extends LitElement {
  static override styles = [
    tokens,
    buttonStyles,
    css`
      :host {
        display: grid;
        gap: 0.5rem;
      }
      [part='offer'] {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 0.25rem 0.75rem;
        padding: 0.75rem;
        border: 1px solid var(--_accent);
        border-inline-start-width: 4px;
        border-radius: var(--_radius);
        background: var(--_surface);
        box-shadow: 0 2px 10px rgb(0 0 0 / 0.12);
      }
      h3 {
        margin: 0;
        font-size: 0.9375rem;
        overflow-wrap: anywhere;
      }
      .details {
        margin: 0;
        color: var(--_text-muted);
        font-size: 0.8125rem;
      }
      [part='countdown'] {
        grid-row: span 2;
        align-self: center;
        font-variant-numeric: tabular-nums;
        font-weight: 600;
      }
      .actions {
        grid-column: 1 / -1;
        display: flex;
        gap: 0.5rem;
      }
      [part='notice']:empty,
      .live {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
    `,
    incomingConversationForcedColors,
  ];

  readonly #sessions = new SessionStoreController(this);
  readonly #data = new ContextValueController<CrmDataSource>(this, crmDataSourceContext, {
    map: checkedDataSource,
    attach: (crm) => crm.subscribeOffers(this.#onOffers),
  });
  readonly #clock = new ClockController(this);
  #offers: readonly IncomingOffer[] = [];
  #announced = new Set<string>();
  #announcement: (t: typeof TERMS) => string = () => '';
  #notice: string | ((t: typeof TERMS) => string) = '';
  protected readonly localize = new LocalizeController(this, TERMS);
  #busy = new Set<string>();

  /** The offers shown now, oldest first (expired ones are already left out). */
  get offers(): readonly IncomingOffer[] {
    return this.#offers.filter((offer) => offer.expiresAt > this.#clock.now);
  }

  /**
   * The session store this element works with: the one handed to it (`element.store = myStore`,
   * which the elements inside it share), else its `<session-provider>`'s, else the page's.
   * Setting `undefined` goes back to the provider's; anything but a store is refused with one
   * console error (a property set never throws).
   */
  get store(): SessionStore {
    return this.#sessions.store;
  }

  set store(store: SessionStore | undefined) {
    this.#sessions.store = store;
  }

  protected override render() {
    const t = this.localize.t;
    return html`<div class="live" role="status" aria-live="polite">${this.#announcement(t)}</div>
      <div part="notice" role="status">${typeof this.#notice === 'function' ? this.#notice(t) : this.#notice}</div>
      ${this.offers.map((offer) => this.#offer(offer))}`;
  }

  #offer(offer: IncomingOffer) {
    const item = offer.workItem;
    const t = this.localize.t;
    const name = conversationTitle(item, t.conversationFallback);
    const left = Math.max(0, Math.ceil((offer.expiresAt - this.#clock.now) / 1000));
    const busy = this.#busy.has(offer.id);
    const titleId = `offer-${offer.id}`;
    return html`<article part="offer" aria-labelledby=${titleId}>
      <h3 id=${titleId}><span aria-hidden="true">${CHANNEL_GLYPHS[item.channel]} </span>${namedTerm((n) => t.incoming(t.channels[item.channel], n[0]), [name])}</h3>
      <span part="countdown" role="timer" aria-label=${t.secondsLeft(left)}>${this.localize.countdown(left)}</span>
      <p class="details">${namedTerm((n) => t.offerDetails(n[0], this.localize.elapsed(item.createdAt, this.#clock.now)), [queueName(item, t.unnamedQueue)])}${item.subject ? html` · <bdi>${item.subject}</bdi>` : ''}</p>
      <div class="actions">
        <button part="accept" class="button primary" aria-describedby=${titleId} ?disabled=${busy} @click=${() => this.#accept(offer)}>${t.accept}</button>
        <button part="reject" class="button" aria-describedby=${titleId} ?disabled=${busy} @click=${() => this.#reject(offer)}>${t.reject}</button>
      </div>
    </article>`;
  }

  #onOffers = (offers: readonly IncomingOffer[]): void => {
    this.#offers = offers;
    // Only offers the agent can still answer are announced (and shown).
    const fresh = this.offers.filter((offer) => !this.#announced.has(offer.id));
    for (const offer of fresh) this.#announced.add(offer.id);
    if (fresh.length) {
      this.#announcement = (t) =>
        fresh.map((offer) => t.announceOffer(t.channels[offer.workItem.channel], conversationTitle(offer.workItem, t.conversationFallback), queueName(offer.workItem, t.unnamedQueue))).join(' ');
    }
    this.requestUpdate();
  };

  async #accept(offer: IncomingOffer): Promise<void> {
    const crm = this.#data.value;
    if (!crm) return;
    this.#busy.add(offer.id);
    this.#notice = '';
    this.requestUpdate();
    const result = await acceptOffer(storeActingFrom(this, this.#sessions.store), crm, offer);
    this.#busy.delete(offer.id);
    if (result.status === 'opened') fire(this, 'session-started', { session: result.session, workItem: result.workItem, via: 'accept' });
    else if (result.status === 'failed') {
      const { message, code } = result;
      this.#notice = (t) => t.couldNotAccept(t.crmError(code, message));
    } else if (result.status === 'limit-reached') {
      const { maxSessions } = result;
      this.#notice = (t) => t.limitAccept(maxSessions);
    }
    this.requestUpdate();
  }

  async #reject(offer: IncomingOffer): Promise<void> {
    const crm = this.#data.value;
    if (!crm) return;
    this.#busy.add(offer.id);
    this.requestUpdate();
    try {
      await crm.rejectOffer(offer.id);
    } catch (error) {
      // Already gone (expired, taken): the notification goes either way.
      const { code, message } = error as { code?: string; message?: string };
      if (code !== 'expired') this.#notice = (t) => t.couldNotReject(t.crmError(code, String(message)));
    }
    this.#busy.delete(offer.id);
    this.requestUpdate();
  }
}
