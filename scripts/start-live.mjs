// npm start: the reference CRM service on embedded PGlite (port 8787, or $CRM_PORT) with the
// demo's seed, and the demo page in front of it (http://localhost:8000/, or $PORT).
// Open http://localhost:8000/?agent=agent-1 and ?agent=agent-2 in two windows: two agents.
// npm run start:offline serves the demo on its embedded in-memory CRM instead.
import { spawn } from 'node:child_process';

const servicePort = Number(process.env.CRM_PORT ?? 8787);
const service = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { SEED: '2026', WORK_ITEMS: '3000', SIMULATION: '1', ROUTER_MS: '45000', ...process.env, PORT: String(servicePort), HOST: '127.0.0.1' },
});
const stop = () => service.kill('SIGTERM');
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(0));
service.once('exit', (code) => {
  console.error(`✖ The CRM service stopped (${code}).`);
  process.exit(1);
});

const url = `http://127.0.0.1:${servicePort}`;
for (let tries = 0; ; tries++) {
  if (await fetch(`${url}/health`).then((r) => r.ok, () => false)) break;
  if (tries > 120) {
    console.error(`✖ The CRM service did not start on ${url}.`);
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 250));
}
process.env.CRM_SERVICE_URL = url;
await import('./serve-demo.mjs');
const port = Number(process.env.PORT ?? 8000);
console.log(`Two agents: http://localhost:${port}/?agent=agent-1 and http://localhost:${port}/?agent=agent-2 (agent-3 too). Offline: npm run start:offline`);
