import { expect } from '@open-wc/testing';

// custom-elements.json as tools read it, and what `npm run build` makes of it: editor data for
// VS Code and JetBrains, and the API reference page served with the demo.
interface Item {
  name: string;
  kind?: string;
  privacy?: string;
  type?: { text: string };
  parsedType?: { text: string };
  fieldName?: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  members?: Item[];
  attributes?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}
interface Manifest {
  modules: { path: string; declarations: Declaration[]; exports: { kind: string; name: string; declaration: { name: string; module: string } }[] }[];
}

const json = async <T>(path: string): Promise<T> => {
  const response = await fetch(new URL(path, import.meta.url));
  if (!response.ok) throw new Error(`${path} is missing (${response.status}): run \`npm run build\` first (npm test does it for you).`);
  return response.json() as Promise<T>;
};

const TAGS = ['app-tab-panel', 'customer-summary', 'incoming-conversation', 'session-panel', 'session-provider', 'session-tab', 'session-view', 'work-item-stream'];
const COLOUR_TOKENS = ['--ehe-color-surface', '--ehe-color-text', '--ehe-color-accent', '--ehe-focus-ring', '--ehe-font-family'];

describe('custom-elements.json', () => {
  let manifest: Manifest;
  const elements = () => manifest.modules.flatMap((module) => module.declarations.filter((d) => d.customElement).map((d) => ({ ...d, module })));
  const element = (tag: string) => elements().find((d) => d.tagName === tag)!;
  before(async () => {
    manifest = await json<Manifest>('../../custom-elements.json');
  });

  it('points at the dist files that ship, never at src/', () => {
    for (const module of manifest.modules) {
      expect(module.path).to.match(/^dist\/[\w-]+\.js$/);
      for (const exported of module.exports) expect(exported.declaration.module, `${module.path} ${exported.name}`).to.equal(module.path);
    }
  });

  it('declares a custom-element-definition for every tag, in the module that registers it', () => {
    expect(elements().map((d) => d.tagName).sort()).to.deep.equal(TAGS);
    for (const { tagName, name, module } of elements()) {
      const definition = module.exports.find((e) => e.kind === 'custom-element-definition' && e.name === tagName);
      expect(definition, tagName).to.deep.equal({ kind: 'custom-element-definition', name: tagName, declaration: { name, module: `dist/${tagName}.js` } });
    }
  });

  it('lists no private members', () => {
    const hidden = elements().flatMap((d) => (d.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected' || /^[#_]/.test(m.name)).map((m) => `${d.tagName}.${m.name}`));
    expect(hidden).to.deep.equal([]);
  });

  it('resolves type aliases to their values (stream: my, open, closed)', () => {
    const stream = element('work-item-stream').attributes!.find((a) => a.name === 'stream')!;
    expect(stream.type!.text).to.equal('StreamName');
    expect(stream.parsedType!.text.split(' | ').sort()).to.deep.equal(["'closed'", "'my'", "'open'"]);
  });

  // Exactly the tokens each element reads is checked on the rendered elements in test/layout/theming.test.ts.
  it('documents colour tokens on every element that draws, and each element its own sizes', () => {
    for (const tag of ['session-panel', 'session-tab', 'work-item-stream', 'incoming-conversation', 'customer-summary', 'app-tab-panel']) {
      const names = (element(tag).cssProperties ?? []).map((p) => p.name);
      expect(names.filter((name) => COLOUR_TOKENS.includes(name)), tag).to.not.be.empty;
      for (const p of element(tag).cssProperties!) expect((p as Item & { description?: string }).description, `${tag} ${p.name}`).to.be.a('string').and.not.be.empty;
    }
    expect(element('work-item-stream').cssProperties!.map((p) => p.name)).to.include('--ehe-stream-height');
    expect(element('session-panel').cssProperties!.map((p) => p.name)).to.include.members(['--ehe-session-panel-width', '--ehe-session-icon-size']);
    expect(element('session-provider').cssProperties ?? [], 'the provider draws nothing').to.deep.equal([]);
  });
});

describe('editor data and API reference (npm run build)', () => {
  it('VS Code custom data offers the values of stream, not the alias name', async () => {
    const data = await json<{ tags: { name: string; attributes: { name: string; values?: { name: string }[] }[] }[] }>('../../dist/editor/vscode.html-custom-data.json');
    expect(data.tags.map((t) => t.name).sort()).to.deep.equal(TAGS);
    const stream = data.tags.find((t) => t.name === 'work-item-stream')!.attributes.find((a) => a.name === 'stream')!;
    expect(stream.values!.map((v) => v.name).sort()).to.deep.equal(['closed', 'my', 'open']);
    const css = await json<{ properties: { name: string }[] }>('../../dist/editor/vscode.css-custom-data.json');
    expect(css.properties.map((p) => p.name)).to.include('--ehe-color-accent');
  });

  it('JetBrains web-types describe every tag with its events and the stream values', async () => {
    const webTypes = await json<{ name: string; contributions: { html: { elements: { name: string; attributes: { name: string; value: { type: string } }[]; js?: { events?: { name: string }[] } }[] } } }>(
      '../../dist/editor/web-types.json',
    );
    expect(webTypes.name).to.equal('engagement-hub-elements');
    const tags = webTypes.contributions.html.elements;
    expect(tags.map((t) => t.name).sort()).to.deep.equal(TAGS);
    expect(tags.find((t) => t.name === 'work-item-stream')!.attributes.find((a) => a.name === 'stream')!.value.type).to.not.contain('StreamName');
    expect(tags.find((t) => t.name === 'session-panel')!.js!.events!.map((e) => e.name)).to.include('session-focused');
  });

  it('the API reference page shows every element, its events and tokens, and passes axe', async () => {
    const demo = await (await fetch(new URL('../../demo/index.html', import.meta.url))).text();
    expect(demo, 'the demo page links to it').to.contain('href="./build/api.html"');
    const response = await fetch(new URL('../../demo/build/api.html', import.meta.url));
    expect(response.ok, 'demo/build/api.html: run `npm run build` first').to.be.true;
    const parsed = new DOMParser().parseFromString(await response.text(), 'text/html');
    expect(parsed.title).to.match(/^API reference/);
    const page = document.createElement('div');
    page.append(...[...parsed.body.children].map((child) => document.importNode(child, true)));
    document.body.append(page);
    try {
      expect([...page.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal(TAGS.map((tag) => `<${tag}>`));
      const panel = page.querySelector('#session-panel')!;
      expect(panel.textContent).to.contain('session-focused').and.contain('--ehe-color-accent').and.contain('close-button');
      expect(page.querySelector('#work-item-stream')!.textContent).to.contain("'my'");
      expect([...page.querySelectorAll('#work-item-stream strong')].map((s) => s.textContent), 'JSDoc **bold** is rendered').to.include('More options');
      await expect(page).to.be.accessible();
    } finally {
      page.remove();
    }
  });
});
