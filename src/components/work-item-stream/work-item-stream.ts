import { defineElement } from '../../define.js';
import { WorkItemStream } from './work-item-stream.component.js';

export { WorkItemStream };
defineElement('work-item-stream', WorkItemStream);

declare global {
  interface HTMLElementTagNameMap {
    'work-item-stream': WorkItemStream;
  }
}
