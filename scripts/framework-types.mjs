// Generates the framework bindings from custom-elements.json, so they never drift from the elements:
//   src/react/index.ts  React 19 wrappers (@lit/react createComponent), one per element, with
//                       onSessionFocused-style props mapped to the kit's kebab-case events;
//   src/react/jsx.ts    JSX types for the raw tags in React 19 (`<session-panel onsession-focused={…}>`);
//   src/vue/index.ts    Vue 3 template types for the tags (GlobalComponents), for vue-tsc --strictTemplates.
// `node scripts/framework-types.mjs` writes them; `--check` fails when they are stale (npm test).
// Types are taken from the element classes themselves (`SessionPanel['store']`, `SessionEventMap[…]`),
// names (tags, classes, properties, attributes, events) from the manifest.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

/** Every element of the manifest: its tag, class, writable properties, attributes and events. */
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .map((declaration) => {
    const fields = (declaration.members ?? []).filter(
      (member) => member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public' && !/^[#_]/.test(member.name),
    );
    const fieldNames = new Set(fields.map((field) => field.name));
    return {
      tag: declaration.tagName,
      className: declaration.name,
      summary: declaration.summary ?? '',
      properties: fields.map((field) => field.name).sort(),
      // Attributes spelt otherwise than their property (max-sessions): JSX and templates may write them.
      attributes: (declaration.attributes ?? [])
        .filter((attribute) => attribute.fieldName && attribute.name !== attribute.fieldName && fieldNames.has(attribute.fieldName))
        .map((attribute) => ({ name: attribute.name, fieldName: attribute.fieldName }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      events: (declaration.events ?? []).map((event) => event.name).filter(Boolean).sort(),
    };
  })
  .sort((a, b) => a.tag.localeCompare(b.tag));

if (elements.length === 0) throw new Error('custom-elements.json declares no custom elements: run `npm run analyze` first.');

const union = (names) => (names.length ? names.map((name) => `'${name}'`).join(' | ') : 'never');
const header = (what) => `// Generated from custom-elements.json by scripts/framework-types.mjs: do not edit.\n// ${what}\n`;
// Type-only imports of the classes; the wrappers import the registering modules instead.
const classImport = (element) => `import type { ${element.className} } from '../components/${element.tag}/${element.tag}.component.js';`;

function react() {
  const lines = [
    header('React 19 wrappers: `<SessionPanel store={store} onSessionFocused={(e) => …} />`.'),
    `import * as React from 'react';`,
    `import { createComponent, type EventName } from '@lit/react';`,
    `import type { SessionEventMap } from '../events.js';`,
    ...elements.map((element) => `import { ${element.className} } from '../components/${element.tag}/${element.tag}.js';`),
    `export type * from './jsx.js';`,
    '',
    '/** `session-focused` → `SessionFocused`. */',
    'type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;',
    '',
    '/** The React props of kit events: `onSessionFocused` listens to `session-focused`, typed by its detail. */',
    'type EventProps<K extends keyof SessionEventMap> = { [P in K as `on${Pascal<P>}`]: EventName<SessionEventMap[P]> };',
    '',
    '/** A kit element as a React component (`@lit/react`), with an `on…` prop for each event it fires. */',
    'function wrap<I extends HTMLElement, K extends keyof SessionEventMap = never>(tagName: string, elementClass: new () => I, displayName: string, events: readonly K[] = []) {',
    "  const props: Record<string, string> = Object.fromEntries(events.map((name) => [`on${name.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase())}`, name]));",
    '  return createComponent({ tagName, elementClass, react: React, events: props as EventProps<K>, displayName });',
    '}',
    '',
  ];
  for (const element of elements) {
    const events = element.events.length ? `, [${element.events.map((name) => `'${name}'`).join(', ')}]` : '';
    lines.push(`/** \`<${element.tag}>\` as a React component. ${element.summary} */`);
    lines.push(`export const ${element.className}Element = wrap('${element.tag}', ${element.className}, '${element.className}'${events});`);
    lines.push('');
  }
  return lines.join('\n');
}

function jsx() {
  const lines = [
    header('JSX types for the raw tags in React 19. React 19 sets known properties as properties and\n// listens to `on<event-name>` props for the event of that exact name: `<session-panel onsession-focused={…}>`.'),
    `import type { DetailedHTMLProps, HTMLAttributes } from 'react';`,
    `import type { SessionEventMap } from '../events.js';`,
    ...elements.map(classImport),
    '',
    `type EventOf<K extends string> = K extends keyof SessionEventMap ? SessionEventMap[K] : Event;`,
    '',
    `/** The props of a raw kit tag in JSX: its writable properties, attributes spelt otherwise, and \`on<event-name>\` listeners. */`,
    `export type KitElementJsxProps<E extends HTMLElement, Props extends keyof E, Attributes extends Record<string, keyof E>, Events extends string> = DetailedHTMLProps<HTMLAttributes<E>, E> &`,
    `  Partial<Pick<E, Props>> & { [A in keyof Attributes]?: E[Attributes[A]] | string } & { [K in Events as \`on\${K}\`]?: (event: EventOf<K>) => void };`,
    '',
    `/** The kit's tags with their JSX props. */`,
    `export interface KitIntrinsicElements {`,
  ];
  for (const element of elements) {
    const attributes = element.attributes.length ? `{ ${element.attributes.map((a) => `'${a.name}': '${a.fieldName}'`).join('; ')} }` : '{}';
    lines.push(`  '${element.tag}': KitElementJsxProps<${element.className}, ${union(element.properties)}, ${attributes}, ${union(element.events)}>;`);
  }
  lines.push(`}`, '', `declare module 'react' {`, `  namespace JSX {`, `    interface IntrinsicElements extends KitIntrinsicElements {}`, `  }`, `}`, '');
  return lines.join('\n');
}

function vue() {
  const lines = [
    header("Vue 3 template types for the tags: `import type {} from 'engagement-hub-elements/vue'` once, then\n// `<session-panel :store=\"store\" @session-focused=\"…\">` type-checks under vue-tsc --strictTemplates."),
    `import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';`,
    `import type { SessionEventMap } from '../events.js';`,
    ...elements.map(classImport),
    '',
    `type EventMap = { [event: string]: Event };`,
    `type VueEmit<T extends EventMap> = EmitFn<{ [K in keyof T]: (event: T[K]) => void }>;`,
    '',
    `/** A custom element as Vue's template type checker sees a component (the pattern of Vue's own guide). */`,
    `export type DefineKitElement<E extends HTMLElement, Props extends keyof E, Attributes extends Record<string, keyof E>, Events extends EventMap> = new () => E & {`,
    `  /** @deprecated For template prop types only; do not use on an element ref. */`,
    `  $props: HTMLAttributes & Partial<Pick<E, Props>> & { [A in keyof Attributes]?: E[Attributes[A]] | string } & PublicProps;`,
    `  /** @deprecated For template event types only; do not use on an element ref. */`,
    `  $emit: VueEmit<Events>;`,
    `};`,
    '',
    `/** The kit's tags as Vue global components. */`,
    `export interface KitGlobalComponents {`,
  ];
  for (const element of elements) {
    const attributes = element.attributes.length ? `{ ${element.attributes.map((a) => `'${a.name}': '${a.fieldName}'`).join('; ')} }` : '{}';
    lines.push(`  '${element.tag}': DefineKitElement<${element.className}, ${union(element.properties)}, ${attributes}, Pick<SessionEventMap, ${union(element.events)}>>;`);
  }
  lines.push(`}`, '', `declare module 'vue' {`, `  interface GlobalComponents extends KitGlobalComponents {}`, `}`, '');
  return lines.join('\n');
}

const outputs = { 'src/react/index.ts': react(), 'src/react/jsx.ts': jsx(), 'src/vue/index.ts': vue() };

if (process.argv.includes('--check')) {
  const stale = Object.entries(outputs).filter(([path, text]) => {
    try {
      return readFileSync(path, 'utf8') !== text;
    } catch {
      return true;
    }
  });
  if (stale.length) {
    console.error(`✖ ${stale.map(([path]) => path).join(', ')} out of date with custom-elements.json. Run \`npm run analyze\` and commit the result.`);
    process.exit(1);
  }
  console.log('✔ React and Vue bindings are fresh.');
} else {
  for (const [path, text] of Object.entries(outputs)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  console.log(`wrote ${Object.keys(outputs).join(', ')} (${elements.length} elements)`);
}
