// Loaded by trusted-types*.html: records CSP violations, then loads two copies of the kit, each
// with its own Lit (the self-contained built file, and the sources with Lit from node_modules), as two
// separately bundled micro-frontends would.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
window.kitsLoaded = (async () => {
  const first = await import('../../dist/engagement-hub-elements.bundle.min.js');
  try {
    const second = await import('../../src/index.ts');
    return { first, second };
  } catch (error) {
    return { first, secondError: `${error.name}: ${error.message}` };
  }
})();
