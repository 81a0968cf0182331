/**
 * The self-contained file (`dist/engagement-hub-elements.bundle.min.js`) for a page that can only
 * add a `<script type="module">` tag: every element, Lit, and the in-memory CRM that
 * `<session-provider data-source="in-memory">` connects, in one file.
 */
export * from './index.js';
export { InMemoryCrm, type CrmMethod, type InMemoryCrmOptions, type Latency } from './data/index.js';
