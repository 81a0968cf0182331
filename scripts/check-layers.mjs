// Reads every import in src/ and demo/ and fails when one crosses a layering line of
// ARCHITECTURE.md. Run by `npm test`; prints every crossing it finds, one a line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function* files(dir) {
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) yield* files(path);
    else if (/\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) yield path;
  }
}

/** Every module specifier a file imports or re-exports (static and dynamic), type-only included. */
function importsOf(path) {
  const text = readFileSync(join(root, path), 'utf8');
  const found = [];
  for (const match of text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s*['"]([^'"]+)['"]/gm)) {
    found.push(match[1] ?? match[2] ?? match[3]);
  }
  return found;
}

/** The repository path an import points at, or the bare package name. */
function target(from, specifier) {
  if (!specifier.startsWith('.')) return specifier;
  return normalize(join(dirname(from), specifier)).replace(/\.js$/, '.ts');
}

const componentOf = (path) => /^src\/components\/([^/]+)\//.exec(path)?.[1];

/** Each rule: which files it covers, and the reason a target is refused (or nothing). */
const rules = [
  {
    covers: (path) => path.startsWith('src/state/'),
    refuse: (to) =>
      /^(lit|@lit|@lit-labs)(\/|$)/.test(to) ? 'the model imports no Lit'
      : /^src\/(components|context|controllers|gesture|data|actions|localize|i18n|persistence|react)\//.test(to) ? 'the model imports nothing above it'
      : undefined,
  },
  {
    covers: (path) => path.startsWith('src/') && !path.startsWith('src/data/') && !/^src\/(index|model|in-memory-crm|http-crm)\.ts$/.test(path),
    refuse: (to) => /^src\/data\/(in-memory-crm|seed-data|simulated-network|seeded-random|match-records|http)/.test(to) ? 'elements and the model use the data interface, never a data source implementation' : undefined,
  },
  {
    covers: (path) => path.startsWith('src/components/'),
    refuse: (to, from) => {
      const own = componentOf(from);
      const other = componentOf(to);
      if (!other || other === own || other === 'shared') return undefined;
      // Another element is used through its class (`<name>.component.ts`); only an element's own
      // registration module (`<own>.ts`) may register it too (`<name>.ts`). Nothing else of it.
      if (to === `src/components/${other}/${other}.component.ts`) return undefined;
      if (to === `src/components/${other}/${other}.ts` && from === `src/components/${own}/${own}.ts`) return undefined;
      return `an element reaches into <${other}>'s internals (use its class from ${other}.component.ts; register it in ${own}.ts)`;
    },
  },
  {
    covers: (path) => path.startsWith('demo/'),
    refuse: (to) => (to.startsWith('src/') && !/^src\/(index|model|in-memory-crm|http-crm|data\/index|data\/http\/index|react\/index|i18n\/(index|fr|de|es|ar|ja))\.ts$/.test(to) ? 'the demo uses public entry points only' : undefined),
  },
];

const crossings = [];
for (const dir of ['src', 'demo']) {
  for (const path of files(dir)) {
    if (path.startsWith('demo/build/')) continue;
    for (const specifier of importsOf(path)) {
      const to = target(path, specifier);
      for (const rule of rules) {
        if (!rule.covers(path)) continue;
        const reason = rule.refuse(to, path);
        if (reason) crossings.push(`${path} imports ${relative('.', to)}: ${reason}`);
      }
    }
  }
}

if (crossings.length) {
  console.error(`✖ ${crossings.length} import(s) cross a layering line (ARCHITECTURE.md):\n  ${crossings.join('\n  ')}`);
  process.exit(1);
}
console.log('Layers: every import in src/ and demo/ keeps to its layer.');
