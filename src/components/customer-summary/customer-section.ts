import { html, type TemplateResult } from 'lit';
import type { CustomerRecord } from '../../data/records.js';
import { details, type SectionContext } from './section-card.js';

/** The Customer card: the linked contact's or account's profile, else the search to link one. */
export function customerSection(customer: CustomerRecord | null, context: SectionContext, search: () => TemplateResult): TemplateResult {
  if (!customer) {
    return context.linkable
      ? html`<p class="muted">No customer is linked to this conversation yet.</p>${search()}`
      : html`<p class="muted">No customer is linked.</p>`;
  }
  const { label } = context;
  const rows: [string, string][] =
    customer.entity === 'contact'
      ? [
          ['Job title', customer.jobTitle],
          ['Company', customer.company],
          ['City', customer.city],
          ['Preferred channel', label(customer.preferredChannel)],
          ['E-mail', customer.email],
          ['Mobile', customer.mobile],
        ]
      : [
          ['Account number', customer.number],
          ['Relationship', label(customer.relationship)],
          ['City', customer.city],
          ['Preferred channel', label(customer.preferredChannel)],
          ['E-mail', customer.email],
          ['Phone', customer.phone],
        ];
  return html`<div class="name-line">
      <span dir="auto">${customer.name}</span>
      <span class="muted">${customer.entity === 'contact' ? 'Contact' : 'Account'}</span>
      ${context.unlink('customer', customer.name)}
    </div>
    ${details(rows)}`;
}
