import { HOME_SESSION_ID, type Session, type SessionState } from './session.js';

/**
 * A state without some sessions, closed at once (a reload check found their conversations gone,
 * another window closed them): a closed focused session hands focus to the nearest session above
 * it that stays, Home at the latest, as `store.closeSession` does one at a time. `update` changes
 * each session that stays.
 */
export function withoutSessions<S extends SessionState>(state: S, closed: ReadonlySet<string>, update: (session: Session) => Session = (session) => session): S {
  let { focusedId } = state;
  if (closed.has(focusedId)) {
    const index = state.sessions.findIndex((s) => s.id === focusedId);
    focusedId = state.sessions.slice(0, index).reverse().find((s) => !closed.has(s.id))?.id ?? HOME_SESSION_ID;
  }
  return { ...state, sessions: state.sessions.filter((s) => !closed.has(s.id)).map(update), focusedId };
}
