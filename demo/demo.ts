// The demo page's script. The kit and the page's own wiring (page.ts) load as a module of their
// own, evaluated in a task after this one (issue 12, the demo's start-up): a deferred module script
// runs in the parser's last task, where Chromium lays the whole page out once more when parsing
// ends, so registering and first rendering the elements here made one long task of their script,
// their first render and the layout of everything they drew (fonts found for every new size and
// weight). Now that layout comes with the next frame, in a task of its own. What the agent sees
// once the page has started is the same.
import('./page.js').catch((error: unknown) => console.error('The demo page could not start:', error));
