import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import { MenuController, type MenuItem } from '../../src/controllers/menu.js';
import { deepActiveElement, realClick } from '../helpers.js';

const items: MenuItem[] = [
  { id: 'open', label: 'Open' },
  { id: 'pick', label: 'Pick', disabled: true },
  { id: 'copy', label: 'Copy link' },
];

class MenuHost extends LitElement {
  selected: string[] = [];
  menu = new MenuController<string>(this, { label: 'Row actions', onSelect: (item, context) => this.selected.push(`${item.id}@${context}`) });
  override render() {
    return html`${['a', 'b'].map(
      (row) => html`<button
        class="invoker"
        data-row=${row}
        aria-haspopup="menu"
        aria-expanded=${this.menu.isOpenFor(row)}
        @click=${(e: Event) => this.menu.open(e.currentTarget as HTMLElement, items, row)}
      >
        More options for ${row}
      </button>`,
    )}${this.menu.render()}`;
  }
}
customElements.define('menu-host', MenuHost);

async function setup() {
  const root = await fixture<HTMLElement>(testHtml`<div><menu-host></menu-host><input aria-label="elsewhere" /></div>`);
  const host = root.querySelector('menu-host') as MenuHost;
  await host.updateComplete;
  const invoker = (row: string) => host.shadowRoot!.querySelector<HTMLButtonElement>(`[data-row="${row}"]`)!;
  const menu = host.shadowRoot!.querySelector<HTMLElement>('[role="menu"]')!;
  return { host, invoker, menu };
}

describe('MenuController', () => {
  it('opens a labelled menu of menuitems on top, focused on the first enabled item', async () => {
    const { host, invoker, menu } = await setup();
    await realClick(invoker('a'));
    await host.updateComplete;
    expect(menu.matches(':popover-open')).to.be.true;
    expect(menu.getAttribute('aria-label')).to.equal('Row actions');
    expect([...menu.querySelectorAll('[role="menuitem"]')].map((i) => i.textContent)).to.deep.equal(['Open', 'Pick', 'Copy link']);
    expect(invoker('a').getAttribute('aria-expanded')).to.equal('true');
    expect(deepActiveElement()?.textContent).to.equal('Open');
    await expect(host).to.be.accessible();
  });

  it('arrows skip disabled items and wrap; Home/End jump', async () => {
    const { invoker } = await setup();
    await realClick(invoker('a'));
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()?.textContent).to.equal('Copy link');
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()?.textContent).to.equal('Open');
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActiveElement()?.textContent).to.equal('Copy link');
    await sendKeys({ press: 'Home' });
    expect(deepActiveElement()?.textContent).to.equal('Open');
    await sendKeys({ press: 'End' });
    expect(deepActiveElement()?.textContent).to.equal('Copy link');
  });

  it('Enter chooses an item for the row it was opened from, closes and returns focus', async () => {
    const { host, invoker, menu } = await setup();
    await realClick(invoker('b'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await host.updateComplete;
    expect(host.selected).to.deep.equal(['copy@b']);
    expect(menu.matches(':popover-open')).to.be.false;
    expect(deepActiveElement()).to.satisfy((el: Element) => el === invoker('b'));
    expect(invoker('b').getAttribute('aria-expanded')).to.equal('false');
  });

  it('Escape closes it and returns focus to its button', async () => {
    const { host, invoker, menu } = await setup();
    await realClick(invoker('a'));
    await sendKeys({ press: 'Escape' });
    await host.updateComplete;
    expect(menu.matches(':popover-open')).to.be.false;
    expect(deepActiveElement()).to.satisfy((el: Element) => el === invoker('a'));
    expect(host.selected).to.be.empty;
  });

  it('a click elsewhere closes it without choosing', async () => {
    const { host, invoker, menu } = await setup();
    await realClick(invoker('a'));
    await realClick(document.querySelector('input')!);
    await host.updateComplete;
    expect(menu.matches(':popover-open')).to.be.false;
    expect(host.selected).to.be.empty;
  });

  it('opening it from another row re-aims it', async () => {
    const { host, invoker } = await setup();
    await realClick(invoker('a'));
    await realClick(invoker('b'));
    await host.updateComplete;
    expect(host.menu.context).to.equal('b');
    expect(invoker('a').getAttribute('aria-expanded')).to.equal('false');
    expect(invoker('b').getAttribute('aria-expanded')).to.equal('true');
  });

  it('disabled items cannot be chosen', async () => {
    const { host, invoker, menu } = await setup();
    await realClick(invoker('a'));
    await realClick(menu.querySelector('[data-id="pick"]')!);
    expect(host.selected).to.be.empty;
  });
});
