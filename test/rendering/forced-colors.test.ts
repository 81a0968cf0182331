import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/session-panel/session-panel.js';
import '../../src/components/app-tab-panel/app-tab-panel.js';
import '../../src/components/work-item-stream/work-item-stream.js';
import '../../src/components/incoming-conversation/incoming-conversation.js';
import '../../src/components/customer-summary/customer-summary.js';
import type { SessionProvider } from '../../src/components/session-provider/session-provider.js';
import type { SessionPanel } from '../../src/components/session-panel/session-panel.js';
import { InMemoryCrm } from '../../src/data/index.js';
import { pickWorkItem } from '../../src/actions/index.js';
import type { WorkItem } from '../../src/state/index.js';
import { realClick, shadow, tabs, until } from '../helpers.js';

// Every state stays visible in forced colours (Windows high contrast), told apart by system
// colours: each check reads the computed style of a state and of its counterpart and wants a
// system colour that differs. Chromium only: forced colours are emulated through the DevTools
// protocol (the engine command `emulate-media-features`), which Firefox and WebKit lack.

/** What a system colour resolves to on this page, in the emulated forced-colours palette. */
function system(name: string): string {
  const probe = document.createElement('div');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const style = (element: Element) => getComputedStyle(element);

/** A background that shows the page: Canvas, or nothing (forced colours keep a transparent one's alpha). */
const plain = (palette: Record<string, string>) => [palette.Canvas!, palette.Canvas!.replace(/^rgb\((.*)\)$/, 'rgba($1, 0)')];

/** The visible mark of hover or focus: an outline, as [width, colour]. */
function ring(element: Element): [string, string] {
  const s = style(element);
  return s.outlineStyle === 'none' ? ['0px', 'none'] : [s.outlineWidth, s.outlineColor];
}

async function hover(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'nearest' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

async function desk(crm: InMemoryCrm) {
  const provider = await fixture<SessionProvider>(html`<session-provider .dataSource=${crm}>
    <div style="display: flex; block-size: 40rem">
      <session-panel></session-panel>
      <main style="flex: 1; min-inline-size: 0">
        <app-tab-panel .applications=${[{ id: 'kb', title: 'Knowledge search' }]}></app-tab-panel>
        <work-item-stream stream="open" style="--ehe-stream-height: 12rem"></work-item-stream>
        <incoming-conversation></incoming-conversation>
        <customer-summary></customer-summary>
      </main>
    </div>
  </session-provider>`);
  const $ = (tag: string) => provider.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  return {
    provider,
    store: provider.store,
    panel: provider.querySelector<SessionPanel>('session-panel')!,
    appTabs: $('app-tab-panel'),
    stream: $('work-item-stream'),
    incoming: $('incoming-conversation'),
    summary: $('customer-summary'),
  };
}

describe('forced colours (emulated, Chromium)', function () {
  this.timeout(20000);
  let crm: InMemoryCrm;
  let palette: Record<string, string>;

  before(async function () {
    const emulated = await executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }]);
    if (!emulated) {
      console.info('forced colours: skipped, they are emulated in Chromium only');
      this.skip();
    }
    await until(() => matchMedia('(forced-colors: active)').matches, 'forced colours');
    palette = Object.fromEntries(['Canvas', 'CanvasText', 'Highlight', 'HighlightText', 'ButtonText', 'ButtonFace', 'GrayText', 'LinkText'].map((name) => [name, system(name)]));
    // The palette must tell these apart, or the checks below could pass by accident.
    expect(new Set([palette.Canvas, palette.CanvasText, palette.Highlight, palette.GrayText]).size).to.equal(4);
  });
  after(() => executeServerCommand('emulate-media-features', []));
  beforeEach(() => (crm = new InMemoryCrm({ workItems: 30, seed: 4 })));
  afterEach(async () => {
    crm.dispose();
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('the selected session has the selection colours; hover is a thin highlight ring, keyboard focus a thick ring', async () => {
    const { store, panel } = await desk(crm);
    store.openRecordSession({ entity: 'account', id: 'a1', name: 'Contoso' });
    store.focusSession('home');
    await panel.updateComplete;
    const [home, contoso] = tabs(panel) as unknown as [HTMLElement, HTMLElement];
    expect(style(home).backgroundColor, 'selected').to.equal(palette.Highlight);
    expect(style(home).color).to.equal(palette.HighlightText);
    expect(style(contoso).backgroundColor, 'not selected').to.be.oneOf(plain(palette));

    await hover(contoso);
    expect(ring(contoso), 'hover').to.deep.equal(['1px', palette.Highlight]);

    home.focus();
    await sendKeys({ press: 'ArrowDown' });
    await until(() => contoso.matches(':focus-visible'), 'keyboard focus on Contoso');
    expect(ring(contoso), 'keyboard focus').to.deep.equal(['2px', palette.CanvasText]);
    // Focus on the selected (highlighted) session contrasts with the highlight.
    await sendKeys({ press: 'Enter' });
    await until(() => contoso.hasAttribute('selected'), 'Contoso selected');
    expect(ring(contoso), 'keyboard focus on the selected session').to.deep.equal(['2px', palette.HighlightText]);
  });

  it('the collapse toggle keeps a button outline; icon buttons show hover and focus', async () => {
    const { panel, store } = await desk(crm);
    store.openRecordSession({ entity: 'account', id: 'a1', name: 'Contoso' });
    await panel.updateComplete;
    const toggle = shadow(panel).querySelector('[part="toggle"]')!;
    expect([style(toggle).borderTopWidth, style(toggle).borderTopColor]).to.deep.equal(['1px', palette.ButtonText]);
    const close = shadow(panel).querySelector('[part="close-button"]')!;
    await hover(close);
    expect(ring(close), 'hover on a close button').to.deep.equal(['1px', palette.Highlight]);
    expect(style(close).color).to.equal(palette.Highlight);

    // The close dialog: its confirming button is filled, Cancel is outlined, the dialog framed.
    panel.requestClose(store.state.sessions[1]!.id);
    const dialog = shadow(panel).querySelector('dialog')!;
    await until(() => dialog.open, 'the dialog');
    const [cancel, confirm] = [...dialog.querySelectorAll('button')];
    expect([style(confirm!).backgroundColor, style(confirm!).color], 'Close session').to.deep.equal([palette.Highlight, palette.HighlightText]);
    expect(style(cancel!).backgroundColor, 'Cancel').to.equal(palette.ButtonFace);
    expect(style(dialog).borderTopColor).to.equal(palette.CanvasText);
    await sendKeys({ press: 'Escape' });
  });

  it('the shown application tab is marked by a highlight underline; the others are not', async () => {
    const { store, appTabs } = await desk(crm);
    store.openTab({ app: { id: 'kb', title: 'Knowledge search' } }, { sessionId: 'home' });
    store.focusTab('home', 'anchor');
    await appTabs.updateComplete;
    const [anchor, kb] = [...shadow(appTabs).querySelectorAll('[role="tab"]')] as [HTMLElement, HTMLElement];
    expect(style(anchor).borderBottomColor, 'shown').to.equal(palette.Highlight);
    expect(style(anchor).color).to.equal(palette.Highlight);
    expect(style(kb).borderBottomColor, 'not shown').to.equal(palette.Canvas);
    expect(style(kb).color).to.equal(palette.CanvasText);
    await hover(kb);
    expect(ring(kb), 'hover').to.deep.equal(['1px', palette.Highlight]);
  });

  it('a disabled control is GrayText', async () => {
    const { appTabs } = await desk(crm);
    (appTabs as unknown as { applications: unknown[] }).applications = [];
    await appTabs.updateComplete;
    const add = shadow(appTabs).querySelector<HTMLButtonElement>('[part="add"]')!;
    expect(add.disabled).to.be.true;
    expect(style(add).color).to.equal(palette.GrayText);
  });

  it('Accept (primary) is filled with the highlight, Reject (secondary) is an outlined button; the offer has a highlight edge', async () => {
    const { incoming } = await desk(crm);
    crm.offerIncoming({ channel: 'chat', customer: undefined, case: undefined, visitor: { displayName: 'Visitor 4821', authenticated: false } });
    await until(() => !!shadow(incoming).querySelector('[part="accept"]'), 'the offer');
    const accept = shadow(incoming).querySelector('[part="accept"]')!;
    const reject = shadow(incoming).querySelector('[part="reject"]')!;
    expect([style(accept).backgroundColor, style(accept).color], 'Accept').to.deep.equal([palette.Highlight, palette.HighlightText]);
    // HighlightText is drawn on the highlight itself, not on a Canvas backplate where it would vanish.
    expect(style(accept).forcedColorAdjust).to.equal('none');
    expect([style(reject).backgroundColor, style(reject).color, style(reject).borderTopColor], 'Reject').to.deep.equal([palette.ButtonFace, palette.ButtonText, palette.ButtonText]);
    expect(style(shadow(incoming).querySelector('[part="offer"]')!).borderInlineStartColor).to.equal(palette.Highlight);
    await hover(reject);
    expect(ring(reject), 'hover on Reject').to.deep.equal(['1px', palette.Highlight]);
  });

  it("a row's menu: the keyboard's item is highlighted, the row whose menu is open stays marked, the count keeps its outline", async () => {
    const { stream } = await desk(crm);
    await until(() => shadow(stream).querySelectorAll('[part="row"]').length > 2, 'rows');
    expect(style(shadow(stream).querySelector('[part="count"]')!).borderTopColor).to.equal(palette.CanvasText);
    const [row, other] = [...shadow(stream).querySelectorAll('[part="row"]')] as [HTMLElement, HTMLElement];
    await realClick(row.querySelector('[part="more"]')!);
    const menu = shadow(stream).querySelector('[role="menu"]')!;
    await until(() => menu.matches(':popover-open'), 'the menu');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    const item = shadow(stream).activeElement!;
    expect(item.getAttribute('role')).to.equal('menuitem');
    await until(() => item.matches(':focus-visible'), 'keyboard focus in the menu');
    expect([style(item).backgroundColor, style(item).color], 'the highlighted item').to.deep.equal([palette.Highlight, palette.HighlightText]);
    expect(style(item).forcedColorAdjust).to.equal('none');
    expect(ring(row), 'the row whose menu is open').to.deep.equal(['2px', palette.Highlight]);
    expect(ring(other)[1], 'another row').to.not.equal(palette.Highlight);
    await sendKeys({ press: 'Escape' });
  });

  it("the search's highlighted result has the selection colours, hover only a ring; the conversation tabs mark the shown one", async () => {
    const { store, summary } = await desk(crm);
    const template = crm.allWorkItems().find((i) => i.channel === 'chat')!;
    const item: WorkItem = crm.addWorkItems([{ ...template, id: 'WI-anon', state: 'open', assignedTo: undefined, customer: undefined, case: undefined }])[0]!;
    await pickWorkItem(store, crm, item);
    await until(() => !!shadow(summary).querySelector('[role="combobox"][aria-label="Search customers"]') && !shadow(summary).querySelector('[aria-busy="true"]'), 'the summary');

    const [prechat, visitor] = [...shadow(summary).querySelectorAll('[role="tablist"] [role="tab"]')] as [HTMLElement, HTMLElement];
    expect(prechat.getAttribute('aria-selected')).to.equal('true');
    expect(style(prechat).borderBottomColor, 'shown tab').to.equal(palette.Highlight);
    expect(style(visitor).borderBottomColor, 'other tab').to.equal(palette.Canvas);

    const box = shadow(summary).querySelector<HTMLInputElement>('[role="combobox"][aria-label="Search customers"]')!;
    box.focus();
    await sendKeys({ type: 'a' });
    await until(() => shadow(summary).querySelectorAll('[role="option"]').length > 2, 'results');
    await sendKeys({ press: 'ArrowDown' });
    const options = () => [...shadow(summary).querySelectorAll('[role="option"]')] as HTMLElement[];
    await until(() => options().some((o) => o.getAttribute('aria-selected') === 'true'), 'a highlighted result');
    const active = options().find((o) => o.getAttribute('aria-selected') === 'true')!;
    const others = options().filter((o) => o !== active);
    expect([style(active).backgroundColor, style(active).color], 'highlighted result').to.deep.equal([palette.Highlight, palette.HighlightText]);
    expect(style(active.querySelector('.option-detail')!).color).to.equal(palette.HighlightText);
    expect(style(others[1]!).backgroundColor, 'another result').to.be.oneOf(plain(palette));
    await hover(others[1]!);
    expect(style(others[1]!).backgroundColor, 'a hovered result is not highlighted').to.be.oneOf(plain(palette));
    expect(ring(others[1]!), 'a hovered result').to.deep.equal(['1px', palette.Highlight]);
  });
});
