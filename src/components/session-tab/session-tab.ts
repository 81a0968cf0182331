import { defineElement } from '../../define.js';
import { SessionTab } from './session-tab.component.js';

export { SessionTab };
defineElement('session-tab', SessionTab);

declare global {
  interface HTMLElementTagNameMap {
    'session-tab': SessionTab;
  }
}
