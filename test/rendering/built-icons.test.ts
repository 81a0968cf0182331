import { expect } from '@open-wc/testing';

// The build once ran a template minifier that turned `<circle …/>` into unclosed tags: the three
// circles of "More options" nested inside each other and only one dot was drawn, while every
// source test passed. These checks load the gallery of every element twice, from the sources and
// from what `npm run build` wrote to dist/, and compare what their icons draw.

interface Icon {
  /** Which control: the host element and the button's accessible name (row-specific names folded). */
  where: string;
  /** The SVG's element tree, e.g. `svg(circle,circle,circle)`. */
  tree: string;
  /** Separate shapes drawn: connected groups of painted pixels when the icon is rasterised. */
  blobs: number;
  /** Each drawable child's box, in the SVG's own units. */
  boxes: { x: number; y: number; width: number; height: number }[];
}

async function openGallery(kit: 'src' | 'dist'): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.src = new URL(`./kit-gallery.html?kit=${kit}`, import.meta.url).href;
  frame.style.cssText = 'width: 1280px; height: 800px; border: 0';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & { galleryReady: Promise<unknown> };
  await win.galleryReady;
  return win;
}

function* deepElements(root: Document | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

function tree(element: Element): string {
  const children = [...element.children].map(tree);
  return children.length ? `${element.localName}(${children.join(',')})` : element.localName;
}

/** Draws the icon alone, black on transparent, and counts the separate shapes it paints. */
async function countBlobs(svg: SVGSVGElement): Promise<number> {
  const size = 48;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(size));
  copy.setAttribute('height', String(size));
  copy.setAttribute('color', 'black');
  const paint = getComputedStyle(svg);
  // Icons take fill/stroke from attributes or from their element's stylesheet: carry the computed ones over.
  for (const property of ['fill', 'stroke', 'stroke-width', 'stroke-linecap'] as const) copy.style.setProperty(property, paint.getPropertyValue(property).replace(/rgb\([^)]*\)/, 'black'));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, size, size);
  const alpha = context.getImageData(0, 0, size, size).data.filter((_, i) => i % 4 === 3);
  const seen = new Uint8Array(size * size);
  let blobs = 0;
  for (let start = 0; start < alpha.length; start++) {
    if (alpha[start]! < 128 || seen[start]) continue;
    blobs++;
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const at = stack.pop()!;
      const [x, y] = [at % size, Math.floor(at / size)];
      for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
        const [nx, ny] = [x + dx, y + dy];
        const next = ny * size + nx;
        if (nx >= 0 && ny >= 0 && nx < size && ny < size && !seen[next] && alpha[next]! >= 128) {
          seen[next] = 1;
          stack.push(next);
        }
      }
    }
  }
  return blobs;
}

async function icons(win: Window): Promise<Icon[]> {
  const found: Icon[] = [];
  const drawn = new Set<string>();
  for (const element of deepElements(win.document)) {
    if (element.localName !== 'svg') continue;
    const svg = element as SVGSVGElement;
    const host = (svg.getRootNode() as ShadowRoot).host?.localName ?? 'document';
    const control = svg.closest('button, [role]');
    const name = (control?.getAttribute('aria-label') ?? control?.textContent ?? '').trim().replace(/^(More options for|Close session|Close tab) .*/, '$1 …');
    const boxes = [...svg.children].filter((c): c is SVGGraphicsElement => 'getBBox' in c).map((c) => {
      const { x, y, width, height } = c.getBBox();
      return { x, y, width, height };
    });
    // Rows repeat the same icons: rasterise each distinct drawing once (slow engines time out otherwise).
    const key = `${host}: ${name} ${svg.outerHTML}`;
    if (drawn.has(key)) continue;
    drawn.add(key);
    found.push({ where: `${host}: ${name}`, tree: tree(svg), blobs: await countBlobs(svg), boxes });
  }
  return found;
}

/** One entry per kind of icon (rows repeat the same ones). */
const distinct = (list: Icon[]) => [...new Map(list.map((icon) => [`${icon.where} ${icon.tree} ${icon.blobs}`, icon])).values()];

describe('icons of the built kit (dist/) draw what the sources draw', () => {
  let fromSrc: Icon[];
  let fromDist: Icon[];
  before(async function () {
    this.timeout(60000); // a guard against a hang, not a speed check: three engines share two cores in CI
    fromSrc = distinct(await icons(await openGallery('src')));
    fromDist = distinct(await icons(await openGallery('dist')));
  });

  it('the gallery shows the icons worth checking', () => {
    const places = fromSrc.map((icon) => icon.where);
    for (const expected of ['work-item-stream: More options for …', 'work-item-stream: Refresh Open work items', 'session-panel: Collapse session panel', 'session-panel: Close session …', 'app-tab-panel: Close tab …']) {
      expect(places, expected).to.include(expected);
    }
  });

  it('"More options" is three separate dots, in the sources and in dist', () => {
    for (const [kit, list] of [['src', fromSrc], ['dist', fromDist]] as const) {
      const more = list.find((icon) => icon.where === 'work-item-stream: More options for …')!;
      expect(more, `${kit}: a More options icon`).to.exist;
      expect(more.tree, `${kit}: three sibling circles`).to.equal('svg(circle,circle,circle)');
      expect(more.blobs, `${kit}: three dots drawn`).to.equal(3);
      const [a, b, c] = more.boxes.sort((p, q) => p.x - q.x);
      expect(a!.x + a!.width, `${kit}: dots apart`).to.be.below(b!.x);
      expect(b!.x + b!.width, `${kit}: dots apart`).to.be.below(c!.x);
    }
  });

  it('every icon in dist has the same elements and draws as many shapes as in the sources', () => {
    const key = (icon: Icon) => `${icon.where} → ${icon.tree}, ${icon.blobs} shape(s)`;
    expect(fromDist.map(key).sort()).to.deep.equal(fromSrc.map(key).sort());
    for (const icon of fromDist) {
      expect(icon.blobs, `${icon.where} draws something`).to.be.above(0);
      for (const box of icon.boxes) expect(box.width + box.height, `${icon.where}: a shape with a size`).to.be.above(0);
    }
  });
});
