// Analyzer plugin that makes custom-elements.json describe the package as it ships:
// - module paths are the dist files a user imports (`dist/session-panel.js`), not src/…ts;
// - each element has its `custom-element-definition` export (the module that registers the tag);
// - private members (`#x`, `_x`, `private`/`protected`) are left out;
// - every theme token an element's styles read (its own, the shared ones, those of the kit
//   elements it renders) is listed on that element, documented once in tokens.styles.ts;
// - a part the template sets (`part="x"`) but the JSDoc does not document fails the analysis.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Where the module that registers `tag` ships. Re-point here if the dist layout changes. */
export const distModuleOf = (tag) => `dist/${tag}.js`;

const TOKENS_FILE = 'src/components/shared/tokens.styles.ts';

/** `@cssprop [--name=default] - description` lines of a JSDoc text. */
function cssPropsIn(text) {
  const props = new Map();
  for (const match of text.matchAll(/@cssprop\s+(\[?)(--[\w-]+)(?:=([^\]]*))?\]?\s*-\s*(.+)/g)) {
    const [, , name, defaultValue, description] = match;
    props.set(name, { name, description: description.trim(), ...(defaultValue ? { default: defaultValue.trim() } : {}) });
  }
  return props;
}

/** Relative imports of a TypeScript source, as .ts paths. */
function importsOf(file, text) {
  return [...text.matchAll(/(?:import|from)\s*['"](\.{1,2}\/[^'"]+)\.js['"]/g)].map((match) => join(dirname(file), `${match[1]}.ts`)).filter(existsSync);
}

/** The `--ehe-*` tokens read by a component: in its file, its styles, shared styles and the kit elements it renders. */
function tokensReadBy(file, seen = new Set()) {
  if (seen.has(file)) return new Set();
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const tokens = new Set([...text.matchAll(/var\(\s*(--ehe-[\w-]+)/g)].map((match) => match[1]));
  for (const imported of importsOf(file, text)) {
    const isStyles = imported.endsWith('.styles.ts');
    // A registration module (`../session-tab/session-tab.js`) means the element renders that tag.
    const component = imported.replace(/\/([\w-]+)\/\1\.ts$/, '/$1/$1.component.ts');
    if (isStyles) for (const token of tokensReadBy(imported, seen)) tokens.add(token);
    else if (component !== imported && existsSync(component)) for (const token of tokensReadBy(component, seen)) tokens.add(token);
  }
  return tokens;
}

/**
 * Keeps a resolved type (`parsedType`, from @wc-toolkit/type-parser) only where it helps editors
 * and docs: a union of literals (`'my' | 'open' | 'closed'`). Object and function types are left
 * as written (`CrmDataSource`), since their expansions are long and lossy.
 */
function keepLiteralParsedType(item) {
  if (!item.parsedType) return;
  const parts = item.parsedType.text.split('|').map((part) => part.trim());
  const literal = (part) => /^'[^']*'$|^"[^"]*"$|^-?\d+(\.\d+)?$|^(true|false|undefined|null)$/.test(part);
  if (item.parsedType.text === item.type?.text || !parts.every(literal) || !parts.some((part) => /^['"\d-]/.test(part))) delete item.parsedType;
}

/**
 * The type parser warns about every type it does not expand (the DOM's and React's): noise for
 * this kit, whose element types are its own. Filters those lines out of this analyzer run.
 */
export function quiet(plugin) {
  const warn = console.warn;
  console.warn = (...message) => (message.some((part) => String(part).includes('[type-parser]')) ? undefined : warn(...message));
  return plugin;
}

const isPrivate = (member) => member.privacy === 'private' || member.privacy === 'protected' || /^[#_]/.test(member.name);

export function kitManifestPlugin({ modulePath = distModuleOf } = {}) {
  return {
    name: 'engagement-hub-kit-manifest',
    packageLinkPhase({ customElementsManifest }) {
      const shared = cssPropsIn(readFileSync(TOKENS_FILE, 'utf8'));
      // Documented on some element (e.g. --ehe-session-tab-height on <session-tab>): reused elsewhere.
      const documented = new Map(shared);
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations ?? []) for (const prop of declaration.cssProperties ?? []) if (!documented.has(prop.name)) documented.set(prop.name, prop);
      const problems = [];

      for (const module of customElementsManifest.modules) {
        const source = module.path;
        const element = (module.declarations ?? []).find((declaration) => declaration.customElement && declaration.tagName);
        if (!element) continue;
        const text = readFileSync(source, 'utf8');

        for (const declaration of module.declarations ?? []) {
          if (declaration.members) declaration.members = declaration.members.filter((member) => !isPrivate(member));
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) keepLiteralParsedType(item);
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }

        const own = new Map((element.cssProperties ?? []).map((prop) => [prop.name, prop]));
        for (const token of [...tokensReadBy(source)].sort()) {
          if (own.has(token)) continue;
          const doc = documented.get(token);
          if (!doc) problems.push(`<${element.tagName}> reads ${token}, documented nowhere: add an @cssprop line to ${TOKENS_FILE} or to the element.`);
          else own.set(token, { ...doc });
        }
        if (own.size) element.cssProperties = [...own.values()];

        const parts = new Set((element.cssParts ?? []).map((part) => part.name));
        for (const match of text.matchAll(/\spart="([\w\s-]+)"/g))
          for (const part of match[1].split(/\s+/)) if (part && !parts.has(part)) problems.push(`<${element.tagName}> sets part="${part}" without documenting it: add \`@csspart ${part} - …\` to ${relative('.', source)}.`);

        const path = modulePath(element.tagName);
        module.path = path;
        for (const exported of module.exports ?? []) if (exported.declaration?.module === source) exported.declaration.module = path;
        module.exports = [...(module.exports ?? []), { kind: 'custom-element-definition', name: element.tagName, declaration: { name: element.name, module: path } }];
      }
      if (problems.length) throw new Error(`custom-elements.json:\n  ${problems.join('\n  ')}`);
    },
  };
}
