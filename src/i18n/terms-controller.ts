import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Terms } from './en.js';
import { formatList, formatNumber, plural, safeLocale, type PluralForms } from './format.js';
import { onTranslationsChanged, termsFor } from './registry.js';

/**
 * An element's terms, numbers, plurals and lists in its language: what `LocalizeController` is
 * without its clock formats (times ago, durations, countdowns), for elements that show no time,
 * so they don't load those. `LocalizeController` is this plus them; use either the same way.
 *
 * The one way an element reaches its terms: `this.localize.t.cancel`, in the language of
 * the element's place on the page (the closest `lang` above it, across shadow roots, else the
 * document's; English when none), and its direction likewise. Elements re-render when a `lang`
 * or `dir` on the page changes, or a host registers a translation. Shaped after
 * `@shoelace-style/localize` (one shared MutationObserver for every element, typed tables);
 * `@lit/localize` would need a build step or a global locale, and can't give two parts of one
 * page two languages.
 */
export class TermsController<T extends Pick<Terms, '$code' | '$dir'> = Terms> implements ReactiveController {
  #lang?: string;
  #dir?: 'ltr' | 'rtl';

  /**
   * @param english The element's own English terms (a part of the table, such as `streamTerms`
   * with `commonTerms`): its fallback, and the terms it reads in other languages.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly english: T,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    watch(this.host.ownerDocument);
    this.#lang = undefined;
    this.#dir = undefined;
  }

  /** The document the element is in (one observer per document). */
  get document(): Document {
    return this.host.ownerDocument;
  }

  hostDisconnected(): void {
    connected.delete(this);
    unwatch(this.document);
  }

  /** The element's language tag, as `Intl` accepts it. */
  get lang(): string {
    return (this.#lang ??= safeLocale(closest(this.host, 'lang') || this.host.ownerDocument.documentElement.lang || 'en'));
  }

  /** The element's direction: the closest `dir` above it, else its language's. */
  get dir(): 'ltr' | 'rtl' {
    if (!this.#dir) {
      const dir = closest(this.host, 'dir')?.toLowerCase();
      this.#dir = dir === 'rtl' || dir === 'ltr' ? dir : this.t.$dir;
    }
    return this.#dir;
  }

  /** The terms in the element's language (English for any the language leaves out). */
  get t(): T {
    return termsFor(this.lang, this.english);
  }

  number(n: number): string {
    return formatNumber(this.lang, n);
  }

  plural(n: number, forms: PluralForms): string {
    return plural(this.lang, n, forms);
  }

  list(parts: readonly string[]): string {
    return formatList(this.lang, parts);
  }

  /** The page's languages or directions changed: re-render when this element's did. */
  recheck(force = false): void {
    const lang = this.#lang;
    const dir = this.#dir;
    this.#lang = undefined;
    this.#dir = undefined;
    if (force || lang !== this.lang || dir !== this.dir) this.host.requestUpdate();
  }
}

/** The closest value of `name` at or above `element`, crossing shadow roots. */
function closest(element: Element, name: 'lang' | 'dir'): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute(name);
      if (value) return value;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

const connected = new Set<{ readonly document: Document; recheck(force?: boolean): void }>();
/** One observer per document with elements in it, for `lang`/`dir` anywhere in its tree. */
const observers = new Map<Document, MutationObserver>();

function recheckAll(force: boolean): void {
  for (const controller of [...connected]) controller.recheck(force);
}

onTranslationsChanged(() => recheckAll(true));

function watch(doc: Document): void {
  if (observers.has(doc)) return;
  const observer = new MutationObserver(() => recheckAll(false));
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  observers.set(doc, observer);
}

function unwatch(doc: Document): void {
  for (const controller of connected) if (controller.document === doc) return;
  observers.get(doc)?.disconnect();
  observers.delete(doc);
}
