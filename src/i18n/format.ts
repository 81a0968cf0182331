/**
 * Numbers, plurals, lists, relative times and durations in a given language, through `Intl`.
 * Constructing an `Intl` formatter costs far more than using one (issue 12): each is made once
 * per language and option set, then reused.
 */

/** Plural forms of a term: `other` always, the rest as the language needs (`Intl.PluralRules`). */
export type PluralForms = { readonly other: string } & { readonly [K in Intl.LDMLPluralRule]?: string };

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

/** A language tag `Intl` accepts: the given one when valid, else English. */
export function safeLocale(lang: string | undefined | null): string {
  if (!lang) return 'en';
  return cached(`locale|${lang}`, () => {
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      return 'en';
    }
  });
}

/** `n` written as the language writes numbers. */
export function formatNumber(lang: string, n: number): string {
  return cached(`number|${lang}`, () => new Intl.NumberFormat(lang)).format(n);
}

/** The form of `forms` the language uses for `n`, with `#` replaced by `n` in its digits. */
export function plural(lang: string, n: number, forms: PluralForms): string {
  const rule = cached(`plural|${lang}`, () => new Intl.PluralRules(lang)).select(n);
  return (forms[rule] ?? forms.other).replaceAll('#', formatNumber(lang, n));
}

/** "a, b and c" as the language joins a list. */
export function formatList(lang: string, parts: readonly string[]): string {
  // A list of none or one is that one in every language: no formatter (issue 12: the first Intl
  // formatter of a page costs 10–40 ms, and a hidden dialog's empty list made it at start-up).
  if (parts.length < 2) return parts[0] ?? '';
  return cached(`list|${lang}`, () => new Intl.ListFormat(lang, { type: 'conjunction' })).format(parts);
}

/** "3 min ago": how long ago `sinceMs` was at `nowMs`, in the largest whole unit (`Intl.RelativeTimeFormat`). */
export function formatTimeAgo(lang: string, sinceMs: number, nowMs: number): string {
  const format = cached(`relative|${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'always', style: 'short' }));
  const seconds = Math.max(0, Math.floor((nowMs - sinceMs) / 1000));
  if (seconds < 60) return format.format(-seconds, 'second');
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return format.format(-minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return format.format(-hours, 'hour');
  return format.format(-Math.floor(hours / 24), 'day');
}

interface DurationFormatLike {
  format(duration: { days?: number; hours?: number; minutes?: number; seconds?: number }): string;
}
type DurationFormatConstructor = new (lang: string, options: Record<string, string>) => DurationFormatLike;
const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;

/**
 * How long something has been going on ("45 sec", "3 min", "2 hr, 5 min", "3 days"), through
 * `Intl.DurationFormat` where the engine has it, else unit by unit (`formatElapsed`).
 */
export function formatDuration(lang: string, sinceMs: number, nowMs: number, fallback: (sinceMs: number, nowMs: number, lang: string) => string): string {
  if (!DurationFormat) return fallback(sinceMs, nowMs, lang);
  const seconds = Math.max(0, Math.floor((nowMs - sinceMs) / 1000));
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const format = cached(`duration|${lang}`, () => new DurationFormat!(lang, { style: 'short' }));
  // Zero fields are left out by default: "0 sec" needs its own formatter.
  if (seconds < 60) return cached(`duration0|${lang}`, () => new DurationFormat!(lang, { style: 'short', secondsDisplay: 'always' })).format({ seconds });
  if (minutes < 60) return format.format({ minutes });
  if (hours < 24) return format.format(minutes % 60 ? { hours, minutes: minutes % 60 } : { hours });
  return format.format({ days: Math.floor(hours / 24) });
}

/**
 * A countdown as a clock shows it, minutes always there ("2:05", "0:45"), in the language's
 * digits. Not `Intl.DurationFormat`'s digital style: engines disagree on it (V8 writes "00:45").
 */
export function formatCountdown(lang: string, totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const padded = cached(`number2|${lang}`, () => new Intl.NumberFormat(lang, { minimumIntegerDigits: 2, useGrouping: false }));
  return `${formatNumber(lang, Math.floor(seconds / 60))}:${padded.format(seconds % 60)}`;
}
