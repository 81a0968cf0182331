import type { Channel } from '../../state/work-item.js';
import type { CrmCode } from '../../data/records.js';
import { summaryTerms } from '../../i18n/en.js';

// What the agent reads for each channel and state is in the table of terms (`src/i18n/en.ts`:
// `channels`, `states`), in the element's language.

/** A glyph per channel, decorative (the label says it in words). */
export const CHANNEL_GLYPHS: Readonly<Record<Channel, string>> = { chat: '💬', sms: '✉', voice: '☎', record: '📄' };
/**
 * What the agent reads for each code the CRM sends from a fixed list (case status and priority,
 * relationship, preferred channel, activity type), in English; elements read them from the table
 * of terms (`crmCodes`) in their language. A code missing there is shown as it is.
 */
export const CRM_CODE_LABELS: Readonly<Record<CrmCode, string>> = summaryTerms.crmCodes;
