// `npm run analyze` writes custom-elements.json from the JSDoc of the element classes.
export default {
  globs: ['src/components/**/*.component.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false, // package.json already names custom-elements.json
};
