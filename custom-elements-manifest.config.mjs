// `npm run analyze` writes custom-elements.json from the JSDoc of the element classes.
// The type parser adds `parsedType` with type aliases resolved (`stream`: 'my' | 'open' | 'closed');
// the kit plugin (scripts/manifest-plugins.mjs) points the manifest at the dist files, adds the tag
// definitions, drops private members and lists every token on every element that reads it.
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { kitManifestPlugin, quiet } from './scripts/manifest-plugins.mjs';

export default {
  globs: ['src/components/**/*.component.ts'],
  exclude: ['**/*.styles.ts', '**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false, // package.json already names custom-elements.json
  // Gives the type parser the TypeScript type checker.
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.build.json');
    return program.getSourceFiles().filter((sourceFile) => globs.find((glob) => sourceFile.fileName.includes(glob)));
  },
  plugins: [quiet(typeParserPlugin({ parseObjectTypes: 'none' })), kitManifestPlugin()],
};
