/**
 * engagement-hub-elements/i18n.js: the kit's terms. English is built in; each other language is
 * its own module (`engagement-hub-elements/i18n/fr.js`…) that a host registers:
 *
 *   import { registerTranslation } from 'engagement-hub-elements/i18n.js';
 *   import fr from 'engagement-hub-elements/i18n/fr.js';
 *   registerTranslation(fr);
 */
export { en, type Terms, type PartialTerms, type Closable } from './en.js';
export { registerTranslation, registeredLanguages, termsFor } from './registry.js';
export { LocalizeController } from './localize-controller.js';
export { formatCountdown, formatDuration, formatList, formatNumber, formatTimeAgo, plural, type PluralForms } from './format.js';
