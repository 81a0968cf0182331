// A host app built with a bundler (esbuild) from the installed package, as most hosts are:
// `sideEffects` must not cost a registration, the model entry must stay free of elements and Lit,
// a host that uses Lit must get one copy of it, and the in-memory CRM must stay out until asked.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TAGS = ['session-panel', 'session-tab', 'session-provider', 'work-item-stream', 'incoming-conversation', 'customer-summary', 'app-tab-panel', 'session-view'];

export default async function run({ dir, browser, serve }) {
  const esbuild = await import(join(dir, '..', 'node_modules', 'esbuild', 'lib', 'main.js'));
  const build = async (entry, options = {}) => {
    const outdir = join(dir, 'out', entry.replace('.js', ''));
    await esbuild.build({ entryPoints: [join(dir, 'src', entry)], bundle: true, format: 'esm', minify: true, outdir, logLevel: 'silent', ...options });
    return { outdir, files: Object.fromEntries(readdirSync(outdir).map((file) => [file, readFileSync(join(outdir, file), 'utf8')])) };
  };

  const model = await build('model-only.js');
  const modelCode = Object.values(model.files).join('');
  assert.doesNotMatch(modelCode, /customElements|LitElement|litElementVersions/, 'the model entry pulls in no element and no Lit');
  assert.doesNotMatch(modelCode, /InMemoryCrm|seedWorkItem/, 'nor the in-memory CRM');
  // The store's features that live apart from its core (store-tabs.js, store-restore.js) are
  // side-effect modules: `sideEffects` must keep them wherever they are imported.
  assert.match(modelCode, /unknown snapshot version/, 'model.js brings store.restore()');
  // ("A tab opens a" is new-tab.js's message: only store.openTab() reaches it; the events' names
  // such as tab-opened are in every element that fires them.)
  assert.match(modelCode, /A tab opens a/, 'model.js brings store.openTab()');

  const lit = await build('lit-host.js');
  const litCopies = Object.values(lit.files).join('').match(/litElementVersions/g)?.length ?? 0;
  assert.equal(litCopies, 1, 'a host that uses Lit bundles one copy of it with the kit');

  const provider = await build('provider.js', { splitting: true, entryNames: '[name]', chunkNames: 'chunk-[hash]' });
  const providerCode = provider.files['provider.js'];
  assert.doesNotMatch(providerCode, /simulateOtherAgentPick/, 'the in-memory CRM is not in the entry');
  assert.ok(
    Object.entries(provider.files).some(([file, code]) => file !== 'provider.js' && /simulateOtherAgentPick/.test(code)),
    'the in-memory CRM is a chunk of its own, loaded by data-source="in-memory"',
  );

  // Run the bundles: every registration survived the bundler's sideEffects pruning.
  const oneElement = await build('one-element.js');
  const panelCode = Object.values(oneElement.files).join('');
  assert.doesNotMatch(panelCode, /unknown snapshot version|A tab opens a|allow-top-navigation/, 'a page with only the session panel does not load snapshot parsing, tab opening or app sandboxing');
  const storeOnly = await build('store-only.js');
  const origin = await serve();
  const page = await (await browser()).newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    for (const [bundle, expected] of [
      [oneElement, ['session-panel', 'session-tab']],
      [storeOnly, TAGS],
      [lit, [...TAGS, 'host-greeting']],
    ]) {
      const html = join(bundle.outdir, 'index.html');
      mkdirSync(bundle.outdir, { recursive: true });
      const script = Object.keys(bundle.files).find((file) => file.endsWith('.js'));
      writeFileSync(html, `<!doctype html><html lang="en"><title>host</title><script type="module" src="./${script}"></script></html>`);
      await page.goto(`${origin}/${html.slice(join(dir, '..').length + 1)}`);
      await page.waitForFunction(() => customElements.get('session-panel'), { timeout: 5000 });
      const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), [...TAGS, 'host-greeting']);
      assert.deepEqual(defined.sort(), [...expected].sort(), `${script}: the elements it registers`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
  }
}
