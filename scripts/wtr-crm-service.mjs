// For the browser tests: a dev-server middleware that starts the reference CRM service (embedded
// PGlite, port $CRM_TEST_PORT or 8604) on the first request to /v1/… or /health, and forwards
// those paths to it, so test pages reach it from their own origin. Runs that never ask for it
// start nothing. The service stops with the test runner.
import { spawn } from 'node:child_process';
import { serviceProxy } from './service-proxy.mjs';

export function crmServiceMiddleware({ port = Number(process.env.CRM_TEST_PORT ?? 8604) } = {}) {
  const url = `http://127.0.0.1:${port}`;
  const proxy = serviceProxy(url);
  let ready;
  const start = () =>
    (ready ??= (async () => {
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
    })());
  return async (ctx, next) => {
    if (!/^\/(v1\/|health$)/.test(ctx.path)) return next();
    await start();
    return proxy(ctx, next);
  };
}
