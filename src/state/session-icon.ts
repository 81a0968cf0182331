/** The icon the agent sees for a session: the host's icon text, else the title's first letters. DOM-free. */
import { graphemes, iconForTitle, normaliseTitle } from './title.js';
import type { Session } from './session.js';

/**
 * The icon the agent sees for a session: the host's icon, else the first two letters of its
 * title (or of `title`, the name it is shown under, such as Home's in the agent's language).
 */
export function sessionIcon(session: Pick<Session, 'icon' | 'title'>, title = session.title): string {
  return session.icon ?? cachedIcon(title);
}

// Panels ask for every session's icon on every render; segmenting the title into graphemes each
// time was most of a session switch (issue 12). Icons depend on the title alone: remembered by
// title, a bounded number of them.
const iconsByTitle = new Map<string, string>();
function cachedIcon(title: string): string {
  let icon = iconsByTitle.get(title);
  if (icon === undefined) {
    if (iconsByTitle.size >= 512) iconsByTitle.clear();
    iconsByTitle.set(title, (icon = iconForTitle(title)));
  }
  return icon;
}

/** A host's icon text as a session keeps it: two or three characters; blank means "derive from the title". */
export function normaliseIcon(icon: unknown): string | undefined {
  // Graphemes, so a flag stays whole.
  return graphemes(normaliseTitle(icon, '')).slice(0, 3).join('').trim() || undefined;
}
