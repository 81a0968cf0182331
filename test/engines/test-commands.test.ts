// The test commands the suite relies on do the same thing in every engine (Chromium, Firefox,
// WebKit): without that, a test could pass in one engine and check nothing in another.
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, sendKeys, setViewport } from '@web/test-runner-commands';
import { engine, realClick } from '../helpers.js';

type AxNode = { role: string; name: string; selected?: boolean; expanded?: boolean; focused?: boolean; children?: AxNode[] };

function flatten(node: AxNode): AxNode[] {
  return [node, ...(node.children ?? []).flatMap(flatten)];
}

describe('test commands in every engine', () => {
  it('knows which engine it runs in', () => {
    const expected = / Firefox\//.test(navigator.userAgent) ? 'firefox' : 'chrome' in window ? 'chromium' : 'webkit';
    expect(engine).to.equal(expected);
  });

  it('sendKeys types doubled letters, spaces and punctuation as written', async () => {
    const input = await fixture<HTMLInputElement>(html`<input aria-label="Reply" />`);
    input.focus();
    await sendKeys({ type: 'Hello, I am  all ears!' });
    expect(input.value).to.equal('Hello, I am  all ears!');
  });

  it('sendKeys presses named keys: Space, arrows, Backspace, KeyX and DigitN', async () => {
    const seen: string[] = [];
    const input = await fixture<HTMLInputElement>(html`<input aria-label="Keys" @keydown=${(e: KeyboardEvent) => seen.push(e.key)} />`);
    input.focus();
    for (const key of ['Space', 'ArrowLeft', 'ArrowRight', 'Backspace', 'KeyW', 'Digit3', 'Enter', 'Escape', 'Home', 'End', 'Delete', 'Tab']) await sendKeys({ press: key });
    expect(seen).to.deep.equal([' ', 'ArrowLeft', 'ArrowRight', 'Backspace', 'w', '3', 'Enter', 'Escape', 'Home', 'End', 'Delete', 'Tab']);
  });

  it('a modifier held with sendKeys({down}) applies to keys and to a mouse click until sendKeys({up})', async () => {
    const keys: string[] = [];
    const clicks: string[] = [];
    const box = await fixture<HTMLDivElement>(html`<div>
      <input aria-label="Keys" @keydown=${(e: KeyboardEvent) => keys.push(`${e.shiftKey ? 'Shift+' : ''}${e.altKey ? 'Alt+' : ''}${e.ctrlKey ? 'Control+' : ''}${e.key}`)} />
      <button @click=${(e: MouseEvent) => clicks.push(`${e.shiftKey ? 'Shift+' : ''}${e.ctrlKey ? 'Control+' : ''}click`)}>Target</button>
    </div>`);
    box.querySelector('input')!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'KeyW' });
    await realClick(box.querySelector('button')!);
    await sendKeys({ up: 'Shift' });
    box.querySelector('input')!.focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    await sendKeys({ down: 'Control' });
    await realClick(box.querySelector('button')!);
    await sendKeys({ up: 'Control' });
    await realClick(box.querySelector('button')!);
    expect(keys.filter((k) => !/^(Shift\+)?(Alt\+)?(Control\+)?(Shift|Alt|Control)$/.test(k))).to.deep.equal(['Shift+W', 'Alt+ArrowDown']);
    expect(clicks).to.deep.equal(['Shift+click', 'Control+click', 'click']);
  });

  it('setViewport sizes the page', async () => {
    await setViewport({ width: 1024, height: 768 });
    expect([window.innerWidth, window.innerHeight]).to.deep.equal([1024, 768]);
    await setViewport({ width: 800, height: 600 });
    expect([window.innerWidth, window.innerHeight]).to.deep.equal([800, 600]);
  });

  it('a11ySnapshot gives the roles, names and states the engine computes, into shadow roots', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <div role="tablist" aria-label="Sessions">
        <div role="tab" aria-selected="true" tabindex="0"><span aria-hidden="true">HO</span><span>Home</span></div>
        <div role="tab" aria-selected="false"><span>Contoso</span> <span>Pharmaceuticals</span></div>
      </div>
      <button aria-label="Close session Contoso">×</button>
      <button aria-expanded="false">More <b>options</b></button>
      <div hidden><button>Hidden</button></div>
      <slot></slot>`;
    if (!customElements.get('internals-button')) {
      customElements.define(
        'internals-button',
        class extends HTMLElement {
          constructor() {
            super();
            this.attachInternals().role = 'switch';
          }
        },
      );
    }
    host.innerHTML = '<a href="#x">Slotted link</a><internals-button>Role from internals</internals-button>';
    const nodes = flatten((await a11ySnapshot({})) as unknown as AxNode);
    const find = (role: string, name: string) => nodes.find((n) => n.role === role && n.name === name);
    expect(nodes.filter((n) => n.role === 'tab').map((n) => [n.name, Boolean(n.selected)])).to.deep.equal([
      ['Home', true],
      ['Contoso Pharmaceuticals', false],
    ]);
    expect(find('button', 'Close session Contoso')).to.exist;
    expect(find('button', 'More options')?.expanded).to.equal(false);
    expect(find('link', 'Slotted link')).to.exist;
    expect(find('switch', 'Role from internals'), 'a role given by ElementInternals').to.exist;
    expect(nodes.some((n) => n.name === 'Hidden')).to.be.false;
  });
});
