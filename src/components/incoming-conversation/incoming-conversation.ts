import { defineElement } from '../../define.js';
import { IncomingConversation } from './incoming-conversation.component.js';

export { IncomingConversation };
defineElement('incoming-conversation', IncomingConversation);

declare global {
  interface HTMLElementTagNameMap {
    'incoming-conversation': IncomingConversation;
  }
}
