export { sessionStoreContext } from './session-context.js';
export { SessionStoreController } from './store-controller.js';
export { provideSessionStore, getSessionStore } from './provide.js';
export { pageSessionStore } from './page-store.js';
export { crmDataSourceContext, provideCrmDataSource } from './data-context.js';
export { ContextValueController } from './context-value-controller.js';
