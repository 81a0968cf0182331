import { expect, fixture, html } from '@open-wc/testing';
import { deepActiveElement, holdsFocus } from '../../src/controllers/focus.js';

describe('focus helpers', () => {
  it('holdsFocus: focus on the element, in its light children or in nested shadow roots; nowhere else', async () => {
    const root = await fixture<HTMLElement>(html`<div><section id="outer"><button id="light">Light</button></section><button id="elsewhere">Elsewhere</button></div>`);
    const outer = root.querySelector<HTMLElement>('#outer')!;
    const inner = document.createElement('span');
    outer.attachShadow({ mode: 'open' }).append(inner, document.createElement('slot'));
    const deep = document.createElement('button');
    deep.textContent = 'Deep';
    inner.attachShadow({ mode: 'open' }).append(deep);

    deep.focus();
    expect(deepActiveElement(document)).to.equal(deep);
    expect(holdsFocus(outer)).to.be.true;
    expect(holdsFocus(inner)).to.be.true;
    expect(holdsFocus(deep)).to.be.true;

    root.querySelector<HTMLElement>('#light')!.focus();
    expect(holdsFocus(outer)).to.be.true;
    expect(holdsFocus(inner)).to.be.false;

    root.querySelector<HTMLElement>('#elsewhere')!.focus();
    expect(holdsFocus(outer)).to.be.false;
    expect(holdsFocus(root)).to.be.true;
  });
});
