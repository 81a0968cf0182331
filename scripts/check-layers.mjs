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

// ——— No import cycles (type-only imports count: a type cycle between layers still ties them) ———
// Between files: a cycle makes a module half-initialised while another runs, and means neither
// file can be understood alone. Between layers (the folders of src/, each root file its own):
// data flows one way, so no folder may reach, through any chain of imports, back into itself.

/** Strongly connected components of a graph (Tarjan); only those that form a cycle. */
function cyclesOf(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (node) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node), low.get(to)));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node), index.get(to)));
    }
    if (low.get(node) !== index.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1 || graph.get(node)?.has(node)) found.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

/** One path around a cycle, from `start` back to itself, within `members`. */
function pathAround(graph, start, members) {
  const previous = new Map();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift();
    for (const to of graph.get(node) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(previous.get(path[0]));
        return [...path, start];
      }
      if (!previous.has(to)) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start];
}

const layerOf = (path) => /^src\/([^/]+)\//.exec(path)?.[1] ?? path;
const fileGraph = new Map();
const layerGraph = new Map();
const layerEdges = new Map();
for (const path of files('src')) {
  fileGraph.set(path, fileGraph.get(path) ?? new Set());
  for (const specifier of importsOf(path)) {
    const to = target(path, specifier);
    if (!to.startsWith('src/')) continue;
    fileGraph.get(path).add(to);
    const [fromLayer, toLayer] = [layerOf(path), layerOf(to)];
    if (fromLayer === toLayer) continue;
    if (!layerGraph.has(fromLayer)) layerGraph.set(fromLayer, new Set());
    layerGraph.get(fromLayer).add(toLayer);
    layerEdges.set(`${fromLayer} ${toLayer}`, `${path} imports ${to}`);
  }
}
for (const component of cyclesOf(fileGraph)) {
  crossings.push(`import cycle between files: ${pathAround(fileGraph, component[0], new Set(component)).join(' → ')}`);
}
for (const component of cyclesOf(layerGraph)) {
  const path = pathAround(layerGraph, component[0], new Set(component));
  const steps = path.slice(1).map((to, n) => layerEdges.get(`${path[n]} ${to}`));
  crossings.push(`import cycle between layers ${path.join(' → ')} (${steps.join('; ')})`);
}

if (crossings.length) {
  console.error(`✖ ${crossings.length} import(s) cross a layering line (ARCHITECTURE.md):\n  ${crossings.join('\n  ')}`);
  process.exit(1);
}
console.log('Layers: every import in src/ and demo/ keeps to its layer, and no import cycle ties two files or two layers.');
