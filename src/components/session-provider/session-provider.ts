import { defineElement } from '../../define.js';
import { SessionProvider } from './session-provider.component.js';

export { SessionProvider };
defineElement('session-provider', SessionProvider);

declare global {
  interface HTMLElementTagNameMap {
    'session-provider': SessionProvider;
  }
}
