// Orchestration: what the agent starts in an element, carried out against the CRM and then the
// session store (Open, Pick, Accept, link, keep conversations in step, re-check on restore).
export * from './work-item-actions.js';
export { recheckConversations, type RecheckResult } from './restore-check.js';
