import { html, type TemplateResult } from 'lit';
import type { CustomerRecord } from '../../data/records.js';
import { details, type SectionContext } from './section-card.js';

/** The Customer card: the linked contact's or account's profile, else the search to link one. */
export function customerSection(customer: CustomerRecord | null, context: SectionContext, search: () => TemplateResult): TemplateResult {
  const { t } = context;
  if (!customer) {
    return context.linkable
      ? html`<p class="muted">${t.noCustomerYet}</p>${search()}`
      : html`<p class="muted">${t.noCustomer}</p>`;
  }
  const { label } = context;
  const rows: [string, string][] =
    customer.entity === 'contact'
      ? [
          [t.fields.jobTitle, customer.jobTitle],
          [t.fields.company, customer.company],
          [t.fields.city, customer.city],
          [t.fields.preferredChannel, label(customer.preferredChannel)],
          [t.fields.email, customer.email],
          [t.fields.mobile, customer.mobile],
        ]
      : [
          [t.fields.accountNumber, customer.number],
          [t.fields.relationship, label(customer.relationship)],
          [t.fields.city, customer.city],
          [t.fields.preferredChannel, label(customer.preferredChannel)],
          [t.fields.email, customer.email],
          [t.fields.phone, customer.phone],
        ];
  return html`<div class="name-line">
      <span dir="auto">${customer.name}</span>
      <span class="muted">${customer.entity === 'contact' ? t.contact : t.account}</span>
      ${context.unlink('customer', customer.name)}
    </div>
    ${details(rows)}`;
}
