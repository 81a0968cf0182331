// Fails when custom-elements.json is not what the analyzer makes of the current source:
// the element docs must never drift from the code. Fix: `npm run analyze` and commit the file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'cem-'));
try {
  execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {}
  if (fresh.trim() !== committed.trim()) {
    console.error('✖ custom-elements.json is out of date with src/. Run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('✔ custom-elements.json is fresh.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
