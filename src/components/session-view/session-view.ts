import { defineElement } from '../../define.js';
import { SessionView } from './session-view.component.js';

export { SessionView, TAB_TITLE_MESSAGE, TAB_PORT_MESSAGE, type TabRenderer, type TabRenderers } from './session-view.component.js';
defineElement('session-view', SessionView);

declare global {
  interface HTMLElementTagNameMap {
    'session-view': SessionView;
  }
}
