// The kit's tags as typed template elements (props and @events), for vue-tsc --strictTemplates.
import type {} from 'engagement-hub-elements/vue';

declare global {
  interface Window {
    /** What the app saw, read by the test. */
    vueLog: string[];
  }
}
