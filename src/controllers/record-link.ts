import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getSessionStore } from '../context/provide.js';
import type { RecordRef } from '../state/session.js';
import type { SessionStore } from '../state/session-store.js';
import { listenForSessionLinks, type LinkGesture, type RecordLinkMatcher } from '../gesture/session-links.js';

/**
 * While its host is connected, turns a link gesture anywhere on the page (Shift+click: a new
 * session; Ctrl/Cmd+click: a new tab) into a store call on the store of the clicked link. A link
 * the store refuses (a malformed record) is left to the browser, with a console warning.
 */
export class RecordLinkController implements ReactiveController {
  #stop?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: { gesture: LinkGesture; matcher: () => RecordLinkMatcher | undefined; open: (store: SessionStore, record: RecordRef, link: Element) => void },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#stop = listenForSessionLinks(this.host.ownerDocument, {
      gesture: this.options.gesture,
      matcher: this.options.matcher,
      open: (record, link) => {
        try {
          this.options.open(getSessionStore(link), record, link);
          return true;
        } catch (error) {
          console.warn(`engagement-hub-elements: this link cannot open a ${this.options.gesture === 'new-tab' ? 'tab' : 'session'}: ${(error as Error).message}`, link);
          return false;
        }
      },
    });
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = undefined;
  }
}
