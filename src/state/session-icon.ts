/** The icon the agent sees for a session: the host's icon text, else the title's first letters. DOM-free. */
import { graphemes, iconForTitle, normaliseTitle } from './title.js';
import type { Session } from './session.js';

/** The icon the agent sees for a session: the host's icon, else the title's first two letters. */
export function sessionIcon(session: Session): string {
  let icon = session.icon ?? icons.get(session);
  if (icon === undefined) icons.set(session, (icon = iconForTitle(session.title)));
  return icon;
}

// Panels ask for every session's icon on every render; segmenting the title into graphemes each
// time was most of a session switch (issue 12). Sessions are immutable: each one's icon is
// remembered with it and goes with it (a cache by title kept every title seen, up to 512).
const icons = new WeakMap<Session, string>();

/** A host's icon text as a session keeps it: two or three characters; blank means "derive from the title". */
export function normaliseIcon(icon: unknown): string | undefined {
  // Graphemes, so a flag stays whole.
  return graphemes(normaliseTitle(icon, '')).slice(0, 3).join('').trim() || undefined;
}
