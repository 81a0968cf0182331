// Runs the service's tests (server/test/*.test.ts) with Node's own test runner, through tsx.
// Against embedded PGlite always; also against PostgreSQL when TEST_DATABASE_URL is set
// (scripts/pg-test-server.sh starts a throwaway one). Node prints the closing `# pass/# fail` lines.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const files = (only.length ? only : readdirSync('server/test').filter((f) => f.endsWith('.test.ts')).map((f) => `server/test/${f}`)).sort();
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
