// Analyzer plugin that makes custom-elements.json describe the package as it ships:
// - module paths are the dist files a user imports (`dist/session-panel.js`), not src/…ts;
// - each element has its `custom-element-definition` export (the module that registers the tag);
// - private members (`#x`, `_x`, `private`/`protected`) are left out;
// - (the theme tokens are documented on each element by its own @cssprop lines; a test in
//   test/layout/theming.test.ts checks that each element documents exactly the tokens it reads);
// - a part the template sets (`part="x"`) but the JSDoc does not document fails the analysis.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/** Where the module that registers `tag` ships. Re-point here if the dist layout changes. */
export const distModuleOf = (tag) => `dist/${tag}.js`;

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
