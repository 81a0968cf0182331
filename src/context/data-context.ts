import { ContextProvider, createContext } from '@lit/context';
import type { CrmDataSource } from '../data/crm-data-source.js';
import { keepConversationsInStep } from '../actions/work-item-actions.js';
import { getSessionStore } from './provide.js';

/** The context key for the CRM data source; a registry symbol, shared by every copy of the kit. */
export const crmDataSourceContext = createContext<CrmDataSource>(Symbol.for('engagement-hub/crm-data-source/v1'));

/**
 * Gives every kit element inside `element` (the whole page with `document.documentElement`) a
 * CRM data source, and keeps conversations in step with the sessions of the store there (closing
 * a conversation's session moves the conversation on, by channel). `provider.setValue(other)`
 * swaps the data source for every element below.
 */
export function provideCrmDataSource(element: HTMLElement, dataSource: CrmDataSource): ContextProvider<typeof crmDataSourceContext> {
  const provider = new ContextProvider(element, { context: crmDataSourceContext, initialValue: dataSource });
  if (element.isConnected) provider.hostConnected();
  keepConversationsInStep(getSessionStore(element), () => provider.value);
  return provider;
}
