/**
 * How long something has been going on, as an agent reads it in a list: "45 s", "3 min",
 * "2 h 5 min", "3 d". Locale-aware through `Intl.NumberFormat` unit formatting.
 */
export function formatElapsed(sinceMs: number, nowMs: number, locale?: string): string {
  const seconds = Math.max(0, Math.floor((nowMs - sinceMs) / 1000));
  const unit = (value: number, name: 'second' | 'minute' | 'hour' | 'day') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  if (seconds < 60) return unit(seconds, 'second');
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${unit(hours, 'hour')} ${unit(minutes % 60, 'minute')}` : unit(hours, 'hour');
  return unit(Math.floor(hours / 24), 'day');
}
