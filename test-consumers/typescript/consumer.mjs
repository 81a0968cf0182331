// A strict TypeScript project type-checks against the installed package: every entry point and
// typed tags and events (src/host-page.ts) in node16 and bundler resolution, and the model and
// in-memory CRM in a Node project without the DOM library (src/node-service.ts).
import { join } from 'node:path';

export default async function run({ dir, installDir, exec }) {
  const tsc = join(installDir, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const config of ['tsconfig.node16.json', 'tsconfig.bundler.json', 'tsconfig.node-model.json']) {
    const { status, output } = exec('node', [tsc, '-p', config], { allowFailure: true });
    if (status !== 0) throw new Error(`tsc -p ${config} found errors:\n${output}`);
  }
}
