// The demo's "third-party" app, served from its own origin (a second port): it names its tab
// through the private port the agent desktop hands it at each load, and nothing else.
let port;
addEventListener('message', (event) => {
  if (event.source !== parent || event.data?.type !== 'engagement-hub:tab-port' || !event.ports[0]) return;
  port = event.ports[0];
});
const input = document.getElementById('tracking');
document.getElementById('track').addEventListener('click', () => {
  const number = input.value.trim() || 'no number';
  port?.postMessage({ type: 'engagement-hub:tab-title', title: `Parcel ${number}` });
});
