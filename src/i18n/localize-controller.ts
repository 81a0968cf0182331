import type { Terms } from './en.js';
import { formatCountdown, formatDuration, formatTimeAgo } from './format.js';
import { formatElapsed } from '../state/elapsed.js';
import { TermsController } from './terms-controller.js';

/**
 * The one way an element reaches its terms (see `TermsController`, which this is plus the clock
 * formats): `this.localize.t.cancel`, `this.localize.list([...])`, `this.localize.elapsed(since, now)`,
 * all in the language of the element's place on the page.
 */
export class LocalizeController<T extends Pick<Terms, '$code' | '$dir'> = Terms> extends TermsController<T> {
  /** "3 min ago". */
  timeAgo(sinceMs: number, nowMs: number): string {
    return formatTimeAgo(this.lang, sinceMs, nowMs);
  }

  /** "3 min", "2 hr, 5 min": how long something has been going on (`Intl.DurationFormat` where present). */
  elapsed(sinceMs: number, nowMs: number): string {
    return formatDuration(this.lang, sinceMs, nowMs, formatElapsed);
  }

  /** "2:05": time left, minutes always shown. */
  countdown(seconds: number): string {
    return formatCountdown(this.lang, seconds);
  }
}
