// Fails when custom-elements.json is not what the analyzer makes of the current source:
// the element docs must never drift from the code. Fix: `npm run analyze` and commit the file.
import { readFileSync } from 'node:fs';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const fresh = await cli({ argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs'], cwd: process.cwd(), noWrite: true });
let committed;
try {
  committed = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
} catch {
  committed = undefined;
}
if (JSON.stringify(fresh) !== JSON.stringify(committed)) {
  console.error('✖ custom-elements.json is out of date with src/. Run `npm run analyze` and commit the result.');
  process.exit(1);
}
console.log('✔ custom-elements.json is fresh.');
