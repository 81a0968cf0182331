import type { RecordRef } from '../state/session.js';

/**
 * Recognises a record link by its URL, for hosts whose links carry no `data-session-*`
 * attributes: return the record the URL points to, or nothing when it is not a session-enabled
 * record.
 */
export type RecordLinkMatcher = (url: URL, link: Element) => RecordRef | null | undefined;

/**
 * The record a link opens as a session, or `undefined` when it is not session-enabled. A link is
 * session-enabled when it carries `data-session-entity` and `data-session-id` (title from
 * `data-session-title`, else its text), or when `matcher` recognises its `href`.
 */
export function recordForLink(link: Element, matcher?: RecordLinkMatcher): RecordRef | undefined {
  const entity = link.getAttribute('data-session-entity');
  const id = link.getAttribute('data-session-id');
  const text = () => link.getAttribute('data-session-title') ?? link.textContent ?? '';
  if (entity && id) return { entity, id, name: text() };
  const href = link.getAttribute('href');
  if (!matcher || href === null) return undefined;
  let url: URL;
  try {
    url = new URL(href, link.baseURI);
  } catch {
    return undefined;
  }
  const record = matcher(url, link);
  return record ? { ...record, name: record.name ?? text() } : undefined;
}

/** The link an event happened on (looking through shadow roots) and its record, if session-enabled. */
export function sessionLinkOf(event: Event, matcher?: RecordLinkMatcher): { link: Element; record: RecordRef } | undefined {
  for (const node of event.composedPath()) {
    if (!(node instanceof Element)) continue;
    const isLink = (node.localName === 'a' || node.localName === 'area') && node.hasAttribute('href');
    if (!isLink && !node.hasAttribute('data-session-entity')) continue;
    const record = recordForLink(node, matcher);
    // The innermost link decides: a plain link inside a record card is not the card.
    return record ? { link: node, record } : undefined;
  }
  return undefined;
}

/** Which gesture a click is: Shift opens a new session; Ctrl (Cmd on macOS) a new tab. */
export type LinkGesture = 'new-session' | 'new-tab';

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function gestureOf(click: MouseEvent): LinkGesture | undefined {
  if (click.button !== 0 || click.altKey) return undefined;
  const tabKey = isMac() ? click.metaKey && !click.ctrlKey : click.ctrlKey && !click.metaKey;
  if (click.shiftKey && !click.ctrlKey && !click.metaKey) return 'new-session';
  if (tabKey && !click.shiftKey) return 'new-tab';
  return undefined;
}

/**
 * Listens on `root` for `gesture` clicks on session-enabled links and hands them to `open` instead
 * of letting the browser open a new window or tab. Any other click, and one the page already
 * handled (`defaultPrevented`), is left alone. Returns the function that stops listening.
 */
export function listenForSessionLinks(
  root: EventTarget,
  options: { gesture?: LinkGesture; matcher?: () => RecordLinkMatcher | undefined; open: (record: RecordRef, link: Element) => boolean },
): () => void {
  const onClick = (event: Event) => {
    const click = event as MouseEvent;
    if (click.defaultPrevented || gestureOf(click) !== (options.gesture ?? 'new-session')) return;
    const found = sessionLinkOf(click, options.matcher?.());
    if (found && options.open(found.record, found.link)) click.preventDefault();
  };
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
}
