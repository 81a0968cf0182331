import { defineElement } from '../../define.js';
import { SessionView } from './session-view.component.js';

export { SessionView, TAB_TITLE_MESSAGE, TAB_PORT_MESSAGE, type TabRenderer, type TabRenderers } from './session-view.component.js';
defineElement('session-view', SessionView);
// Its dependencies: a work area makes customer summaries (from their class), so the class must be
// registered; a host that registered it under a name of its own keeps that name.
for (const [name, dependency] of Object.entries(SessionView.dependencies)) defineElement(name, dependency);

declare global {
  interface HTMLElementTagNameMap {
    'session-view': SessionView;
  }
}
