import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  // Every tag with a hyphen is a custom element, not a Vue component to resolve.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.includes('-') } } })],
  build: { outDir: 'build', minify: false },
  logLevel: 'warn',
});
