// Part of `npm run build`: turns custom-elements.json into
//   dist/editor/vscode.html-custom-data.json, dist/editor/vscode.css-custom-data.json  (VS Code)
//   dist/editor/web-types.json                                                        (JetBrains IDEs)
//   demo/build/api.html                                  (the API reference, served with the demo)
// Editor data uses the resolved types (`parsedType`: `stream` offers my, open, closed).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ ...declaration, modulePath: module.path })))
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

// The generators log a line per file; keep the build output to what matters.
const log = console.log;
console.log = () => {};
try {
  mkdirSync('dist/editor', { recursive: true });
  generateVsCodeCustomElementData(structuredClone(manifest), {
    outdir: 'dist/editor',
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
    typesSrc: 'parsedType',
    descriptionSrc: 'description',
    hideLogs: true,
  });
  generateJetBrainsWebTypes(structuredClone(manifest), {
    outdir: 'dist/editor',
    webTypesFileName: 'web-types.json',
    typesSrc: 'parsedType',
    descriptionSrc: 'description',
    hideLogs: true,
  });
} finally {
  console.log = log;
}
// web-types are read from the installed package: name it and the version it describes.
const webTypes = JSON.parse(readFileSync('dist/editor/web-types.json', 'utf8'));
writeFileSync('dist/editor/web-types.json', `${JSON.stringify({ ...webTypes, name: pkg.name, version: pkg.version }, null, 2)}\n`);

// ---- The API reference page ----
const escape = (text) => String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const inline = (text) =>
  escape(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
/** JSDoc text as HTML: escaped, with `code` spans and paragraphs. */
const prose = (text) =>
  String(text ?? '')
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim())
    .map((paragraph) => `<p>${inline(paragraph.trim())}</p>`)
    .join('');
const typeOf = (item) => escape(item.parsedType?.text ?? item.type?.text ?? '');

function table(caption, rows, columns) {
  if (!rows?.length) return '';
  return `<table><caption>${caption}</caption><thead><tr>${columns.map(([title]) => `<th scope="col">${title}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${columns.map(([, cell], index) => (index === 0 ? `<th scope="row">${cell(row)}</th>` : `<td>${cell(row)}</td>`)).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

const sections = elements.map((element) => {
  const properties = (element.members ?? []).filter((member) => member.kind === 'field');
  const methods = (element.members ?? []).filter((member) => member.kind === 'method');
  return `<section id="${escape(element.tagName)}" aria-labelledby="${escape(element.tagName)}-title">
<h2 id="${escape(element.tagName)}-title"><code>&lt;${escape(element.tagName)}&gt;</code></h2>
<p class="summary">${inline(element.summary)}</p>
<p class="import">Class <code>${escape(element.name)}</code> · registered by <code>${escape(`${pkg.name}/${element.modulePath.replace(/^dist\//, '')}`)}</code></p>
${prose(element.description)}
${table('Attributes', element.attributes, [
  ['Attribute', (a) => `<code>${escape(a.name)}</code>`],
  ['Property', (a) => (a.fieldName ? `<code>${escape(a.fieldName)}</code>` : '')],
  ['Type', (a) => `<code>${typeOf(a)}</code>`],
  ['Description', (a) => inline(a.description)],
])}
${table('Properties', properties, [
  ['Property', (p) => `<code>${escape(p.name)}</code>${p.readonly ? ' <span class="tag">read-only</span>' : ''}`],
  ['Type', (p) => `<code>${typeOf(p)}</code>`],
  ['Description', (p) => inline(p.description)],
])}
${table('Methods', methods, [
  ['Method', (m) => `<code>${escape(m.name)}(${(m.parameters ?? []).map((p) => escape(p.name)).join(', ')})</code>`],
  ['Description', (m) => inline(m.description)],
])}
${table('Events', element.events, [
  ['Event', (e) => `<code>${escape(e.name)}</code>`],
  ['Type', (e) => `<code>${typeOf(e)}</code>`],
  ['Description', (e) => inline(e.description)],
])}
${table('Slots', element.slots, [
  ['Slot', (s) => (s.name ? `<code>${escape(s.name)}</code>` : '(default)')],
  ['Description', (s) => inline(s.description)],
])}
${table('CSS parts', element.cssParts, [
  ['Part', (p) => `<code>${escape(p.name)}</code>`],
  ['Description', (p) => inline(p.description)],
])}
${table('CSS custom properties', element.cssProperties, [
  ['Property', (p) => `<code>${escape(p.name)}</code>`],
  ['Default', (p) => (p.default ? `<code>${escape(p.default)}</code>` : '')],
  ['Description', (p) => inline(p.description)],
])}
</section>`;
});

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'" />
<title>API reference · ${escape(pkg.name)} ${escape(pkg.version)}</title>
<link rel="icon" href="data:," />
<link rel="stylesheet" href="../api.css" />
</head>
<body>
<header>
<h1>${escape(pkg.name)} ${escape(pkg.version)}: API reference</h1>
<p>Generated from <code>custom-elements.json</code> by <code>scripts/editor-data.mjs</code>. <a href="../index.html">Back to the demo</a>.</p>
<nav aria-label="Elements"><ul>${elements.map((element) => `<li><a href="#${escape(element.tagName)}"><code>&lt;${escape(element.tagName)}&gt;</code></a></li>`).join('')}</ul></nav>
</header>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`;
mkdirSync('demo/build', { recursive: true });
writeFileSync('demo/build/api.html', page);
console.log(`editor data: dist/editor/ (VS Code, JetBrains); API reference: demo/build/api.html (${elements.length} elements)`);
