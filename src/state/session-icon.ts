/** The icon the agent sees for a session: the host's icon text, else the title's first letters. DOM-free. */
import { graphemes, iconForTitle, normaliseTitle } from './title.js';
import type { Session } from './session.js';

/**
 * The icon the agent sees for a session: the host's icon, else the first two letters of its
 * title (or of `title`, the name it is shown under, such as Home's in the agent's language).
 */
export function sessionIcon(session: Pick<Session, 'icon' | 'title'>, title = session.title): string {
  if (session.icon !== undefined) return session.icon;
  if (title !== session.title) return iconForTitle(title);
  let icon = icons.get(session);
  if (icon === undefined) icons.set(session, (icon = iconForTitle(title)));
  return icon;
}

// Panels ask for every session's icon on every render; segmenting the title into graphemes each
// time was most of a session switch (issue 12). Sessions are immutable: each one's icon is
// remembered with it and goes with it (a cache by title kept every title seen, up to 512).
const icons = new WeakMap<Pick<Session, 'icon' | 'title'>, string>();

/** A host's icon text as a session keeps it: two or three characters; blank means "derive from the title". */
export function normaliseIcon(icon: unknown): string | undefined {
  // Graphemes, so a flag stays whole.
  return graphemes(normaliseTitle(icon, '')).slice(0, 3).join('').trim() || undefined;
}
