// Prints the weight a host page pays for each entry of the kit: every published entry (dist/,
// after `npm run build`) bundled on its own with all it imports (Lit counted once), minified and
// gzipped, as a host's bundler would. Then the self-contained script-tag file as it ships.
// Figures, not a pass/fail test.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { bundleFile, entries } from '../rollup.config.mjs';

const TARGET_KB = 10; // <session-panel> + <session-tab> + store + context + Lit (issue 3)
const TARGET_ALL_KB = 25; // the whole kit with Lit (issue 12)
// Issue 10's rule, "no heavier than before" the restructuring: the figures it started from.
const BEFORE_KB = { 'session-panel': 17.8, 'engagement-hub-elements': 51.5 };

if (!existsSync('dist/engagement-hub-elements.js') || !existsSync(bundleFile)) {
  console.error('✖ dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const gzip = (code) => gzipSync(code, { level: 9 }).length;

/**
 * Everything the entry loads, on demand (\`import()\`) included, except the in-memory and HTTP
 * CRMs: a page loads those only when it asks for one, and each is weighed as its own entry.
 */
export async function weigh(input, { write } = {}) {
  const inMemoryCrm = resolve('dist/in-memory-crm.js');
  const plugins = [nodeResolve({ exportConditions: ['production'] }), terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } })];
  const httpCrm = resolve('dist/http-crm.js');
  // The data sources a data-source="…" spec loads on demand are their own entries, not part of this one.
  const external = (id, importer, isResolved) => isResolved && (id === inMemoryCrm || id === httpCrm) && resolve(input) !== id;
  const bundle = await rollup({ input, plugins, external, onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  const code = output[0].code;
  if (write) {
    // Entries in subfolders (i18n/fr) are written to subfolders of SIZE_OUT.
    mkdirSync(dirname(write), { recursive: true });
    writeFileSync(write, code);
  }
  return { min: Buffer.byteLength(code), gz: gzip(code) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
  const rows = [['lit (baseline: LitElement + html + css)', 'scripts/size-baseline-lit.js'], ...Object.keys(entries).map((name) => [name, `dist/${name}.js`])];
  console.log(`${'entry (bundled with Lit, minified)'.padEnd(44)} ${'min'.padStart(9)} ${'min+gz'.padStart(9)}`);
  const gz = {};
  for (const [name, input] of rows) {
    const { min, gz: zipped } = await weigh(input, { write: process.env.SIZE_OUT && `${process.env.SIZE_OUT}/${name}.min.js` });
    gz[name] = zipped;
    console.log(`${name.padEnd(44)} ${kb(min)} ${kb(zipped)}`);
  }
  const selfContained = readFileSync(bundleFile);
  console.log(`${`${bundleFile.replace('dist/', '')} (as shipped)`.padEnd(44)} ${kb(selfContained.length)} ${kb(gzip(selfContained))}`);
  const panel = gz['session-panel'];
  const all = gz['engagement-hub-elements'];
  console.log(`\n<session-panel> with <session-tab>, the store, the context and Lit: ${kb(panel).trim()} min+gz (target ≤ ${TARGET_KB} KB: ${panel <= TARGET_KB * 1024 ? 'met' : 'NOT met'}).`);
  console.log(`The whole kit (every element) with Lit: ${kb(all).trim()} min+gz (target ≤ ${TARGET_ALL_KB} KB: ${all <= TARGET_ALL_KB * 1024 ? 'met' : 'NOT met'}).`);
  for (const [name, before] of Object.entries(BEFORE_KB)) {
    console.log(`No heavier than before (issue 10): ${name} ${kb(gz[name]).trim()} ≤ ${before} KB: ${gz[name] <= before * 1024 ? 'met' : 'NOT met'}.`);
  }
}
