import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyHTMLLiterals } from 'minify-literals';

/** The kit's entries: the all-in-one bundle and one module per element (shared code in chunks). */
export const entries = {
  'engagement-hub-elements': 'src/index.ts',
  'session-panel': 'src/components/session-panel/session-panel.ts',
  'session-tab': 'src/components/session-tab/session-tab.ts',
  'session-provider': 'src/components/session-provider/session-provider.ts',
  'work-item-stream': 'src/components/work-item-stream/work-item-stream.ts',
  'incoming-conversation': 'src/components/incoming-conversation/incoming-conversation.ts',
  'customer-summary': 'src/components/customer-summary/customer-summary.ts',
  'app-tab-panel': 'src/components/app-tab-panel/app-tab-panel.ts',
  'session-view': 'src/components/session-view/session-view.ts',
  'in-memory-crm': 'src/data/index.ts',
  'http-crm': 'src/data/http/index.ts',
};

/** Minifies the HTML and CSS inside Lit's html`` / css`` / svg`` templates of our own code. */
const minifyTemplates = () => ({
  name: 'minify-templates',
  async transform(code, id) {
    if (id.includes('node_modules') || !/\b(html|css|svg)\s*`/.test(code)) return null;
    return (await minifyHTMLLiterals(code, { fileName: id })) ?? null;
  },
});

export const plugins = () => [
  nodeResolve({ exportConditions: ['production'] }),
  typescript({ tsconfig: './tsconfig.json', compilerOptions: { noEmit: false, declaration: false, outDir: undefined }, include: ['src/**/*.ts', 'demo/**/*.ts'], noEmitOnError: true }),
  minifyTemplates(),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  {
    input: entries,
    output: { dir: 'dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
    plugins: plugins(),
  },
  {
    // The demo page's own script: a host page that bundles the kit.
    input: 'demo/demo.ts',
    output: { file: 'demo/build/demo.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
    plugins: plugins(),
  },
];
