// `npm run size:modules [dist/entry.js] [rows]`: what an entry's weight is made of, module by
// module (issue 12). The entry is bundled as `npm run size` bundles it (Lit resolved, on-demand
// data sources left out); each module's share is then minified on its own (top-level names kept,
// so the figures add up to a little more than the bundle) and gzipped on its own (gzip shares
// across modules, so the gz column is a module's weight alone, not its share of the total).
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import { minify } from 'terser';
import { rollup } from 'rollup';
import { resolve } from 'node:path';
const input = process.argv[2] ?? 'dist/engagement-hub-elements.js';
const inMemoryCrm = resolve('dist/in-memory-crm.js');
const httpCrm = resolve('dist/http-crm.js');
const external = (id, importer, isResolved) => isResolved && (id === inMemoryCrm || id === httpCrm) && resolve(input) !== id;
const bundle = await rollup({ input, plugins: [nodeResolve({ exportConditions: ['production'] })], external, onwarn: () => {} });
const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
const rows = [];
for (const [id, m] of Object.entries(output[0].modules)) {
  if (!m.code) continue;
  const min = (await minify(m.code, { ecma: 2022, module: false, toplevel: false, compress: { passes: 2, unused: false }, format: { comments: false } })).code ?? '';
  rows.push([id.replace(process.cwd() + '/', '').replace('node_modules/', 'nm/'), min.length, gzipSync(min, { level: 9 }).length]);
}
rows.sort((a, b) => b[1] - a[1]);
let tm = 0, tg = 0;
for (const [id, min, gz] of rows) { tm += min; tg += gz; }
console.log(`${input}: ${rows.length} modules, sum min ${(tm/1024).toFixed(1)} KB, sum of per-module gz ${(tg/1024).toFixed(1)} KB`);
for (const [id, min, gz] of rows.slice(0, Number(process.argv[3] ?? 40))) console.log(`${(min/1024).toFixed(2).padStart(7)} KB min ${(gz/1024).toFixed(2).padStart(6)} KB gz  ${id}`);
