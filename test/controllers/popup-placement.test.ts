import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { LitElement, css, html } from 'lit';
import { MenuController, type MenuItem } from '../../src/controllers/menu.js';
import { RecordSearchController } from '../../src/controllers/record-search.js';
import type { RecordMatch } from '../../src/data/records.js';
import { realClick, until } from '../helpers.js';

// Issue 13: menus and result lists sit next to their button, in both directions, near every edge.

const items: MenuItem[] = [
  { id: 'open', label: 'Open' },
  { id: 'copy', label: 'Copy link' },
  { id: 'more', label: 'Something else entirely' },
];

class PlacedMenuHost extends LitElement {
  static override styles = css`
    :host {
      position: fixed;
    }
    .menu {
      min-inline-size: 12rem;
    }
  `;
  menu = new MenuController<string>(this, { label: 'Row actions', onSelect: () => {} });
  override render() {
    return html`<button aria-haspopup="menu" @click=${(e: Event) => this.menu.open(e.currentTarget as HTMLElement, items, 'row')}>More</button>${this.menu.render()}`;
  }
}
customElements.define('placed-menu-host', PlacedMenuHost);

const matches: RecordMatch[] = Array.from({ length: 6 }, (_, i) => ({ entity: 'contact', id: `C-${i}`, name: `Customer ${i}`, detail: `customer${i}@example.com` }) as RecordMatch);

class PlacedSearchHost extends LitElement {
  static override styles = css`
    :host {
      position: fixed;
      inline-size: 14rem;
    }
    [role='listbox'] {
      margin: 0;
      padding: 0;
      list-style: none;
      border: 1px solid;
    }
    [role='option'] {
      block-size: 2rem;
    }
  `;
  search = new RecordSearchController(this, {
    id: 'customer',
    label: 'Search customers',
    placeholder: 'Name',
    search: async () => matches,
    onPick: () => {},
    debounceMs: 0,
  });
  override render() {
    return this.search.render();
  }
}
customElements.define('placed-search-host', PlacedSearchHost);

type Corner = { inlineStart?: boolean; top?: boolean };

/**
 * Puts `host` in a corner of the viewport (`inset-inline-start/end`, `top/bottom`) of a page in
 * `dir` (the whole page: the top layer's containing block takes the root's direction).
 */
async function at<T extends LitElement>(tag: string, dir: 'ltr' | 'rtl', corner: Corner): Promise<T> {
  document.documentElement.dir = dir;
  const root = await fixture<HTMLElement>(testHtml`<div dir=${dir}></div>`);
  const host = document.createElement(tag) as T;
  host.style.cssText = `${corner.inlineStart ? 'inset-inline-start' : 'inset-inline-end'}: 8px; ${corner.top ? 'top' : 'bottom'}: 8px;`;
  root.append(host);
  await host.updateComplete;
  return host;
}

/** Clicks the host's More button and waits for its menu to be open. */
async function openMenu(host: PlacedMenuHost): Promise<{ button: HTMLButtonElement; menu: HTMLElement }> {
  const button = host.shadowRoot!.querySelector('button')!;
  await realClick(button);
  const menu = host.shadowRoot!.querySelector<HTMLElement>('[role="menu"]')!;
  await until(() => menu.matches(':popover-open'), 'the menu');
  return { button, menu };
}

function inside(rect: DOMRect): boolean {
  return rect.left >= 0 && rect.top >= 0 && rect.right <= document.documentElement.clientWidth && rect.bottom <= document.documentElement.clientHeight;
}

const CORNERS: [string, Corner][] = [
  ['top, inline start', { inlineStart: true, top: true }],
  ['top, inline end', { inlineStart: false, top: true }],
  ['bottom, inline start', { inlineStart: true, top: false }],
  ['bottom, inline end', { inlineStart: false, top: false }],
];

describe('popup placement', () => {
  before(() => setViewport({ width: 800, height: 500 }));
  // The browser's window keeps the size for the next test file: back to the runner's default.
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => document.documentElement.removeAttribute('dir'));

  for (const dir of ['ltr', 'rtl'] as const) {
    for (const [where, corner] of CORNERS) {
      it(`a menu opens beside its button (${dir}, ${where}), inside the viewport`, async () => {
        const host = await at<PlacedMenuHost>('placed-menu-host', dir, corner);
        const { button, menu } = await openMenu(host);
        const b = button.getBoundingClientRect();
        const m = menu.getBoundingClientRect();
        expect(inside(m), `menu ${JSON.stringify(m)} inside the viewport`).to.be.true;
        // Vertically: just under the button, or just above it at the bottom edge.
        if (corner.top) expect(m.top - b.bottom).to.be.within(0, 4);
        else expect(b.top - m.bottom).to.be.within(0, 4);
        // Horizontally: touching the button's column, never hundreds of pixels away.
        const gap = Math.max(b.left - m.right, m.left - b.right, 0);
        expect(gap, 'horizontal gap to the button').to.equal(0);
        // The menu's end lines up with the button's end (mirrored right to left), unless an edge stops it.
        if (dir === 'ltr' && corner.inlineStart === false) expect(Math.abs(m.right - b.right)).to.be.below(1);
        if (dir === 'rtl' && corner.inlineStart === false) expect(Math.abs(m.left - b.left)).to.be.below(1);
        await sendKeys({ press: 'Escape' });
      });
    }
  }

  for (const dir of ['ltr', 'rtl'] as const) {
    for (const [where, corner] of [CORNERS[1]!, CORNERS[3]!]) {
      it(`record search results sit under (or, at the bottom, over) the box, as wide as it (${dir}, ${where})`, async () => {
        const host = await at<PlacedSearchHost>('placed-search-host', dir, corner);
        const box = host.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!;
        box.focus();
        await sendKeys({ type: 'cu' });
        const list = host.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
        await until(() => list.matches(':popover-open') && list.querySelectorAll('[role="option"]').length === 6, 'the results');
        await host.updateComplete;
        const b = box.getBoundingClientRect();
        const l = list.getBoundingClientRect();
        expect(inside(l), `results ${JSON.stringify(l)} inside the viewport`).to.be.true;
        expect(Math.abs(l.left - b.left)).to.be.below(1);
        expect(Math.abs(l.width - b.width)).to.be.below(1);
        if (corner.top) expect(l.top - b.bottom).to.be.within(0, 4);
        else expect(b.top - l.bottom).to.be.within(0, 4);
        // Still a combobox with its listbox: Down moves the active option.
        await sendKeys({ press: 'ArrowDown' });
        expect(box.getAttribute('aria-activedescendant')).to.equal('customer-result-1');
      });
    }
  }

  describe('while the page scrolls', () => {
    /** A host in a scrolling box of the page, 80 px down its content. */
    async function inScroller<T extends LitElement>(tag: string): Promise<{ host: T; scroller: HTMLElement }> {
      const scroller = await fixture<HTMLElement>(testHtml`<div style="block-size: 240px; overflow: auto"><div style="block-size: 80px"></div></div>`);
      const host = document.createElement(tag) as T;
      host.style.position = 'static';
      scroller.append(host, Object.assign(document.createElement('div'), { style: 'block-size: 1000px' }));
      await host.updateComplete;
      return { host, scroller };
    }
    const frames = async (n = 2) => {
      for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    };

    it('an open menu stays under its button as a box around it scrolls', async () => {
      const { host, scroller } = await inScroller<PlacedMenuHost>('placed-menu-host');
      const { button, menu } = await openMenu(host);
      const before = menu.getBoundingClientRect().top;
      scroller.scrollTop = 50;
      await frames();
      const b = button.getBoundingClientRect();
      const m = menu.getBoundingClientRect();
      expect(before - m.top, 'the menu moved up with the button').to.be.closeTo(50, 1);
      expect(m.top - b.bottom).to.be.within(0, 4);
      await sendKeys({ press: 'Escape' });
    });

    it('an open menu closes when its button leaves the page (a row scrolled out of a virtual list)', async () => {
      const { host, scroller } = await inScroller<PlacedMenuHost>('placed-menu-host');
      const { button, menu } = await openMenu(host);
      button.remove();
      scroller.scrollTop = 20;
      await until(() => !menu.matches(':popover-open'), 'the menu to close');
    });

    it('record search results stay under the box as the page scrolls', async () => {
      const { host, scroller } = await inScroller<PlacedSearchHost>('placed-search-host');
      const box = host.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!;
      box.focus();
      await sendKeys({ type: 'cu' });
      const list = host.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
      await until(() => list.matches(':popover-open') && list.querySelectorAll('[role="option"]').length === 6, 'the results');
      scroller.scrollTop = 40;
      await frames();
      expect(list.getBoundingClientRect().top - box.getBoundingClientRect().bottom).to.be.within(0, 4);
    });
  });
});
