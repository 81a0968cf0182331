import { defineElement } from '../../define.js';
import '../session-tab/session-tab.js';
import { SessionPanel } from './session-panel.component.js';

export { SessionPanel };
defineElement('session-panel', SessionPanel);

declare global {
  interface HTMLElementTagNameMap {
    'session-panel': SessionPanel;
  }
}
