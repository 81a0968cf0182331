// A React 19 app using the kit as a user would: the typed wrappers (engagement-hub-elements/react)
// with properties and onSession… props, and a raw tag (JSX types, property set, on<event> prop).
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { SessionStore } from 'engagement-hub-elements';
import { InMemoryCrm } from 'engagement-hub-elements/in-memory-crm.js';
import { SessionPanelElement, SessionProviderElement, WorkItemStreamElement } from 'engagement-hub-elements/react';

declare global {
  interface Window {
    /** What the app saw, read by the test. */
    reactLog: string[];
  }
}
window.reactLog = [];
const log = (entry: string) => window.reactLog.push(entry);

// Made once, outside React: the desktop's state survives re-renders and unmount/remount.
const store = new SessionStore();
store.openRecordSession({ entity: 'contact', id: 'ada', name: 'Ada Lovelace' });
store.focusSession('home');
const crm = new InMemoryCrm({ workItems: 40 });

function Desktop() {
  return (
    <div className="desktop">
    <SessionProviderElement store={store} dataSource={crm}>
      <SessionPanelElement
        id="wrapped-panel"
        onSessionFocused={(event) => log(`wrapper session-focused: ${event.detail.session.title}`)}
      />
      {/* Session events fire where the agent acted: Pick in the stream opens the session. */}
      <WorkItemStreamElement
        stream="open"
        onSessionOpened={(event) => log(`wrapper session-opened: ${event.detail.session.title}`)}
        onSessionStarted={(event) => log(`wrapper session-started: ${event.detail.via} ${event.detail.workItem.id}`)}
      />
      {/* The raw tag: React 19 sets `store` as a property and listens to `onsession-focused`. */}
      <session-panel id="raw-panel" store={store} onsession-focused={(event) => log(`raw session-focused: ${event.detail.session.title}`)} />
    </SessionProviderElement>
    </div>
  );
}

function App() {
  const [renders, setRenders] = useState(0);
  const [shown, setShown] = useState(true);
  return (
    <>
      <button id="rerender" onClick={() => setRenders((n) => n + 1)}>
        Re-render ({renders})
      </button>
      <button id="toggle" onClick={() => setShown((s) => !s)}>
        {shown ? 'Unmount the desktop' : 'Mount the desktop'}
      </button>
      {shown && <Desktop key="desktop" />}
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
