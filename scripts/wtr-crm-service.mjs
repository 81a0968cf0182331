// For the browser tests: a dev-server middleware that starts the reference CRM service (embedded
// PGlite, from port $CRM_TEST_PORT, else on free ports) on the first request to /v1/… or /health, and forwards
// those paths to it, so test pages reach it from their own origin. Each engine gets a service of
// its own (told apart by the user agent), since the engines run the same tests at the same time
// and would otherwise pick each other's conversations. Runs that never ask for it start nothing.
// The services stop with the test runner.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { serviceProxy } from './service-proxy.mjs';

const ENGINES = ['chromium', 'firefox', 'webkit'];

function engineOf(userAgent = '') {
  if (/Firefox\//.test(userAgent)) return 'firefox';
  if (/Chrome\//.test(userAgent)) return 'chromium';
  return 'webkit';
}

function startService(port) {
  const url = `http://127.0.0.1:${port}`;
  const ready = (async () => {
    const service = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', SEED: '7', WORK_ITEMS: '400', SIMULATION: '1', OFFER_TIMEOUT_MS: '30000', DATABASE_URL: '' },
    });
    process.on('exit', () => service.kill('SIGTERM'));
    for (let tries = 0; tries < 240; tries++) {
      if (service.exitCode !== null) throw new Error(`The CRM service exited (${service.exitCode}).`);
      if (await fetch(`${url}/health`).then((r) => r.ok, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`The CRM service did not start on ${url}.`);
  })();
  return { ready, proxy: serviceProxy(url) };
}

/** A port nothing listens on now. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

export function crmServiceMiddleware({ port = Number(process.env.CRM_TEST_PORT ?? 0) } = {}) {
  const services = new Map();
  return async (ctx, next) => {
    if (!/^\/(v1\/|health$)/.test(ctx.path)) return next();
    const engine = engineOf(ctx.get('user-agent'));
    if (!services.has(engine)) services.set(engine, (port ? Promise.resolve(port + ENGINES.indexOf(engine)) : freePort()).then(startService));
    const { ready, proxy } = await services.get(engine);
    await ready;
    return proxy(ctx, next);
  };
}
