// The demo's "third-party" app: tells the agent desktop what its tab should be called.
const input = document.getElementById('tracking');
document.getElementById('track').addEventListener('click', () => {
  const number = input.value.trim() || 'no number';
  parent.postMessage({ type: 'engagement-hub:tab-title', title: `Parcel ${number}` }, location.origin);
});
