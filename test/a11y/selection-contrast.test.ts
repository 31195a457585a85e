// Issue 12, point 2: the selected ambition is visible in every theme and in
// forced colours.
//
// What marks the selected segment is read from the drawing as it is
// painted: across each of its edges, from the page outside to its fill
// inside, the browser is asked which shape paints each point
// (isPointInFill / isPointInStroke, the topmost winning) and in what
// computed colour. Whatever lies between the page and the fill is the
// mark: the band of it that meets the page must be 3:1 against the page,
// the band that meets the fill 3:1 against the fill (WCAG 1.4.11).
// The selected title must be 4.5:1 against its segment, and its focus
// indicator 3:1 against it. Forced colours are emulated in Chromium only
// (Firefox over WebDriver BiDi cannot), in the light and the dark palette.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { PeolcAmbitionWheel } from '../../src/ambition-wheel.js';
import { segmentAngles, innerRadius, outerRadius } from '../../src/model/wheel-geometry.js';
import { expectAxeClean } from '../helpers/axe.js';
import { emulateMediaFeatures, isChromium } from '../helpers/browser.js';

// ---------------------------------------------------------------------------
// Colours as the browser computes them

/** A colour's channels and alpha; the browser parses anything but rgb()/rgba() (not forced: a probe ignores forced colours). */
function channels(colour: string): [number, number, number, number] {
  let computed = colour;
  if (!/^rgba?\(/.test(colour)) {
    const probe = document.createElement('span');
    probe.style.cssText = 'forced-color-adjust: none';
    probe.style.color = colour;
    document.body.append(probe);
    computed = getComputedStyle(probe).color;
    probe.remove();
  }
  const numbers = computed.match(/[\d.]+/g)!.map(Number);
  return [numbers[0]!, numbers[1]!, numbers[2]!, numbers[3] ?? 1];
}

/** `top` painted over the opaque `bottom`, as rgb(). */
function over(top: string, bottom: string): string {
  const [r, g, b, a] = channels(top);
  const [r0, g0, b0] = channels(bottom);
  const mix = (x: number, y: number) => Math.round(x * a + y * (1 - a));
  return `rgb(${mix(r, r0)}, ${mix(g, g0)}, ${mix(b, b0)})`;
}

function luminance(colour: string): number {
  const [r, g, b] = channels(colour);
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG 2.2 contrast ratio of two opaque colours. */
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

const same = (a: string, b: string) => channels(a).join() === channels(b).join();
const opaque = (colour: string) => channels(colour)[3] > 0.99;

/** The colour behind an element: the first opaque background up its ancestors (and hosts), else the canvas. */
function pageColour(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null) {
    const background = getComputedStyle(node).backgroundColor;
    if (opaque(background)) return background;
  }
  return canvasColour();
}

function canvasColour(): string {
  return (
    channels('Canvas')
      .slice(0, 3)
      .reduce((text, value, index) => `${text}${index ? ', ' : ''}${value}`, 'rgb(') + ')'
  );
}

// ---------------------------------------------------------------------------
// The drawing as painted

type Shape = SVGGeometryElement;

/**
 * The colour painted at a point of the drawing (in the svg's user units),
 * over `page`: every shape there, fill then stroke, in document order, each
 * laid over what is under it (forced colours' Highlight is translucent).
 */
function paintedAt(svg: SVGSVGElement, x: number, y: number, page: string): string {
  const screen = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM()!);
  let colour = page;
  for (const shape of svg.querySelectorAll<Shape>('path, circle, rect, polygon, ellipse, line, polyline')) {
    const style = getComputedStyle(shape);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const local = screen.matrixTransform(shape.getScreenCTM()!.inverse());
    const fill = () => {
      if (style.fill !== 'none' && shape.isPointInFill(local)) colour = over(style.fill, colour);
    };
    const stroke = () => {
      if (style.stroke !== 'none' && parseFloat(style.strokeWidth) > 0 && shape.isPointInStroke(local)) colour = over(style.stroke, colour);
    };
    // paint-order: the stroke under the fill, or (normally) over it.
    if (style.paintOrder.startsWith('stroke')) {
      stroke();
      fill();
    } else {
      fill();
      stroke();
    }
  }
  return colour;
}

interface Crossing {
  where: string;
  /** Colours met from outside the segment to inside, each once, in order. */
  bands: string[];
}

/**
 * Walks across one edge of the selected segment, along the normal at a
 * point of it (in the segment's own units, so it moves with the segment),
 * from `from` units outside to 10 inside.
 */
function crossEdge(
  svg: SVGSVGElement,
  segment: Shape,
  where: string,
  point: [number, number],
  outward: [number, number],
  page: string,
  from: number,
): Crossing {
  const samples: string[] = [];
  for (let depth = -from; depth <= 10; depth += 0.25) {
    const local = new DOMPoint(point[0] - outward[0] * depth, point[1] - outward[1] * depth);
    const inSvg = local.matrixTransform(segment.getScreenCTM()!).matrixTransform(svg.getScreenCTM()!.inverse());
    samples.push(paintedAt(svg, inSvg.x, inSvg.y, page));
  }
  const bands: string[] = [];
  for (const colour of samples) if (!bands.length || !same(bands[bands.length - 1]!, colour)) bands.push(colour);
  return { where, bands };
}

/**
 * Points on the selected segment's four edges, each with its outward normal
 * and how far outside the walk starts: beside a side edge the gap to the
 * next segment is narrow (the selected one moves 4 units outward, 2 of
 * them away from each neighbour), so the walk starts at the neighbour's
 * own edge.
 */
function edges(index: number, gap: number): [string, [number, number], [number, number], number][] {
  const { start, end, middle } = segmentAngles(index, 6);
  const unit = (degrees: number): [number, number] => [Math.cos((degrees * Math.PI) / 180), Math.sin((degrees * Math.PI) / 180)];
  const at = (radius: number, degrees: number): [number, number] => [radius * unit(degrees)[0], radius * unit(degrees)[1]];
  const mid = (innerRadius + outerRadius) / 2;
  return [
    ['outer edge', at(outerRadius, middle), unit(middle), 8],
    ['inner edge', at(innerRadius, middle), unit(middle + 180), 4],
    ['first side', at(mid, start), unit(start - 90), 2 + gap / 2],
    ['second side', at(mid, end), unit(end + 90), 2 + gap / 2],
  ];
}

interface Measured {
  /** The lowest ratio of the mark's band that meets the page (on the arcs). */
  outer: number;
  /** The lowest ratio of the mark's band that meets the segment's own fill (on every edge). */
  inner: number;
  problems: string[];
}

/** The selected segment's mark, measured across all its edges. */
function measureMark(wheel: PeolcAmbitionWheel, number: number): Measured {
  const root = wheel.shadowRoot!;
  const svg = root.querySelector('svg')!;
  const segment = root.querySelectorAll<Shape>('[part~="segment"]')[number - 1]!;
  const page = pageColour(wheel);
  const fill = over(getComputedStyle(segment).fill, page);
  const other = root.querySelectorAll<Shape>('[part~="segment"]')[number % 6]!;
  const gap = parseFloat(getComputedStyle(other).strokeWidth);
  const problems: string[] = [];
  let outer = Infinity;
  let inner = Infinity;
  for (const [where, point, outward, from] of edges(number - 1, gap)) {
    const { bands } = crossEdge(svg, segment, where, point, outward, page, from);
    const arc = where.endsWith('edge');
    if (!same(bands[bands.length - 1]!, fill)) {
      problems.push(`${where}: the walk did not end in the fill: ${bands.join(' → ')}`);
      continue;
    }
    // On the arcs the segment meets the page (outside, or the hub): the walk starts there.
    // Beside the sides lies the narrow gap to the next segment, and its edge: what meets the fill counts there.
    if (arc && !same(bands[0]!, page)) {
      problems.push(`${where}: expected the page, then the mark, then the fill; met ${bands.join(' → ')}`);
      continue;
    }
    const mark = bands.slice(same(bands[0]!, page) ? 1 : 0, -1);
    // No mark of its own: the edge is the fill's colour (or the page's), 1:1.
    const againstFill = mark.length ? contrast(mark[mark.length - 1]!, fill) : 1;
    inner = Math.min(inner, againstFill);
    if (againstFill < 3) problems.push(`${where}: ${mark[mark.length - 1] ?? 'nothing'} against the fill ${fill} is ${againstFill.toFixed(2)}:1`);
    if (arc) {
      const againstPage = mark.length ? contrast(mark[0]!, page) : 1;
      outer = Math.min(outer, againstPage);
      if (againstPage < 3) problems.push(`${where}: ${mark[0] ?? 'nothing'} against the page ${page} is ${againstPage.toFixed(2)}:1`);
    }
  }
  return { outer, inner, problems };
}

// ---------------------------------------------------------------------------

const before = () => html`<button id="before">before</button>`;

async function wheelIn(width: number, attributes: string): Promise<PeolcAmbitionWheel> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; background: #ffffff">${before()}</div>`);
  box.insertAdjacentHTML('beforeend', `<peolc-ambition-wheel ${attributes}></peolc-ambition-wheel>`);
  const wheel = box.querySelector<PeolcAmbitionWheel>('peolc-ambition-wheel')!;
  await wheel.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return wheel;
}

/** The colour painted under the middle of an element's box, in the drawing. */
function paintedUnder(wheel: PeolcAmbitionWheel, element: Element, dx = 0): string {
  const svg = wheel.shadowRoot!.querySelector('svg')!;
  const box = element.getBoundingClientRect();
  const point = new DOMPoint(box.left + box.width / 2 + dx, box.top + box.height / 2).matrixTransform(svg.getScreenCTM()!.inverse());
  return paintedAt(svg, point.x, point.y, pageColour(wheel));
}

const palettes: [string, string][] = [
  ['no theme', ''],
  ['default', 'theme="default"'],
  ['nhs', 'theme="nhs"'],
  ['neutral', 'theme="neutral"'],
  ['high-contrast', 'theme="high-contrast"'],
  ['dark', 'color-scheme="dark"'],
  ['nhs dark', 'theme="nhs" color-scheme="dark"'],
  ['neutral dark', 'theme="neutral" color-scheme="dark"'],
];

const table: string[] = [];
after(() => {
  // The measured ratios, for the record (and the closing note).
  if (table.length)
    console.log(`selected segment (${isChromium ? 'Chromium' : 'Firefox'}): lowest ratio over its edges, ambitions 1–6\n${table.join('\n')}`);
});

afterEach(async () => {
  await resetMouse();
  if (isChromium) await emulateMediaFeatures({});
});

/** Every check for one palette: the mark of each ambition, its title, and its focus indicator. */
async function checkPalette(name: string, attributes: string, width: number): Promise<string[]> {
  const problems: string[] = [];
  const outer: number[] = [];
  const inner: number[] = [];
  const titles: number[] = [];
  const focus: number[] = [];
  for (const number of [1, 2, 3, 4, 5, 6]) {
    const wheel = await wheelIn(width, `${attributes} selected="${number}"`);
    const measured = measureMark(wheel, number);
    outer.push(measured.outer);
    inner.push(measured.inner);
    problems.push(...measured.problems.map((problem) => `${name}, ambition ${number}, ${width} px: ${problem}`));

    const option = wheel.shadowRoot!.querySelectorAll<HTMLElement>('[part~="segment-label"]')[number - 1]!;
    const wide = getComputedStyle(option).position === 'absolute';
    if (wide) {
      const under = paintedUnder(wheel, option);
      const text = over(getComputedStyle(option).color, under);
      const ratio = contrast(text, under);
      titles.push(ratio);
      if (ratio < 4.5) problems.push(`${name}, ambition ${number}: the selected title ${text} on ${under} is ${ratio.toFixed(2)}:1`);
    } else {
      // Compact: the listed title's mark against the page.
      const edge = getComputedStyle(option).borderInlineStartColor;
      const ratio = contrast(over(edge, pageColour(option)), pageColour(option));
      titles.push(ratio);
      if (ratio < 3) problems.push(`${name}, ambition ${number}: the listed title’s mark ${edge} is ${ratio.toFixed(2)}:1 against the page`);
    }

    // Focus, from the keyboard: Tab enters the wheel at the selected ambition.
    wheel.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(wheel.shadowRoot!.activeElement, 'the selected ambition has focus').to.equal(option);
    const style = getComputedStyle(option);
    if (wide) {
      const under = paintedUnder(wheel, option);
      const bands = [style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? style.outlineColor : undefined];
      const shadow = style.boxShadow.match(/rgba?\([^)]*\)/)?.[0];
      if (style.boxShadow !== 'none' && shadow) bands.push(shadow);
      const best = Math.max(0, ...bands.filter((band): band is string => !!band).map((band) => contrast(over(band, under), under)));
      focus.push(best);
      if (best < 3)
        problems.push(`${name}, ambition ${number}: the focus indicator (${bands.filter(Boolean).join(', ')}) on ${under} is ${best.toFixed(2)}:1`);
    }
    if (number === 4) await expectAxeClean(wheel);
    wheel.parentElement!.remove();
  }
  const range = (values: number[]) => (values.length ? `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}` : '–');
  const title = width > 600 ? 'title on segment' : 'list mark vs page';
  table.push(
    `  ${name.padEnd(22)} ${String(width).padStart(4)} px   mark vs page ${range(outer)}   mark vs own fill ${range(inner)}   ${title} ${range(titles)}   focus on segment ${range(focus)}`,
  );
  return problems;
}

describe('the selected ambition is visible (issue 12, point 2)', () => {
  for (const [name, attributes] of palettes) {
    for (const width of [800, 320]) {
      it(`${name}, ${width} px: its mark is 3:1 against the page and against its own segment; its title and focus stand out`, async () => {
        expect(await checkPalette(name, attributes, width)).to.deep.equal([]);
      });
    }
  }

  for (const scheme of ['light', 'dark']) {
    describe(`forced colours, ${scheme} palette (Chromium)`, () => {
      beforeEach(async function () {
        if (!isChromium) this.skip(); // Firefox over WebDriver BiDi cannot emulate forced colours
        await emulateMediaFeatures({ 'forced-colors': 'active', 'prefers-color-scheme': scheme });
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      });

      for (const width of [800, 320]) {
        it(`${width} px: the mark, the selected title on the highlight, and its focus outline all stand out`, async () => {
          expect(await checkPalette(`forced colours ${scheme}`, '', width)).to.deep.equal([]);
        });
      }

      it('the selected segment is filled with the highlight, the others with the canvas', async () => {
        const wheel = await wheelIn(800, 'selected="2"');
        const fills = [...wheel.shadowRoot!.querySelectorAll('[part~="segment"]')].map((segment) =>
          over(getComputedStyle(segment).fill, canvasColour()),
        );
        expect(same(fills[1]!, canvasColour())).to.equal(false);
        for (const [index, fill] of fills.entries()) if (index !== 1) expect(same(fill, canvasColour()), `segment ${index + 1}`).to.equal(true);
      });
    });
  }
});
