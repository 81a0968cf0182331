import { defineElement } from '../../define.js';
import { AppTabPanel } from './app-tab-panel.component.js';

export { AppTabPanel, type AppDefinition } from './app-tab-panel.component.js';
defineElement('app-tab-panel', AppTabPanel);

declare global {
  interface HTMLElementTagNameMap {
    'app-tab-panel': AppTabPanel;
  }
}
