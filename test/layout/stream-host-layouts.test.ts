import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/components/session-provider/session-provider.js';
import '../../src/components/work-item-stream/work-item-stream.js';
import type { WorkItemStream } from '../../src/components/work-item-stream/work-item-stream.js';
import { InMemoryCrm } from '../../src/data/index.js';
import { shadow, until } from '../helpers.js';

// A host page decides where the streams go: stacked in its own scrolling container, side by
// side, zoomed, hidden in a tab and shown later. Rows must appear wherever the list is seen.

/** Sizes the browser window; engines whose driver cannot (WebDriver) skip the test, saying why. */
async function viewport(context: Mocha.Context, width: number, height: number): Promise<void> {
  try {
    await setViewport({ width, height });
  } catch (error) {
    console.info(`skipped "${context.test?.title}": ${(error as Error).message}`);
    context.skip();
  }
}

const frames = (n = 2) => new Promise<void>((resolve) => {
  const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
  step(n);
});

/** The rows the agent can see: rendered, inside the list's box, and laid out one under the other. */
function visibleRows(stream: WorkItemStream): HTMLElement[] {
  const list = shadow(stream).querySelector<HTMLElement>('[part="list"]');
  if (!list) return [];
  const box = list.getBoundingClientRect();
  return [...shadow(stream).querySelectorAll<HTMLElement>('[part="row"]')]
    .filter((row) => {
      const r = row.getBoundingClientRect();
      return r.height > 0 && r.bottom > box.top + 1 && r.top < box.bottom - 1;
    })
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
}

/** Rows follow each other with no gap and no overlap, once the virtualizer has measured them. */
async function expectRowsTiled(stream: WorkItemStream): Promise<void> {
  let problem = '';
  const tiled = () => {
    const rows = visibleRows(stream);
    for (let i = 1; i < rows.length; i++) {
      const gap = rows[i]!.getBoundingClientRect().top - rows[i - 1]!.getBoundingClientRect().bottom;
      problem = `row ${rows[i]!.dataset.index} starts ${gap.toFixed(1)} px after row ${rows[i - 1]!.dataset.index} ends`;
      if (Math.abs(gap) > 1.5 || Number(rows[i]!.dataset.index) !== Number(rows[i - 1]!.dataset.index) + 1) return false;
    }
    return rows.length >= 3;
  };
  await until(tiled, 'rows laid out one under the other', 2000).catch(() => expect.fail(problem));
}

async function loaded(streams: WorkItemStream[]): Promise<void> {
  for (const s of streams) await until(() => !!shadow(s).querySelector('[part="list"]') || !!shadow(s).querySelector('.message:not([aria-busy])'), `${s.stream} to load`);
  await frames();
}

/** The demo's layout: a header, and a work area that scrolls, holding three stacked streams. */
async function stackedDesktop(crm: InMemoryCrm, wrapperStyle = '') {
  const page = await fixture<HTMLElement>(html`<div style="display: grid; grid-template-rows: 3rem 1fr; block-size: 100vh; ${wrapperStyle}">
    <header>Portal header</header>
    <main style="overflow: auto; min-block-size: 0; padding: 1rem">
      <session-provider .dataSource=${crm}>
        <h1>Dashboard</h1>
        <div style="display: grid; gap: 0.75rem">
          <work-item-stream stream="my"></work-item-stream>
          <work-item-stream stream="open"></work-item-stream>
          <work-item-stream stream="closed"></work-item-stream>
        </div>
        <p style="block-size: 40rem">The rest of the portal's page.</p>
      </session-provider>
    </main>
  </div>`);
  const streams = [...page.querySelectorAll<WorkItemStream>('work-item-stream')];
  await loaded(streams);
  return { page, main: page.querySelector('main')!, streams };
}

describe('<work-item-stream> in host layouts', () => {
  setupIgnoreWindowResizeObserverLoopErrors(before, after);
  let crm: InMemoryCrm;
  beforeEach(() => (crm = new InMemoryCrm({ workItems: 400, seed: 11 })));
  afterEach(async () => {
    crm.dispose();
    await setViewport({ width: 800, height: 600 }).catch(() => undefined);
  });

  it('stacked at 1024×768: a stream below the fold shows rows once scrolled to', async function () {
    await viewport(this, 1024, 768);
    const { main, streams } = await stackedDesktop(crm);
    const closed = streams[2]!;
    expect(closed.getBoundingClientRect().top, 'the test starts with Closed below the fold').to.be.above(innerHeight);
    expect(closed.items.length).to.be.above(10);
    closed.scrollIntoView({ block: 'start' });
    await until(() => visibleRows(closed).length >= 5, 'rows in the Closed stream after scrolling to it');
    expect(visibleRows(closed)[0]!.dataset.index).to.equal('0');
    await expectRowsTiled(closed);
    // And back up: the first stream still shows its rows.
    main.scrollTop = 0;
    await until(() => visibleRows(streams[0]!).length >= 5, 'rows in My work items');
  });

  it('stacked at 200 % zoom (a 512×384 CSS viewport): every stream shows rows when scrolled to', async function () {
    await viewport(this, 512, 384);
    const { streams } = await stackedDesktop(crm);
    for (const stream of streams) {
      stream.scrollIntoView({ block: 'start' });
      await until(() => visibleRows(stream).length >= 3, `rows in ${stream.stream}`);
      await expectRowsTiled(stream);
    }
  });

  it('inside a host wrapper with CSS zoom: 2, rows appear when scrolled to and are tiled', async function () {
    await viewport(this, 1024, 768);
    const { streams } = await stackedDesktop(crm, 'zoom: 2; block-size: 50vh');
    const closed = streams[2]!;
    closed.scrollIntoView({ block: 'start' });
    await until(() => visibleRows(closed).length >= 3, 'rows in the zoomed Closed stream');
    await expectRowsTiled(closed);
  });

  it('side by side, nested in two scrolling containers', async () => {
    const outer = await fixture<HTMLElement>(html`<div style="block-size: 300px; overflow: auto">
      <div style="block-size: 600px"></div>
      <div class="inner" style="block-size: 500px; overflow: auto">
        <div style="block-size: 700px"></div>
        <session-provider .dataSource=${crm} style="display: grid; grid-template-columns: 1fr 1fr; gap: 1rem">
          <work-item-stream stream="open"></work-item-stream>
          <work-item-stream stream="closed"></work-item-stream>
        </session-provider>
      </div>
    </div>`);
    const streams = [...outer.querySelectorAll<WorkItemStream>('work-item-stream')];
    await loaded(streams);
    streams[0]!.scrollIntoView({ block: 'start' });
    for (const stream of streams) await until(() => visibleRows(stream).length >= 3, `rows in ${stream.stream}`);
  });

  it('loaded inside a hidden container (display: none), then shown: rows appear', async () => {
    const host = await fixture<HTMLElement>(html`<div hidden>
      <session-provider .dataSource=${crm}><work-item-stream stream="open"></work-item-stream></session-provider>
    </div>`);
    const open = host.querySelector<WorkItemStream>('work-item-stream')!;
    await until(() => open.items.length > 0, 'the items to load while hidden');
    await aTimeout(50);
    host.hidden = false;
    await until(() => visibleRows(open).length >= 3, 'rows once shown');
    await expectRowsTiled(open);
  });

  it('shown, hidden while it sits below the fold, then shown and scrolled to: rows appear', async function () {
    await viewport(this, 1024, 768);
    const { page, streams } = await stackedDesktop(crm);
    const panel = page.querySelector<HTMLElement>('main')!;
    panel.style.display = 'none';
    await frames();
    panel.style.display = '';
    await frames();
    streams[2]!.scrollIntoView({ block: 'start' });
    await until(() => visibleRows(streams[2]!).length >= 3, 'rows in Closed');
  });

  it('narrow, as three side by side on a wide screen: the name gets the room, the channel stays named for screen readers', async () => {
    const root = await fixture<HTMLElement>(html`<session-provider .dataSource=${crm} style="display: grid; grid-template-columns: repeat(3, 22rem); gap: 0.75rem">
      <work-item-stream stream="my"></work-item-stream><work-item-stream stream="open"></work-item-stream><work-item-stream stream="closed"></work-item-stream>
    </session-provider>`);
    const open = root.querySelector<WorkItemStream>('work-item-stream[stream="open"]')!;
    await loaded([open]);
    await until(() => visibleRows(open).length >= 3, 'rows');
    const row = visibleRows(open)[0]!;
    const name = row.querySelector<HTMLElement>('.name')!;
    expect(name.getBoundingClientRect().width / row.getBoundingClientRect().width, 'the name column’s share of the row').to.be.above(0.45);
    const channel = row.querySelector<HTMLElement>('.channel')!;
    expect(channel.textContent, 'the channel is still named').to.match(/Chat|SMS|Voice|Record/);
    await expect(open).to.be.accessible();
  });

  it('moved by the host into a scrolling container, below its fold: rows when scrolled to', async () => {
    const root = await fixture<HTMLElement>(html`<session-provider .dataSource=${crm}>
      <div class="first"><work-item-stream stream="open"></work-item-stream></div>
      <div class="second" style="block-size: 300px; overflow: auto"><div style="block-size: 900px"></div></div>
    </session-provider>`);
    const open = root.querySelector<WorkItemStream>('work-item-stream')!;
    await loaded([open]);
    await until(() => visibleRows(open).length >= 3, 'rows before the move');
    root.querySelector('.second')!.append(open);
    await frames();
    open.scrollIntoView({ block: 'start' });
    await until(() => visibleRows(open).length >= 3, 'rows after the move');
    await expectRowsTiled(open);
  });
});
