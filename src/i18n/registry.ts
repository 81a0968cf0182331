import { en, type PartialTerms, type Terms } from './en.js';

/**
 * The registered languages, shared by every element of this copy of the kit. English is built
 * in; a host registers the others (`registerTranslation(fr)`) and may register partial tables
 * that override single terms of a language (or of English). Same shape as
 * `@shoelace-style/localize`'s `registerTranslation`, with partial tables merged.
 */
const tables = new Map<string, PartialTerms>([['en', en]]);
const resolved = new Map<string, Terms>();
const listeners = new Set<() => void>();

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) continue;
    out[key] = isPlainObject(value) && isPlainObject(base[key]) ? { ...base[key], ...value } : value;
  }
  return out;
}

/**
 * Registers one or more language tables (whole or partial). A table for a code already
 * registered is merged over it, term by term, so a host can override single terms:
 * `registerTranslation({ $code: 'en', home: 'Start' })`. Every element re-renders.
 */
export function registerTranslation(...translations: readonly PartialTerms[]): void {
  for (const translation of translations) {
    if (!isPlainObject(translation) || typeof translation.$code !== 'string' || !translation.$code) {
      console.error('engagement-hub-elements: registerTranslation needs tables like { $code: "fr", … }; this one was ignored:', translation);
      continue;
    }
    const code = translation.$code.toLowerCase();
    const existing = tables.get(code);
    tables.set(code, (existing ? merge(existing as Record<string, unknown>, translation as Record<string, unknown>) : translation) as PartialTerms);
  }
  resolved.clear();
  for (const listener of [...listeners]) listener();
}

/** The language codes registered (English always among them). */
export function registeredLanguages(): string[] {
  return [...tables.keys()];
}

/**
 * The terms for a language tag: its own table (`fr-ca`), else its language's (`fr`), else
 * English, term by term.
 */
export function termsFor(lang: string): Terms {
  const code = lang.toLowerCase();
  let terms = resolved.get(code);
  if (!terms) {
    const base = code.split('-')[0]!;
    let table = tables.get('en') as Record<string, unknown>;
    if (base !== 'en' && tables.has(base)) table = merge(table, tables.get(base) as Record<string, unknown>);
    if (code !== base && tables.has(code)) table = merge(table, tables.get(code) as Record<string, unknown>);
    terms = table as unknown as Terms;
    resolved.set(code, terms);
  }
  return terms;
}

/** Calls `listener` whenever a table is registered; returns the unsubscribe. */
export function onTranslationsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
