type Unit = 'second' | 'minute' | 'hour' | 'day';

// Constructing an Intl.NumberFormat costs far more than using one (9 % of the demo's start-up
// went to it, issue 12): one formatter per locale and unit, made on first use.
const formatters = new Map<string, Intl.NumberFormat>();
function unitFormat(locale: string | undefined, unit: Unit): Intl.NumberFormat {
  const key = `${locale ?? ''}|${unit}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' })));
  return format;
}

/**
 * How long something has been going on, as an agent reads it in a list: "45 s", "3 min",
 * "2 h 5 min", "3 d". Locale-aware through `Intl.NumberFormat` unit formatting.
 */
export function formatElapsed(sinceMs: number, nowMs: number, locale?: string): string {
  const seconds = Math.max(0, Math.floor((nowMs - sinceMs) / 1000));
  const unit = (value: number, name: Unit) => unitFormat(locale, name).format(value);
  if (seconds < 60) return unit(seconds, 'second');
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${unit(hours, 'hour')} ${unit(minutes % 60, 'minute')}` : unit(hours, 'hour');
  return unit(Math.floor(hours / 24), 'day');
}

/**
 * Whether `formatElapsed(since, …)` reads differently at `now` than at `then` (without
 * formatting): the clock repaints only text that changes.
 */
export function elapsedTextChanges(sinceMs: number, thenMs: number, nowMs: number): boolean {
  const step = (at: number) => {
    const seconds = Math.max(0, Math.floor((at - sinceMs) / 1000));
    return seconds < 60 ? seconds : seconds < 86_400 ? -Math.floor(seconds / 60) : -1e9 - Math.floor(seconds / 86_400);
  };
  return step(thenMs) !== step(nowMs);
}
