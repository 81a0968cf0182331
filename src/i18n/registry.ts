import type { PartialTerms } from './en.js';

/**
 * The registered languages, shared by every element of this copy of the kit. English is built
 * into each element (its own terms, the fallback); a host registers the others (`registerTranslation(fr)`) and may register partial tables
 * that override single terms of a language (or of English). Same shape as
 * `@shoelace-style/localize`'s `registerTranslation`, with partial tables merged.
 */
const tables = new Map<string, PartialTerms>();
/** Per element's English terms, per language: the merged terms (made once, until a table is registered). */
let resolved = new WeakMap<object, Map<string, object>>();
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
  resolved = new WeakMap();
  for (const listener of [...listeners]) listener();
}

/** The language codes registered. */
export function registeredLanguages(): string[] {
  return [...tables.keys()];
}

/**
 * An element's terms for a language tag: its English terms (`english`), overridden by what is
 * registered for English, then for the tag's language (`fr`), then for the tag itself (`fr-ca`).
 */
export function termsFor<T extends object>(lang: string, english: T): T {
  const code = lang.toLowerCase();
  let byLang = resolved.get(english);
  if (!byLang) resolved.set(english, (byLang = new Map()));
  let terms = byLang.get(code) as T | undefined;
  if (!terms) {
    const base = code.split('-')[0]!;
    let table = english as Record<string, unknown>;
    for (const tag of new Set(['en', base, code])) {
      const registered = tables.get(tag);
      if (registered) table = merge(table, pick(registered as Record<string, unknown>, english));
    }
    terms = table as T;
    byLang.set(code, terms);
  }
  return terms;
}

/** Only the terms an element has (a table's other terms are other elements'). */
function pick(table: Record<string, unknown>, english: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(table)) if (key in english) out[key] = table[key];
  return out;
}

/** Calls `listener` whenever a table is registered; returns the unsubscribe. */
export function onTranslationsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
