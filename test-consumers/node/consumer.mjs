// Runs service.mjs with the Node that runs the tests (Node 20 or later).
export default async function run({ exec }) {
  const { status, output } = exec(process.execPath, ['service.mjs'], { allowFailure: true });
  if (status !== 0) throw new Error(`node service.mjs failed:\n${output}`);
}
