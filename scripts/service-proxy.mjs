// A dev-server middleware that forwards the CRM service's paths (/v1/…, /health) to it, streaming
// (the event stream included), so the demo page reaches the service from its own origin.
import { request } from 'node:http';

export function serviceProxy(target) {
  const base = new URL(target);
  return async (ctx, next) => {
    if (!/^\/(v1\/|health$)/.test(ctx.path)) return next();
    ctx.respond = false;
    await new Promise((resolve) => {
      const upstream = request(new URL(ctx.url, base), { method: ctx.method, headers: { ...ctx.req.headers, host: base.host } }, (answer) => {
        ctx.res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(ctx.res);
        answer.on('end', resolve);
        answer.on('error', resolve);
      });
      upstream.on('error', () => {
        if (!ctx.res.headersSent) ctx.res.writeHead(503, { 'content-type': 'application/json' });
        ctx.res.end(JSON.stringify({ code: 'unavailable', message: 'The CRM service is not running.' }));
        resolve();
      });
      ctx.res.on('close', () => upstream.destroy());
      ctx.req.pipe(upstream);
    });
  };
}
