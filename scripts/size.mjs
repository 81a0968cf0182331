// Prints the weight a host page pays for each entry of the kit: every entry bundled on its own,
// with all it imports (Lit counted once), minified and gzipped. Figures, not a pass/fail test.
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import { entries, plugins } from '../rollup.config.mjs';

const TARGET_KB = 10; // <session-panel> + <session-tab> + store + context + Lit (issue 3)
const TARGET_ALL_KB = 25; // the whole kit with Lit (issue 12)

/** One entry bundled with everything it imports, minified: its size and gzipped size in bytes. */
export async function weigh(input) {
  const bundle = await rollup({ input, plugins: plugins(), onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  const code = output[0].code;
  return { min: Buffer.byteLength(code), gz: gzipSync(code, { level: 9 }).length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
  const rows = [['lit (baseline: LitElement + html + css)', 'scripts/size-baseline-lit.js'], ...Object.entries(entries)];
  console.log(`${'entry'.padEnd(44)} ${'min'.padStart(9)} ${'min+gz'.padStart(9)}`);
  const gz = {};
  for (const [name, input] of rows) {
    const { min, gz: zipped } = await weigh(input);
    gz[name] = zipped;
    console.log(`${name.padEnd(44)} ${kb(min)} ${kb(zipped)}`);
  }
  const panel = gz['session-panel'];
  const all = gz['engagement-hub-elements'];
  console.log(`\n<session-panel> with <session-tab>, the store, the context and Lit: ${kb(panel).trim()} min+gz (target ≤ ${TARGET_KB} KB: ${panel <= TARGET_KB * 1024 ? 'met' : 'NOT met'}).`);
  console.log(`The whole kit (every element) with Lit: ${kb(all).trim()} min+gz (target ≤ ${TARGET_ALL_KB} KB: ${all <= TARGET_ALL_KB * 1024 ? 'met' : 'NOT met'}).`);
}
