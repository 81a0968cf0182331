import type { Channel } from '../../state/work-item.js';

// What the agent reads for each channel and state is in the table of terms (`src/i18n/en.ts`:
// `channels`, `states`), in the element's language.

/** A glyph per channel, decorative (the label says it in words). */
export const CHANNEL_GLYPHS: Readonly<Record<Channel, string>> = { chat: '💬', sms: '✉', voice: '☎', record: '📄' };
