import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import { ListNavigationController } from '../../src/controllers/list-navigation.js';
import { deepActiveElement } from '../helpers.js';

class RovingList extends LitElement {
  nav = new ListNavigationController<HTMLElement>(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')],
    current: () => this.renderRoot.querySelector<HTMLElement>('[aria-selected="true"]') ?? undefined,
    orientation: 'horizontal',
  });
  override render() {
    return html`<div role="tablist" aria-label="Letters">
      ${['A', 'B', 'C', 'D'].map((name) => html`<div role="tab" aria-selected=${name === 'B'}>${name}</div>`)}
    </div>`;
  }
}
customElements.define('roving-list', RovingList);

class VerticalNoWrap extends LitElement {
  nav = new ListNavigationController<HTMLElement>(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('[role="option"]')],
    orientation: 'vertical',
    wrap: false,
  });
  override render() {
    return html`<div role="listbox" aria-label="Numbers">${[1, 2, 3].map((n) => html`<div role="option" aria-selected="false">${n}</div>`)}</div>`;
  }
}
customElements.define('vertical-no-wrap', VerticalNoWrap);

const focusedText = () => deepActiveElement()?.textContent?.trim();

describe('ListNavigationController', () => {
  it('roving: one tab stop, on the current item; focus moves with the arrows, wraps, Home/End', async () => {
    const list = await fixture<RovingList>(testHtml`<roving-list></roving-list>`);
    const tabs = [...list.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map((t) => t.tabIndex)).to.deep.equal([-1, 0, -1, -1]);
    tabs[1]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedText()).to.equal('C');
    expect(tabs.map((t) => t.tabIndex)).to.deep.equal([-1, -1, 0, -1]);
    await sendKeys({ press: 'End' });
    expect(focusedText()).to.equal('D');
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedText(), 'wraps to the first').to.equal('A');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedText(), 'and back to the last').to.equal('D');
    await sendKeys({ press: 'Home' });
    expect(focusedText()).to.equal('A');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedText(), 'Down is not a key of a horizontal list').to.equal('A');
  });

  it('right to left, Left moves forward and Right back', async () => {
    const root = await fixture<HTMLElement>(testHtml`<div dir="rtl"><roving-list></roving-list></div>`);
    const list = root.querySelector<RovingList>('roving-list')!;
    await list.updateComplete;
    list.shadowRoot!.querySelector<HTMLElement>('[aria-selected="true"]')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedText()).to.equal('C');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedText()).to.equal('A');
  });

  it('a list that does not wrap stops at its ends; modified arrows are left alone', async () => {
    const list = await fixture<VerticalNoWrap>(testHtml`<vertical-no-wrap></vertical-no-wrap>`);
    list.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedText()).to.equal('1');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedText()).to.equal('3');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Shift' });
    expect(focusedText(), 'Shift+Up is not a move').to.equal('3');
  });
});
