import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import MagicString from 'magic-string';

/**
 * The published entries (package.json `exports`): the all-in-one element entry, one module per
 * element, the DOM-free model and the embedded in-memory CRM. Every other source module is
 * published as its own file under `dist/lib/` (mirroring `src/`), so an element is registered in
 * its entry file and nowhere else: those files are the package's only `sideEffects`.
 */
export const entries = {
  'engagement-hub-elements': 'src/index.ts',
  model: 'src/model.ts',
  'session-panel': 'src/components/session-panel/session-panel.ts',
  'session-tab': 'src/components/session-tab/session-tab.ts',
  'session-provider': 'src/components/session-provider/session-provider.ts',
  'work-item-stream': 'src/components/work-item-stream/work-item-stream.ts',
  'incoming-conversation': 'src/components/incoming-conversation/incoming-conversation.ts',
  'customer-summary': 'src/components/customer-summary/customer-summary.ts',
  'app-tab-panel': 'src/components/app-tab-panel/app-tab-panel.ts',
  'session-view': 'src/components/session-view/session-view.ts',
  'in-memory-crm': 'src/data/index.ts',
  // React wrappers (@lit/react): their own entry, never part of the all-in-one one.
  react: 'src/react/index.ts',
  'http-crm': 'src/data/http/index.ts',
  // The table of terms (English built in) and one module per other language, which a host registers.
  i18n: 'src/i18n/index.ts',
  'i18n/fr': 'src/i18n/fr.ts',
  'i18n/de': 'src/i18n/de.ts',
  'i18n/es': 'src/i18n/es.ts',
  'i18n/ar': 'src/i18n/ar.ts',
  'i18n/ja': 'src/i18n/ja.ts',
};

/** The one self-contained file for a page that can only add a script tag (Lit and the in-memory CRM inside). */
export const bundleFile = 'dist/engagement-hub-elements.bundle.min.js';

/** Left to the host's bundler: React itself and @lit/react (a dependency of the `react` entry only). */
export const frameworkExternals = (id) => id === 'react' || id.startsWith('react/') || id === '@lit/react';

/** Lit and its packages stay imports by name in published modules, so a host that uses Lit loads one copy. */
export const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+)(\/|$)/.test(id);

const compile = () =>
  typescript({ tsconfig: './tsconfig.json', compilerOptions: { noEmit: false, declaration: false, outDir: undefined }, include: ['src/**/*.ts', 'demo/**/*.ts'], noEmitOnError: true });

// No minifier touches the HTML or CSS inside html`` / css`` / svg`` templates: one once turned
// the "More options" icon's `<circle …/>` into unclosed tags. Terser leaves template text alone.

/**
 * The one change made to template text: comments inside css`` templates are dropped from the
 * published modules. They explain the styles to readers of `src/`, but inside the template they
 * are CSS text that every page downloads and no minifier can shorten (1.1 KB min+gz of the whole
 * kit). Only `/* … *\/` wholly inside one static part of a css`` template goes; the rules, the
 * white space and every other template are left exactly as written.
 */
export function stripCssComments() {
  return {
    name: 'strip-css-comments',
    transform(code, id) {
      if (!/\.[cm]?[jt]sx?$/.test(id) || !/\bcss\s*`/.test(code) || !code.includes('/*')) return null;
      const magic = new MagicString(code);
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') {
          for (const quasi of node.quasi.quasis) {
            for (const comment of code.slice(quasi.start, quasi.end).matchAll(/\n?[ \t]*\/\*[\s\S]*?\*\//g)) {
              magic.remove(quasi.start + comment.index, quasi.start + comment.index + comment[0].length);
            }
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object') visit(value);
        }
      };
      visit(this.parse(code));
      return magic.hasChanged() ? { code: magic.toString(), map: magic.generateMap({ hires: true }) } : null;
    },
  };
}
const minify = () => terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } });

/** What a host's bundler does with the kit: resolve Lit (production build), compile, minify. */
export const plugins = () => [nodeResolve({ exportConditions: ['production'] }), compile(), stripCssComments(), minify()];

export default [
  {
    // Published modules: readable ES2022, Lit imported by name (Lit's publishing advice).
    input: entries,
    external: (id) => isLit(id) || frameworkExternals(id),
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: (module) => (module.isEntry ? '[name].js' : 'lib/[name].js'),
      sourcemap: true,
    },
    plugins: [compile(), stripCssComments()],
  },
  {
    input: 'src/bundle.ts',
    output: { file: bundleFile, format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: plugins(),
  },
  {
    // The demo page's own script: a host page that bundles the kit.
    input: 'demo/demo.ts',
    output: { dir: 'demo/build', entryFileNames: '[name].js', chunkFileNames: '[name].js', format: 'es', sourcemap: true, manualChunks: (id) => (id.endsWith('demo.ts') ? undefined : 'page') },
    plugins: plugins(),
  },
];
