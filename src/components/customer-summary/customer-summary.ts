import { defineElement } from '../../define.js';
import { CustomerSummary } from './customer-summary.component.js';

export { CustomerSummary };
defineElement('customer-summary', CustomerSummary);

declare global {
  interface HTMLElementTagNameMap {
    'customer-summary': CustomerSummary;
  }
}
