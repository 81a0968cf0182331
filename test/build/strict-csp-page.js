// Loaded by strict-csp.html: records every CSP violation, then loads the built kit with one import.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
window.kitLoaded = import('../../dist/engagement-hub-elements.js');
