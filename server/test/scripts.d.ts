declare module "*/service-proxy.mjs" { export function serviceProxy(target: string): any; }
declare module "*/chrome.mjs" { export function findChrome(): string; }
