// Serves the demo page (built by `npm run build`) on http://localhost:8000/, or on $PORT.
import { startDevServer } from '@web/dev-server';
import { serviceProxy } from './service-proxy.mjs';

const port = Number(process.env.PORT ?? 8000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`✖ PORT must be a port number, not "${process.env.PORT}".`);
  process.exit(1);
}
// The partner app is a "third-party" app: it gets its own origin (the next port), as it would in
// real life, so the demo shows it sandboxed away from the desktop.
const partnerPort = port === 0 ? 0 : port + 1;
const partner = await startDevServer({
  config: { rootDir: 'demo', port: partnerPort, hostname: 'localhost', nodeResolve: false, watch: false, clearTerminalOnReload: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
await startDevServer({
  config: {
    rootDir: 'demo',
    port,
    hostname: 'localhost',
    nodeResolve: false,
    watch: false,
    clearTerminalOnReload: false,
    // With CRM_SERVICE_URL (npm start), the page reaches the CRM service same-origin.
    middleware: process.env.CRM_SERVICE_URL ? [serviceProxy(process.env.CRM_SERVICE_URL)] : [],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`\nDemo agent desktop: http://localhost:${port}/\nIts partner app, on an origin of its own: http://localhost:${partner.config.port}/partner-app.html\n(Ctrl+C stops the server.)`);
